"""Self check-in: what attendees may see and do from their phones (served by rapat.kiosk).

The phones search this meeting's invited list only and see name and institution, nothing else from
the directory; they check an invitee in with a signature, or register a walk-in. Every write takes
the meeting's write lock first (rapat.services.attendance.lock_attendance), as the desk's check-ins
do, so two phones, or a phone and the desk, never record the same person twice.
"""

from __future__ import annotations

import io
import unicodedata
from dataclasses import dataclass
from datetime import time

from PIL import Image, UnidentifiedImageError
from sqlalchemy import select
from sqlalchemy.orm import Session

from rapat import dates, limits
from rapat.errors import InvalidInput, NotFound
from rapat.i18n import tr
from rapat.models import Meeting, Participant
from rapat.models.base import name_key
from rapat.models.vocabulary import AttendanceStatus
from rapat.services.attendance import AlreadyCheckedIn, attendance_row, lock_attendance
from rapat.services.attendance_list import ATTENDED, AttendanceRow, now_minute
from rapat.services.meetings import editable_meeting_row
from rapat.services.ordering import seq_after

# Bounds on what a phone may send: characters of each field, and the signature image.
QUERY_MIN = 2
RESULTS_MAX = 10


@dataclass(frozen=True)
class KioskMeeting:
    """What the check-in page shows about the meeting."""

    title: str
    day: str
    place: str


@dataclass(frozen=True)
class InviteeMatch:
    """An invitation line as a phone sees it: name and institution only."""

    id: int
    name: str
    institution: str
    present: bool


@dataclass(frozen=True)
class SelfCheckIn:
    """A stored self check-in: the line as the desk sees it, and the arrival time for the phone."""

    row: AttendanceRow
    at: time


def kiosk_meeting(session: Session, meeting_id: int) -> KioskMeeting:
    """The meeting's title, day and place; a final meeting takes no more check-ins."""
    meeting = editable_meeting_row(session, meeting_id)
    return KioskMeeting(meeting.title, dates.long_date(meeting.date), meeting.location)


def search_invited(session: Session, meeting_id: int, query: str) -> list[InviteeMatch]:
    """This meeting's lines whose name or institution hold every word typed, not yet present first.

    Too short a query finds nothing, so the list cannot be read out by searching for one letter.
    """
    words = name_key(clean(query, limits.SELF_CHECK_IN_QUERY, tr("Pencarian"))).split()
    if sum(len(w) for w in words) < QUERY_MIN:
        return []
    rows = session.execute(
        select(Participant.id, Participant.name, Participant.institution, Participant.status)
        .where(Participant.meeting_id == meeting_id)
        .order_by(Participant.seq, Participant.id)
    )
    found = [
        InviteeMatch(pid, name, institution, status in ATTENDED)
        for pid, name, institution, status in rows
        if all(w in f"{name_key(name)} {name_key(institution)}" for w in words)
    ]
    found.sort(key=lambda m: m.present)
    return found[:RESULTS_MAX]


def check_in_invitee(
    session: Session, meeting_id: int, participant_id: int, signature: bytes
) -> SelfCheckIn:
    """Check in one of this meeting's invitation lines with the attendee's signature."""
    png = signature_png(signature)
    editable_meeting_row(session, meeting_id)
    lock_attendance(session, meeting_id)
    p = session.get(Participant, participant_id)
    if p is None or p.meeting_id != meeting_id:
        raise NotFound(tr("Nama ini tidak ada di daftar undangan rapat ini."))
    session.refresh(p)
    _refuse_present(p)
    return _record(session, p, AttendanceStatus.PRESENT.value, png)


def register_walk_in(
    session: Session,
    meeting_id: int,
    *,
    name: str,
    position: str,
    institution: str,
    representing: str = "",
    signature: bytes,
) -> SelfCheckIn:
    """Record someone not on the invited list; the same name and institution is recorded once."""
    name = clean(name, limits.SELF_CHECK_IN_NAME, tr("Nama"), required=True)
    position = clean(position, limits.SELF_CHECK_IN_POSITION, tr("Jabatan"), required=True)
    institution = clean(
        institution, limits.SELF_CHECK_IN_INSTITUTION, tr("Instansi"), required=True
    )
    representing = clean(representing, limits.SELF_CHECK_IN_REPRESENTING, tr("Mewakili"))
    png = signature_png(signature)
    editable_meeting_row(session, meeting_id)
    lock_attendance(session, meeting_id)
    same = session.scalars(select(Participant).where(Participant.meeting_id == meeting_id)).all()
    key = (name_key(name), name_key(institution))
    for p in same:
        if (name_key(p.name), name_key(p.institution)) == key:
            _refuse_present(p)
            return _record(session, p, AttendanceStatus.PRESENT.value, png)
    # A new line of this meeting only: what a phone sends never enters the directory (the desk
    # links the line to it when correcting it).
    p = Participant(
        meeting_id=meeting_id,
        seq=seq_after(session, Participant, meeting_id),
        name=name,
        position=position,
        institution=institution,
        status=(AttendanceStatus.REPRESENTED if representing else AttendanceStatus.PRESENT).value,
        representing=representing or None,
    )
    session.add(p)
    return _record(session, p, p.status, png)


def clean(value: str, longest: int, label: str, *, required: bool = False) -> str:
    """One line of text: control characters dropped, spacing folded, length bounded."""
    if not isinstance(value, str):
        raise InvalidInput(tr("{label} tidak terbaca.").format(label=label))
    text = "".join(
        " " if ch.isspace() else ch
        for ch in value
        if ch.isspace() or unicodedata.category(ch)[0] != "C"
    )
    text = " ".join(text.split())
    if len(text) > longest:
        raise InvalidInput(
            tr("{label} terlalu panjang (paling banyak {n} huruf).").format(label=label, n=longest)
        )
    if required and not text:
        raise InvalidInput(tr("{label} wajib diisi.").format(label=label))
    return text


def signature_png(data: bytes) -> bytes:
    """The signature drawn on the phone, checked and stored again as a plain PNG of its strokes.

    Refused when it is too large in bytes or pixels (checked from the header, before decoding),
    is not a PNG, or is empty.
    """
    if not data:
        raise InvalidInput(tr("Tanda tangan belum dibuat."))
    if len(data) > limits.SELF_CHECK_IN_SIGNATURE_BYTES:
        raise InvalidInput(tr("Gambar tanda tangan terlalu besar."))
    try:
        image = Image.open(io.BytesIO(data), formats=["PNG"])
        width, height = image.size
        if (
            width > limits.SELF_CHECK_IN_SIGNATURE_WIDTH
            or height > limits.SELF_CHECK_IN_SIGNATURE_HEIGHT
        ):
            raise InvalidInput(tr("Gambar tanda tangan terlalu besar."))
        image.load()
    except (UnidentifiedImageError, OSError, ValueError, Image.DecompressionBombError):
        raise InvalidInput(tr("Tanda tangan tidak terbaca.")) from None
    image = image.convert("RGBA")
    strokes = image.getchannel("A").getbbox()
    if strokes is None:
        raise InvalidInput(tr("Tanda tangan belum dibuat."))
    # Cropped to the strokes, as the desk's signature pad stores them, so both print alike.
    left, top, right, bottom = strokes
    margin = 4
    image = image.crop(
        (
            max(0, left - margin),
            max(0, top - margin),
            min(width, right + margin),
            min(height, bottom + margin),
        )
    )
    out = io.BytesIO()
    image.save(out, format="PNG")
    return out.getvalue()


def _refuse_present(p: Participant) -> None:
    if p.status in ATTENDED:
        when = p.check_in.strftime("%H.%M") if p.check_in else ""
        raise AlreadyCheckedIn(
            tr("{name} sudah tercatat hadir pukul {when}.").format(name=p.name, when=when)
            if when
            else tr("{name} sudah tercatat hadir.").format(name=p.name)
        )


def _record(session: Session, p: Participant, status: str, png: bytes) -> SelfCheckIn:
    at = now_minute(session.get(Meeting, p.meeting_id).timezone)
    p.status = status
    p.check_in = at
    p.signature_png = png
    p.self_registered = True
    session.flush()
    return SelfCheckIn(attendance_row(session, p.id), at)
