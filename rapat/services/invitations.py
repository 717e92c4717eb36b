"""The surat undangan of a meeting: its number from the office's pattern, the letter, the calendar file.

A number is handed out once: the counter of its year moves forward in the same transaction that
gives the meeting its number, and a number some other meeting already carries (typed by hand or
imported) is passed over. A meeting keeps the number it was given; making the letter again reuses it.
"""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session

from rapat.errors import InvalidInput
from rapat.i18n import tr
from rapat.models import InvitationCounter, Meeting
from rapat.records.output import SavedFile
from rapat.services.audit import record_event
from rapat.services.meetings import editable_meeting_row, load_meeting, meeting_row
from rapat.services.naskah_settings import format_number
from rapat.services.organization import get_profile
from rapat.services.outputs import save_document, save_output

if TYPE_CHECKING:
    from rapat.documents.pdf import BuiltDocument


def assign_invitation_number(session: Session, meeting_id: int, today: date) -> tuple[str, date]:
    """The meeting's invitation number and date, numbering it now if it has no number yet.

    The letter is dated today unless the meeting already names its date.
    """
    meeting = meeting_row(session, meeting_id)
    if meeting.invitation_ref:
        return meeting.invitation_ref, meeting.invitation_date or today
    meeting = editable_meeting_row(session, meeting_id)
    dated = meeting.invitation_date or today
    pattern = get_profile(session).invitation_pattern
    counter = session.get(InvitationCounter, dated.year, with_for_update=True)
    if counter is None:
        counter = InvitationCounter(year=dated.year, last_number=0)
        session.add(counter)
    while True:
        counter.last_number += 1
        number = format_number(pattern, counter.last_number, dated)
        taken = session.scalar(select(Meeting.id).where(Meeting.invitation_ref == number).limit(1))
        if taken is None:
            break
    meeting.invitation_ref = number
    meeting.invitation_date = dated
    session.flush()
    record_event(session, "invitation", meeting_id, number=number)
    return number, dated


def invitation_letter(session: Session, meeting_id: int, today: date) -> BuiltDocument:
    """The surat undangan as PDF/A, numbered (once) from the office's pattern."""
    from rapat.documents.invitation import build_invitation

    assign_invitation_number(session, meeting_id, today)
    return build_invitation(load_meeting(session, meeting_id), get_profile(session))


def invitation_calendar(session: Session, meeting_id: int) -> bytes:
    """The meeting as an iCalendar file, in the meeting's time zone."""
    from rapat.documents.calendar import build_calendar

    return build_calendar(load_meeting(session, meeting_id), get_profile(session))


def write_invitation(
    session: Session, meeting_id: int, path: str | os.PathLike, today: date
) -> SavedFile:
    """The surat undangan (.pdf) or its calendar file (.ics), written and recorded as an export."""
    suffix = Path(path).suffix.lower()
    if suffix == ".pdf":
        document = invitation_letter(session, meeting_id, today)
        return save_document(session, meeting_id, "invitation_pdf", document, path)
    if suffix == ".ics":
        return write_calendar(session, meeting_id, path)
    raise InvalidInput(
        tr("{file}: jenis berkas '{suffix}' tidak didukung; gunakan .ics atau .pdf").format(
            file=path, suffix=suffix or tr("(tanpa akhiran)")
        )
    )


def write_calendar(session: Session, meeting_id: int, path: str | os.PathLike) -> SavedFile:
    """The meeting's calendar invitation (.ics), written and recorded as an export."""
    data = invitation_calendar(session, meeting_id)
    return save_output(session, meeting_id, "invitation_ics", data, path)
