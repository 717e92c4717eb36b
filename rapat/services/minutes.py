"""The minutes of a draft meeting: agenda items, discussion points with speakers, decisions.

Empty text is never stored: the editor keeps a new, empty point on screen until words arrive.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from rapat.errors import InvalidInput, NotFound
from rapat.i18n import QT_TR_NOOP, tr
from rapat.models import ActionItem, AgendaItem, Decision, DiscussionPoint
from rapat.models.base import check_required
from rapat.services.meetings import editable_meeting_row, meeting_row
from rapat.services.ordering import move_by, move_to, seq_after, siblings
from rapat.services.versions import check_version, flush_checked


@dataclass(frozen=True)
class MinutesPoint:
    id: int
    agenda_item_id: int | None
    speaker: str | None
    text: str
    version: int = 1


@dataclass(frozen=True)
class MinutesAction:
    id: int
    description: str
    institution: str
    person: str | None
    due: date | None
    status: str
    source_point_id: int | None
    source_decision_id: int | None


@dataclass
class Minutes:
    """What the minutes editor shows, with the ids it edits through: read in one short session."""

    meeting_id: int
    status: str
    revision: int
    opening: str
    closing: str
    agenda: list[tuple[int, str]] = field(default_factory=list)
    points: list[MinutesPoint] = field(default_factory=list)
    decisions: list[tuple[int, str]] = field(default_factory=list)
    actions: list[MinutesAction] = field(default_factory=list)
    decision_versions: dict[int, int] = field(default_factory=dict)
    version: int = 1  # of the meeting's row: what a change of the opening or closing is based on
    agenda_versions: dict[int, int] = field(default_factory=dict)


def load_minutes(session: Session, meeting_id: int) -> Minutes:
    """The agenda, points, decisions and actions of a meeting, in order, as plain rows."""
    meeting = meeting_row(session, meeting_id)

    def rows(*columns, model):
        query = select(*columns).where(model.meeting_id == meeting_id)
        return session.execute(query.order_by(model.seq, model.id)).all()

    return Minutes(
        meeting_id=meeting_id,
        status=meeting.status,
        revision=meeting.revision,
        opening=meeting.opening or "",
        closing=meeting.closing or "",
        agenda=[tuple(r) for r in rows(AgendaItem.id, AgendaItem.title, model=AgendaItem)],
        points=[
            MinutesPoint(*r)
            for r in rows(
                DiscussionPoint.id,
                DiscussionPoint.agenda_item_id,
                DiscussionPoint.speaker,
                DiscussionPoint.text,
                DiscussionPoint.version,
                model=DiscussionPoint,
            )
        ],
        decisions=[tuple(r) for r in rows(Decision.id, Decision.text, model=Decision)],
        decision_versions=dict(
            session.execute(
                select(Decision.id, Decision.version).where(Decision.meeting_id == meeting_id)
            ).all()
        ),
        version=meeting.version,
        agenda_versions=dict(
            session.execute(
                select(AgendaItem.id, AgendaItem.version).where(AgendaItem.meeting_id == meeting_id)
            ).all()
        ),
        actions=[
            MinutesAction(*r)
            for r in rows(
                ActionItem.id,
                ActionItem.description,
                ActionItem.institution,
                ActionItem.person,
                ActionItem.due,
                ActionItem.status,
                ActionItem.source_point_id,
                ActionItem.source_decision_id,
                model=ActionItem,
            )
        ],
    )


POINT_FIELDS = ("text", "speaker")

_NAMES = {
    AgendaItem: QT_TR_NOOP("Butir agenda"),
    DiscussionPoint: QT_TR_NOOP("Pokok pembahasan"),
    Decision: QT_TR_NOOP("Keputusan"),
}


def _editable(session: Session, model: type, item_id: int):
    """The row, if it exists and its meeting is still a draft."""
    item = session.get(model, item_id)
    if item is None:
        raise NotFound(tr("{what} nomor {id} tidak ada").format(what=tr(_NAMES[model]), id=item_id))
    editable_meeting_row(session, item.meeting_id)
    return item


def add_agenda_item(
    session: Session, meeting_id: int, title: str, after_id: int | None = None
) -> int:
    editable_meeting_row(session, meeting_id)
    item = AgendaItem(
        meeting_id=meeting_id,
        title=check_required(tr("Butir agenda"), title),
        seq=seq_after(session, AgendaItem, meeting_id, after_id),
    )
    session.add(item)
    session.flush()
    return item.id


def rename_agenda_item(
    session: Session, item_id: int, title: str, version: int | None = None
) -> int:
    """Rename an agenda item read at `version` (None: whatever is stored); returns the new version."""
    item = _editable(session, AgendaItem, item_id)
    what = tr("Butir agenda")
    check_version(item, version, what, ["title"])
    item.title = check_required(what, title)
    return flush_checked(session, item, what, ["title"])


def move_agenda_item(session: Session, item_id: int, new_index: int) -> None:
    move_to(session, _editable(session, AgendaItem, item_id), new_index)


def remove_agenda_item(session: Session, item_id: int) -> None:
    """Remove an agenda item; its discussion points stay, no longer under an item."""
    session.delete(_editable(session, AgendaItem, item_id))


def add_point(
    session: Session,
    meeting_id: int,
    text: str,
    speaker: str | None = None,
    agenda_item_id: int | None = None,
    after_id: int | None = None,
    uid: str | None = None,
) -> int:
    """A discussion point, placed after after_id (Ctrl+Enter in the editor) or at the end.

    `uid` is the key the editor chose for the point before its first write: when a point with
    that key is stored already (a write tried again), its text and speaker are updated instead.
    """
    editable_meeting_row(session, meeting_id)
    existing = _keyed(session, DiscussionPoint, meeting_id, uid)
    if existing is not None:
        existing.text, existing.speaker = text, speaker or None
        session.flush()
        return existing.id
    _check_agenda_item(session, meeting_id, agenda_item_id)
    point = DiscussionPoint(
        meeting_id=meeting_id,
        text=text,
        speaker=speaker or None,
        agenda_item_id=agenda_item_id,
        seq=seq_after(session, DiscussionPoint, meeting_id, after_id),
        uid=uid,
    )
    session.add(point)
    session.flush()
    return point.id


def update_point(
    session: Session, point_id: int, version: int | None = None, **changes: str | int | None
) -> int:
    """Change a point's text, speaker or agenda item, as read at `version` (None: whatever is
    stored); returns the point's new version. A stale version is refused (Conflict)."""
    unknown = set(changes) - {"text", "speaker", "agenda_item_id"}
    if unknown:
        raise ValueError(f"unknown point fields: {sorted(unknown)}")
    point = _editable(session, DiscussionPoint, point_id)
    what = tr("Pokok pembahasan")
    check_version(point, version, what, POINT_FIELDS)
    if "agenda_item_id" in changes:
        _check_agenda_item(session, point.meeting_id, changes["agenda_item_id"])
    for key, value in changes.items():
        setattr(point, key, value if key == "text" else (value or None))
    return flush_checked(session, point, what, POINT_FIELDS)


def point_version(session: Session, point_id: int) -> int:
    """The stored version of a point (the editor's starting point after creating one)."""
    return _editable(session, DiscussionPoint, point_id).version


def move_point(session: Session, point_id: int, offset: int) -> None:
    move_by(session, _editable(session, DiscussionPoint, point_id), offset)


def place_point(session: Session, point_id: int, agenda_item_id: int | None, index: int) -> None:
    """Put a point at index among the points of an agenda item (None: points under no item).

    The meeting's points are renumbered so the global order follows the agenda's sections.
    """
    point = _editable(session, DiscussionPoint, point_id)
    _check_agenda_item(session, point.meeting_id, agenda_item_id)
    others = [p for p in siblings(session, DiscussionPoint, point.meeting_id) if p.id != point_id]
    group = [i for i, p in enumerate(others) if p.agenda_item_id == agenda_item_id]
    index = max(0, min(index, len(group)))
    if index < len(group):
        position = group[index]
    elif group:
        position = group[-1] + 1
    else:
        position = _section_start(session, point.meeting_id, others, agenda_item_id)
    others.insert(position, point)
    point.agenda_item_id = agenda_item_id
    for seq, row in enumerate(others):
        row.seq = seq


def _section_start(
    session: Session, meeting_id: int, points: list[DiscussionPoint], agenda_item_id: int | None
) -> int:
    """Where an empty section's first point goes: after the points of the agenda items before it."""
    if agenda_item_id is None:
        return len(points)
    order = [item.id for item in siblings(session, AgendaItem, meeting_id)]
    earlier = set(order[: order.index(agenda_item_id)])
    before = [i for i, p in enumerate(points) if p.agenda_item_id in earlier]
    return before[-1] + 1 if before else 0


def place_decision(session: Session, decision_id: int, index: int) -> None:
    move_to(session, _editable(session, Decision, decision_id), index)


def delete_point(session: Session, point_id: int) -> None:
    session.delete(_editable(session, DiscussionPoint, point_id))


def add_decision(
    session: Session,
    meeting_id: int,
    text: str,
    after_id: int | None = None,
    uid: str | None = None,
) -> int:
    """A decision after after_id or at the end; `uid` as for add_point."""
    editable_meeting_row(session, meeting_id)
    existing = _keyed(session, Decision, meeting_id, uid)
    if existing is not None:
        existing.text = text
        session.flush()
        return existing.id
    decision = Decision(
        meeting_id=meeting_id,
        text=text,
        seq=seq_after(session, Decision, meeting_id, after_id),
        uid=uid,
    )
    session.add(decision)
    session.flush()
    return decision.id


def update_decision(
    session: Session, decision_id: int, text: str, version: int | None = None
) -> int:
    """Change a decision read at `version` (None: whatever is stored); returns its new version."""
    decision = _editable(session, Decision, decision_id)
    what = tr("Keputusan")
    check_version(decision, version, what, ["text"])
    decision.text = text
    return flush_checked(session, decision, what, ["text"])


def decision_version(session: Session, decision_id: int) -> int:
    return _editable(session, Decision, decision_id).version


def _keyed(session: Session, model: type, meeting_id: int, uid: str | None):
    """The row of the meeting the editor created under uid, if it is stored already."""
    if uid is None:
        return None
    row = session.scalars(select(model).where(model.uid == uid)).first()
    if row is not None and row.meeting_id != meeting_id:
        raise InvalidInput(tr("Kunci baris itu milik rapat lain"))
    return row


def move_decision(session: Session, decision_id: int, offset: int) -> None:
    move_by(session, _editable(session, Decision, decision_id), offset)


def delete_decision(session: Session, decision_id: int) -> None:
    session.delete(_editable(session, Decision, decision_id))


def _check_agenda_item(session: Session, meeting_id: int, agenda_item_id: int | None) -> None:
    if agenda_item_id is None:
        return
    item = session.get(AgendaItem, agenda_item_id)
    if item is None or item.meeting_id != meeting_id:
        raise InvalidInput(tr("Butir agenda itu bukan bagian dari rapat ini"))
