"""The order of a meeting's lists (agenda, points, decisions, actions, participants): one `seq` each."""

from __future__ import annotations

from sqlalchemy import select, update
from sqlalchemy.orm import Session


def siblings(session: Session, model: type, meeting_id: int) -> list:
    """The meeting's rows of model, in their order."""
    query = select(model).where(model.meeting_id == meeting_id).order_by(model.seq, model.id)
    return list(session.scalars(query))


def seq_after(session: Session, model: type, meeting_id: int, after_id: int | None = None) -> int:
    """The place for a new row right after after_id (or at the end), making room for it."""
    if after_id is None:
        last = session.scalar(
            select(model.seq)
            .where(model.meeting_id == meeting_id)
            .order_by(model.seq.desc())
            .limit(1)
        )
        return 0 if last is None else last + 1
    anchor = session.get(model, after_id)
    if anchor is None or anchor.meeting_id != meeting_id:
        raise ValueError(f"{model.__name__} {after_id} is not in meeting {meeting_id}")
    session.execute(
        update(model)
        .where(model.meeting_id == meeting_id, model.seq > anchor.seq)
        .values(seq=model.seq + 1)
    )
    return anchor.seq + 1


def move_to(session: Session, item, new_index: int) -> None:
    """Put item at new_index (clamped) among its meeting's rows, renumbering them 0, 1, 2, …"""
    model = type(item)
    ordered = [row for row in siblings(session, model, item.meeting_id) if row.id != item.id]
    ordered.insert(max(0, min(new_index, len(ordered))), item)
    for seq, row in enumerate(ordered):
        row.seq = seq


def move_by(session: Session, item, offset: int) -> None:
    """Move item up (negative offset) or down among its meeting's rows."""
    ordered = siblings(session, type(item), item.meeting_id)
    index = next(i for i, row in enumerate(ordered) if row.id == item.id)
    move_to(session, item, index + offset)
