"""The audit trail of a meeting in the Dokumen tab: who finalized, signed, revised or exported.

AuditTrail is a part of DocumentsTab.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QDateTime
from PySide6.QtWidgets import QTableWidgetItem, QWidget

from rapat.services import finalize as fin
from rapat.ui.text import INDONESIAN

EVENT_LABELS = {
    "finalize": "Finalisasi",
    "sign": "Tanda tangan",
    "amend": "Revisi",
    "export": "Ekspor",
}


def local_time(moment: datetime) -> str:
    seconds = int(moment.timestamp())
    return INDONESIAN.toString(QDateTime.fromSecsSinceEpoch(seconds), "d MMM yyyy HH.mm")


class AuditTrail:
    """Show the meeting's audit events, newest first."""

    def _audit_page(self) -> QWidget:
        self.audit_table = self._table(
            [self.tr("Waktu"), self.tr("Pengguna"), self.tr("Peristiwa"), self.tr("Rincian")]
        )
        return self.audit_table

    def _show_audit(self) -> None:
        meeting_id = self.meeting_id
        rows = self.context.read(lambda s: fin.audit_trail(s, meeting_id))
        self.audit_table.setRowCount(len(rows))
        for position, row in enumerate(reversed(rows)):
            values = [
                local_time(row.at),
                row.user or "",
                self.tr(EVENT_LABELS.get(row.event, row.event)),
                row.detail or "",
            ]
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setToolTip(value)
                self.audit_table.setItem(position, column, item)
