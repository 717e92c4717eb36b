"""The meeting as an iCalendar file that Outlook, Google Calendar and Thunderbird open.

Times carry the meeting's zone (WIB, WITA, WIT as Asia/Jakarta, Asia/Makassar, Asia/Jayapura) with
its VTIMEZONE written out, so that a calendar elsewhere shows the right local hour. A meeting that
runs "s.d. selesai" is given two hours. The event is known by the meeting's own UUID, so a file
sent again after the meeting moved replaces the event in the calendar it was opened in.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING
from uuid import uuid4
from zoneinfo import ZoneInfo

from icalendar import Calendar, Event, vCalAddress, vText

from rapat.dates import long_date, time_span
from rapat.documents.invitation_reference import invitation_line

if TYPE_CHECKING:
    from rapat.records.meeting import MeetingRecord
    from rapat.records.organization import ProfileRecord

ZONES = {"WIB": "Asia/Jakarta", "WITA": "Asia/Makassar", "WIT": "Asia/Jayapura"}
OPEN_ENDED = timedelta(hours=2)


def build_calendar(
    meeting: MeetingRecord, profile: ProfileRecord, now: datetime | None = None
) -> bytes:
    """One VEVENT in a VCALENDAR, published (not a meeting request: nobody has to answer it)."""
    zone = ZoneInfo(ZONES[meeting.timezone]) if meeting.timezone in ZONES else None
    start = datetime.combine(meeting.date, meeting.start_time, tzinfo=zone)
    end = (
        datetime.combine(meeting.date, meeting.end_time, tzinfo=zone)
        if meeting.end_time
        else start + OPEN_ENDED
    )
    calendar = Calendar()
    calendar.add("prodid", "-//Rapat//Surat Undangan//ID")
    calendar.add("version", "2.0")
    calendar.add("method", "PUBLISH")
    event = Event()
    # The event is the meeting itself for the calendars: its own UUID, so that the file sent again
    # after the meeting moved replaces the event rather than adding a second one on the old day,
    # and two offices' meetings never stand for each other; each change of the meeting's details
    # counts up its row's version, which tells the calendar this copy is the newer one.
    event.add("uid", f"{meeting.uid or uuid4()}@rapat")
    event.add("dtstamp", now or datetime.now(UTC))
    event.add("sequence", max(0, meeting.version - 1))
    event.add("summary", meeting.title)
    event.add("location", meeting.location)
    event.add("dtstart", start)
    event.add("dtend", end)
    event.add("description", _description(meeting))
    if profile.email:
        organizer = vCalAddress(f"mailto:{profile.email}")
        if profile.letterhead_lines:
            organizer.params["cn"] = vText(profile.letterhead_lines[-1])
        event.add("organizer", organizer)
    calendar.add_component(event)
    calendar.add_missing_timezones()
    return calendar.to_ical()


def _description(meeting: MeetingRecord) -> str:
    lines = [
        f"Hari/Tanggal: {long_date(meeting.date)}",
        f"Waktu: {time_span(meeting.start_time, meeting.end_time, meeting.timezone)}",
        f"Tempat: {meeting.location}",
    ]
    if meeting.agenda:
        lines.append("Acara:")
        lines += [f"{number}. {item}" for number, item in enumerate(meeting.agenda, 1)]
    if meeting.invitation_ref or meeting.invitation_date:
        lines.append(
            "Surat undangan: " + invitation_line(meeting.invitation_ref, meeting.invitation_date)
        )
    return "\n".join(lines)
