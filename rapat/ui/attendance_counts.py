"""The Daftar Hadir's side panel: how many came, in all and per institution."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from rapat.services.attendance_list import AttendanceRow, count_attendance
from rapat.ui.models import Column, RowsModel
from rapat.ui.text_fit import fit_columns


class CountsPanel(QWidget):
    """ "Hadir 12 dari 30" above a table of present/invited per institution."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMinimumWidth(240)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 0, 0, 0)
        self.total = QLabel(objectName="pageTitle")
        self.total.setWordWrap(True)
        layout.addWidget(self.total)
        layout.addWidget(
            QLabel(self.tr("Per instansi (hadir/diundang)"), objectName="sectionTitle")
        )
        self.model = RowsModel(
            [
                Column(self.tr("Instansi"), lambda c: c.institution),
                Column(
                    self.tr("Hadir"),
                    lambda c: f"{c.present}/{c.invited}",
                    Qt.AlignmentFlag.AlignRight,
                ),
            ],
            self,
        )
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        fit_columns(self.table, fixed={1: "000/000"}, shares={0: 1}, lines=3)  # rapat.ui.text_fit
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        layout.addWidget(self.table, 1)

    def count(self, rows: Iterable[AttendanceRow]) -> int:
        """Show the counts of these rows; returns how many are invited."""
        counts = count_attendance(rows)
        self.total.setText(
            self.tr("Hadir {present} dari {invited}").format(
                present=counts.present, invited=counts.invited
            )
        )
        self.model.set_rows(counts.by_institution)
        return counts.invited
