"""The audit trail: who did what to which meeting, and when.

An event is stored as a code (finalize, sign, amend, export) and its data as a JSON object, never as
prose: describe() puts it into words in the reader's language when it is shown.
"""

from __future__ import annotations

import json

from sqlalchemy.orm import Session

from rapat.i18n import QT_TR_NOOP, tr
from rapat.models import AuditEvent
from rapat.models.tracking import LOGIN_KEY, os_user
from rapat.models.vocabulary import SIGNATURE_FIELD_LABELS

# What left the application in an export event, by the code stored for it.
EXPORTED = {
    "notula_pdf": QT_TR_NOOP("notula PDF"),
    "attendance_pdf": QT_TR_NOOP("daftar hadir PDF"),
    "workbook": QT_TR_NOOP("buku kerja Excel"),
    "json": QT_TR_NOOP("JSON"),
    "invitation_pdf": QT_TR_NOOP("surat undangan PDF"),
    "invitation_ics": QT_TR_NOOP("undangan kalender"),
    "action_list_pdf": QT_TR_NOOP("matriks tindak lanjut PDF"),
    "action_list_xlsx": QT_TR_NOOP("matriks tindak lanjut Excel"),
    "archived_notula": QT_TR_NOOP("notula arsip revisi {revision}"),
    "package": QT_TR_NOOP("paket rapat"),
}


def current_user(session: Session) -> str:
    """Who is making the session's changes: the PostgreSQL login, or the operating-system user
    on SQLite (rapat.models.tracking)."""
    return session.connection().info.get(LOGIN_KEY) or os_user()


def record_event(session: Session, event: str, meeting_id: int | None, **data: str | int) -> None:
    """Add an event with its data (names, numbers, codes: whatever describe() puts into words)."""
    detail = json.dumps(data, ensure_ascii=False, sort_keys=True) if data else None
    session.add(
        AuditEvent(event=event, meeting_id=meeting_id, detail=detail, user=current_user(session))
    )


def record_export(
    session: Session, meeting_id: int, document: str, file: str, **data: str | int
) -> None:
    """Note that a document (a code of EXPORTED) of the meeting left the application as file."""
    record_event(session, "export", meeting_id, document=document, file=file, **data)


def describe(event: str, detail: str | None) -> str:
    """An event's stored data in words, in the reader's language."""
    try:
        data = json.loads(detail) if detail else {}
    except ValueError:
        data = None
    if not isinstance(data, dict):
        return detail or ""
    try:
        if event == "export":
            what = tr(EXPORTED.get(data["document"], data["document"])).format(**data)
            return tr("{what}: {file}").format(what=what, file=data["file"])
        if event == "package_import":
            return tr("diimpor dari paket {file}").format(**data)
        if event == "invitation":
            return tr("nomor {number}").format(**data)
        if event == "archive_timestamp":
            return tr("validasi arsip diperbarui, revisi {revision}").format(**data)
        if event == "finalize":
            return tr("revisi {revision}").format(**data)
        if event == "amend":
            return tr("revisi {revision}: {reason}").format(**data)
        if event == "sign":
            role = tr(SIGNATURE_FIELD_LABELS.get(data["field"], data["field"]))
            return tr("{signer} sebagai {role}, revisi {revision}").format(role=role, **data)
    except KeyError:
        pass
    if "text" in data:  # a detail written as prose before events were stored as data
        return str(data["text"])
    return ", ".join(f"{key}: {value}" for key, value in sorted(data.items()))
