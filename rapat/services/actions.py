"""Follow-up actions: add and edit them, change their status with history, and find them across meetings."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from rapat.errors import NotFound
from rapat.i18n import tr
from rapat.models import ActionItem, ActionStatusChange, Meeting
from rapat.models.base import check_choice
from rapat.models.vocabulary import ActionStatus
from rapat.services.audit import current_user

OPEN_STATUSES = (ActionStatus.OPEN.value, ActionStatus.IN_PROGRESS.value)


@dataclass(frozen=True)
class ActionFilter:
    """Which actions to find; every criterion left as None matches everything."""

    institution: str | None = None  # part of the institution's name, any case
    status: str | None = None
    overdue_on: date | None = None  # open or in progress with a due date before this day
    meeting_id: int | None = None
    person: str | None = None
    due_from: date | None = None
    due_until: date | None = None


@dataclass(frozen=True)
class ActionRow:
    """One action with the meeting it was agreed in: a row of the register and of the action list."""

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

    def days_overdue(self, today: date) -> int:
        """Days past the due date for an action not yet done or cancelled; 0 otherwise."""
        if self.due is None or self.status not in OPEN_STATUSES:
            return 0
        return max(0, (today - self.due).days)


@dataclass(frozen=True)
class StatusChange:
    at: datetime
    user: str | None
    old_status: str | None
    new_status: str
    note: str | None


def find_actions(session: Session, criteria: ActionFilter = ActionFilter()) -> list[ActionRow]:
    """Actions matching the criteria, by due date (undated last), then meeting date."""
    query = (
        select(
            ActionItem.id,
            ActionItem.description,
            ActionItem.institution,
            ActionItem.person,
            ActionItem.due,
            ActionItem.status,
            Meeting.id,
            Meeting.title,
            Meeting.date,
            ActionItem.carried_from_id,
        )
        .join(Meeting, ActionItem.meeting_id == Meeting.id)
        .order_by(ActionItem.due.is_(None), ActionItem.due, Meeting.date, ActionItem.seq)
    )
    if criteria.institution:
        query = query.where(func.lower(ActionItem.institution).contains(criteria.institution.lower()))
    if criteria.person:
        query = query.where(func.lower(ActionItem.person).contains(criteria.person.lower()))
    if criteria.status:
        query = query.where(ActionItem.status == check_choice("status", criteria.status, ActionStatus))
    if criteria.overdue_on:
        query = query.where(ActionItem.status.in_(OPEN_STATUSES), ActionItem.due < criteria.overdue_on)
    if criteria.meeting_id is not None:
        query = query.where(ActionItem.meeting_id == criteria.meeting_id)
    if criteria.due_from:
        query = query.where(ActionItem.due >= criteria.due_from)
    if criteria.due_until:
        query = query.where(ActionItem.due <= criteria.due_until)
    return [ActionRow(*row) for row in session.execute(query)]


def set_action_status(session: Session, action_id: int, status: str, note: str | None = None) -> None:
    """Change an action's status and keep the change, with who, when and why, in its history.

    Allowed on actions of final meetings too: the register follows the work after the minutes are
    signed, and the signed minutes themselves stay as they were.
    """
    action = session.get(ActionItem, action_id)
    if action is None:
        raise NotFound(tr("Tindak lanjut nomor {id} tidak ada").format(id=action_id))
    check_choice(tr("Status tindak lanjut"), status, ActionStatus)
    if status == action.status and not note:
        return
    session.add(
        ActionStatusChange(
            action_id=action_id, old_status=action.status, new_status=status, note=note, user=current_user()
        )
    )
    action.status = status


def action_history(session: Session, action_id: int) -> list[StatusChange]:
    query = (
        select(
            ActionStatusChange.at,
            ActionStatusChange.user,
            ActionStatusChange.old_status,
            ActionStatusChange.new_status,
            ActionStatusChange.note,
        )
        .where(ActionStatusChange.action_id == action_id)
        .order_by(ActionStatusChange.at, ActionStatusChange.id)
    )
    return [StatusChange(*row) for row in session.execute(query)]
