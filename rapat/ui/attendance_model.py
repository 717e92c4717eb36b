"""The Daftar Hadir table's item model: one row per participant, in the kept order."""

from __future__ import annotations

from datetime import time
from typing import Any

from PySide6.QtCore import QObject, Qt, QTime, Signal
from PySide6.QtGui import QColor, QPixmap

from rapat.i18n import tr
from rapat.services.attendance_list import AttendanceRow, now_minute
from rapat.ui.models import (
    DECORATION,
    DISPLAY,
    EDIT,
    FOREGROUND,
    TOOLTIP,
    Column,
    Index,
    RowsModel,
)
from rapat.ui.text import attendance_status, hhmm

INSTITUTION_COLUMN, STATUS_COLUMN, TIME_COLUMN, SIGNATURE_COLUMN = 3, 4, 5, 6
THUMB_W, THUMB_H = 96, 28
ATTENDED_COLOUR, WAITING_COLOUR = QColor("#14532d"), QColor("#7b8794")


class AttendanceModel(RowsModel):
    """Attendance rows; the arrival time is edited in place and signatures show as thumbnails."""

    time_edited = Signal(int, object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(
            [
                Column(tr("No"), lambda r: "", Qt.AlignmentFlag.AlignRight),
                Column(tr("Nama"), lambda r: r.name),
                Column(tr("Jabatan"), lambda r: r.position or ""),
                Column(tr("Instansi"), lambda r: r.institution),
                Column(tr("Keterangan"), lambda r: self._status(r)),
                Column(tr("Jam hadir"), lambda r: hhmm(r.check_in), Qt.AlignmentFlag.AlignCenter),
                Column(tr("Tanda tangan"), lambda r: ""),
            ],
            parent,
        )
        self._thumbs: dict[int, QPixmap] = {}

    def _status(self, row: AttendanceRow) -> str:
        """The status, marked when the attendee checked in from a phone."""
        status = attendance_status(row.status, row.representing)
        return (
            self.tr("{status} (mandiri)").format(status=status) if row.self_registered else status
        )

    def replace_row(self, new: Any) -> int:
        self._thumbs.pop(new.id, None)
        return super().replace_row(new)

    def data(self, index: Index, role: int = DISPLAY) -> Any:
        if not index.isValid() or index.row() >= self.rowCount():
            return None
        row = self.row_at(index.row())
        column = index.column()
        if column == 0 and role == DISPLAY:
            return str(index.row() + 1)
        if column == TIME_COLUMN and role == EDIT:
            moment = row.check_in or now_minute()
            return QTime(moment.hour, moment.minute)
        if column == SIGNATURE_COLUMN and role == DECORATION:
            return self._thumbnail(row)
        if column == SIGNATURE_COLUMN and role == TOOLTIP:
            return (
                self.tr("Sudah bertanda tangan")
                if row.signature_png
                else self.tr("Belum bertanda tangan — Ctrl+T")
            )
        if role == TOOLTIP and column in (1, 2, 3, 4):
            return super().data(index, DISPLAY)
        if role == FOREGROUND and column == STATUS_COLUMN:
            return ATTENDED_COLOUR if row.attended else WAITING_COLOUR
        return super().data(index, role)

    def _thumbnail(self, row: AttendanceRow) -> QPixmap | None:
        if not row.signature_png:
            return None
        if row.id not in self._thumbs:
            pixmap = QPixmap()
            pixmap.loadFromData(row.signature_png, "PNG")
            self._thumbs[row.id] = pixmap.scaled(
                THUMB_W,
                THUMB_H,
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
        return self._thumbs[row.id]

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and index.column() == TIME_COLUMN and self.row_at(index.row()).attended:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or index.column() != TIME_COLUMN or role != Qt.ItemDataRole.EditRole:
            return False
        moment = value.toPython() if isinstance(value, QTime) else value
        if not isinstance(moment, time):
            return False
        self.time_edited.emit(self.row_at(index.row()).id, moment.replace(second=0, microsecond=0))
        return True
