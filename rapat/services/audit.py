"""The audit trail: who did what to which meeting, and when."""

from __future__ import annotations

import getpass

from sqlalchemy.orm import Session

from rapat.models import AuditEvent


def current_user() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "?"


def record_event(
    session: Session, event: str, meeting_id: int | None, detail: str | None = None
) -> None:
    session.add(AuditEvent(event=event, meeting_id=meeting_id, detail=detail, user=current_user()))
