"""The register's side panel: the selected action, its status to change and its trail across
meetings.

ActionDetails is a part of RegisterView.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from rapat.i18n import tr
from rapat.models.vocabulary import ActionStatus
from rapat.records.action import ActionRow
from rapat.services.actions import TrailEntry, action_trail, set_action_status
from rapat.ui.register_model import action_status
from rapat.ui.text import short_date, zoned_moment


class ActionDetails:
    """Show the selected action, store a new status with its note, open its meeting."""

    def _details(self) -> QWidget:
        panel = QWidget()
        panel.setMinimumWidth(260)
        layout = QVBoxLayout(panel)
        layout.setContentsMargins(12, 0, 0, 0)
        self.summary = QLabel(wordWrap=True, textFormat=Qt.TextFormat.PlainText)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.summary)
        self.open_button = QPushButton(tr("Buka rapat"))
        self.open_button.setToolTip(tr("Buka rapat asal tindak lanjut ini (Enter)"))
        self.open_button.clicked.connect(self._open_current)
        layout.addWidget(self.open_button, 0, Qt.AlignmentFlag.AlignLeft)
        form = QFormLayout()
        self.new_status = QComboBox()
        for status in ActionStatus:
            self.new_status.addItem(action_status(status), status.value)
        self.note = QLineEdit(placeholderText=tr("Catatan, mis. hasil pengecekan lapangan"))
        self.note.returnPressed.connect(self.save_status)
        form.addRow(tr("Status &baru"), self.new_status)
        form.addRow(tr("Ca&tatan"), self.note)
        layout.addLayout(form)
        self.save_button = QPushButton(tr("Simpan status"))
        self.save_button.setToolTip(tr("Catat status baru dan catatannya di riwayat (Enter)"))
        self.save_button.clicked.connect(self.save_status)
        layout.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignRight)
        layout.addWidget(QLabel(tr("Riwayat lintas rapat"), objectName="sectionTitle"))
        self.history = QListWidget()
        self.history.setWordWrap(True)
        self.history.setAlternatingRowColors(True)
        self.history.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        layout.addWidget(self.history, 1)
        QShortcut(QKeySequence("Ctrl+Return"), self, activated=self._open_current)
        return panel

    def _show_details(self, row: ActionRow | None) -> None:
        for widget in (self.open_button, self.new_status, self.note, self.save_button):
            widget.setEnabled(row is not None)
        self.history.clear()
        if row is None:
            self.summary.setText(tr("Pilih tindak lanjut untuk melihat riwayat dan statusnya."))
            return
        due = short_date(row.due) if row.due else tr("tanpa tenggat")
        owner = f"{row.institution} — {row.person}" if row.person else row.institution
        self.summary.setText(
            f"{row.description}\n{owner}\n"
            + tr("Tenggat {due} · {status}").format(due=due, status=action_status(row.status))
            + "\n"
            + tr("Rapat: {title}, {date}").format(
                title=row.meeting_title, date=short_date(row.meeting_date)
            )
        )
        self.new_status.setCurrentIndex(max(0, self.new_status.findData(row.status)))
        trail = self.context.read(lambda s: action_trail(s, row.id))
        for entry in reversed(trail):
            self.history.addItem(self._history_item(entry))

    def _history_item(self, entry: TrailEntry) -> QListWidgetItem:
        change = entry.change
        when = zoned_moment(change.at, entry.meeting_zone)
        if change.old_status and change.old_status != change.new_status:
            what = f"{action_status(change.old_status)} → {action_status(change.new_status)}"
        else:
            what = action_status(change.new_status)
        lines = [f"{when} · {change.user or '?'} · {what}"]
        if change.note:
            lines.append(change.note)
        lines.append(f"{entry.meeting_title} ({short_date(entry.meeting_date)})")
        return QListWidgetItem("\n".join(lines))

    def save_status(self) -> None:
        row = self.selected_row()
        if row is None:
            return
        status, note = self.new_status.currentData(), self.note.text().strip() or None
        if status == row.status and not note:
            self.banner.show_message(tr("Pilih status baru atau tulis catatan dulu."), "info")
            return

        def done(_result: None) -> None:
            self.note.clear()
            self.banner.show_message(tr("Status tersimpan di riwayat."), "ok", seconds=3)
            self._filter()

        self.context.write(
            lambda s: set_action_status(s, row.id, status, note),
            on_done=done,
            on_error=self.banner.show_error,
            changed="actions",
        )

    def _open_current(self) -> None:
        row = self.selected_row()
        if row is not None:
            self.open_meeting.emit(row.meeting_id)
