"""The minutes of a draft meeting: agenda items, discussion points with speakers, decisions.

Empty text is never stored: the editor keeps a new, empty point on screen until words arrive.
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from rapat.errors import InvalidInput, NotFound
from rapat.i18n import tr
from rapat.models import AgendaItem, Decision, DiscussionPoint
from rapat.models.base import check_required
from rapat.services.meetings import editable_meeting
from rapat.services.ordering import move_by, move_to, seq_after

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
    editable_meeting(session, item.meeting_id)
    return item


def add_agenda_item(
    session: Session, meeting_id: int, title: str, after_id: int | None = None
) -> int:
    editable_meeting(session, meeting_id)
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
    editable_meeting(session, meeting_id)
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


def delete_point(session: Session, point_id: int) -> None:
    session.delete(_editable(session, DiscussionPoint, point_id))


def add_decision(session: Session, meeting_id: int, text: str, after_id: int | None = None) -> int:
    editable_meeting(session, meeting_id)
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
