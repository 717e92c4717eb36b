"""Dates and times written the Indonesian way: "Selasa, 14 Oktober 2025", "09.00 s.d. 11.45 WIB"."""

from __future__ import annotations

from datetime import date, time
from functools import cache


@cache
def _locale():
    # Imported here so that building a PDF from the command line loads QtCore only when it writes a date.
    from PySide6.QtCore import QLocale

    return QLocale(QLocale.Language.Indonesian, QLocale.Country.Indonesia)


def _format(day: date, pattern: str) -> str:
    from PySide6.QtCore import QDate

    return _locale().toString(QDate(day.year, day.month, day.day), pattern)


def long_date(day: date) -> str:
    """The weekday and the date: "Selasa, 14 Oktober 2025"."""
    return _format(day, "dddd, d MMMM yyyy")


def plain_date(day: date) -> str:
    """The date without its weekday: "14 Oktober 2025"."""
    return _format(day, "d MMMM yyyy")


def clock(moment: time) -> str:
    """A time of day with a dot: "09.00"."""
    return f"{moment.hour:02d}.{moment.minute:02d}"


def time_span(start: time, end: time | None, zone: str | None) -> str:
    """ "09.00 s.d. 11.45 WIB", or "10.00 WITA s.d. selesai" while the end is open."""
    suffix = f" {zone}" if zone else ""
    if end is None:
        return f"{clock(start)}{suffix} s.d. selesai"
    return f"{clock(start)} s.d. {clock(end)}{suffix}"
