"""Dates and times written the Indonesian way: "Selasa, 14 Oktober 2025", "09.00 s.d. 11.45 WIB"."""

from __future__ import annotations

from datetime import date, time, timedelta, timezone

from rapat.models.vocabulary import TIMEZONE_OFFSETS, TimeZone

# The Indonesian names, as QLocale (Indonesian, Indonesia) writes them; a table rather than Qt, so
# that a document built from the command line does not load QtCore for its dates.
WEEKDAYS = ("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu")
MONTHS = (
    "Januari",
    "Februari",
    "Maret",
    "April",
    "Mei",
    "Juni",
    "Juli",
    "Agustus",
    "September",
    "Oktober",
    "November",
    "Desember",
)


def long_date(day: date) -> str:
    """The weekday and the date: "Selasa, 14 Oktober 2025"."""
    return f"{WEEKDAYS[day.weekday()]}, {plain_date(day)}"


def plain_date(day: date) -> str:
    """The date without its weekday: "14 Oktober 2025"."""
    return f"{day.day} {MONTHS[day.month - 1]} {day.year:04d}"


def clock(moment: time) -> str:
    """A time of day with a dot: "09.00"."""
    return f"{moment.hour:02d}.{moment.minute:02d}"


def time_span(start: time, end: time | None, zone: str | None) -> str:
    """ "09.00 s.d. 11.45 WIB", or "10.00 WITA s.d. selesai" while the end is open."""
    suffix = f" {zone}" if zone else ""
    if end is None:
        return f"{clock(start)}{suffix} s.d. selesai"
    return f"{clock(start)} s.d. {clock(end)}{suffix}"


def zone_clock(zone: str | None) -> tuple[TimeZone, timezone]:
    """A meeting's zone (WIB when it has none) and its offset from UTC, to read a moment on the
    clock of the meeting's place whatever zone the computer runs in."""
    name = TimeZone(zone) if zone in TIMEZONE_OFFSETS else TimeZone.WIB
    return name, timezone(timedelta(hours=TIMEZONE_OFFSETS[name]))
