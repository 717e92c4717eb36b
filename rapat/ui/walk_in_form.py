"""The inline form of the Daftar Hadir for a walk-in, or for who came in an invitee's place.

Someone not on the list is recorded at once as Hadir, Diwakili (Mewakili filled) or Izin. Enter on
an institution suggestion takes the suggestion; only an Enter that takes none records the line."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QCompleter,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QWidget,
)

from rapat.models.vocabulary import AttendanceStatus


class WalkInForm(QFrame):
    """The inline form for a walk-in, or for who came in an invitee's place (diwakili)."""

    submitted = Signal(dict)
    cancelled = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.mode = "walk_in"
        self.participant_id: int | None = None
        grid = QGridLayout(self)
        self.heading = QLabel(objectName="sectionTitle")
        grid.addWidget(self.heading, 0, 0, 1, 4)
        self.name, self.position, self.institution, self.representing = (
            QLineEdit() for _ in range(4)
        )
        self.name.setPlaceholderText(self.tr("Nama lengkap dengan gelar"))
        self.position.setPlaceholderText(self.tr("Jabatan"))
        self.institution.setPlaceholderText(self.tr("Instansi"))
        self.representing.setPlaceholderText(self.tr("Mewakili (kosongkan bila hadir sendiri)"))
        self.labels = [
            QLabel(t)
            for t in (self.tr("Nama"), self.tr("Jabatan"), self.tr("Instansi"), self.tr("Mewakili"))
        ]
        for column, (label, edit) in enumerate(
            zip(
                self.labels,
                (self.name, self.position, self.institution, self.representing),
                strict=True,
            )
        ):
            grid.addWidget(label, 1, column)
            grid.addWidget(edit, 2, column)
            edit.returnPressed.connect(lambda edit=edit: self._enter(edit))
        self.statuses = QButtonGroup(self)
        self.status_row = QWidget()
        row = QHBoxLayout(self.status_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(QLabel(self.tr("Status:")))
        for status, text in (
            (AttendanceStatus.PRESENT, self.tr("&Hadir")),
            (AttendanceStatus.REPRESENTED, self.tr("&Diwakili")),
            (AttendanceStatus.EXCUSED, self.tr("&Izin")),
        ):
            button = QRadioButton(text)
            button.setProperty("status", status.value)
            button.installEventFilter(self)  # Enter on a status records, as in the fields
            self.statuses.addButton(button)
            row.addWidget(button)
        row.addStretch(1)
        self.statuses.buttonToggled.connect(self._status_toggled)
        self.representing.textEdited.connect(self._representing_typed)
        grid.addWidget(self.status_row, 3, 0, 1, 3)
        self.error = QLabel(objectName="fieldError")
        self.error.setWordWrap(True)
        grid.addWidget(self.error, 4, 0, 1, 4)
        buttons = QHBoxLayout()
        self.save = save = QPushButton(self.tr("Catat hadir"), objectName="primary")
        save.setToolTip(self.tr("Catat (Enter)"))
        save.clicked.connect(self._submit)
        cancel = QPushButton(self.tr("Batal"))
        cancel.setToolTip(self.tr("Batal (Esc)"))
        cancel.clicked.connect(self.cancel)
        buttons.addStretch(1)
        buttons.addWidget(cancel)
        buttons.addWidget(save)
        grid.addLayout(buttons, 3, 3)
        shortcut = QShortcut(QKeySequence(Qt.Key.Key_Escape), self, activated=self.cancel)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.hide()

    def set_institutions(self, names: list[str]) -> None:
        completer = QCompleter(names, self.institution)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.institution.setCompleter(completer)

    def status(self) -> str:
        """The chosen status of a walk-in: present, represented or excused."""
        return self.statuses.checkedButton().property("status")

    def _choose(self, status: AttendanceStatus) -> None:
        for button in self.statuses.buttons():
            button.setChecked(button.property("status") == status.value)

    def _status_toggled(self, button: QRadioButton, checked: bool) -> None:
        if not checked:
            return
        status = button.property("status")
        self.save.setText(
            self.tr("Catat izin") if status == AttendanceStatus.EXCUSED else self.tr("Catat hadir")
        )
        self.representing.setEnabled(status != AttendanceStatus.EXCUSED)
        if status == AttendanceStatus.REPRESENTED and self.isVisible():
            self.representing.setFocus()  # whom is represented: the one thing left to type

    def _representing_typed(self, text: str) -> None:
        if text.strip() and self.status() == AttendanceStatus.PRESENT:
            self._choose(AttendanceStatus.REPRESENTED)

    def _enter(self, edit: QLineEdit) -> None:
        """QCompleter passes the Enter that takes a suggestion on to the field (its popup still
        shown): that Enter fills the field and records nothing."""
        completer = edit.completer()
        if completer is not None and completer.popup().isVisible():
            return
        self._submit()

    def open_walk_in(self, typed: str) -> None:
        self.mode, self.participant_id = "walk_in", None
        self.heading.setText(self.tr("Peserta tanpa undangan"))
        for widget in (
            self.institution,
            self.representing,
            self.labels[2],
            self.labels[3],
            self.status_row,
        ):
            widget.show()
        self._reset(typed)

    def open_represent(self, participant_id: int, invitee: str) -> None:
        self.mode, self.participant_id = "represent", participant_id
        self.heading.setText(self.tr("Diwakili: siapa yang hadir untuk {who}?").format(who=invitee))
        for widget in (
            self.institution,
            self.representing,
            self.labels[2],
            self.labels[3],
            self.status_row,
        ):
            widget.hide()
        self._reset("")

    def _reset(self, name: str) -> None:
        for edit in (self.name, self.position, self.institution, self.representing):
            edit.clear()
        self.name.setText(name)
        self._choose(AttendanceStatus.PRESENT)
        self.error.clear()
        self.name.setStyleSheet("")
        self.show()
        self.name.setFocus()

    def refuse(self, message: str) -> None:
        """Say in place what is missing; what was typed stays."""
        self.error.setText(message)
        self.name.setStyleSheet("border:2px solid #b42318;")
        self.name.setFocus()

    def _submit(self) -> None:
        if not self.name.text().strip():
            self.refuse(self.tr("Nama wajib diisi."))
            return
        if self.mode == "walk_in" and not self.institution.text().strip():
            self.error.setText(self.tr("Instansi wajib diisi."))
            self.institution.setFocus()
            return
        if (
            self.mode == "walk_in"
            and self.status() == AttendanceStatus.REPRESENTED
            and not self.representing.text().strip()
        ):
            self.error.setText(self.tr("Isi siapa yang diwakili."))
            self.representing.setFocus()
            return
        self.submitted.emit(
            {
                "name": self.name.text(),
                "position": self.position.text().strip() or None,
                "institution": self.institution.text(),
                "representing": self.representing.text().strip() or None,
            }
        )

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.KeyPress
            and watched in self.statuses.buttons()
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ):
            self._submit()
            return True
        return super().eventFilter(watched, event)

    def cancel(self) -> None:
        self.hide()
        self.cancelled.emit()
