"""The meeting's details: title, kind, date and times, place, organizer, invitation, agenda, officers.

As the Rincian tab every field is stored when it is left; as the new-meeting dialog the meeting is
created when the dialog is accepted.
"""

from __future__ import annotations

from datetime import date, time
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, QTime, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from rapat.errors import RapatError
from rapat.models.officer import Officer
from rapat.models.vocabulary import TimeZone
from rapat.records.meeting import MeetingRecord
from rapat.services.directory import PersonRow, list_people
from rapat.services.meetings import create_meeting, set_agenda
from rapat.services.organization import get_profile
from rapat.ui.context import Context
from rapat.ui.date_field import DateField
from rapat.ui.messages import Banner
from rapat.ui.text import office_zone
from rapat.ui.text_fit import whole_text_tip

# Suggested kinds of meeting: the chosen words are stored and printed in the notula as they
# are, so they stay Indonesian in every interface language.
KINDS = [
    "Rapat Koordinasi",
    "Focus Group Discussion",
    "Rapat Forkopimda",
    "Rapat Terbatas",
    "Deklarasi",
]
ROLES = ("chair", "secretary", "note_taker")


class OfficerFields:
    """Name, position, rank and NIP of one officer; a name picked from the directory fills the rest."""

    def __init__(
        self, grid: QGridLayout, row: int, label: str, people: dict[str, PersonRow]
    ) -> None:
        self.people = people  # shared by the form's officers, filled when the directory is read
        self.name, self.position, self.rank, self.nip = (QLineEdit() for _ in range(4))
        self.nip.setMaxLength(18)
        self.nip.setMinimumWidth(self.nip.fontMetrics().horizontalAdvance("0" * 18) + 16)
        completer = QCompleter(sorted(people), self.name)
        self.completer = completer
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.activated.connect(self._picked)
        self.name.setCompleter(completer)
        grid.addWidget(QLabel(label), row, 0)
        for column, edit in enumerate((self.name, self.position, self.rank, self.nip), start=1):
            grid.addWidget(edit, row, column)

    def _picked(self, text: str) -> None:
        person = self.people.get(text)
        if person is not None:
            self.position.setText(person.position or "")
            self.rank.setText(person.rank or "")
            self.nip.setText(person.nip or "")

    def value(self) -> Officer:
        def clean(edit: QLineEdit) -> str | None:
            return edit.text().strip() or None

        return Officer(clean(self.name), clean(self.position), clean(self.nip), clean(self.rank))

    def load(self, officer: Officer) -> None:
        self.name.setText(officer.name or "")
        self.position.setText(officer.position or "")
        self.rank.setText(officer.rank or "")
        self.nip.setText(officer.nip or "")

    def edits(self) -> tuple[QLineEdit, ...]:
        return (self.name, self.position, self.rank, self.nip)


class MeetingForm(QWidget):
    """The details fields; `edited` carries one changed field as {name: value} when it is left."""

    edited = Signal(dict)
    agenda_edited = Signal(list)

    def __init__(self, people: list[PersonRow], parent: QWidget | None = None) -> None:
        """people: the directory the officers' names are picked from (or set later, set_people)."""
        super().__init__(parent)
        self._loading = False
        self.directory = directory = {p.name: p for p in people}
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        left = QFormLayout()
        left.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.title = QLineEdit()
        self.title.setPlaceholderText(self.tr("mis. Rapat Koordinasi Pengamanan Pilkada"))
        self.kind = QComboBox()
        self.kind.setEditable(True)
        self.kind.addItems(KINDS)
        self.date = DateField(display_format="dddd, d MMMM yyyy")
        self.start = QTimeEdit(displayFormat="HH.mm")
        self.start.setTime(QTime(9, 0))
        self.end = QTimeEdit(displayFormat="HH.mm")
        self.end.setTime(QTime(12, 0))
        self.until_done = QCheckBox(self.tr("s.d. selesai"))
        self.zone = QComboBox()
        self.zone.addItems([z.value for z in TimeZone])
        times = QHBoxLayout()
        for widget in (self.start, QLabel(self.tr("sampai")), self.end, self.until_done, self.zone):
            times.addWidget(widget)
        times.addStretch(1)
        self.location = QLineEdit()
        self.organizer = QLineEdit()
        self.invitation = QLineEdit()
        self.invitation.setPlaceholderText("005/731/Kesbangpol/XI/2024")
        # The letter's date: empty until there is one; its calendar opens at the meeting's date.
        self.invitation_date = DateField(optional=True, empty_text=self.tr("belum ada"))
        invitation = QHBoxLayout()
        invitation.addWidget(self.invitation, 1)
        invitation.addWidget(QLabel(self.tr("tanggal")))
        invitation.addWidget(self.invitation_date)
        left.addRow(self.tr("Judul rapat"), self.title)
        left.addRow(self.tr("Jenis"), self.kind)
        left.addRow(self.tr("Tanggal"), self.date)
        left.addRow(self.tr("Waktu"), times)
        left.addRow(self.tr("Tempat"), self.location)
        left.addRow(self.tr("Penyelenggara"), self.organizer)
        left.addRow(self.tr("Nomor undangan"), invitation)
        right = QVBoxLayout()
        right.addWidget(QLabel(self.tr("Acara (satu baris satu acara)"), objectName="sectionTitle"))
        self.agenda = QPlainTextEdit()
        self.agenda.setTabChangesFocus(True)
        self.agenda.setPlaceholderText(self.tr("Pembukaan\nPaparan\nTanya jawab\nPenutup"))
        self.agenda.installEventFilter(self)
        right.addWidget(self.agenda, 1)
        officers = QGroupBox(self.tr("Pimpinan rapat (pilih dari direktori atau ketik)"))
        grid = QGridLayout(officers)
        for column, head in enumerate(
            (self.tr("Nama"), self.tr("Jabatan"), self.tr("Pangkat/Gol."), self.tr("NIP")), start=1
        ):
            grid.addWidget(QLabel(head, objectName="sectionTitle"), 0, column)
        labels = (self.tr("Ketua"), self.tr("Sekretaris"), self.tr("Notulis"))
        self.officers = {
            role: OfficerFields(grid, row, label, directory)
            for row, (role, label) in enumerate(zip(ROLES, labels, strict=True), start=1)
        }
        grid.setColumnStretch(1, 3)
        grid.setColumnStretch(2, 3)
        grid.setColumnStretch(3, 2)
        # The officers span the whole width below the details and the agenda, so that a long
        # position or rank reads whole.
        top = QHBoxLayout()
        top.addLayout(left, 3)
        top.addLayout(right, 2)
        outer.addLayout(top, 1)
        outer.addWidget(officers)
        for edit in self.findChildren(QLineEdit):  # a text cut at the field's end reads whole
            whole_text_tip(edit)
        self._connect()

    def _connect(self) -> None:
        self.title.editingFinished.connect(lambda: self._emit("title", self.title.text().strip()))
        self.kind.lineEdit().editingFinished.connect(
            lambda: self._emit("kind", self.kind.currentText().strip() or None)
        )
        self.date.editingFinished.connect(lambda: self._emit("date", self.date.day()))
        self.date.dateChanged.connect(
            lambda _d: setattr(self.invitation_date, "anchor", self.date.day())
        )
        self.start.editingFinished.connect(self._emit_times)
        self.end.editingFinished.connect(self._emit_times)
        self.until_done.toggled.connect(self._emit_times)
        self.until_done.toggled.connect(lambda done: self.end.setEnabled(not done))
        self.zone.currentTextChanged.connect(lambda zone: self._emit("timezone", zone))
        self.invitation_date.editingFinished.connect(
            lambda: self._emit("invitation_date", self.invitation_day())
        )
        for key, edit in (
            ("location", self.location),
            ("organizer", self.organizer),
            ("invitation_ref", self.invitation),
        ):
            edit.editingFinished.connect(
                lambda key=key, edit=edit: self._emit(key, edit.text().strip() or None)
            )
        for role, fields in self.officers.items():
            for edit in fields.edits():
                edit.editingFinished.connect(
                    lambda role=role, fields=fields: self._emit(role, fields.value())
                )

    def set_people(self, people: list[PersonRow]) -> None:
        """The directory's people, read in the background: the officers' names complete from it."""
        self.directory.clear()
        self.directory.update({p.name: p for p in people})
        for fields in self.officers.values():
            fields.completer.model().setStringList(sorted(self.directory))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.agenda and event.type() == QEvent.Type.FocusOut and not self._loading:
            self.agenda_edited.emit(self.agenda_lines())
        return super().eventFilter(watched, event)

    def _emit(self, key: str, value: Any) -> None:
        if not self._loading:
            self.edited.emit({key: value})

    def _emit_times(self) -> None:
        if not self._loading:
            self.edited.emit({"start_time": self.start_time(), "end_time": self.end_time()})

    def start_time(self) -> time:
        return self.start.time().toPython().replace(second=0, microsecond=0)

    def end_time(self) -> time | None:
        if self.until_done.isChecked():
            return None
        return self.end.time().toPython().replace(second=0, microsecond=0)

    def invitation_day(self) -> date | None:
        """The invitation letter's date, None while the field shows "belum ada"."""
        return self.invitation_date.day()

    def agenda_lines(self) -> list[str]:
        return [line.strip() for line in self.agenda.toPlainText().splitlines() if line.strip()]

    def values(self) -> dict[str, Any]:
        """Everything the form holds, as create_meeting's keyword arguments."""
        values: dict[str, Any] = {
            "title": self.title.text().strip(),
            "kind": self.kind.currentText().strip() or None,
            "date": self.date.day(),
            "start_time": self.start_time(),
            "end_time": self.end_time(),
            "timezone": self.zone.currentText(),
            "location": self.location.text().strip(),
            "organizer": self.organizer.text().strip() or None,
            "invitation_ref": self.invitation.text().strip() or None,
            "invitation_date": self.invitation_day(),
        }
        values.update({role: fields.value() for role, fields in self.officers.items()})
        return values

    def load(self, record: MeetingRecord) -> None:
        self._loading = True
        try:
            self.title.setText(record.title)
            self.kind.setCurrentText(record.kind or "")
            self.date.set_day(record.date)
            self.start.setTime(QTime(record.start_time.hour, record.start_time.minute))
            self.until_done.setChecked(record.end_time is None)
            if record.end_time is not None:
                self.end.setTime(QTime(record.end_time.hour, record.end_time.minute))
            self.zone.setCurrentText(record.timezone or TimeZone.WIB.value)
            self.location.setText(record.location)
            self.organizer.setText(record.organizer or "")
            self.invitation.setText(record.invitation_ref or "")
            dated = record.invitation_date
            self.invitation_date.set_day(dated)
            for role, fields in self.officers.items():
                fields.load(getattr(record, role))
            self.agenda.setPlainText("\n".join(record.agenda))
            for edit in self.findChildren(QLineEdit):
                edit.setCursorPosition(0)  # show the start of long names and positions
        finally:
            self._loading = False

    def set_read_only(self, read_only: bool) -> None:
        for child in self.findChildren(QWidget):
            if isinstance(child, QLineEdit | QComboBox | DateField | QTimeEdit | QCheckBox):
                child.setEnabled(not read_only)
        self.agenda.setReadOnly(read_only)


class NewMeetingDialog(QDialog):
    """Ctrl+N: the details of a new meeting; the meeting is created when the dialog is accepted."""

    def __init__(self, context: Context, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.meeting_id: int | None = None
        self.setWindowTitle(self.tr("Rapat baru"))
        layout = QVBoxLayout(self)
        self.banner = Banner()
        layout.addWidget(self.banner)
        self.form = MeetingForm([], self)
        self.form.zone.setCurrentText(office_zone(None))
        context.query(self, list_people, self.form.set_people, topic="people")
        context.query(self, get_profile, self._profile_read, topic="profile")
        layout.addWidget(self.form)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("Buat rapat"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Batal"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(1100, 560)

    def _profile_read(self, profile) -> None:
        """The office's default time zone, read in the background, unless one was chosen."""
        if self.form.zone.currentText() == office_zone(None):
            self.form.zone.setCurrentText(office_zone(profile.default_timezone))

    def accept(self) -> None:
        values, agenda = self.form.values(), self.form.agenda_lines()
        if not values["title"] or not values["location"]:
            self.banner.show_message(self.tr("Judul rapat dan tempat wajib diisi."), "error")
            (self.form.title if not values["title"] else self.form.location).setFocus()
            return

        def create(session) -> int:
            meeting_id = create_meeting(session, **values)
            set_agenda(session, meeting_id, agenda)
            return meeting_id

        def done(meeting_id: int) -> None:
            self.meeting_id = meeting_id
            super(NewMeetingDialog, self).accept()

        self.ok.setEnabled(False)  # stored in the background: a second Enter must not make two
        self.context.write(create, on_done=done, on_error=self._refused, changed="meeting")

    def _refused(self, error: RapatError) -> None:
        self.ok.setEnabled(True)
        self.banner.show_error(error)

    @classmethod
    def create(cls, parent: QWidget, context: Context) -> int | None:
        dialog = cls(context, parent)
        dialog.exec()
        return dialog.meeting_id
