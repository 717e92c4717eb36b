"""The other person's version of a follow-up action, worded for a ConflictPanel: what the meeting's
Tindak Lanjut tab and the register show when an edit of an action was refused as stale."""

from __future__ import annotations

from typing import Any

from rapat.i18n import tr
from rapat.ui.register_model import action_status
from rapat.ui.text import short_date


def their_action(theirs: dict[str, Any]) -> str:
    """The action as the other person stored it: description, owner, due date and status."""
    owner = theirs.get("institution") or ""
    if theirs.get("person"):
        owner = f"{owner} — {theirs['person']}"
    due = theirs.get("due")
    lines = [
        " ".join((theirs.get("description") or "").split()),
        owner,
        tr("Tenggat {due} · {status}").format(
            due=short_date(due) if due else tr("tanpa tenggat"),
            status=action_status(theirs.get("status") or ""),
        ),
    ]
    return "\n".join(line for line in lines if line)
