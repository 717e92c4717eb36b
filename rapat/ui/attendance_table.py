"""The Daftar Hadir's table: the participants in their kept order and a bar of commands below."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QModelIndex, QSize, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from rapat.services.attendance_list import AttendanceRow
from rapat.ui.attendance_model import (
    INSTITUTION_COLUMN,
    SIGNATURE_COLUMN,
    STATUS_COLUMN,
    THUMB_H,
    THUMB_W,
    TIME_COLUMN,
    AttendanceModel,
)
from rapat.ui.text_fit import fit_columns

# label, shortcut, description, slot
Command = tuple[str, str, str, Callable[[], None]]


class AttendanceTable(QWidget):
    """The table (sorted by institution while grouped), its empty state and the command bar."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.model = AttendanceModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.table.verticalHeader().hide()
        self._size_columns()
        self.table.setIconSize(QSize(THUMB_W, THUMB_H))
        layout.addWidget(self.table, 1)
        self.empty = QLabel(
            self.tr(
                "Belum ada peserta. Ketik nama untuk mencatat kehadiran, atau Undang instansi."
            ),
            objectName="emptyState",
        )
        layout.addWidget(self.empty)
        self.command_bar = QWidget()
        self._bar = QHBoxLayout(self.command_bar)
        self._bar.setContentsMargins(0, 0, 0, 0)
        self._bar.addStretch(1)
        self.group_box = QCheckBox(self.tr("Kelompokkan per instansi"))
        self.group_box.setToolTip(self.tr("Urutkan menurut instansi (Ctrl+G)"))
        self.group_box.toggled.connect(self._group)
        self._bar.addWidget(self.group_box)
        layout.addWidget(self.command_bar)

    def _size_columns(self) -> None:
        # Short values get fixed widths; names, positions, institutions and the status share the
        # rest and wrap over three lines (rapat.ui.text_fit).
        fit_columns(
            self.table,
            fixed={
                0: "0000",
                TIME_COLUMN: self.tr("Jam hadir"),
                SIGNATURE_COLUMN: THUMB_W + 16,
            },
            shares={1: 3, 2: 3, INSTITUTION_COLUMN: 3, STATUS_COLUMN: 2},
            lines=3,
            min_row_height=THUMB_H + 6,
        )

    def add_commands(self, commands: Sequence[Command]) -> None:
        """A button for each command, left of the grouping box."""
        for position, (label, keys, tip, slot) in enumerate(commands):
            button = QPushButton(label)
            button.setToolTip(f"{tip} ({keys})" if keys else tip)
            button.clicked.connect(slot)
            self._bar.insertWidget(position, button)

    def selected_row(self) -> AttendanceRow | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        return self.model.row_at(self.proxy.mapToSource(rows[0]).row())

    def select_position(self, position: int) -> None:
        """Select and show the participant at this place in the kept order."""
        while position >= self.model.rowCount() and self.model.canFetchMore(QModelIndex()):
            self.model.fetchMore(QModelIndex())
        index = self.proxy.mapFromSource(self.model.index(position, 1))
        self.table.selectRow(index.row())
        self.table.scrollTo(index)

    def _group(self, on: bool) -> None:
        if on:
            self.model.fetch_all()
            self.proxy.sort(INSTITUTION_COLUMN, Qt.SortOrder.AscendingOrder)
        else:
            self.proxy.sort(-1)
