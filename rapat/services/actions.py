"""Follow-up actions: add and edit them, change their status with history, and find them across meetings."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session, aliased

from rapat.dates import plain_date
from rapat.errors import NotFound
from rapat.i18n import QT_TR_NOOP, tr
from rapat.models import ActionItem, ActionStatusChange, Meeting
from rapat.models.base import check_choice
from rapat.models.vocabulary import ActionStatus
from rapat.records.action import OPEN_STATUSES, ActionRow
from rapat.services.audit import current_user
from rapat.services.directory import DirectoryLinker
from rapat.services.meetings import editable_meeting_row
from rapat.services.ordering import move_by, seq_after
from rapat.services.versions import check_version, flush_checked

# What an editor of an action shows, and a Conflict describes as the other person's version.
ACTION_FIELDS = ("description", "institution", "person", "due", "status")

# The status changes Rapat records itself, by their stored code; the data is the other meeting.
CARRIED_FROM, CARRIED_TO = "carried_from", "carried_to"
CHANGE_NOTES = {
    CARRIED_FROM: QT_TR_NOOP("Dibawa dari rapat {title}, {date}"),
    CARRIED_TO: QT_TR_NOOP("Dibawa ke rapat lanjutan {title}, {date}"),
}


@dataclass(frozen=True)
class ActionFilter:
    """Which actions to find; every criterion left as None matches everything."""

    institution: str | None = None  # part of the institution's name, any case
    status: str | None = None
    overdue_on: date | None = None  # open or in progress with a due date before this day
    meeting_id: int | None = None
    person: str | None = None
    due_from: date | None = None
    due_until: date | None = None
    unfinished: bool = False  # open or in progress only
    # Leave out actions carried on into a follow-up meeting: the register shows each piece of work
    # once, at its newest meeting, and its trail (action_trail) reads back through the earlier ones.
    latest_only: bool = False


@dataclass(frozen=True)
class StatusChange:
    at: datetime
    user: str | None
    old_status: str | None
    new_status: str
    note: str | None


@dataclass(frozen=True)
class TrailEntry:
    """A status change of one action in a chain carried from meeting to meeting."""

    action_id: int
    meeting_id: int
    meeting_title: str
    meeting_date: date
    change: StatusChange
    meeting_zone: str | None = None  # the change's moment is shown on this zone's clock


def find_actions(session: Session, criteria: ActionFilter = ActionFilter()) -> list[ActionRow]:
    """Actions matching the criteria, by due date (undated last), then meeting date."""
    query = (
        select(
            ActionItem.id,
            ActionItem.description,
            ActionItem.institution,
            ActionItem.person,
            ActionItem.due,
            ActionItem.status,
            Meeting.id,
            Meeting.title,
            Meeting.date,
            ActionItem.carried_from_id,
            ActionItem.version,
        )
        .join(Meeting, ActionItem.meeting_id == Meeting.id)
        # NULLS LAST rather than a "due IS NULL" key: one sort key fewer to compute per row.
        .order_by(ActionItem.due.asc().nulls_last(), Meeting.date, ActionItem.seq)
    )
    if criteria.institution:
        query = query.where(
            func.lower(ActionItem.institution).contains(criteria.institution.lower())
        )
    if criteria.person:
        query = query.where(func.lower(ActionItem.person).contains(criteria.person.lower()))
    if criteria.status:
        query = query.where(
            ActionItem.status == check_choice("status", criteria.status, ActionStatus)
        )
    if criteria.overdue_on:
        query = query.where(
            ActionItem.status.in_(OPEN_STATUSES), ActionItem.due < criteria.overdue_on
        )
    if criteria.meeting_id is not None:
        query = query.where(ActionItem.meeting_id == criteria.meeting_id)
    if criteria.due_from:
        query = query.where(ActionItem.due >= criteria.due_from)
    if criteria.due_until:
        query = query.where(ActionItem.due <= criteria.due_until)
    if criteria.unfinished:
        query = query.where(ActionItem.status.in_(OPEN_STATUSES))
    if criteria.latest_only:
        # NOT IN the few carried-from ids (read once, from their index) rather than NOT EXISTS
        # per row: the anti-join's plan depended on fresh statistics, and after a bulk import it
        # sorted every action twice; this one costs the same whatever the statistics say.
        later = aliased(ActionItem)
        carried = select(later.carried_from_id).where(later.carried_from_id.is_not(None))
        query = query.where(ActionItem.id.not_in(carried))
    # Core execution: plain column rows need none of the ORM's loading, a third of the time here;
    # all rows in one fetch rather than one driver call per row.
    return [ActionRow._make(row) for row in session.connection().execute(query).all()]


def overdue_by_institution(session: Session, today: date) -> list[tuple[str, int]]:
    """How many unfinished actions each institution has past their due date, most first."""
    rows = find_actions(session, ActionFilter(overdue_on=today, latest_only=True))
    counts: dict[str, int] = {}
    for row in rows:
        counts[row.institution] = counts.get(row.institution, 0) + 1
    return sorted(counts.items(), key=lambda item: (-item[1], item[0].casefold()))


def action_institutions(session: Session) -> list[str]:
    """The institutions that have actions, by name: the choices of the register's filter."""
    query = select(ActionItem.institution).distinct().order_by(ActionItem.institution)
    return list(session.scalars(query))


def add_action(
    session: Session,
    meeting_id: int,
    description: str,
    institution: str,
    *,
    person: str | None = None,
    due: date | None = None,
    status: str = ActionStatus.OPEN.value,
    source_point_id: int | None = None,
    source_decision_id: int | None = None,
    after_id: int | None = None,
) -> int:
    """A follow-up action of a draft meeting, linked to the directory and to where it came from."""
    editable_meeting_row(session, meeting_id)
    linker = DirectoryLinker(session)
    institution_id = (
        linker.institution(institution) if institution and institution.strip() else None
    )
    action = ActionItem(
        meeting_id=meeting_id,
        seq=seq_after(session, ActionItem, meeting_id, after_id),
        description=description,
        institution=institution,
        institution_id=institution_id,
        person=person or None,
        person_id=linker.find_person(person, institution_id) if person else None,
        due=due,
        status=status,
        source_point_id=source_point_id,
        source_decision_id=source_decision_id,
    )
    session.add(action)
    session.flush()
    session.add(
        ActionStatusChange(
            action_id=action.id, old_status=None, new_status=status, user=current_user(session)
        )
    )
    return action.id


def update_action(session: Session, action_id: int, version: int | None = None, **changes) -> int:
    """Change an action's description, institution, person or due date (status: set_action_status)
    as read at `version` (None: whatever is stored); returns its new version. A stale version is
    refused (Conflict), as is a change stored by someone else meanwhile."""
    unknown = set(changes) - {"description", "institution", "person", "due"}
    if unknown:
        raise ValueError(f"unknown action fields: {sorted(unknown)}")
    action = _action(session, action_id)
    editable_meeting_row(session, action.meeting_id)
    what = _what(action)
    check_version(action, version, what, ACTION_FIELDS)
    values = {
        key: (value or None) if key in ("person", "due") else value
        for key, value in changes.items()
    }
    # The directory is looked up before the action changes: a lookup flushes the session, and
    # the action's UPDATE must be flushed where a stale version becomes a Conflict.
    linker = DirectoryLinker(session)
    if "institution" in values:
        values["institution_id"] = linker.institution(values["institution"])
    if "person" in values or "institution" in values:
        person = values.get("person", action.person)
        institution_id = values.get("institution_id", action.institution_id)
        values["person_id"] = linker.find_person(person, institution_id) if person else None
    for key, value in values.items():
        setattr(action, key, value)
    return flush_checked(session, action, what, ACTION_FIELDS)


def action_versions(session: Session, meeting_id: int) -> dict[int, int]:
    """The stored version of each action of a meeting: what its editor sends with a change."""
    query = select(ActionItem.id, ActionItem.version).where(ActionItem.meeting_id == meeting_id)
    return {action_id: version for action_id, version in session.execute(query)}


def _what(action: ActionItem) -> str:
    """How a Conflict names the action: its description, shortened."""
    words = " ".join(action.description.split())
    short = words if len(words) <= 60 else words[:59] + "…"
    return tr("Tindak lanjut “{what}”").format(what=short)


def move_action(session: Session, action_id: int, offset: int) -> None:
    action = _action(session, action_id)
    editable_meeting_row(session, action.meeting_id)
    move_by(session, action, offset)


def delete_action(session: Session, action_id: int) -> None:
    action = _action(session, action_id)
    editable_meeting_row(session, action.meeting_id)
    session.delete(action)


def _action(session: Session, action_id: int) -> ActionItem:
    action = session.get(ActionItem, action_id)
    if action is None:
        raise NotFound(tr("Tindak lanjut nomor {id} tidak ada").format(id=action_id))
    return action


def set_action_status(
    session: Session,
    action_id: int,
    status: str,
    note: str | None = None,
    version: int | None = None,
) -> int:
    """Change an action's status and keep the change, with who, when and why, in its history;
    returns the action's version after it. Based on `version` (None: whatever is stored), a stale
    one is refused (Conflict): the person decides again knowing the other's change.

    Allowed on actions of final meetings too: the register follows the work after the minutes are
    signed, and the signed minutes themselves stay as they were.
    """
    action = _action(session, action_id)
    check_choice(tr("Status tindak lanjut"), status, ActionStatus)
    what = _what(action)
    check_version(action, version, what, ACTION_FIELDS)
    if status == action.status and not note:
        return action.version
    session.add(
        ActionStatusChange(
            action_id=action_id,
            old_status=action.status,
            new_status=status,
            note=note,
            user=current_user(session),
        )
    )
    action.status = status
    return flush_checked(session, action, what, ACTION_FIELDS)


def action_history(session: Session, action_id: int) -> list[StatusChange]:
    query = (
        select(
            ActionStatusChange.at,
            ActionStatusChange.user,
            ActionStatusChange.old_status,
            ActionStatusChange.new_status,
            ActionStatusChange.note,
            ActionStatusChange.code,
            ActionStatusChange.data,
        )
        .where(ActionStatusChange.action_id == action_id)
        .order_by(ActionStatusChange.at, ActionStatusChange.id)
    )
    return [StatusChange(*row[:4], _note(*row[4:])) for row in session.execute(query)]


def _note(note: str | None, code: str | None, data: str | None) -> str | None:
    """What a status change says: a person's note, or Rapat's own in the reader's language."""
    if code not in CHANGE_NOTES:
        return note
    meeting = json.loads(data)
    return tr(CHANGE_NOTES[code]).format(
        title=meeting["title"], date=plain_date(date.fromisoformat(meeting["date"]))
    )


def action_trail(session: Session, action_id: int) -> list[TrailEntry]:
    """The history of an action and of the actions it was carried from and into, oldest first."""
    chain = _chain(session, action_id)
    query = (
        select(
            ActionItem.id,
            Meeting.id,
            Meeting.title,
            Meeting.date,
            Meeting.timezone,
            ActionStatusChange.at,
            ActionStatusChange.user,
            ActionStatusChange.old_status,
            ActionStatusChange.new_status,
            ActionStatusChange.note,
            ActionStatusChange.code,
            ActionStatusChange.data,
        )
        .join(ActionItem, ActionStatusChange.action_id == ActionItem.id)
        .join(Meeting, ActionItem.meeting_id == Meeting.id)
        .where(ActionItem.id.in_(chain))
        .order_by(Meeting.date, ActionStatusChange.at, ActionStatusChange.id)
    )
    return [
        TrailEntry(row[0], row[1], row[2], row[3], StatusChange(*row[5:9], _note(*row[9:])), row[4])
        for row in session.execute(query)
    ]


def _chain(session: Session, action_id: int) -> set[int]:
    """The action, the ones it was carried from, and the ones carried on from it."""
    _action(session, action_id)
    chain, frontier = {action_id}, {action_id}
    while frontier:
        earlier = select(ActionItem.carried_from_id).where(
            ActionItem.id.in_(frontier), ActionItem.carried_from_id.is_not(None)
        )
        later = select(ActionItem.id).where(ActionItem.carried_from_id.in_(frontier))
        found = set(session.scalars(earlier)) | set(session.scalars(later))
        frontier = found - chain
        chain |= frontier
    return chain
