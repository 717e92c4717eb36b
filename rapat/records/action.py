"""Follow-up actions as plain data: one row of the register and of the printed action list."""

from __future__ import annotations

from datetime import date
from typing import NamedTuple

from rapat.models.vocabulary import ActionStatus

OPEN_STATUSES = (ActionStatus.OPEN.value, ActionStatus.IN_PROGRESS.value)


class ActionRow(NamedTuple):
    """One action with the meeting it was agreed in: a row of the register and of the action list.

    A named tuple rather than a frozen dataclass, and as immutable: the register builds one for
    every action of the archive at each refilter (9,000 on a 2,000-meeting server), and a frozen
    dataclass's __init__ sets each field through object.__setattr__, twenty times the cost.
    """

    id: int
    description: str
    institution: str
    person: str | None
    due: date | None
    status: str
    meeting_id: int
    meeting_title: str
    meeting_date: date
    carried_from_id: int | None
    version: int = 1  # what an edit of the action sends (rapat.services.versions)

    def days_overdue(self, today: date) -> int:
        """Days past the due date for an action not yet done or cancelled; 0 otherwise."""
        if self.due is None or self.status not in OPEN_STATUSES:
            return 0
        return max(0, (today - self.due).days)
