"""Dates and times for the screens, the Indonesian way ("Selasa, 5 November 2024", "09.00 WIB") or
in the chosen interface language."""

from __future__ import annotations

from datetime import date, time

from PySide6.QtCore import QDate, QLocale

from rapat.i18n import tr
from rapat.models.vocabulary import ATTENDANCE_LABELS, MEETING_STATUS_LABELS, AttendanceStatus

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


def meeting_status(status: str) -> str:
    return tr(MEETING_STATUS_LABELS.get(status, status))


def attendance_status(status: str, representing: str | None = None) -> str:
    if status == AttendanceStatus.REPRESENTED and representing:
        return tr("Mewakili {whom}").format(whom=representing)
    if status == AttendanceStatus.ABSENT:
        return tr("Belum hadir")
    return tr(ATTENDANCE_LABELS.get(status, status))
