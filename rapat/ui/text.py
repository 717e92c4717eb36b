"""Dates and times for the screens, the Indonesian way ("Selasa, 5 November 2024", "09.00 WIB") or
in the chosen interface language."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QLocale

from rapat.dates import zone_clock
from rapat.i18n import tr
from rapat.models.vocabulary import (
    ATTENDANCE_LABELS,
    MEETING_STATUS_LABELS,
    TIMEZONE_OFFSETS,
    AttendanceStatus,
    MeetingStatus,
    TimeZone,
)

if TYPE_CHECKING:
    from rapat.records.meeting import MeetingRecord

INDONESIAN = QLocale(QLocale.Language.Indonesian, QLocale.Country.Indonesia)


def long_date(day: date) -> str:
    """In the interface's locale (Indonesian unless English was chosen): "Selasa, 5 November 2024"."""
    return QLocale().toString(QDate(day.year, day.month, day.day), "dddd, d MMMM yyyy")


def short_date(day: date) -> str:
    return QLocale().toString(QDate(day.year, day.month, day.day), "d MMM yyyy")


def hhmm(moment: time | None) -> str:
    return moment.strftime("%H.%M") if moment else ""


def meeting_time(start: time, zone: str | None, end: time | None = None) -> str:
    text = hhmm(start) if end is None else f"{hhmm(start)}–{hhmm(end)}"
    return f"{text} {zone}" if zone else text


def zoned_moment(moment: datetime, zone: str | None) -> str:
    """A stored moment on the clock of the meeting's zone, with its name: "14 Okt 2025 10.32
    WITA" whatever zone the computer runs in (a fresh machine often runs in UTC)."""
    name, offset = zone_clock(zone)
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    local = moment.astimezone(offset)
    return f"{short_date(local.date())} {local.strftime('%H.%M')} {name.value}"


def meeting_state(meeting: MeetingRecord, now: datetime) -> tuple[str, datetime | None]:
    """Where a meeting stands at `now` (an aware moment), on the clock of the meeting's zone
    whatever zone the computer runs in: not started yet, under way, ended, or final; and the
    moment that changes (None once it no longer does). A meeting without an end time lasts
    until the end of its day."""
    if meeting.status == MeetingStatus.FINAL:
        return tr("Rapat telah selesai; notulanya sudah final."), None
    _name, offset = zone_clock(meeting.timezone)
    begins = datetime.combine(meeting.date, meeting.start_time, offset)
    if meeting.end_time is not None and meeting.end_time > meeting.start_time:
        ends = datetime.combine(meeting.date, meeting.end_time, offset)
    else:
        ends = datetime.combine(meeting.date + timedelta(days=1), time(0), offset)
    if now < begins:
        at = meeting_time(meeting.start_time, meeting.timezone)
        if now.astimezone(offset).date() == meeting.date:
            return tr("Rapat belum dimulai; mulai pukul {time}.").format(time=at), begins
        text = tr("Rapat belum dimulai; dijadwalkan {date} pukul {time}.")
        return text.format(date=long_date(meeting.date), time=at), begins
    if now < ends:
        return tr("Rapat sedang berlangsung."), ends
    return tr("Rapat telah selesai."), None


def office_zone(stored: str | None) -> str:
    """The office's time zone: as set in the profile, else the computer's clock when it is one
    of Indonesia's three (a laptop in Makassar runs at UTC+8: WITA), else WIB."""
    if stored in TIMEZONE_OFFSETS:
        return stored
    offset = datetime.now().astimezone().utcoffset()
    hours = offset.total_seconds() / 3600 if offset is not None else None
    found = [zone for zone, zone_hours in TIMEZONE_OFFSETS.items() if zone_hours == hours]
    return (found[0] if found else TimeZone.WIB).value


def meeting_status(status: str) -> str:
    return tr(MEETING_STATUS_LABELS.get(status, status))


def attendance_status(status: str, representing: str | None = None) -> str:
    if status == AttendanceStatus.REPRESENTED and representing:
        return tr("Mewakili {whom}").format(whom=representing)
    if status == AttendanceStatus.ABSENT:
        return tr("Belum hadir")
    return tr(ATTENDANCE_LABELS.get(status, status))
