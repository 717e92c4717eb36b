"""Daftar Hadir: check-in at the door with one field, walk-ins, representatives, signatures, counts.

The tab is put together from rooms of their own: the check-in box (check_in_box.py), the walk-in
form (walk_in_form.py), the table and its model (attendance_table.py, attendance_model.py), the
commands on the selected row (attendance_row_actions.py) and the counts (attendance_counts.py).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QSplitter, QVBoxLayout, QWidget

from rapat.errors import Conflict, RapatError
from rapat.models.vocabulary import AttendanceStatus
from rapat.services.attendance_list import AttendanceRow, Suggestion, SuggestionPool
from rapat.ui.attendance_counts import CountsPanel
from rapat.ui.attendance_row_actions import RowActions
from rapat.ui.attendance_table import AttendanceTable
from rapat.ui.check_in_box import CheckInBox
from rapat.ui.context import Context
from rapat.ui.lazy import lazy_module
from rapat.ui.messages import Banner
from rapat.ui.self_check_in_panel import SelfCheckInPanel
from rapat.ui.text import hhmm
from rapat.ui.walk_in_form import WalkInForm

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

att = lazy_module("rapat.services.attendance")
directory = lazy_module("rapat.services.directory")


def load_live(session: Session, meeting_id: int) -> list[AttendanceRow]:
    """What the Daftar Hadir shows once the database is open (for AttendanceView.show_live)."""
    return att.list_attendance(session, meeting_id)


def _suggestions(session: Session, meeting_id: int) -> tuple[SuggestionPool, list[str]]:
    """The check-in suggestions and the institutions the walk-in form offers."""
    pool = att.suggestion_pool(session, meeting_id)
    return pool, _institution_names(session)


def _directory(session: Session) -> tuple[list[tuple[Suggestion, str | None]], list[str]]:
    """The directory's people as check-in candidates, and the institutions' names."""
    return att.directory_suggestions(session), _institution_names(session)


def _institution_names(session: Session) -> list[str]:
    return [i.name for i in directory.list_institutions(session)]


class AttendanceView(QWidget):
    """The Daftar Hadir tab; every check-in and signature is stored the moment it is made."""

    def __init__(
        self,
        context: Context,
        meeting_id: int,
        read_only: bool = False,
        rows: list[AttendanceRow] | None = None,
    ) -> None:
        """rows, when given, are what the last session showed (rapat.ui.snapshot), until the
        start-up hands over the live list (load_live, show_live); otherwise the list loads now
        and the suggestions in the background once the database is open."""
        super().__init__()
        self.context = context
        self.meeting_id = meeting_id
        self.read_only = read_only
        self.loaded = False  # the rows are on the table (read in the background at first)
        self._build()
        if rows is None:
            self.load()
            context.when_open(self._load_pool)
        else:
            self._show_rows(rows)

    # -- layout ----------------------------------------------------------------------------------

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        self.banner = Banner()
        layout.addWidget(self.banner)
        self.check_in = CheckInBox(self)
        self.field = self.check_in.field
        self.check_in.chosen.connect(self._check_in)
        self.check_in.walk_in.connect(lambda typed: self.panel.open_walk_in(typed))
        self.check_in.nothing_typed.connect(
            lambda: self.banner.show_message(
                self.tr("Ketik nama atau instansi peserta dulu."), "error"
            )
        )
        menu = self.check_in.invite_menu
        menu.addAction(self.tr("Undang instansi…"), self.invite_institution)
        menu.addAction(self.tr("Undang orang dari direktori…"), self.invite_person)
        menu.addAction(self.tr("Salin undangan dari rapat lain…"), self.copy_invitees)
        menu.addAction(self.tr("Impor daftar undangan (Excel/CSV)…"), self.import_invitees)
        layout.addWidget(self.check_in)
        self.self_check_in = SelfCheckInPanel(self.context, self.meeting_id, self.read_only)
        self.self_check_in.arrived.connect(self._arrived)
        layout.addWidget(self.self_check_in)
        self.panel = WalkInForm()
        self.panel.submitted.connect(self._panel_submitted)
        self.panel.cancelled.connect(self.field.setFocus)
        layout.addWidget(self.panel)
        self.participants = AttendanceTable()
        self.model, self.proxy, self.table = (
            self.participants.model,
            self.participants.proxy,
            self.participants.table,
        )
        self.row_actions = RowActions(
            self.context,
            self.participants,
            self.banner,
            self.read_only,
            self.represent,
            self._refused,
        )
        self.participants.add_commands(self.row_actions.commands())
        self.row_actions.stored.connect(self._show_row)
        self.row_actions.reordered.connect(self._reordered)
        self.row_actions.removed.connect(self._removed)
        self.counts = CountsPanel()
        splitter = QSplitter()
        splitter.addWidget(self.participants)
        splitter.addWidget(self.counts)
        splitter.setStretchFactor(0, 4)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([900, 270])
        layout.addWidget(splitter, 1)
        self._shortcut("Ctrl+K", self.check_in.focus)
        self._shortcut("Ctrl+D", self.represent)
        self._shortcut("Ctrl+T", self.row_actions.sign)
        self._shortcut(
            "Ctrl+H", lambda: self.row_actions.set_status(AttendanceStatus.PRESENT.value)
        )
        self._shortcut(
            "Ctrl+I", lambda: self.row_actions.set_status(AttendanceStatus.EXCUSED.value)
        )
        self._shortcut("Ctrl+G", lambda: self.participants.group_box.toggle())
        if self.read_only:
            self.check_in.set_enabled(False)
            self.participants.command_bar.setEnabled(False)
            reason = (
                self.tr("Login Anda hanya dapat membaca: daftar hadir tidak dapat diubah.")
                if self.context.read_only
                else self.tr("Rapat ini sudah final: daftar hadir hanya dapat dibaca.")
            )
            self.banner.show_message(reason, "info", 0)

    def _shortcut(self, keys: str, slot) -> None:
        shortcut = QShortcut(QKeySequence(keys), self, activated=slot)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)

    # -- data ------------------------------------------------------------------------------------

    def load(self) -> None:
        """Read the rows (again) off the GUI thread: at opening, after invitations were added, or
        when another desk checked someone in; what is typed in the check-in field stays."""
        meeting_id = self.meeting_id
        self.context.query(
            self, lambda s: att.list_attendance(s, meeting_id), self._show_rows, topic="rows"
        )

    def reload_in_background(self) -> None:
        """The rows changed elsewhere (rapat.live): read them again, as load."""
        self.load()

    def _show_rows(self, rows: list[AttendanceRow]) -> None:
        self.model.set_rows(rows)
        self._update_counts()
        self.loaded = True

    def show_live(self, rows: list[AttendanceRow]) -> None:
        """Take in what load_live read when the database was opened behind a snapshot: the
        invitees can be checked in at once, the directory joins the suggestions when read."""
        self._show_rows(rows)
        self.check_in.set_pool(SuggestionPool.of_invitees(rows))
        self.context.query(self, _directory, self._directory_ready, topic="suggestions")

    def _directory_ready(
        self, result: tuple[list[tuple[Suggestion, str | None]], list[str]]
    ) -> None:
        people, names = result
        pool = self.check_in.pool
        pool.add_directory(people)
        self._pool_ready((pool, names))

    def _load_pool(self) -> None:
        """The check-in suggestions and the institutions' names, read in the background (a
        failure is raised: the check run of the start-up must not pass without them)."""
        meeting_id = self.meeting_id

        def build(session) -> tuple[SuggestionPool, list[str]]:
            return _suggestions(session, meeting_id)

        self.context.query(self, build, self._pool_ready, topic="suggestions")

    def _pool_ready(self, result: tuple[SuggestionPool, list[str]]) -> None:
        pool, names = result
        self.panel.set_institutions(names)
        self.check_in.set_pool(pool)

    def _update_counts(self) -> None:
        invited = self.counts.count(self.model.rows())
        self.participants.empty.setVisible(invited == 0)

    def _show_row(self, row: AttendanceRow) -> None:
        """Take in a stored change: the row, the suggestions and the counts, then select it."""
        position = self.model.replace_row(row)
        self.check_in.update_pool(row)
        self._update_counts()
        self.participants.select_position(position)

    def _arrived(self, row: AttendanceRow) -> None:
        """Take in a check-in made on a phone without moving the desk's selection."""
        self.model.replace_row(row)
        self.check_in.update_pool(row)
        self._update_counts()
        self.banner.show_message(self.self_check_in.show_arrival(row), "ok")
        self.context.changed.emit("attendance")

    def _reordered(self, rows: list[AttendanceRow], participant_id: int) -> None:
        self.model.set_rows(rows)
        self.participants.select_position(self.model.row_of(participant_id))

    def _removed(self, row: AttendanceRow) -> None:
        self.model.remove_row(row.id)
        self._update_counts()
        self._load_pool()  # check-in no longer suggests the line
        self.banner.show_message(
            self.tr("{name} dihapus dari daftar hadir.").format(name=row.name), "ok"
        )

    # -- check-in --------------------------------------------------------------------------------

    def _check_in(self, chosen: Suggestion) -> None:
        if chosen.participant_id is not None:
            pid = chosen.participant_id
            self.context.write(
                lambda s: att.check_in(s, pid), self._checked_in, self._refused, "attendance"
            )
        else:
            person, meeting = chosen.person_id, self.meeting_id
            self.context.write(
                lambda s: att.check_in_person(s, meeting, person),
                self._checked_in,
                self._refused,
                "attendance",
            )

    def _checked_in(self, row: AttendanceRow) -> None:
        self.field.clear()
        self.panel.hide()
        self._show_row(row)
        self.banner.show_message(self._confirmation(row), "ok")
        self.field.setFocus()

    def _confirmation(self, row: AttendanceRow) -> str:
        """What was recorded, in the status stored and with names as typed."""
        if row.status == AttendanceStatus.EXCUSED:
            return self.tr("{name} tercatat izin.").format(name=row.name)
        if row.status == AttendanceStatus.REPRESENTED and row.representing:
            return self.tr("{name} tercatat hadir mewakili {whom} pukul {time}.").format(
                name=row.name, whom=row.representing, time=hhmm(row.check_in)
            )
        return self.tr("{name} tercatat hadir pukul {time}.").format(
            name=row.name, time=hhmm(row.check_in)
        )

    def _refused(self, error: RapatError) -> None:
        self.banner.show_error(error)
        self.field.selectAll()

    def _panel_submitted(self, values: dict) -> None:
        meeting = self.meeting_id
        if self.panel.mode == "represent":
            pid = self.panel.participant_id
            position = self.model.row_of(pid)
            version = self.model.row_at(position).version if position >= 0 else None
            work = lambda s: att.mark_represented(  # noqa: E731
                s, pid, values["name"], values["position"], version=version
            )
        else:
            status = self.panel.status()
            work = lambda s: att.add_walk_in(  # noqa: E731
                s,
                meeting,
                values["name"],
                values["institution"],
                position=values["position"],
                representing=values["representing"],
                status=status,
            )
        self.context.write(work, self._checked_in, self._panel_refused, "attendance")

    def _panel_refused(self, error: RapatError) -> None:
        """The form stays open with what was typed; a line someone else changed meanwhile is
        shown as stored."""
        self.panel.refuse(error.message)
        if isinstance(error, Conflict) and self.panel.participant_id is not None:
            pid = self.panel.participant_id
            self.context.query(
                self, lambda s: att.attendance_row(s, pid), self.model.replace_row, topic="line"
            )

    def represent(self) -> None:
        """Diwakili: for the highlighted suggestion while typing, else the selected row."""
        chosen = self.check_in.current()
        if chosen is not None and chosen.participant_id is not None:
            self.panel.open_represent(chosen.participant_id, chosen.position or chosen.name)
            return
        row = self.participants.selected_row()
        if row is None:
            self.banner.show_message(self.tr("Pilih dulu peserta yang diwakili."), "error")
            return
        self.panel.open_represent(row.id, row.position or row.name)

    # -- invitations -----------------------------------------------------------------------------

    def _after_invite(self, added: int) -> None:
        self.load()
        self._load_pool()
        self.banner.show_message(self.tr("{n} undangan ditambahkan.").format(n=added), "ok")

    def _open_picker(self, dialog: QDialog) -> None:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.added.connect(self._after_invite)
        dialog.open()

    def invite_institution(self) -> None:
        from rapat.ui.invite_dialog import InstitutionPicker

        self._open_picker(InstitutionPicker(self.context, self.meeting_id, self))

    def invite_person(self) -> None:
        from rapat.ui.invite_dialog import PersonPicker

        self._open_picker(PersonPicker(self.context, self.meeting_id, self))

    def import_invitees(self) -> None:
        """Open the invitation-list import; the list is reloaded when rows were imported."""
        from rapat.ui.participant_import_dialog import ParticipantImportDialog

        dialog = ParticipantImportDialog(self.context, self.meeting_id, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.imported.connect(self._after_invite)
        dialog.open()

    def copy_invitees(self) -> None:
        from rapat.ui.invite_dialog import MeetingPicker

        self._open_picker(MeetingPicker(self.context, self.meeting_id, self))
