"""The minutes of a draft meeting: agenda items, discussion points with speakers, decisions.

Empty text is never stored: the editor keeps a new, empty point on screen until words arrive.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from rapat.errors import InvalidInput, NotFound
from rapat.i18n import tr
from rapat.models import ActionItem, AgendaItem, Decision, DiscussionPoint
from rapat.models.base import check_required
from rapat.services.meetings import editable_meeting_row, meeting_row
from rapat.services.ordering import move_by, move_to, seq_after, siblings


@dataclass(frozen=True)
class MinutesPoint:
    id: int
    agenda_item_id: int | None
    speaker: str | None
    text: str


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
                model=DiscussionPoint,
            )
        ],
        decisions=[tuple(r) for r in rows(Decision.id, Decision.text, model=Decision)],
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


_NAMES = {
    AgendaItem: "Butir agenda",
    DiscussionPoint: "Pokok pembahasan",
    Decision: "Keputusan",
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


def rename_agenda_item(session: Session, item_id: int, title: str) -> None:
    _editable(session, AgendaItem, item_id).title = check_required(tr("Butir agenda"), title)


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
) -> int:
    """A discussion point, placed after after_id (Ctrl+Enter in the editor) or at the end."""
    editable_meeting_row(session, meeting_id)
    _check_agenda_item(session, meeting_id, agenda_item_id)
    point = DiscussionPoint(
        meeting_id=meeting_id,
        text=text,
        speaker=speaker or None,
        agenda_item_id=agenda_item_id,
        seq=seq_after(session, DiscussionPoint, meeting_id, after_id),
    )
    session.add(point)
    session.flush()
    return point.id


def update_point(session: Session, point_id: int, **changes: str | int | None) -> None:
    """Change a point's text, speaker or agenda item."""
    unknown = set(changes) - {"text", "speaker", "agenda_item_id"}
    if unknown:
        raise ValueError(f"unknown point fields: {sorted(unknown)}")
    point = _editable(session, DiscussionPoint, point_id)
    if "agenda_item_id" in changes:
        _check_agenda_item(session, point.meeting_id, changes["agenda_item_id"])
    for key, value in changes.items():
        setattr(point, key, value if key == "text" else (value or None))


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


def add_decision(session: Session, meeting_id: int, text: str, after_id: int | None = None) -> int:
    editable_meeting_row(session, meeting_id)
    decision = Decision(
        meeting_id=meeting_id, text=text, seq=seq_after(session, Decision, meeting_id, after_id)
    )
    session.add(decision)
    session.flush()
    return decision.id


def update_decision(session: Session, decision_id: int, text: str) -> None:
    _editable(session, Decision, decision_id).text = text


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
