"""What staff do to the selected participant of the Daftar Hadir: mark, sign, time, move, remove.

Each command is stored at once through the context; the view takes the stored rows in through
the signals.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import time

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QPoint, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QMenu, QMessageBox

from rapat.errors import Conflict, RapatError
from rapat.models.vocabulary import AttendanceStatus
from rapat.services.attendance_list import AttendanceRow
from rapat.ui.attendance_model import SIGNATURE_COLUMN
from rapat.ui.attendance_table import AttendanceTable, Command
from rapat.ui.context import Context
from rapat.ui.lazy import lazy_module
from rapat.ui.messages import Banner
from rapat.ui.text import hhmm

att = lazy_module("rapat.services.attendance")


class RowActions(QObject):
    """The selected row's commands, as buttons (see `commands`), table shortcuts and a context menu."""

    stored = Signal(object)  # the changed AttendanceRow
    reordered = Signal(list, int)  # all rows in their new order, the id of the moved one
    removed = Signal(object)  # the AttendanceRow taken off the list

    def __init__(
        self,
        context: Context,
        rows: AttendanceTable,
        banner: Banner,
        read_only: bool,
        represent: Callable[[], None],
        on_error: Callable[[RapatError], None],
    ) -> None:
        super().__init__(rows)
        self.context = context
        self.rows = rows
        self.banner = banner
        self.read_only = read_only
        self._represent = represent
        self._on_error = on_error
        rows.model.time_edited.connect(self._time_edited)
        rows.table.doubleClicked.connect(self._double_clicked)
        if read_only:
            rows.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self._add_order_actions()

    def commands(self) -> list[Command]:
        """What can be done to the selected participant: label, shortcut, description, slot."""
        return [
            (
                self.tr("Hadir"),
                "Ctrl+H",
                self.tr("Tandai hadir sekarang"),
                lambda: self.set_status(AttendanceStatus.PRESENT.value),
            ),
            (self.tr("Diwakili…"), "Ctrl+D", self.tr("Catat siapa yang mewakili"), self._represent),
            (
                self.tr("Izin"),
                "Ctrl+I",
                self.tr("Tandai izin"),
                lambda: self.set_status(AttendanceStatus.EXCUSED.value),
            ),
            (
                self.tr("Tidak hadir"),
                "",
                self.tr("Tandai tidak hadir"),
                lambda: self.set_status(AttendanceStatus.ABSENT.value),
            ),
            (
                self.tr("Tanda tangan…"),
                "Ctrl+T",
                self.tr("Tanda tangan peserta terpilih"),
                self.sign,
            ),
        ]

    def _write(self, work, on_done: Callable) -> None:
        self.context.write(work, on_done, self._on_error, "attendance")

    def _change(self, row: AttendanceRow, work: Callable) -> None:
        """Store a change of a line, based on the version the desk shows; when someone else
        changed the line meanwhile nothing is stored: the banner says who, and the line shows
        what is stored now."""
        self.context.write(
            work, self.stored.emit, lambda error: self.refused(row, error), "attendance"
        )

    def refused(self, row: AttendanceRow, error: Exception) -> None:
        """A change of the line was refused: a conflict shows the stored line and who made it."""
        if not isinstance(error, Conflict):
            self._on_error(error)
            return
        when = error.when.astimezone().time() if error.when else None
        self.banner.show_message(
            self.tr(
                "Kehadiran {name} sudah diubah oleh {who} pukul {time}; perubahan Anda tidak "
                "disimpan. Yang tersimpan kini ditampilkan."
            ).format(name=row.name, who=error.who, time=hhmm(when)),
            "error",
        )
        self.context.query(
            self, lambda s: att.attendance_row(s, row.id), self.stored.emit, topic=f"line {row.id}"
        )

    # -- status, signature, arrival time ---------------------------------------------------------

    def set_status(self, status: str) -> None:
        row = self.rows.selected_row()
        if row is None or self.read_only:
            return
        self._change(row, lambda s: att.set_status(s, row.id, status, version=row.version))

    def sign(self) -> None:
        row = self.rows.selected_row()
        if self.read_only:
            return
        if row is None:
            self.banner.show_message(
                self.tr("Pilih dulu peserta yang akan bertanda tangan."), "error"
            )
            return
        from rapat.ui.signature_pad import SignatureDialog

        dialog = SignatureDialog(row.name, self.rows)
        if dialog.exec():
            png = dialog.pad.to_png()
            self._change(row, lambda s: att.set_signature(s, row.id, png, version=row.version))

    def _time_edited(self, participant_id: int, moment: time) -> None:
        row = self.rows.model.row_at(self.rows.model.row_of(participant_id))
        if self.read_only:
            return
        self._change(row, lambda s: att.set_arrival_time(s, row.id, moment, version=row.version))

    def _double_clicked(self, index: QModelIndex | QPersistentModelIndex) -> None:
        if index.column() == SIGNATURE_COLUMN:
            self.sign()

    # -- order and removal -----------------------------------------------------------------------

    def _add_order_actions(self) -> None:
        """Alt+↑/Alt+↓ move the selected participant and Delete removes it, in the table and in
        its context menu."""
        self.move_up_action = self._table_action(
            self.tr("Pindah ke atas"), "Alt+Up", lambda: self.move_selected(-1)
        )
        self.move_down_action = self._table_action(
            self.tr("Pindah ke bawah"), "Alt+Down", lambda: self.move_selected(1)
        )
        self.remove_action = self._table_action(
            self.tr("Hapus dari daftar…"), "Del", self.remove_selected
        )
        table = self.rows.table
        table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        table.customContextMenuRequested.connect(self._row_menu)
        table.selectionModel().selectionChanged.connect(self._update_order_actions)
        self.rows.model.modelReset.connect(self._update_order_actions)
        self.rows.group_box.toggled.connect(self._update_order_actions)
        self._update_order_actions()

    def _table_action(self, text: str, keys: str, slot: Callable[[], None]) -> QAction:
        action = QAction(text, self.rows.table)
        action.setShortcut(QKeySequence(keys))
        action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        action.setShortcutVisibleInContextMenu(True)
        action.triggered.connect(slot)
        self.rows.table.addAction(action)
        return action

    def _row_menu(self, point: QPoint) -> None:
        """The selected row's commands, where the pointer (or the menu key) is."""
        table = self.rows.table
        index = table.indexAt(point)
        if not index.isValid():
            return
        table.selectRow(index.row())
        menu = QMenu(table)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.setToolTipsVisible(True)
        for label, keys, tip, slot in self.commands():
            action = menu.addAction(f"{label}\t{keys}" if keys else label, slot)
            action.setToolTip(tip)
            action.setEnabled(not self.read_only)
        menu.addSeparator()
        menu.addActions([self.move_up_action, self.move_down_action])
        menu.addSeparator()
        menu.addAction(self.remove_action)
        menu.popup(table.viewport().mapToGlobal(point))

    def _order_locked(self) -> str:
        """Why the kept order cannot be changed now; empty when it can."""
        if self.read_only:
            return self.tr("Rapat ini sudah final: urutan daftar hadir tidak dapat diubah.")
        if self.rows.group_box.isChecked():
            return self.tr(
                "Saat dikelompokkan per instansi, urutan yang tampil bukan urutan daftar hadir. "
                "Matikan Kelompokkan per instansi (Ctrl+G) untuk mengubah urutan."
            )
        return ""

    def _update_order_actions(self) -> None:
        row = self.rows.selected_row()
        position = self.rows.model.row_of(row.id) if row else -1
        locked = self._order_locked()
        last = len(self.rows.model.rows()) - 1
        self.move_up_action.setEnabled(not locked and position > 0)
        self.move_down_action.setEnabled(not locked and 0 <= position < last)
        self.move_up_action.setToolTip(locked or self.tr("Naikkan peserta terpilih satu baris"))
        self.move_down_action.setToolTip(locked or self.tr("Turunkan peserta terpilih satu baris"))
        self.remove_action.setEnabled(not self.read_only and row is not None)

    def move_selected(self, offset: int) -> None:
        """Move the selected participant one place up (-1) or down (1); stored at once."""
        row = self.rows.selected_row()
        if row is None or self._order_locked():
            return
        target = self.rows.model.row_of(row.id) + offset
        if not 0 <= target < len(self.rows.model.rows()):
            return
        self._write(
            lambda s: att.move_participant(s, row.id, target),
            lambda rows: self.reordered.emit(rows, row.id),
        )

    def remove_selected(self) -> None:
        """Take the selected participant off the list, once the user confirms it."""
        row = self.rows.selected_row()
        if row is None or self.read_only:
            return
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Hapus dari daftar hadir"),
            self.tr("Hapus {name} ({institution}) dari daftar hadir?").format(
                name=row.name, institution=row.institution
            ),
            parent=self.rows,
        )
        if row.attended or row.signature_png:
            box.setInformativeText(self.tr("Catatan kehadiran dan tanda tangannya ikut terhapus."))
        remove = box.addButton(self.tr("Hapus"), QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(box.addButton(self.tr("Batal"), QMessageBox.ButtonRole.RejectRole))
        remove.clicked.connect(lambda: self._remove(row))
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()

    def _remove(self, row: AttendanceRow) -> None:
        self._write(
            lambda s: att.remove_participant(s, row.id), lambda _done: self.removed.emit(row)
        )
