"""A meeting as plain data: its details, participants, discussion, decisions and actions, and the
one-line summary of the meeting list."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, time

from rapat.models.officer import Officer


@dataclass
class ParticipantRecord:
    name: str
    institution: str
    status: str
    position: str | None = None
    nip: str | None = None
    rank: str | None = None
    phone: str | None = None
    representing: str | None = None
    check_in: time | None = None
    id: int | None = None
    person_id: int | None = None
    institution_id: int | None = None
    signature_png: bytes | None = None


def by_institution(participants: list[ParticipantRecord]) -> dict[str, list[ParticipantRecord]]:
    """Participants grouped by institution, institutions in the order they first appear: the
    grouping of the daftar hadir, printed or in the workbook."""
    groups: dict[str, list[ParticipantRecord]] = {}
    for participant in participants:
        groups.setdefault(participant.institution or "-", []).append(participant)
    return groups


@dataclass
class PointRecord:
    text: str
    speaker: str | None = None
    agenda_item: int | None = None  # 1-based index into the meeting's agenda
    id: int | None = None


@dataclass
class ActionRecord:
    description: str
    institution: str
    person: str | None = None
    due: date | None = None
    status: str = "open"
    id: int | None = None
    carried_from_id: int | None = None


@dataclass
class MeetingRecord:
    title: str
    date: date
    start_time: time
    location: str
    chair: Officer
    kind: str | None = None
    end_time: time | None = None
    timezone: str | None = None
    organizer: str | None = None
    invitation_ref: str | None = None
    invitation_date: date | None = None
    secretary: Officer = field(default_factory=Officer)
    note_taker: Officer = field(default_factory=Officer)
    agenda: list[str] = field(default_factory=list)
    participants: list[ParticipantRecord] = field(default_factory=list)
    opening: str | None = None
    discussion: list[PointRecord] = field(default_factory=list)
    decisions: list[str] = field(default_factory=list)
    closing: str | None = None
    actions: list[ActionRecord] = field(default_factory=list)
    id: int | None = None
    status: str = "draft"
    revision: int = 1
    version: int = 1  # of the meeting's own row, as read (rapat.services.versions)
    agenda_versions: list[int] = field(default_factory=list)  # of each agenda item, in order
    uid: str | None = None  # the meeting's own UUID, the same in every archive it is copied to


@dataclass(frozen=True)
class MeetingSummary:
    """One row of the meeting list."""

    id: int
    title: str
    date: date
    start_time: time
    timezone: str | None
    location: str
    kind: str | None
    status: str
    revision: int
    updated_at: datetime | None = None


@dataclass(frozen=True)
class StoredMeeting:
    """A meeting just stored from a file: its new id, its title and how many participants it has."""

    id: int
    title: str
    participants: int
