"""Beranda: today's and upcoming meetings and the most recent ones, each one click from its workspace."""

from __future__ import annotations

from datetime import date

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

from rapat.services.meetings import meetings_around
from rapat.services.records import MeetingSummary
from rapat.ui.context import Context
from rapat.ui.text import long_date, meeting_status, meeting_time

SHOWN = 8


class HomeView(QWidget):
    open_meeting = Signal(int)
    new_meeting = Signal()

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

    def _section(self, columns: QHBoxLayout, title: str) -> QListWidget:
        box = QVBoxLayout()
        box.addWidget(QLabel(title, objectName="sectionTitle"))
        listing = QListWidget()
        listing.setAlternatingRowColors(True)
        listing.setSpacing(2)
        listing.setWordWrap(True)
        listing.setToolTip(self.tr("Klik atau tekan Enter untuk membuka rapat"))
        listing.itemClicked.connect(self._open)
        listing.itemActivated.connect(self._open)
        box.addWidget(listing, 1)
        columns.addLayout(box, 1)
        return listing

    def refresh(self) -> None:
        coming, past = self.context.read(lambda s: meetings_around(s, date.today(), SHOWN))
        self._fill(self.upcoming, coming, self.tr("Tidak ada rapat hari ini atau sesudahnya."))
        self._fill(self.recent, past, self.tr("Belum ada rapat yang lalu."))
        self.empty.setVisible(not coming and not past)

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
        meeting_id = item.data(Qt.ItemDataRole.UserRole)
        if meeting_id is not None:
            self.open_meeting.emit(meeting_id)
