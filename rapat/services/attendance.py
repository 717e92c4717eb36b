"""Attendance at the door: invitations, check-in, walk-ins, representatives, signatures and counts.

Plain functions taking a Session; the caller's `with db.session()` makes each change one transaction.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import time

from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from rapat.errors import InvalidInput, NotFound
from rapat.i18n import tr
from rapat.models import Institution, Participant, Person
from rapat.models.base import check_required, name_key
from rapat.models.vocabulary import AttendanceStatus
from rapat.services.attachments import check_picture
from rapat.services.attendance_list import (
    ATTENDANCE_QUERY,
    ATTENDED,
    AttendanceCounts,
    AttendanceRow,
    Suggestion,
    SuggestionPool,
    attendance_rows,
    count_attendance,
    now_minute,
)
from rapat.services.directory import DirectoryLinker
from rapat.services.meetings import editable_meeting_row, meeting_row
from rapat.services.ordering import move_to, seq_after
from rapat.services.versions import check_version, flush_checked

# What a refused change of a line shows of the stored line.
LINE_FIELDS = ("name", "status", "check_in", "representing")


class AlreadyCheckedIn(InvalidInput):
    """The person is already recorded as present; nothing was changed."""


def list_attendance(session: Session, meeting_id: int) -> list[AttendanceRow]:
    """The meeting's participants in their kept order."""
    meeting_row(session, meeting_id)
    return attendance_rows(session.execute(text(ATTENDANCE_QUERY), {"meeting_id": meeting_id}))


def attendance_row(session: Session, participant_id: int) -> AttendanceRow:
    p = _participant(session, participant_id)
    return _row(p)


def meeting_counts(session: Session, meeting_id: int) -> AttendanceCounts:
    return count_attendance(list_attendance(session, meeting_id))


def invite_person(session: Session, meeting_id: int, person_id: int) -> int:
    """Add someone from the directory to the invitees; refuse a second invitation."""
    editable_meeting_row(session, meeting_id)
    person = session.get(Person, person_id)
    if person is None:
        raise NotFound(tr("Orang ini tidak ada di direktori"))
    existing = _participant_of_person(session, meeting_id, person_id)
    if existing is not None:
        raise InvalidInput(tr("{name} sudah ada di daftar undangan").format(name=person.name))
    return _add_from_person(session, meeting_id, person, AttendanceStatus.ABSENT.value, None)


def invite_people(session: Session, meeting_id: int, person_ids: Iterable[int]) -> int:
    """Invite several people from the directory at once, skipping those already invited;
    returns lines added."""
    editable_meeting_row(session, meeting_id)
    invited = invited_people(session, meeting_id)
    new = [person_id for person_id in dict.fromkeys(person_ids) if person_id not in invited]
    for person_id in new:
        invite_person(session, meeting_id, person_id)
    return len(new)


def invite_institution(session: Session, meeting_id: int, institution_id: int) -> int:
    """Invite an institution's directory people, or one line for the institution; returns lines added."""
    editable_meeting_row(session, meeting_id)
    institution = session.get(Institution, institution_id)
    if institution is None:
        raise NotFound(tr("Instansi ini tidak ada di direktori"))
    invited = invited_people(session, meeting_id)
    people = session.scalars(
        select(Person).where(Person.institution_id == institution_id).order_by(Person.id)
    ).all()
    added = 0
    for person in people:
        if person.id not in invited:
            _add_from_person(session, meeting_id, person, AttendanceStatus.ABSENT.value, None)
            added += 1
    if not people and institution_id not in invited_institutions(session, meeting_id):
        line = Participant(
            meeting_id=meeting_id,
            seq=seq_after(session, Participant, meeting_id),
            # Stored and printed in the daftar hadir: Indonesian in every interface language.
            name=f"Pimpinan {institution.short_name or institution.name}",
            institution=institution.name,
            institution_id=institution.id,
            status=AttendanceStatus.ABSENT.value,
        )
        session.add(line)
        session.flush()
        added = 1
    return added


def invite_institutions(session: Session, meeting_id: int, institution_ids: Iterable[int]) -> int:
    """Invite several institutions at once (see invite_institution); returns lines added."""
    editable_meeting_row(session, meeting_id)
    return sum(invite_institution(session, meeting_id, i) for i in dict.fromkeys(institution_ids))


def invited_institutions(session: Session, meeting_id: int) -> set[int]:
    """The institutions that have at least one line in the meeting's list."""
    return _linked_ids(session, meeting_id, Participant.institution_id)


def invited_people(session: Session, meeting_id: int) -> set[int]:
    """The directory people who have a line in the meeting's list."""
    return _linked_ids(session, meeting_id, Participant.person_id)


def participant_counts(session: Session) -> dict[int, int]:
    """How many lines each meeting's attendance list has, by meeting id."""
    query = select(Participant.meeting_id, func.count(Participant.id)).group_by(
        Participant.meeting_id
    )
    return {meeting_id: count for meeting_id, count in session.execute(query)}


def copy_invitees(session: Session, meeting_id: int, earlier_id: int) -> int:
    """Invite the people of an earlier meeting who are not yet invited; returns lines added."""
    editable_meeting_row(session, meeting_id)
    seq = seq_after(session, Participant, meeting_id)
    lines = _copies(session, meeting_id, earlier_id)
    for offset, line in enumerate(lines):
        line.seq = seq + offset
        session.add(line)
    session.flush()
    return len(lines)


def count_copyable(session: Session, meeting_id: int, earlier_id: int) -> int:
    """How many lines copy_invitees would add, without adding them."""
    return len(_copies(session, meeting_id, earlier_id))


def _copies(session: Session, meeting_id: int, earlier_id: int) -> list[Participant]:
    """Unsaved invitation lines for the earlier meeting's invitees not yet in this meeting: the one
    who was represented rather than the representative, each name and institution once."""
    keys = {
        (name_key(r.name), name_key(r.institution)) for r in list_attendance(session, meeting_id)
    }
    lines: list[Participant] = []
    for row in list_attendance(session, earlier_id):
        name, position = row.name, row.position
        if row.status == AttendanceStatus.REPRESENTED and row.representing:
            name, position = (
                row.representing,
                row.representing,
            )  # invite the one who was represented
        key = (name_key(name), name_key(row.institution))
        if key in keys:
            continue
        keys.add(key)
        represented = row.status == AttendanceStatus.REPRESENTED and row.representing
        lines.append(
            Participant(
                meeting_id=meeting_id,
                name=name,
                position=position,
                institution=row.institution,
                nip=None if represented else row.nip,
                rank=None if represented else row.rank,
                status=AttendanceStatus.ABSENT.value,
                person_id=None if represented else row.person_id,
                institution_id=row.institution_id,
            )
        )
    return lines


def lock_attendance(session: Session, meeting_id: int) -> None:
    """Take the meeting's write lock before reading who is present, so that the desk and phones
    checking in at once take turns and nobody is recorded twice: a no-op update is SQLite's first
    write (the database's write lock) and PostgreSQL's row lock on the meeting."""
    session.execute(
        text("UPDATE meetings SET revision = revision WHERE id = :id"), {"id": meeting_id}
    )


def check_in(session: Session, participant_id: int, at: time | None = None) -> AttendanceRow:
    """Mark an invitee present at the given time (now); a second check-in is refused."""
    p = _locked_participant(session, participant_id)
    _refuse_twice(p)
    p.status = AttendanceStatus.PRESENT.value
    p.check_in = at or now_minute(p.meeting.timezone)
    return _stored(session, p)


def check_in_person(
    session: Session, meeting_id: int, person_id: int, at: time | None = None
) -> AttendanceRow:
    """Check in someone from the directory: their invitation line if any, else a new line."""
    meeting = editable_meeting_row(session, meeting_id)
    lock_attendance(session, meeting_id)
    existing = _participant_of_person(session, meeting_id, person_id)
    if existing is not None:
        return check_in(session, existing.id, at)
    person = session.get(Person, person_id)
    if person is None:
        raise NotFound(tr("Orang ini tidak ada di direktori"))
    new_id = _add_from_person(
        session,
        meeting_id,
        person,
        AttendanceStatus.PRESENT.value,
        at or now_minute(meeting.timezone),
    )
    return attendance_row(session, new_id)


def add_walk_in(
    session: Session,
    meeting_id: int,
    name: str,
    institution: str,
    *,
    position: str | None = None,
    representing: str | None = None,
    status: str | None = None,
    at: time | None = None,
) -> AttendanceRow:
    """Record someone who has no invitation line: present now, representing someone, or excused
    (izin: sent word, did not come). Without a status, representing decides between the first two."""
    meeting = editable_meeting_row(session, meeting_id)
    lock_attendance(session, meeting_id)
    if status is None:
        status = AttendanceStatus.REPRESENTED if representing else AttendanceStatus.PRESENT
    status = AttendanceStatus(status).value
    excused = status == AttendanceStatus.EXCUSED
    if excused:
        representing = None
    check_required(tr("Nama"), name)
    check_required(tr("Instansi"), institution)
    name, institution = " ".join(name.split()), " ".join(institution.split())
    same = session.scalars(
        select(Participant).where(
            Participant.meeting_id == meeting_id,
            func.lower(Participant.name) == name.lower(),
            func.lower(Participant.institution) == institution.lower(),
        )
    ).first()
    if same is not None and not representing:
        if excused:
            return set_status(session, same.id, status)
        return check_in(session, same.id, at)
    linker = DirectoryLinker(session)
    institution_id = linker.institution(institution)
    person_id = linker.person(name, institution_id, position=position or None)
    p = Participant(
        meeting_id=meeting_id,
        seq=seq_after(session, Participant, meeting_id),
        name=name,
        position=position or None,
        institution=institution,
        status=status,
        representing=representing or None,
        check_in=None if excused else at or now_minute(meeting.timezone),
        person_id=person_id,
        institution_id=institution_id,
    )
    session.add(p)
    session.flush()
    return _row(p)


def mark_represented(
    session: Session,
    participant_id: int,
    by_name: str,
    by_position: str | None = None,
    at: time | None = None,
    version: int | None = None,
) -> AttendanceRow:
    """The invitee sent someone: the line now names who came, "mewakili" the one invited.
    `version` is the line's as the desk read it (None: whatever is stored); a line changed
    since is refused (Conflict)."""
    p = _locked_participant(session, participant_id)
    check_required(tr("Nama yang mewakili"), by_name)
    _refuse_twice(p)
    check_version(p, version, _line(p), LINE_FIELDS)
    represented = p.position or p.name
    by_name = " ".join(by_name.split())
    linker = DirectoryLinker(session)
    p.person_id = linker.person(by_name, p.institution_id, position=by_position or None)
    p.name, p.position, p.nip, p.rank, p.phone = by_name, by_position or None, None, None, None
    p.representing = represented
    p.status = AttendanceStatus.REPRESENTED.value
    p.check_in = at or now_minute(p.meeting.timezone)
    return _stored(session, p)


def set_status(
    session: Session, participant_id: int, status: str, version: int | None = None
) -> AttendanceRow:
    """Change a line's status; absent or excused clears the arrival time, present sets one.
    `version`, as for every change of a line below, is the line's as the desk read it (None:
    whatever is stored); a line changed since is refused (Conflict) and left as it is."""
    p = _editable_participant(session, participant_id, version)
    p.status = status
    if status in (AttendanceStatus.ABSENT, AttendanceStatus.EXCUSED):
        p.check_in = None
        p.representing = None
    elif p.check_in is None:
        p.check_in = now_minute(p.meeting.timezone)
    return _stored(session, p)


def set_arrival_time(
    session: Session, participant_id: int, at: time | None, version: int | None = None
) -> AttendanceRow:
    p = _editable_participant(session, participant_id, version)
    p.check_in = at
    return _stored(session, p)


def set_signature(
    session: Session, participant_id: int, png: bytes | None, version: int | None = None
) -> AttendanceRow:
    """Store the attendee's signature; an empty pad (None or no bytes) clears it."""
    if png:
        check_picture(png, tr("Tanda tangan"))  # within rapat.limits, as a photo is
    p = _editable_participant(session, participant_id, version)
    p.signature_png = png or None
    return _stored(session, p)


def move_participant(session: Session, participant_id: int, new_index: int) -> list[AttendanceRow]:
    """Move a line to a new place in the list, renumbering the order; returns the list as it is now."""
    p = _editable_participant(session, participant_id)
    move_to(session, p, new_index)
    session.flush()  # list_attendance reads with plain SQL, which does not flush first
    return list_attendance(session, p.meeting_id)


def remove_participant(session: Session, participant_id: int) -> None:
    session.delete(_editable_participant(session, participant_id))


def suggestion_pool(session: Session, meeting_id: int) -> SuggestionPool:
    """Load the meeting's invitees and the directory once; keystrokes then filter in memory."""
    pool = SuggestionPool.of_invitees(list_attendance(session, meeting_id))
    pool.add_directory(directory_suggestions(session))
    return pool


def directory_suggestions(session: Session) -> list[tuple[Suggestion, str | None]]:
    """Everyone in the directory as a check-in candidate, with their institution's short name
    (SuggestionPool.add_directory)."""
    query = (
        select(Person.id, Person.name, Person.position, Institution.name, Institution.short_name)
        .outerjoin(Institution, Person.institution_id == Institution.id)
        .order_by(Person.name_key)
    )
    return [
        (Suggestion(name, inst or "", position, person_id=pid), short)
        for pid, name, position, inst, short in session.execute(query)
    ]


def _participant(session: Session, participant_id: int) -> Participant:
    p = session.get(Participant, participant_id)
    if p is None:
        raise NotFound(tr("Peserta ini sudah tidak ada di daftar hadir"))
    return p


def _editable_participant(
    session: Session, participant_id: int, version: int | None = None
) -> Participant:
    """The line, if its meeting may be changed and it is still at `version` (None: any)."""
    p = _participant(session, participant_id)
    editable_meeting_row(session, p.meeting_id)
    check_version(p, version, _line(p), LINE_FIELDS)
    return p


def _line(p: Participant) -> str:
    """What a line is called in a refusal."""
    return tr("Kehadiran {name}").format(name=p.name)


def _stored(session: Session, p: Participant) -> AttendanceRow:
    """Write the line's change now (refused if someone else changed it since it was read) and
    return it as stored, with its new version."""
    flush_checked(session, p, _line(p), LINE_FIELDS)
    return _row(p)


def _locked_participant(session: Session, participant_id: int) -> Participant:
    """The line, read again under the meeting's write lock (see lock_attendance)."""
    p = _editable_participant(session, participant_id)
    lock_attendance(session, p.meeting_id)
    session.refresh(p)
    return p


def _refuse_twice(p: Participant) -> None:
    if p.status in ATTENDED:
        if p.check_in is None:
            message = tr("{name} sudah tercatat hadir; tidak ada yang diubah.")
        else:
            message = tr("{name} sudah tercatat hadir pukul {when}; tidak ada yang diubah.")
        when = p.check_in.strftime("%H.%M") if p.check_in else ""
        raise AlreadyCheckedIn(message.format(name=p.name, when=when))


def _linked_ids(session: Session, meeting_id: int, column) -> set[int]:
    query = select(column).where(Participant.meeting_id == meeting_id, column.is_not(None))
    return set(session.scalars(query))


def _participant_of_person(session: Session, meeting_id: int, person_id: int) -> Participant | None:
    return session.scalars(
        select(Participant).where(
            Participant.meeting_id == meeting_id, Participant.person_id == person_id
        )
    ).first()


def _add_from_person(
    session: Session, meeting_id: int, person: Person, status: str, at: time | None
) -> int:
    institution = person.institution
    p = Participant(
        meeting_id=meeting_id,
        seq=seq_after(session, Participant, meeting_id),
        name=person.name,
        position=person.position,
        institution=institution.name if institution else "Perorangan",  # stored: Indonesian
        nip=person.nip,
        rank=person.rank,
        phone=person.phone,
        status=status,
        check_in=at,
        person_id=person.id,
        institution_id=person.institution_id,
    )
    session.add(p)
    session.flush()
    return p.id


def _row(p: Participant) -> AttendanceRow:
    return AttendanceRow(
        p.id,
        p.seq,
        p.name,
        p.position,
        p.institution,
        p.nip,
        p.rank,
        p.status,
        p.representing,
        p.check_in,
        p.signature_png,
        p.person_id,
        p.institution_id,
        bool(p.self_registered),
        p.version,
    )
