"""Meetings as a whole: list, look up, store a complete record, load it back, edit the details."""

from __future__ import annotations

import itertools
from datetime import UTC, date, datetime, time
from typing import Any

from sqlalchemy import String, cast, event, insert, inspect, or_, select, text
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from rapat.errors import InvalidInput, NotFound, ReadOnlyMeeting
from rapat.i18n import tr
from rapat.models import (
    ActionItem,
    ActionStatusChange,
    AgendaItem,
    Decision,
    DiscussionPoint,
    Meeting,
    Officer,
    Participant,
)
from rapat.models.vocabulary import MeetingStatus
from rapat.records.meeting import (
    ActionRecord,
    MeetingRecord,
    MeetingSummary,
    ParticipantRecord,
    PointRecord,
)
from rapat.services.audit import current_user
from rapat.services.directory import DirectoryLinker
from rapat.services.meeting_details import AGENDA_QUERY, DETAILS_QUERY, NEWEST_QUERY, details_record
from rapat.services.ordering import siblings
from rapat.services.versions import check_version, flush_checked, stale

_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)

DETAIL_FIELDS = {
    "title",
    "kind",
    "date",
    "start_time",
    "end_time",
    "timezone",
    "location",
    "organizer",
    "invitation_ref",
    "invitation_date",
    "chair",
    "secretary",
    "note_taker",
    "opening",
    "closing",
}


def meeting_row(session: Session, meeting_id: int) -> Meeting:
    """The meeting's mapped row, for the services' own use: the faces get records, never rows."""
    meeting = session.get(Meeting, meeting_id)
    if meeting is None:
        raise _no_meeting(meeting_id)
    return meeting


def _no_meeting(meeting_id: int) -> NotFound:
    return NotFound(tr("Rapat nomor {id} tidak ada").format(id=meeting_id))


def editable_meeting_row(session: Session, meeting_id: int) -> Meeting:
    """The meeting's mapped row, if it may still be changed; a final meeting needs a new revision
    first. For the services' own use, as meeting_row."""
    meeting = meeting_row(session, meeting_id)
    if meeting.taken_to:
        raise ReadOnlyMeeting(
            tr(
                "Rapat '{title}' sedang dibawa ke {where}; ubah di sana, lalu impor paketnya "
                "kembali ke sini"
            ).format(title=meeting.title, where=meeting.taken_to)
        )
    if meeting.is_final:
        raise _final(meeting.title)
    session.info.setdefault(_DRAFTS, set()).add(meeting_id)
    return meeting


# The meetings a session edits as drafts, checked again once its changes are written.
_DRAFTS = "rapat_draft_meetings"


@event.listens_for(Session, "after_flush")
def _still_drafts(session: Session, _context) -> None:
    """Refuse an edit that reaches a meeting finalized since the edit read it.

    Checked after the edit's own writes: on SQLite the transaction then holds the write lock, so
    the status read is the newest; on PostgreSQL the shared row lock waits for a finalization in
    progress, whose own UPDATE of the meeting waits for the edits that hold it. Either way an
    edit lands before the snapshot that finalizing takes, or is refused.
    """
    drafts = session.info.get(_DRAFTS)
    if not drafts:
        return
    for meeting in session.dirty:  # this session changes the status itself (finalizing): no edit
        if isinstance(meeting, Meeting) and inspect(meeting).attrs.status.history.has_changes():
            drafts.discard(meeting.id)
    if not drafts:
        return
    query = select(Meeting.title).where(
        Meeting.id.in_(drafts), Meeting.status != MeetingStatus.DRAFT.value
    )
    final = session.connection().execute(query.with_for_update(read=True)).first()
    if final is not None:
        raise _final(final.title)


def _final(title: str) -> ReadOnlyMeeting:
    return ReadOnlyMeeting(
        tr("Rapat '{title}' sudah final; buat revisi untuk mengubahnya").format(title=title)
    )


# Meeting lists read the table rather than the mapped class: a plain column query needs no mapper
# configuration, which is most of the time `rapat list` would otherwise spend.
_MEETINGS = Meeting.__table__.c


def _summaries():
    """The columns of a MeetingSummary, in its field order."""
    t = _MEETINGS
    return select(
        t.id,
        t.title,
        t.date,
        t.start_time,
        t.timezone,
        t.location,
        t.kind,
        t.status,
        t.revision,
        t.updated_at,
    )


def list_meetings(session: Session, search: str | None = None) -> list[MeetingSummary]:
    """Meetings newest first, optionally those whose title, place, kind, date or institutions match."""
    t = _MEETINGS
    query = _summaries().order_by(t.date.desc(), t.start_time.desc(), t.id.desc())
    if search and search.strip():
        pattern = f"%{search.strip()}%"
        p = Participant.__table__.c
        institution = select(p.id).where(p.meeting_id == t.id, p.institution.ilike(pattern))
        query = query.where(
            or_(
                t.title.ilike(pattern),
                t.location.ilike(pattern),
                t.kind.ilike(pattern),
                t.organizer.ilike(pattern),
                cast(t.date, String).like(pattern),
                institution.exists(),
            )
        )
    return [MeetingSummary(*row) for row in session.execute(query)]


def newest_meeting_id(session: Session) -> int | None:
    return session.execute(text(NEWEST_QUERY)).scalar()


def create_meeting(session: Session, **details: Any) -> int:
    """A new draft meeting from the details form; returns its id."""
    unknown = set(details) - DETAIL_FIELDS
    if unknown:
        raise ValueError(f"unknown meeting fields: {sorted(unknown)}")
    meeting = Meeting(**_with_defaults(details))
    session.add(meeting)
    session.flush()
    return meeting.id


def update_meeting(
    session: Session, meeting_id: int, version: int | None = None, **changes: Any
) -> int:
    """Change some details of a draft meeting (title, times, officers, opening, closing, …) as
    read at `version` (None: whatever is stored); returns the meeting's new version. A stale
    version is refused (Conflict), naming who changed the meeting and their values of `changes`."""
    unknown = set(changes) - DETAIL_FIELDS
    if unknown:
        raise ValueError(f"unknown meeting fields: {sorted(unknown)}")
    meeting = editable_meeting_row(session, meeting_id)
    what, fields = _details_what(changes), sorted(changes)
    check_version(meeting, version, what, fields)
    if "start_time" in changes and "end_time" in changes:
        meeting.end_time = None  # both change together: check the new pair, not a mix
    for key, value in changes.items():
        setattr(meeting, key, value)
    return flush_checked(session, meeting, what, fields)


def _details_what(changes: dict[str, Any]) -> str:
    """What a change of the meeting's row is called in a refusal."""
    if set(changes) == {"opening"}:
        return tr("Kata pembukaan")
    if set(changes) == {"closing"}:
        return tr("Penutup")
    return tr("Rincian rapat")


def _with_defaults(details: dict[str, Any]) -> dict[str, Any]:
    for role in ("chair", "secretary", "note_taker"):
        details.setdefault(role, Officer())
    if not isinstance(details.get("date"), date) or not isinstance(details.get("start_time"), time):
        raise InvalidInput(tr("Tanggal dan jam mulai rapat wajib diisi"))
    return details


def store_meeting(
    session: Session, record: MeetingRecord, linker: DirectoryLinker | None = None
) -> int:
    """Store a complete, validated meeting record as a new meeting; returns its id.

    Participants and actions are linked to the directory, which gains what it did not know.
    Rows are inserted in bulk, so a 400-participant meeting stores in a blink.
    """
    meeting = Meeting(**meeting_details(record))
    session.add(meeting)
    session.flush()
    store_contents(session, meeting.id, record, linker)
    return meeting.id


def meeting_details(record: MeetingRecord) -> dict[str, Any]:
    """The meeting's own columns as a record gives them."""
    return {
        "title": record.title,
        "kind": record.kind,
        "date": record.date,
        "start_time": record.start_time,
        "end_time": record.end_time,
        "timezone": record.timezone,
        "location": record.location,
        "organizer": record.organizer,
        "invitation_ref": record.invitation_ref,
        "invitation_date": record.invitation_date,
        "chair": record.chair,
        "secretary": record.secretary,
        "note_taker": record.note_taker,
        "opening": record.opening,
        "closing": record.closing,
    }


def store_contents(
    session: Session, meeting_id: int, record: MeetingRecord, linker: DirectoryLinker | None = None
) -> None:
    """Store a record's agenda, participants, points, decisions and actions under a meeting that
    has none (a new one, or one whose rows a returning package replaces)."""
    linker = linker or DirectoryLinker(session)
    agenda_ids = _insert_agenda(session, meeting_id, record.agenda)
    _insert_rows(
        session,
        Participant,
        [participant_row(meeting_id, i, p, linker) for i, p in enumerate(record.participants)],
    )
    _insert_rows(
        session,
        DiscussionPoint,
        [
            {
                "meeting_id": meeting_id,
                "seq": i,
                "speaker": p.speaker,
                "text": p.text,
                "agenda_item_id": agenda_ids[p.agenda_item - 1] if p.agenda_item else None,
            }
            for i, p in enumerate(record.discussion)
        ],
    )
    _insert_rows(
        session,
        Decision,
        [
            {"meeting_id": meeting_id, "seq": i, "text": text}
            for i, text in enumerate(record.decisions)
        ],
    )
    _insert_actions(session, meeting_id, record.actions, linker)


def _insert_rows(session: Session, model: type, rows: list[dict[str, Any]]) -> list[int]:
    if not rows:
        return []
    statement = insert(model).returning(model.id, sort_by_parameter_order=True)
    return list(session.scalars(statement, rows))


def _insert_agenda(session: Session, meeting_id: int, agenda: list[str]) -> list[int]:
    rows = [{"meeting_id": meeting_id, "seq": i, "title": title} for i, title in enumerate(agenda)]
    return _insert_rows(session, AgendaItem, rows)


def participant_row(
    meeting_id: int, seq: int, p: ParticipantRecord, linker: DirectoryLinker
) -> dict:
    institution_id = linker.institution(p.institution)
    person_id = linker.person(
        p.name, institution_id, nip=p.nip, position=p.position, rank=p.rank, phone=p.phone
    )
    return {
        "meeting_id": meeting_id,
        "seq": seq,
        "name": p.name,
        "position": p.position,
        "institution": p.institution,
        "nip": p.nip,
        "rank": p.rank,
        "phone": p.phone,
        "status": p.status,
        "representing": p.representing,
        "check_in": p.check_in,
        "signature_png": p.signature_png,
        "person_id": person_id,
        "institution_id": institution_id,
    }


def _insert_actions(
    session: Session, meeting_id: int, actions: list[ActionRecord], linker: DirectoryLinker
) -> None:
    rows = []
    for seq, action in enumerate(actions):
        institution_id = linker.institution(action.institution)
        person_id = linker.find_person(action.person, institution_id) if action.person else None
        rows.append(
            {
                "meeting_id": meeting_id,
                "seq": seq,
                "description": action.description,
                "institution": action.institution,
                "institution_id": institution_id,
                "person": action.person,
                "person_id": person_id,
                "due": action.due,
                "status": action.status,
                "carried_from_id": action.carried_from_id,
            }
        )
    ids = _insert_rows(session, ActionItem, rows)
    user = current_user(session)
    _insert_rows(
        session,
        ActionStatusChange,
        [
            {"action_id": action_id, "old_status": None, "new_status": row["status"], "user": user}
            for action_id, row in zip(ids, rows, strict=True)
        ],
    )


def load_meeting(session: Session, meeting_id: int) -> MeetingRecord:
    """Everything about one meeting as a plain record."""
    record = load_details(session, meeting_id)
    agenda = _agenda(session, meeting_id)
    agenda_index = {item_id: i + 1 for i, (item_id, _title, _version) in enumerate(agenda)}
    record.participants = [
        _participant_record(p) for p in siblings(session, Participant, meeting_id)
    ]
    record.discussion = [
        PointRecord(
            id=p.id, text=p.text, speaker=p.speaker, agenda_item=agenda_index.get(p.agenda_item_id)
        )
        for p in siblings(session, DiscussionPoint, meeting_id)
    ]
    record.decisions = [d.text for d in siblings(session, Decision, meeting_id)]
    record.actions = [
        ActionRecord(
            id=a.id,
            description=a.description,
            institution=a.institution,
            person=a.person,
            due=a.due,
            status=a.status,
            carried_from_id=a.carried_from_id,
        )
        for a in siblings(session, ActionItem, meeting_id)
    ]
    return record


def load_details(session: Session, meeting_id: int) -> MeetingRecord:
    """A meeting's details and agenda only: what the workspace header and details form show."""
    parameters = {"meeting_id": meeting_id}
    row = session.execute(text(DETAILS_QUERY), parameters).mappings().first()
    if row is None:
        raise _no_meeting(meeting_id)
    agenda = _agenda(session, meeting_id)
    return details_record(row, [item[1] for item in agenda], [item[2] for item in agenda])


def _agenda(session: Session, meeting_id: int) -> list[tuple[int, str, int]]:
    return [tuple(row) for row in session.execute(text(AGENDA_QUERY), {"meeting_id": meeting_id})]


def _participant_record(p: Participant) -> ParticipantRecord:
    return ParticipantRecord(
        id=p.id,
        name=p.name,
        institution=p.institution,
        status=p.status,
        position=p.position,
        nip=p.nip,
        rank=p.rank,
        phone=p.phone,
        representing=p.representing,
        check_in=p.check_in,
        person_id=p.person_id,
        institution_id=p.institution_id,
        signature_png=p.signature_png,
    )


def delete_meeting(session: Session, meeting_id: int) -> None:
    session.delete(editable_meeting_row(session, meeting_id))


def set_agenda(
    session: Session, meeting_id: int, lines: list[str], versions: list[int] | None = None
) -> list[int]:
    """Make the agenda these lines, in order; items keep their ids by position so points stay
    linked. `versions` are the items' versions as the editor read them, in order (None: whatever
    is stored): an agenda changed since is refused (Conflict, with the stored titles as
    "agenda"). Returns the items' versions now."""
    meeting = editable_meeting_row(session, meeting_id)
    what = tr("Acara rapat")
    titles = [" ".join(line.split()) for line in lines if line.strip()]
    items = siblings(session, AgendaItem, meeting_id)
    if versions is not None and [item.version for item in items] != list(versions):
        raise _agenda_conflict(meeting, items, versions, what)
    for seq, title in enumerate(titles):
        if seq < len(items):
            items[seq].title = title
        else:
            session.add(AgendaItem(meeting_id=meeting_id, seq=seq, title=title))
    for item in items[len(titles) :]:
        session.delete(item)
    try:
        session.flush()
    except StaleDataError:  # changed between the read and this write: described afresh
        with Session(session.get_bind()) as fresh:
            items = siblings(fresh, AgendaItem, meeting_id)
            raise _agenda_conflict(meeting_row(fresh, meeting_id), items, [], what) from None
    return [item.version for item in siblings(session, AgendaItem, meeting_id)]


def _agenda_conflict(
    meeting: Meeting, items: list[AgendaItem], versions: list[int], what: str
) -> Exception:
    """The refusal of an agenda changed by someone else: the item they changed last (or the
    meeting, when they only removed items) says who and when."""
    changed = [i for i, v in itertools.zip_longest(items, versions) if i and i.version != v]
    latest = max(changed or items or [meeting], key=lambda row: row.changed_at or _EPOCH)
    return stale(what, latest, {"agenda": [item.title for item in items]})


def meetings_around(
    session: Session, today: date, count: int
) -> tuple[list[MeetingSummary], list[MeetingSummary]]:
    """Today's and upcoming meetings (soonest first) and the most recent earlier ones, count each."""
    t = _MEETINGS
    upcoming = _summaries().where(t.date >= today).order_by(t.date, t.start_time, t.id)
    recent = (
        _summaries().where(t.date < today).order_by(t.date.desc(), t.start_time.desc(), t.id.desc())
    )
    return (
        [MeetingSummary(*row) for row in session.execute(upcoming.limit(count))],
        [MeetingSummary(*row) for row in session.execute(recent.limit(count))],
    )
