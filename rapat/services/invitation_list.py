"""Invite a meeting's participants from a spreadsheet in one step: read it, check every row, and store
the rows only when all of them are clean (the command line's `rapat invite`)."""

from __future__ import annotations

import os
from dataclasses import dataclass

from sqlalchemy.orm import Session

from rapat.services.participant_import import (
    ImportPreview,
    build_preview,
    import_participants,
    meeting_roster,
    read_table,
)


@dataclass(frozen=True)
class InviteOutcome:
    """The checked rows, and how many participants were added (None when nothing was stored)."""

    preview: ImportPreview
    added: int | None


def invite_from_file(
    session: Session, meeting_id: int, path: str | os.PathLike, dry_run: bool = False
) -> InviteOutcome:
    """Read an invitation list (.xlsx/.csv) and add its people to the meeting, unless a row is
    wrong or this is a dry run."""
    preview = build_preview(read_table(path), meeting_roster(session, meeting_id))
    if not preview.ok or dry_run:
        return InviteOutcome(preview, None)
    return InviteOutcome(preview, import_participants(session, meeting_id, preview))
