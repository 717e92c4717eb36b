"""The audit trail of a meeting in the Dokumen tab: who finalized, signed, revised, exported,
numbered the invitation or renewed the archive's validation, and when, newest first.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from rapat.i18n import QT_TR_NOOP, tr
from rapat.services import finalize as fin
from rapat.ui.context import Context
from rapat.ui.text import zoned_moment

EVENT_LABELS = {
    "finalize": QT_TR_NOOP("Finalisasi"),
    "sign": QT_TR_NOOP("Tanda tangan"),
    "amend": QT_TR_NOOP("Revisi"),
    "export": QT_TR_NOOP("Ekspor"),
    "invitation": QT_TR_NOOP("Nomor undangan"),
    "archive_timestamp": QT_TR_NOOP("Validasi arsip"),
}


def read_only_table(table: QTableWidget, headers: list[str]) -> QTableWidget:
    """Make the table one of whole rows to read and choose, one at a time, never to edit."""
    table.setColumnCount(len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setAlternatingRowColors(True)
    table.verticalHeader().hide()
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setStretchLastSection(True)
    return table


class AuditTrail(QTableWidget):
    """The meeting's audit events, newest first; load() reads them again."""

    loaded = Signal()  # what load() read is shown

    def __init__(self, context: Context, meeting_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.meeting_id = meeting_id
        read_only_table(
            self, [self.tr("Waktu"), self.tr("Pengguna"), self.tr("Peristiwa"), self.tr("Rincian")]
        )

    def load(self, zone: str | None = None) -> None:
        """Read the events again, off the GUI thread; their times on the clock of the meeting's
        zone."""
        meeting_id = self.meeting_id
        self.context.query(
            self, lambda s: fin.audit_trail(s, meeting_id), lambda rows: self._show(rows, zone)
        )

    def _show(self, rows: list, zone: str | None) -> None:
        self.setRowCount(len(rows))
        for position, row in enumerate(reversed(rows)):
            values = [
                zoned_moment(row.at, zone),
                row.user or "",
                tr(EVENT_LABELS.get(row.event, row.event)),
                row.detail or "",
            ]
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setToolTip(value)
                self.setItem(position, column, item)
        self.loaded.emit()
