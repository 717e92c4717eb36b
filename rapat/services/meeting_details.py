"""A meeting's own fields and agenda, and which meeting is the newest: the queries the meeting
service runs through its session, and the record they fill."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date
from typing import Any

from rapat.models.officer import Officer
from rapat.records.meeting import MeetingRecord
from rapat.services.attendance_list import as_time

OFFICERS = ("chair", "secretary", "note_taker")
OFFICER_PARTS = ("name", "position", "nip", "rank")

DETAILS_QUERY = f"""
SELECT id, title, kind, date, start_time, end_time, timezone, location, organizer, invitation_ref,
       invitation_date,
       {", ".join(f"{role}_{part}" for role in OFFICERS for part in OFFICER_PARTS)},
       opening, closing, status, revision, version, uid
FROM meetings WHERE id = :meeting_id
"""

AGENDA_QUERY = (
    "SELECT id, title, version FROM agenda_items WHERE meeting_id = :meeting_id ORDER BY seq"
)

NEWEST_QUERY = "SELECT id FROM meetings ORDER BY date DESC, start_time DESC, id DESC LIMIT 1"


def details_record(
    row: Mapping[str, Any], agenda: Iterable[str], agenda_versions: Iterable[int] = ()
) -> MeetingRecord:
    """A DETAILS_QUERY row and the agenda titles (and their versions) as a record; its other
    lists still empty."""
    officers = {
        role: Officer(*(row[f"{role}_{part}"] for part in OFFICER_PARTS)) for role in OFFICERS
    }
    return MeetingRecord(
        id=row["id"],
        title=row["title"],
        kind=row["kind"],
        date=_date(row["date"]),
        start_time=as_time(row["start_time"]),
        end_time=as_time(row["end_time"]),
        timezone=row["timezone"],
        location=row["location"],
        organizer=row["organizer"],
        invitation_ref=row["invitation_ref"],
        invitation_date=row["invitation_date"] and _date(row["invitation_date"]),
        opening=row["opening"],
        closing=row["closing"],
        status=row["status"],
        revision=row["revision"],
        agenda=list(agenda),
        version=row["version"],
        agenda_versions=list(agenda_versions),
        uid=row["uid"],
        **officers,
    )


def _date(value: date | str) -> date:
    return date.fromisoformat(value) if isinstance(value, str) else value
