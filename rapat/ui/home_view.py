"""Beranda: today's and upcoming meetings, the most recent ones, overdue actions per institution and
actions due this week; each one click from its workspace or from the register filtered to it."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from rapat.records.action import ActionRow
from rapat.records.meeting import MeetingSummary
from rapat.services.actions import ActionFilter, find_actions, overdue_by_institution
from rapat.services.meetings import meetings_around
from rapat.ui.context import Context
from rapat.ui.text import long_date, meeting_status, meeting_time, short_date

SHOWN = 8
FILTER_ROLE = Qt.ItemDataRole.UserRole + 1


class HomeView(QWidget):
    open_meeting = Signal(int)
    new_meeting = Signal()
    show_actions = Signal(object)  # an ActionFilter for the register

    def __init__(self, context: Context) -> None:
        super().__init__()
        self.context = context
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        header = QHBoxLayout()
        title = QLabel(self.tr("Beranda"), objectName="pageTitle")
        header.addWidget(title)
        header.addStretch(1)
        self.new_button = QPushButton(self.tr("Rapat baru"), objectName="primary")
        self.new_button.setToolTip(self.tr("Buat rapat baru (Ctrl+N)"))
        self.new_button.clicked.connect(self.new_meeting)
        self.new_button.setVisible(not context.read_only)  # a reader makes no meeting
        header.addWidget(self.new_button)
        layout.addLayout(header)
        self.empty = QLabel(
            self.tr(
                "Belum ada rapat. Buat rapat baru untuk mulai mencatat daftar hadir dan notula."
            ),
            objectName="emptyState",
        )
        self.empty.setWordWrap(True)
        layout.addWidget(self.empty)
        columns = QHBoxLayout()
        columns.setSpacing(16)
        self.upcoming = self._section(columns, self.tr("Hari ini dan mendatang"))
        self.recent = self._section(columns, self.tr("Rapat terakhir"))
        layout.addLayout(columns, 1)
        follow_ups = QHBoxLayout()
        follow_ups.setSpacing(16)
        self.overdue = self._section(
            follow_ups,
            self.tr("Tindak lanjut melewati tenggat, per instansi"),
            self.tr("Klik untuk melihat tindak lanjut instansi ini di register"),
        )
        self.due_soon = self._section(
            follow_ups,
            self.tr("Tenggat minggu ini"),
            self.tr("Klik untuk melihat tindak lanjut bertenggat minggu ini di register"),
        )
        layout.addLayout(follow_ups, 1)

    def _section(self, columns: QHBoxLayout, title: str, tip: str = "") -> QListWidget:
        box = QVBoxLayout()
        box.addWidget(QLabel(title, objectName="sectionTitle"))
        listing = QListWidget()
        listing.setAlternatingRowColors(True)
        listing.setSpacing(2)
        listing.setWordWrap(True)
        listing.setToolTip(tip or self.tr("Klik atau tekan Enter untuk membuka rapat"))
        listing.itemClicked.connect(self._open)
        listing.itemActivated.connect(self._open)
        box.addWidget(listing, 1)
        columns.addLayout(box, 1)
        return listing

    def refresh(self) -> None:
        """Read the meetings and the follow-ups to show in the background."""
        today = date.today()
        monday = today - timedelta(days=today.weekday())
        week = ActionFilter(
            due_from=monday, due_until=monday + timedelta(days=6), unfinished=True, latest_only=True
        )
        self.context.query(
            self, lambda s: meetings_around(s, today, SHOWN), self._show_meetings, topic="meetings"
        )
        self.context.query(
            self,
            lambda s: (overdue_by_institution(s, today), find_actions(s, week)),
            lambda found: self._fill_follow_ups(today, week, *found),
            topic="actions",
        )

    def _show_meetings(self, meetings: tuple[list[MeetingSummary], list[MeetingSummary]]) -> None:
        coming, past = meetings
        self._fill(self.upcoming, coming, self.tr("Tidak ada rapat hari ini atau sesudahnya."))
        self._fill(self.recent, past, self.tr("Belum ada rapat yang lalu."))
        self.empty.setVisible(not coming and not past)

    def _fill_follow_ups(
        self,
        today: date,
        week: ActionFilter,
        overdue: list[tuple[str, int]],
        due: list[ActionRow],
    ) -> None:
        self.overdue.clear()
        for institution, count in overdue:
            criteria = ActionFilter(institution=institution, overdue_on=today, latest_only=True)
            self._add(
                self.overdue, self.tr("%n terlambat", "", count) + f" · {institution}", criteria
            )
        if not overdue:
            self._add(self.overdue, self.tr("Tidak ada tindak lanjut yang melewati tenggat."))
        self.due_soon.clear()
        if due:
            self._add(
                self.due_soon, self.tr("Semua %n tindak lanjut minggu ini", "", len(due)), week
            )
        for row in due:
            self._add(self.due_soon, _due_line(row), replace(week, institution=row.institution))
        if not due:
            self._add(self.due_soon, self.tr("Tidak ada tenggat tindak lanjut minggu ini."))

    def _add(self, listing: QListWidget, text: str, criteria: ActionFilter | None = None) -> None:
        item = QListWidgetItem(text)
        item.setToolTip(text)
        if criteria is None:
            item.setFlags(Qt.ItemFlag.NoItemFlags)
        else:
            item.setData(FILTER_ROLE, criteria)
        listing.addItem(item)

    def _fill(self, listing: QListWidget, meetings: list[MeetingSummary], empty: str) -> None:
        listing.clear()
        today = date.today()
        for m in meetings:
            when = self.tr("Hari ini") if m.date == today else long_date(m.date)
            details = f"{when} · {meeting_time(m.start_time, m.timezone)} · {m.location}"
            item = QListWidgetItem(f"{m.title}\n{details} · {meeting_status(m.status)}")
            item.setData(Qt.ItemDataRole.UserRole, m.id)
            item.setToolTip(f"{m.title}\n{details}")
            listing.addItem(item)
        if not meetings:
            item = QListWidgetItem(empty)
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            listing.addItem(item)

    def _open(self, item: QListWidgetItem) -> None:
        criteria = item.data(FILTER_ROLE)
        if criteria is not None:
            self.show_actions.emit(criteria)
            return
        meeting_id = item.data(Qt.ItemDataRole.UserRole)
        if meeting_id is not None:
            self.open_meeting.emit(meeting_id)


def _due_line(row: ActionRow) -> str:
    owner = f"{row.institution} — {row.person}" if row.person else row.institution
    return f"{short_date(row.due)} · {owner}\n{row.description}"
