"""The follow-up meeting: a new draft that continues an earlier one, with its invitees and its open
actions carried over to review."""

from __future__ import annotations

import json
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from rapat.models import ActionItem, ActionStatusChange, Meeting
from rapat.records.action import OPEN_STATUSES
from rapat.services.actions import CARRIED_FROM, CARRIED_TO
from rapat.services.attendance import copy_invitees
from rapat.services.audit import current_user
from rapat.services.meetings import meeting_row
from rapat.services.ordering import seq_after


def create_follow_up(session: Session, earlier_id: int, on: date | None = None) -> int:
    """A new draft meeting following an earlier one, dated on (today): its details, its invitees, and
    its open and in-progress actions to review (carried, linked to the originals)."""
    earlier = meeting_row(session, earlier_id)
    meeting = Meeting(
        title=earlier.title,
        kind=earlier.kind,
        date=on or date.today(),
        start_time=earlier.start_time,
        end_time=earlier.end_time,
        timezone=earlier.timezone,
        location=earlier.location,
        organizer=earlier.organizer,
        chair=earlier.chair,
        secretary=earlier.secretary,
        note_taker=earlier.note_taker,
        follow_up_of_id=earlier.id,
    )
    session.add(meeting)
    session.flush()
    copy_invitees(session, meeting.id, earlier.id)
    carry_open_actions(session, earlier.id, meeting.id)
    return meeting.id


def carry_open_actions(session: Session, earlier_id: int, meeting_id: int) -> list[int]:
    """Bring the earlier meeting's open and in-progress actions into a follow-up meeting to review.

    Each becomes a new action of the follow-up, linked to its original (carried_from_id), with the
    same status; both actions' histories say where the work went, and the original is left as its
    (possibly signed) minutes recorded it.
    """
    earlier, later = session.get(Meeting, earlier_id), session.get(Meeting, meeting_id)
    originals = session.scalars(
        select(ActionItem)
        .where(ActionItem.meeting_id == earlier_id, ActionItem.status.in_(OPEN_STATUSES))
        .order_by(ActionItem.seq)
    ).all()
    user, carried = current_user(session), []
    start = seq_after(session, ActionItem, meeting_id)
    for seq, original in enumerate(originals, start=start):
        copy = ActionItem(
            meeting_id=meeting_id,
            seq=seq,
            description=original.description,
            institution=original.institution,
            institution_id=original.institution_id,
            person=original.person,
            person_id=original.person_id,
            due=original.due,
            status=original.status,
            carried_from_id=original.id,
        )
        session.add(copy)
        session.flush()
        session.add_all(
            [
                ActionStatusChange(
                    action_id=copy.id,
                    old_status=None,
                    new_status=copy.status,
                    code=CARRIED_FROM,
                    data=_meeting_data(earlier),
                    user=user,
                ),
                ActionStatusChange(
                    action_id=original.id,
                    old_status=original.status,
                    new_status=original.status,
                    code=CARRIED_TO,
                    data=_meeting_data(later),
                    user=user,
                ),
            ]
        )
        carried.append(copy.id)
    return carried


def _meeting_data(meeting: Meeting) -> str:
    return json.dumps(
        {"title": meeting.title, "date": meeting.date.isoformat()}, ensure_ascii=False
    )
