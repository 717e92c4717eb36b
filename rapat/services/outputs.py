"""The documents a meeting leaves the application as: the notula and daftar hadir PDFs, the meeting
workbook and the interchange JSON.

Each use case that writes a file writes it whole (a temporary file, then a replace) and records the
export in the meeting's audit trail before it returns, so a file is announced saved only when both
are done. The window's previews build the same PDFs and save them through save_document.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy.orm import Session

from rapat.fileio import write_atomically
from rapat.records.output import SavedFile
from rapat.services.attachments import list_photos
from rapat.services.audit import record_export
from rapat.services.interchange import meeting_to_json
from rapat.services.meetings import load_meeting
from rapat.services.organization import get_profile

if TYPE_CHECKING:  # reportlab loads when the first document is built
    from rapat.documents.pdf import BuiltDocument

# What each document is stored as in the audit trail (codes of rapat.services.audit.EXPORTED).
NOTULA = "notula_pdf"
ATTENDANCE = "attendance_pdf"
WORKBOOK = "workbook"
JSON = "json"
STDOUT = "stdout"


def save_output(
    session: Session,
    meeting_id: int | None,
    what: str,
    data: bytes,
    path: str | os.PathLike,
    pages: int | None = None,
    warnings: list[str] | None = None,
    **details: str | int,
) -> SavedFile:
    """Write a finished output whole and note in the audit trail that it left, and as which file
    (what: a code of rapat.services.audit.EXPORTED, whose wording may use details)."""
    write_atomically(path, data)
    record_export(session, meeting_id, what, Path(path).name, **details)
    return SavedFile(str(path), pages, list(warnings or []))


def save_document(
    session: Session, meeting_id: int | None, what: str, document: BuiltDocument, path
) -> SavedFile:
    """Save a built PDF (a preview the user chose to keep) and record its export."""
    return save_output(
        session, meeting_id, what, document.data, path, document.pages, document.warnings
    )


def notula_document(session: Session, meeting_id: int, for_archive: bool = False) -> BuiltDocument:
    """The notula as it stands now, with the daftar hadir attached and the photos."""
    from rapat.documents.notula import build_notula

    record = load_meeting(session, meeting_id)
    profile = get_profile(session)
    photos = list_photos(session, meeting_id)
    return build_notula(record, profile, photos, for_archive=for_archive)


def attendance_document(session: Session, meeting_id: int) -> BuiltDocument:
    """The daftar hadir alone."""
    from rapat.documents.attendance import build_attendance

    return build_attendance(load_meeting(session, meeting_id), get_profile(session))


def write_notula(session: Session, meeting_id: int, path: str | os.PathLike) -> SavedFile:
    return save_document(session, meeting_id, NOTULA, notula_document(session, meeting_id), path)


def write_attendance(session: Session, meeting_id: int, path: str | os.PathLike) -> SavedFile:
    document = attendance_document(session, meeting_id)
    return save_document(session, meeting_id, ATTENDANCE, document, path)


def write_workbook(session: Session, meeting_id: int, path: str | os.PathLike) -> SavedFile:
    """The meeting as an Excel workbook: identity, attendance, discussion, decisions, actions."""
    from rapat.documents.workbook import meeting_workbook

    data = meeting_workbook(load_meeting(session, meeting_id))
    return save_output(session, meeting_id, WORKBOOK, data, path)


def meeting_json(session: Session, meeting_id: int) -> str:
    """The meeting's interchange file (rapat-meeting/1) as text."""
    record = load_meeting(session, meeting_id)
    return json.dumps(meeting_to_json(record), ensure_ascii=False, indent=2) + "\n"


def export_json(session: Session, meeting_id: int, path: str | os.PathLike) -> SavedFile:
    """Write the meeting's interchange file."""
    data = meeting_json(session, meeting_id).encode("utf-8")
    return save_output(session, meeting_id, JSON, data, path)


def export_json_text(session: Session, meeting_id: int) -> str:
    """The meeting's interchange file for a reader that is not a file (standard output), recorded."""
    text = meeting_json(session, meeting_id)
    record_export(session, meeting_id, JSON, STDOUT)
    return text
