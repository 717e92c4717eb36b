"""The meeting list: newest first, filtered as you type; Enter or a double-click opens a meeting.

The list is read in the background (the latest filter wins). A login that may only read gets no
button that makes a meeting: it opens and exports them."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from rapat.i18n import tr
from rapat.records.meeting import MeetingSummary
from rapat.services.follow_up import create_follow_up
from rapat.services.meetings import list_meetings
from rapat.ui.context import Context
from rapat.ui.debounce import Debounced
from rapat.ui.messages import Banner
from rapat.ui.models import Column, RowsModel
from rapat.ui.package_actions import PackageButton
from rapat.ui.text import meeting_status, meeting_time, short_date
from rapat.ui.text_fit import fit_columns


def meeting_columns() -> list[Column]:
    return [
        Column(tr("Tanggal"), lambda m: short_date(m.date)),
        Column(tr("Jam"), lambda m: meeting_time(m.start_time, m.timezone)),
        Column(tr("Judul"), lambda m: m.title),
        Column(tr("Tempat"), lambda m: m.location),
        Column(tr("Jenis"), lambda m: m.kind or ""),
        Column(tr("Status"), lambda m: meeting_status(m.status)),
    ]


class MeetingListView(QWidget):
    open_meeting = Signal(int)
    new_meeting = Signal()

    def __init__(self, context: Context) -> None:
        super().__init__()
        self.context = context
        self._filter_later = Debounced(self._filter, 150)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        header = QHBoxLayout()
        header.addWidget(QLabel(self.tr("Rapat"), objectName="pageTitle"))
        header.addStretch(1)
        self.follow_up_button = QPushButton(self.tr("Rapat lanjutan"))
        self.follow_up_button.setToolTip(
            self.tr("Buat rapat lanjutan dari rapat terpilih, dengan undangan yang sama (Ctrl+L)")
        )
        self.follow_up_button.setShortcut(QKeySequence("Ctrl+L"))
        self.follow_up_button.clicked.connect(self.create_follow_up)
        header.addWidget(self.follow_up_button)
        self.packages = PackageButton(context, self.selected_id, self)
        self.packages.stored.connect(lambda _id: self._filter())
        header.addWidget(self.packages)
        self.new_button = QPushButton(self.tr("Rapat baru"), objectName="primary")
        self.new_button.setToolTip(self.tr("Buat rapat baru (Ctrl+N)"))
        self.new_button.clicked.connect(self.new_meeting)
        header.addWidget(self.new_button)
        for button in (self.follow_up_button, self.new_button):
            button.setVisible(not context.read_only)
        layout.addLayout(header)
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(
            self.tr("Saring menurut judul, tempat, instansi atau tanggal (2024-11)…")
        )
        self.filter.setToolTip(self.tr("Saring daftar rapat (Ctrl+F)"))
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self._filter_later)
        self.filter.returnPressed.connect(self._open_current)
        QShortcut(QKeySequence.StandardKey.Find, self, activated=self.filter.setFocus)
        layout.addWidget(self.filter)
        self.banner = Banner()
        self.packages.said.connect(self.banner.show_message)
        layout.addWidget(self.banner)
        self.model = RowsModel(meeting_columns(), self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        # Short values get fixed widths; the title and the place share the rest and wrap over
        # two lines (rapat.ui.text_fit).
        fit_columns(
            self.table,
            fixed={0: "30 Sep 2024", 1: "14.30 WITA", 4: "Focus Group Discussion", 5: "Final"},
            shares={2: 3, 3: 2},
        )
        self.table.doubleClicked.connect(lambda index: self._open_row(index.row()))
        self.table.activated.connect(lambda index: self._open_row(index.row()))
        layout.addWidget(self.table, 1)
        self.empty = QLabel(objectName="emptyState")
        layout.addWidget(self.empty)
        self.setFocusProxy(self.filter)

    def refresh(self) -> None:
        self._filter()

    def _filter(self, _text: str = "") -> None:
        """Read the meetings the filter asks for; a newer call's answer replaces this one's."""
        text = self.filter.text()
        self.context.query(self, lambda s: list_meetings(s, text), self._show)

    def _show(self, rows: list[MeetingSummary]) -> None:
        self.model.set_rows(rows)
        if rows:
            self.table.selectRow(0)
        if rows:
            self.empty.hide()
        else:
            self.empty.setText(
                self.tr("Tidak ada rapat yang cocok dengan saringan.")
                if self.filter.text().strip()
                else self.tr("Belum ada rapat. Tekan Ctrl+N untuk membuat rapat baru.")
            )
            self.empty.show()

    def selected_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()).id if rows else None

    def _open_current(self) -> None:
        meeting_id = self.selected_id()
        if meeting_id is not None:
            self.open_meeting.emit(meeting_id)

    def _open_row(self, row: int) -> None:
        self.open_meeting.emit(self.model.row_at(row).id)

    def create_follow_up(self) -> None:
        earlier = self.selected_id()
        if earlier is None:
            self.context.problem.emit(self.tr("Pilih dulu rapat yang akan dilanjutkan."))
            return
        self.context.write(
            lambda s: create_follow_up(s, earlier),
            on_done=self.open_meeting.emit,
            changed="meeting",
        )
