"""The matriks tindak lanjut of a filter, as PDF or Excel, with one heading for both.

The command line and the register call the same functions, so `rapat actions` and the register's
print and export say the same thing about what the list holds.
"""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy.orm import Session

from rapat.errors import InvalidInput
from rapat.i18n import tr
from rapat.records.output import SavedFile
from rapat.services.actions import ActionFilter, find_actions
from rapat.services.meetings import meeting_row
from rapat.services.organization import get_profile
from rapat.services.outputs import save_document, save_output

if TYPE_CHECKING:  # reportlab loads when the first document is built
    from rapat.documents.pdf import BuiltDocument

ACTION_LIST_PDF = "matriks tindak lanjut PDF"
ACTION_LIST_XLSX = "matriks tindak lanjut Excel"


def action_list_scope(session: Session, criteria: ActionFilter) -> str:
    """The heading line that says what the list holds, e.g. "Instansi: Polres · Terlambat"."""
    from rapat.documents.action_list import describe_scope

    meeting = None
    if criteria.meeting_id is not None:
        row = meeting_row(session, criteria.meeting_id)
        meeting = (row.title, row.date)
    return describe_scope(
        institution=criteria.institution,
        status=criteria.status,
        overdue_on=criteria.overdue_on,
        meeting=meeting,
        unfinished=criteria.unfinished,
        person=criteria.person,
        due_from=criteria.due_from,
        due_until=criteria.due_until,
    )


def action_list_pdf(session: Session, criteria: ActionFilter, today: date) -> BuiltDocument:
    """The action list PDF of what the criteria find, on the office's letterhead."""
    from rapat.documents.action_list import build_action_list

    rows = find_actions(session, criteria)
    scope = action_list_scope(session, criteria)
    return build_action_list(rows, get_profile(session), today, scope)


def save_action_list(
    session: Session, criteria: ActionFilter, document: BuiltDocument, path: str | os.PathLike
) -> SavedFile:
    """Keep a previewed action list PDF, recorded as an export (of its meeting, if it has one)."""
    return save_document(session, criteria.meeting_id, ACTION_LIST_PDF, document, path)


def write_action_workbook(
    session: Session, criteria: ActionFilter, today: date, path: str | os.PathLike
) -> SavedFile:
    """The list as an Excel workbook, under the same heading as the PDF."""
    from rapat.documents.workbook import action_register_workbook

    rows = find_actions(session, criteria)
    data = action_register_workbook(rows, today, action_list_scope(session, criteria))
    return save_output(session, criteria.meeting_id, ACTION_LIST_XLSX, data, path)


def write_action_list(
    session: Session, criteria: ActionFilter, today: date, path: str | os.PathLike
) -> SavedFile:
    """Write the list as PDF or Excel, chosen by the file's suffix."""
    suffix = Path(path).suffix.lower()
    if suffix == ".pdf":
        return save_action_list(session, criteria, action_list_pdf(session, criteria, today), path)
    if suffix == ".xlsx":
        return write_action_workbook(session, criteria, today, path)
    raise InvalidInput(
        tr("{file}: jenis berkas '{suffix}' tidak didukung; gunakan .pdf atau .xlsx").format(
            file=path, suffix=suffix or tr("(tanpa akhiran)")
        )
    )
