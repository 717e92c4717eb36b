"""The Rincian tab's content: the meeting's details form, each change sent with the version of the
meeting it was read at, and above the form the panel of a change refused because someone else
changed the meeting meanwhile.

A refused change whose fields the other person left as they were (they changed other fields, or
this window changed the opening in the Notula) is stored again on the new version. Otherwise the
panel names the fields where the stored values differ from the person's, which stay in the form
until they choose: "Pakai teks saya" stores theirs over the newer version, "Pakai teks mereka"
puts the stored values into the form.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, time
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget
from shiboken6 import isValid

from rapat.errors import Conflict, RapatError
from rapat.models.officer import Officer
from rapat.records.meeting import MeetingRecord
from rapat.ui.conflict_panel import ConflictPanel
from rapat.ui.context import Context, StoredId
from rapat.ui.lazy import lazy_module
from rapat.ui.meeting_form import MeetingForm
from rapat.ui.text import hhmm, long_date

meetings = lazy_module("rapat.services.meetings")
directory = lazy_module("rapat.services.directory")

# The form's fields in the order the panel names them (the agenda is its own write).
FIELDS = (
    "title",
    "kind",
    "date",
    "start_time",
    "end_time",
    "timezone",
    "location",
    "organizer",
    "invitation_ref",
    "invitation_date",
    "chair",
    "secretary",
    "note_taker",
)


class DetailsEditor(QWidget):
    """The details form of a meeting's workspace, and the conflict panel above it."""

    stored = Signal(object)  # the MeetingRecord as now stored by this window (the header follows)

    def __init__(
        self,
        context: Context,
        record: MeetingRecord,
        read_only: bool,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.meeting_id = record.id
        self.record = record  # what the form's values were read as: a change is what differs
        self.version = StoredId(record.id, record.version)
        self.agenda_versions = list(record.agenda_versions)
        self.conflict: ConflictPanel | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.form = MeetingForm([], self)
        layout.addWidget(self.form)
        self.form.load(record)
        self.form.set_read_only(read_only)
        self.form.edited.connect(self._store_details)
        self.form.agenda_edited.connect(self._store_agenda)
        context.query(self, directory.list_people, self.form.set_people, topic="people")

    # -- the details -----------------------------------------------------------------------------

    def _store_details(self, change: dict) -> None:
        if all(getattr(self.record, key, None) == value for key, value in change.items()):
            return
        if change.get("title") == "" or change.get("location") == "":
            self.context.problem.emit(self.tr("Judul rapat dan tempat wajib diisi."))
            self.form.load(self.record)
            return
        self._write_details(change)

    def _write_details(self, change: dict[str, Any]) -> None:
        meeting, stored = self.meeting_id, self.version

        def committed(version: int) -> None:
            stored.version = version

        self.context.write(
            lambda s: meetings.update_meeting(s, meeting, version=stored.version, **change),
            on_done=lambda _version: self._details_stored(change),
            on_error=lambda error: self._details_refused(change, error),
            changed="meeting",
            on_commit=committed,
        )

    def _details_stored(self, change: dict[str, Any]) -> None:
        self.record = replace(self.record, version=self.version.version, **change)
        self.stored.emit(self.record)

    def _details_refused(self, change: dict[str, Any], error: Exception) -> None:
        if not isinstance(error, Conflict):
            self._refused(error)
        elif all(error.theirs.get(key) == getattr(self.record, key) for key in change):
            self.version.version = error.version  # they changed other fields: this one stands
            self._write_details(change)
        else:
            self._load_conflict(error)

    # -- the agenda ------------------------------------------------------------------------------

    def _store_agenda(self, lines: list[str]) -> None:
        if lines == self.record.agenda:
            return
        self._write_agenda(lines)

    def _write_agenda(self, lines: list[str]) -> None:
        meeting = self.meeting_id

        def committed(versions: list[int]) -> None:
            self.agenda_versions = versions

        self.context.write(
            lambda s: meetings.set_agenda(s, meeting, lines, versions=self.agenda_versions),
            on_done=lambda _versions: self._agenda_stored(lines),
            on_error=lambda error: self._agenda_refused(lines, error),
            changed="meeting",
            on_commit=committed,
        )

    def _agenda_stored(self, lines: list[str]) -> None:
        self.record = replace(self.record, agenda=lines, agenda_versions=self.agenda_versions)
        self.stored.emit(self.record)

    def _agenda_refused(self, lines: list[str], error: Exception) -> None:
        if not isinstance(error, Conflict):
            self._refused(error)
        else:
            self._load_conflict(error)

    def _refused(self, error: RapatError) -> None:
        self.context.problem.emit(error.message)
        self.form.load(self.record)

    # -- a conflict ------------------------------------------------------------------------------

    def _load_conflict(self, conflict: Conflict) -> None:
        """Read the meeting as stored now (off the GUI thread), then show what differs."""
        meeting = self.meeting_id
        self.context.query(
            self,
            lambda s: meetings.load_details(s, meeting),
            lambda theirs: self._show_conflict(conflict, theirs),
            self._refused,
            topic="conflict",
        )

    def differing(self, theirs: MeetingRecord) -> list[str]:
        """The fields (and "agenda") whose stored value is not what the form shows."""
        mine = self.form.values()
        fields = [key for key in FIELDS if not _same(getattr(theirs, key), mine[key])]
        if theirs.agenda != self.form.agenda_lines():
            fields.append("agenda")
        return fields

    def _show_conflict(self, conflict: Conflict, theirs: MeetingRecord) -> None:
        fields = self.differing(theirs)
        if self.conflict is not None and isValid(self.conflict):
            self.conflict.deleteLater()
        self.conflict = None
        if not fields:  # the stored values are the person's already
            self._adopt(theirs)
            return
        mine = self.form.values()
        agenda = self.form.agenda_lines()

        def keep_mine() -> None:
            self._adopt(theirs)
            details = {key: mine[key] for key in fields if key != "agenda"}
            if details:
                self._write_details(details)
            if "agenda" in fields:
                self._write_agenda(agenda)

        def take_theirs() -> None:
            self._adopt(theirs)
            self.form.load(theirs)

        def unsaved() -> dict:
            return {
                "what": "details",
                "meeting": self.meeting_id,
                "text": "\n".join(
                    f"{self.label(key)}: {self.shown(key, mine, agenda)}" for key in fields
                ),
            }

        text = "\n".join(f"{self.label(key)}: {self.shown(key, vars(theirs))}" for key in fields)
        self.conflict = ConflictPanel(conflict, text, keep_mine, take_theirs, unsaved, self)
        names = ", ".join(self.label(key) for key in fields)
        self.conflict.message.setText(
            self.tr("{message} Isian yang berbeda: {fields}.").format(
                message=conflict.message, fields=names
            )
        )
        self.layout().insertWidget(0, self.conflict)

    def _adopt(self, theirs: MeetingRecord) -> None:
        """The stored meeting becomes what the form's values are compared with and based on."""
        self.record = theirs
        self.version.version = theirs.version
        self.agenda_versions = list(theirs.agenda_versions)

    def label(self, key: str) -> str:
        return {
            "title": self.tr("Judul rapat"),
            "kind": self.tr("Jenis"),
            "date": self.tr("Tanggal"),
            "start_time": self.tr("Jam mulai"),
            "end_time": self.tr("Jam selesai"),
            "timezone": self.tr("Zona waktu"),
            "location": self.tr("Tempat"),
            "organizer": self.tr("Penyelenggara"),
            "invitation_ref": self.tr("Nomor undangan"),
            "invitation_date": self.tr("Tanggal undangan"),
            "chair": self.tr("Ketua"),
            "secretary": self.tr("Sekretaris"),
            "note_taker": self.tr("Notulis"),
            "agenda": self.tr("Acara"),
        }[key]

    def shown(self, key: str, values: dict[str, Any], agenda: list[str] | None = None) -> str:
        """A field's value as the panel writes it."""
        value = values.get(key) if key != "agenda" or agenda is None else agenda
        if key == "agenda":
            return "; ".join(value or [])
        if isinstance(value, Officer):
            return ", ".join(filter(None, (value.name, value.position, value.nip))) or "-"
        if isinstance(value, date):
            return long_date(value)
        if isinstance(value, time):
            return hhmm(value)
        if key == "end_time" and value is None:
            return self.tr("s.d. selesai")
        return value or "-"


def _same(stored: Any, shown: Any) -> bool:
    """Whether a stored value is what the form shows (an empty text is no text)."""
    if isinstance(stored, str | None) and isinstance(shown, str | None):
        return (stored or "").strip() == (shown or "").strip()
    if isinstance(stored, Officer) and isinstance(shown, Officer):
        return all(
            (getattr(stored, part) or "") == (getattr(shown, part) or "")
            for part in ("name", "position", "nip", "rank")
        )
    return stored == shown
