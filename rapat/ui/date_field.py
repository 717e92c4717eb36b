"""The one date field of Rapat: typed in Indonesian words or in numbers, a calendar at Alt+↓.

"3 Desember 2026", "3 des 2026", "Kamis, 3 Desember 2026", "3/12/2026", "3-12-26" and
"2026-12-03" all mean the same day. The field is a line edit, so typing never fights the sections
of a QDateEdit; what cannot be read stays as typed, framed red, and the last good date stands.
The calendar opens at the field's date, or when it is empty at its anchor (the meeting's date).
"""

from __future__ import annotations

import re
from datetime import date

from PySide6.QtCore import QDate, QLocale, QPoint, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCalendarWidget,
    QFrame,
    QHBoxLayout,
    QLineEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

_NUMERIC = re.compile(r"^(\d{1,2})\s*[/.\-]\s*(\d{1,2})\s*[/.\-]\s*(\d{2}|\d{4})$")
_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")
_WORDS = re.compile(r"^(?:[^\d,]+,\s*)?(\d{1,2})\s+([^\W\d_]+)\.?\s+(\d{4})$")
_SAMPLE = date(2026, 9, 30)  # the longest month name with a two-digit day, for the width


def _month_names(locale: QLocale) -> dict[str, int]:
    """Month names and their abbreviations in the locale, Indonesian and English, lower case."""
    names: dict[str, int] = {}
    for place in (locale, QLocale(QLocale.Language.Indonesian), QLocale(QLocale.Language.English)):
        for month in range(1, 13):
            for form in (QLocale.FormatType.LongFormat, QLocale.FormatType.ShortFormat):
                names.setdefault(place.monthName(month, form).lower().rstrip("."), month)
    return names


def parse_date(text: str, locale: QLocale | None = None) -> date | None:
    """The day a person typed, or None when the text names none (an empty text included)."""
    text = " ".join(text.split())
    if not text:
        return None
    year = month = day = 0
    if found := _ISO.match(text):
        year, month, day = (int(part) for part in found.groups())
    elif found := _NUMERIC.match(text):
        day, month, year = (int(part) for part in found.groups())
        if year < 100:
            year += 2000
    elif found := _WORDS.match(text):
        names = _month_names(locale or QLocale())
        word = found.group(2).lower()
        month = names.get(word) or next(
            (number for name, number in names.items() if len(word) >= 3 and name.startswith(word)),
            0,
        )
        day, year = int(found.group(1)), int(found.group(3))
    try:
        return date(year, month, day)
    except ValueError:
        return None


class _CalendarPopup(QFrame):
    """The calendar under the field: arrows move, Enter takes the day, Esc goes back."""

    picked = Signal(QDate)

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent, Qt.WindowType.Popup)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        self.calendar = QCalendarWidget()
        self.calendar.setGridVisible(True)
        self.calendar.activated.connect(self._take)
        self.calendar.clicked.connect(self._take)
        layout.addWidget(self.calendar)

    def _take(self, day: QDate) -> None:
        self.hide()
        self.picked.emit(day)


class DateField(QWidget):
    """A date typed or picked; empty means "no date" when the field allows it (`optional`)."""

    dateChanged = Signal(QDate)
    editingFinished = Signal()

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        optional: bool = False,
        display_format: str = "d MMMM yyyy",
        empty_text: str = "",
    ) -> None:
        super().__init__(parent)
        self.optional = optional
        self.display_format = display_format
        self._date: date | None = None if optional else date.today()
        self.anchor: date | None = None
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        self.edit = QLineEdit()
        self.edit.setPlaceholderText(empty_text or self.tr("tgl bulan tahun"))
        self.edit.setToolTip(
            self.tr(
                "Ketik mis. “3 Desember 2026” atau “3/12/2026”; ↑↓ satu hari; "
                "Alt+↓ membuka kalender"
            )
        )
        self.edit.editingFinished.connect(self._typed)
        self.edit.installEventFilter(self)
        self.button = QToolButton()
        self.button.setText("▾")
        self.button.setToolTip(self.tr("Kalender (Alt+↓)"))
        self.button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.button.clicked.connect(self.open_calendar)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.button)
        self.setFocusProxy(self.edit)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        sample = QLocale().toString(QDate(_SAMPLE.year, _SAMPLE.month, _SAMPLE.day), display_format)
        self.edit.setMinimumWidth(self.edit.fontMetrics().horizontalAdvance(sample + "  ") + 16)
        self.popup: _CalendarPopup | None = None
        self._show()

    # -- the value -------------------------------------------------------------------------------

    def day(self) -> date | None:
        """The date shown, as a Python date (None when empty)."""
        return self._date

    def set_day(self, day: date | None) -> None:
        if day is None and not self.optional:
            day = date.today()
        changed = day != self._date
        self._date = day
        self._show()
        if changed:
            self.dateChanged.emit(self.date())

    def date(self) -> QDate:
        """As QDateEdit.date(): a null QDate when empty."""
        day = self._date
        return QDate(day.year, day.month, day.day) if day else QDate()

    def setDate(self, day: QDate) -> None:
        self.set_day(date(day.year(), day.month(), day.day()) if day.isValid() else None)

    def setReadOnly(self, read_only: bool) -> None:
        self.edit.setReadOnly(read_only)
        self.button.setEnabled(not read_only)

    def text(self) -> str:
        """What the field shows: the date, or the words for "no date" when empty."""
        return self.edit.text() or self.edit.placeholderText()

    def _show(self) -> None:
        day = self._date
        self.edit.setText(
            QLocale().toString(QDate(day.year, day.month, day.day), self.display_format)
            if day
            else ""
        )
        self.edit.setStyleSheet("")

    def _typed(self) -> None:
        text = self.edit.text()
        day = parse_date(text)
        if day is None and (text.strip() or not self.optional):
            self.edit.setStyleSheet("QLineEdit { border: 2px solid #b42318; }")
            self.edit.setToolTip(
                self.tr(
                    "“{text}” bukan tanggal. Ketik mis. “3 Desember 2026” atau “3/12/2026”."
                ).format(text=text)
            )
            return
        self.set_day(day)
        self.editingFinished.emit()

    # -- keys and the calendar -------------------------------------------------------------------

    def eventFilter(self, watched, event) -> bool:
        if (
            watched is self.edit
            and isinstance(event, QKeyEvent)
            and event.type() == event.Type.KeyPress
        ):
            key, modifiers = event.key(), event.modifiers()
            if (key == Qt.Key.Key_Down and modifiers & Qt.KeyboardModifier.AltModifier) or (
                key == Qt.Key.Key_F4
            ):
                self.open_calendar()
                return True
            if key in (Qt.Key.Key_Up, Qt.Key.Key_Down) and not self.edit.isReadOnly():
                start = parse_date(self.edit.text()) or self._date or self.anchor or date.today()
                step = QDate(start.year, start.month, start.day).addDays(
                    1 if key == Qt.Key.Key_Up else -1
                )
                self.setDate(step)
                self.editingFinished.emit()
                return True
        return super().eventFilter(watched, event)

    def open_calendar(self) -> None:
        """The calendar at the field's date, else at the anchor (the meeting's), else today."""
        if self.edit.isReadOnly():
            return
        if self.popup is None:
            self.popup = _CalendarPopup(self)
            self.popup.picked.connect(self._picked)
        shown = parse_date(self.edit.text()) or self._date or self.anchor or date.today()
        self.popup.calendar.setSelectedDate(QDate(shown.year, shown.month, shown.day))
        self.popup.adjustSize()
        self.popup.move(self.mapToGlobal(QPoint(0, self.height())))
        self.popup.show()
        self.popup.calendar.setFocus()

    def _picked(self, day: QDate) -> None:
        self.setDate(day)
        self.edit.setFocus()
        self.editingFinished.emit()
