"""The register's side panel: the selected action, its status to change and its trail across
meetings.

ActionDetails is a part of RegisterView. A status saved over someone else's newer change is
refused: their version shows in the panel (ConflictPanel) while the person's status and note stay
in the form, to store anyway or to drop. A login that may only read sees no status form.
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

from rapat.errors import Conflict
from rapat.i18n import tr
from rapat.models.vocabulary import ActionStatus
from rapat.records.action import ActionRow
from rapat.services.actions import TrailEntry, action_trail, set_action_status
from rapat.ui.action_conflict import their_action
from rapat.ui.conflict_panel import ConflictPanel
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
        self.conflict: ConflictPanel | None = None
        self._conflicted: int | None = None  # the action whose status change was refused
        self.details_layout = layout
        self.status_form = QWidget()
        form = QFormLayout(self.status_form)
        form.setContentsMargins(0, 0, 0, 0)
        self.new_status = QComboBox()
        for status in ActionStatus:
            self.new_status.addItem(action_status(status), status.value)
        self.note = QLineEdit(placeholderText=tr("Catatan, mis. hasil pengecekan lapangan"))
        self.note.returnPressed.connect(self.save_status)
        form.addRow(tr("Status &baru"), self.new_status)
        form.addRow(tr("Ca&tatan"), self.note)
        self.save_button = QPushButton(tr("Simpan status"))
        self.save_button.setToolTip(tr("Catat status baru dan catatannya di riwayat (Enter)"))
        self.save_button.clicked.connect(lambda: self.save_status())
        form.addRow(self.save_button)
        layout.addWidget(self.status_form)
        self.status_form.setVisible(not self.context.read_only)  # a reader only looks
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
        if self.conflict is not None:
            self.conflict.setVisible(row is not None and row.id == self._conflicted)
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
        if row.id != self._conflicted:  # else the person's own choice stays in the form
            self.new_status.setCurrentIndex(max(0, self.new_status.findData(row.status)))
        self.context.query(
            self,
            lambda s: action_trail(s, row.id),
            self._show_trail,
            self.banner.show_error,
            "trail",
        )

    def _show_trail(self, trail: list[TrailEntry]) -> None:
        self.history.clear()
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
        """Store the chosen status and note of the selected action, based on the version shown."""
        row = self.selected_row()
        if row is not None and not self.context.read_only:
            self._store_status(row, row.version)

    def _store_status(self, row: ActionRow, based_on: int) -> None:
        """Store the form's status and note for the action, as read at version `based_on`."""
        status, note = self.new_status.currentData(), self.note.text().strip() or None
        if status == row.status and not note:
            self.banner.show_message(tr("Pilih status baru atau tulis catatan dulu."), "info")
            return

        def done(stored: int) -> None:
            self._settle_conflict()
            self.note.clear()
            self.model.replace_row(row._replace(status=status, version=stored))
            self.banner.show_message(tr("Status tersimpan di riwayat."), "ok", seconds=3)
            self._filter()

        self.context.write(
            lambda s: set_action_status(s, row.id, status, note, version=based_on),
            on_done=done,
            on_error=lambda error: self._status_refused(row, error),
            changed="actions",
            keep={"what": "action", "status": status, "note": note},
        )

    def _status_refused(self, row: ActionRow, error: Exception) -> None:
        """Someone else changed the action first: their version beside the person's choice."""
        if not isinstance(error, Conflict):
            self.banner.show_error(error)
            return
        self._settle_conflict()
        self._conflicted = row.id

        def keep_mine() -> None:
            self.conflict, self._conflicted = None, None  # the panel goes by itself
            self._store_status(row, error.version)

        def take_theirs() -> None:
            self.conflict, self._conflicted = None, None
            self._filter()  # the row, the form and the trail as they are now; the note stays

        self.conflict = ConflictPanel(
            error,
            their_action(error.theirs),
            keep_mine,
            take_theirs,
            lambda: {
                "what": "action",
                "status": self.new_status.currentData(),
                "note": self.note.text(),
            },
        )
        self.details_layout.insertWidget(
            self.details_layout.indexOf(self.status_form) + 1, self.conflict
        )

    def _settle_conflict(self) -> None:
        if self.conflict is not None:
            self.conflict.hide()
            self.conflict.deleteLater()
        self.conflict, self._conflicted = None, None

    def _open_current(self) -> None:
        row = self.selected_row()
        if row is not None:
            self.open_meeting.emit(row.meeting_id)
