"""A meeting's workspace: a header with title, date and status always in view, and the meeting's tabs.

Other parts of Rapat add their tabs with `add_tab`. The workspace owns the undo stack and the
autosaver its tabs share, the projector window, and the read-only state of a final meeting.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QHideEvent, QKeySequence, QShortcut, QUndoStack
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from rapat.errors import RapatError
from rapat.records.meeting import MeetingRecord
from rapat.services.attendance_list import AttendanceRow
from rapat.ui.context import Context
from rapat.ui.first_frame import after_first_frame
from rapat.ui.focus import next_focus
from rapat.ui.messages import error_text
from rapat.ui.tasks import run_task
from rapat.ui.text import long_date, meeting_status, meeting_time, short_date

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from rapat.ui.attendance_view import AttendanceView
    from rapat.ui.meeting_form import MeetingForm
    from rapat.ui.snapshot import Snapshot


class MeetingWorkspace(QWidget):
    closed = Signal()
    first_screen_shown = Signal()  # the Daftar Hadir built from a snapshot is on the screen

    def __init__(self, context: Context, meeting_id: int, first: Snapshot | None = None) -> None:
        """With first (what the last session showed, see rapat.ui.snapshot), the header paints from
        it, the Daftar Hadir is built from it once that first frame is on the screen, and both
        take in the live data when the database has been opened. Without it, the meeting is read
        off the GUI thread and the tabs are built when it arrives."""
        super().__init__()
        self.context = context
        self.meeting_id = meeting_id
        self.record: MeetingRecord | None = first.meeting if first is not None else None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.header_box = QWidget()  # the tabs' messages are laid over it (rapat.ui.messages)
        self.header_box.setLayout(self._header())
        self.header_box.layout().setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.header_box)
        layout.addWidget(self._final_bar())
        self.undo_stack = QUndoStack(self)
        self.autosaver = None
        self.notula = None
        self.action_items = None
        self.projector = None
        self._projector_update = None
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        layout.addWidget(self.tabs, 1)
        self.form: MeetingForm | None = None
        self.details = QScrollArea()
        self.add_tab(self.details, self.tr("Rincian"))
        self.attendance: AttendanceView | None = None
        self.attendance_page = self._page()
        self.add_tab(self.attendance_page, self.tr("Daftar Hadir"))
        self.notula_page = self._page()
        self.add_tab(self.notula_page, self.tr("Notula"))
        self.actions_page = self._page()
        self.add_tab(self.actions_page, self.tr("Tindak Lanjut"))
        self.documents = None
        self.documents_page = self._page()
        self.add_tab(self.documents_page, self.tr("Dokumen"))
        self.tabs.setCurrentWidget(self.attendance_page)
        self.tabs.currentChanged.connect(self._tab_shown)
        self.tabs.currentChanged.connect(self._banners_over_header)
        self.tabs.tabBarClicked.connect(lambda _i: QTimer.singleShot(0, self, self._focus_page))
        self.closed.connect(self.flush)
        self._shortcuts()
        self._render_header()
        if first is None:
            self.context.query(
                self, lambda s: self.load_live(s, meeting_id), self._arrived, self._not_read, "open"
            )
        else:
            after_first_frame(self, lambda: self._load_attendance_modules(first.attendance))

    def _arrived(self, live: tuple[MeetingRecord, list[AttendanceRow]]) -> None:
        """The meeting read in the background: the header, the Daftar Hadir (its invitees can be
        checked in at once) and the tab chosen meanwhile."""
        self.record, rows = live
        self._render_header()
        self._build_attendance(rows)
        self.attendance.show_live(rows)
        self._tab_shown(self.tabs.currentIndex())

    def _not_read(self, error: Exception) -> None:
        self.title.setText(self.tr("Rapat ini tidak dapat dibuka"))
        self.context.problem.emit(error_text(error))

    def _build_attendance(self, rows: list[AttendanceRow] | None = None) -> None:
        from rapat.ui.attendance_view import AttendanceView

        self.attendance = AttendanceView(self.context, self.meeting_id, self.is_final, rows)
        self.attendance.self_check_in.project.connect(self._project_check_in)
        self.attendance_page.layout().addWidget(self.attendance)
        self.attendance.show()  # at once, not queued: the window may already be on the screen
        self._banners_over_header()

    def _banners_over_header(self, _index: int = -1) -> None:
        """The tabs' messages cover the meeting's title, not the tabs' content: no blank band
        under the tabs, and nothing to click is hidden."""
        from rapat.ui.messages import Banner

        for banner in self.tabs.findChildren(Banner):
            banner.overlay_on(self.header_box)

    def _load_attendance_modules(self, rows: list[AttendanceRow]) -> None:
        """The Daftar Hadir of a snapshot comes once the header is on the screen: its modules load
        on a worker thread, where the GUI thread does not wait for them, then the view is built
        and painted in turns of the event loop."""

        def load() -> None:
            import rapat.ui.attendance_view  # noqa: F401 - loaded here, built on the GUI thread

        run_task(load, lambda _none: self._build_first_attendance(rows))

    def _build_first_attendance(self, rows: list[AttendanceRow]) -> None:
        """The Daftar Hadir of a snapshot, built once its modules are loaded."""
        if not isValid(self):  # closed meanwhile
            return
        self._build_attendance(rows)
        self.attendance.field.setFocus()  # staff at the door type at once
        if self.attendance.isVisible():
            after_first_frame(self.attendance, self.first_screen_shown.emit)
        else:  # another tab was chosen meanwhile: nothing of it to wait for
            QTimer.singleShot(0, self, self.first_screen_shown.emit)

    @staticmethod
    def load_live(session: Session, meeting_id: int) -> tuple[MeetingRecord, list[AttendanceRow]]:
        """What a workspace opened from a snapshot shows once the database is open (show_live)."""
        from rapat.services.meetings import load_details
        from rapat.ui.attendance_view import load_live

        return load_details(session, meeting_id), load_live(session, meeting_id)

    def show_live(self, live: tuple[MeetingRecord, list[AttendanceRow]]) -> None:
        """Replace what the snapshot showed with what load_live read."""
        self.record, attendance = live
        self._render_header()
        self.attendance.show_live(attendance)

    @property
    def can_check_in(self) -> bool:
        """Whether the Daftar Hadir is built and its check-in suggestions have loaded (at the
        start-up, the invitees': the directory's people follow)."""
        return self.attendance is not None and self.attendance.check_in.pool is not None

    @property
    def is_final(self) -> bool:
        """Whether the meeting is read-only here: it is final, or this login may only read
        (rapat_baca); every tab then shows it without a way to change it."""
        return self.context.read_only or (self.record is not None and self.record.status == "final")

    def add_tab(self, widget: QWidget, title: str) -> int:
        """Add a tab; Alt+number in its tooltip order switches to it."""
        index = self.tabs.addTab(widget, title)
        self.tabs.setTabToolTip(index, f"{title} (Alt+{index + 1})")
        return index

    def _switch_to(self, index: int) -> None:
        if index < self.tabs.count():
            self.tabs.setCurrentIndex(index)
            self._focus_page()

    def _focus_page(self) -> None:
        """Alt+number or a click on a tab puts the cursor in the tab's first field, unless it
        is there already: the field left behind is hidden, and typing must not go nowhere."""
        page = self.tabs.currentWidget()
        if page is self.notula_page and self.notula is not None and not self.notula.loaded:
            self.notula.when_loaded(self._focus_page)  # its fields come with the minutes
            return
        focused = QApplication.focusWidget()
        if focused is not None and focused is not page and page.isAncestorOf(focused):
            return
        widget = next_focus(page.nextInFocusChain(), page)
        if widget is not None:
            widget.setFocus(Qt.FocusReason.TabFocusReason)

    def _header(self) -> QHBoxLayout:
        header = QHBoxLayout()
        back = QToolButton()
        back.setText("←")
        back.setToolTip(self.tr("Kembali ke daftar rapat (Alt+Kiri)"))
        back.setShortcut(QKeySequence("Alt+Left"))
        back.setAutoRaise(True)
        back.clicked.connect(self.closed)
        header.addWidget(back, 0, Qt.AlignmentFlag.AlignTop)
        text = QVBoxLayout()
        text.setSpacing(0)
        self.title = QLabel(objectName="pageTitle")
        self.title.setWordWrap(True)
        self.when = QLabel()
        text.addWidget(self.title)
        text.addWidget(self.when)
        header.addLayout(text, 1)
        self.status = QLabel(objectName="statusBadge")
        header.addWidget(self.status, 0, Qt.AlignmentFlag.AlignTop)
        return header

    def _render_header(self) -> None:
        r = self.record
        if r is None:  # still being read
            self.title.setText(self.tr("Membuka rapat…"))
            self.final_bar.setVisible(False)
            return
        self.title.setText(r.title)
        place = f" · {r.location}" if r.location else ""
        self.when.setText(
            f"{long_date(r.date)} · {meeting_time(r.start_time, r.timezone, r.end_time)}{place}"
        )
        label = meeting_status(r.status)
        if r.revision > 1:
            label = self.tr("{status} · revisi {n}").format(status=label, n=r.revision)
        self.status.setText(label)
        final = r.status == "final"
        self.status.setProperty("final", final)
        self.final_text.setText(
            self.tr(
                "Rapat ini sudah final (revisi {n}) dan hanya dapat dibaca. Perbaikan dibuat "
                "sebagai revisi baru yang ditandatangani lagi."
            ).format(n=r.revision)
        )
        self.final_bar.setVisible(final)
        self.revise_button.setEnabled(not self.context.read_only)
        self.status.style().unpolish(self.status)
        self.status.style().polish(self.status)

    def _tab_shown(self, index: int) -> None:
        self.flush()
        if self.record is None:  # built once the meeting has been read (_arrived)
            return
        widget = self.tabs.widget(index)
        if widget is self.details and self.form is None:
            self.show_details()
        elif widget is self.notula_page and self.notula is None:
            self._build_notula()
        elif widget is self.actions_page and self.action_items is None:
            self._build_actions()
        elif widget is self.documents_page and self.documents is None:
            self._build_documents()

    # -- minutes, actions, autosave and undo -----------------------------------------------------

    @staticmethod
    def _page() -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        return page

    def _shortcuts(self) -> None:
        for keys, slot in (
            (QKeySequence.StandardKey.Undo, self.undo_stack.undo),
            (QKeySequence("Ctrl+Shift+Z"), self.undo_stack.redo),
            (QKeySequence.StandardKey.Redo, self.undo_stack.redo),
            (QKeySequence("F5"), self.show_projector),
            (QKeySequence("Ctrl+B"), self.toggle_freeze),
            (QKeySequence("Ctrl+Shift+R"), self.make_revision),
            # Shortcuts rather than keyPressEvent: a line edit would type Alt+3 as "3".
            *((QKeySequence(f"Alt+{n + 1}"), lambda n=n: self._switch_to(n)) for n in range(9)),
        ):
            shortcut = QShortcut(keys, self, activated=slot)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)

    def _autosaver(self):
        if self.autosaver is None:
            from rapat.ui.autosave import Autosaver

            self.autosaver = Autosaver(self.context, self)
        return self.autosaver

    def show_notula(self):
        """The Notula tab, built the first time it is needed (None while the meeting is being
        read: it is built when it arrives)."""
        if self.notula is None and self.record is not None:
            self._build_notula()
        self.tabs.setCurrentWidget(self.notula_page)
        return self.notula

    def show_action_items(self):
        if self.action_items is None and self.record is not None:
            self._build_actions()
        self.tabs.setCurrentWidget(self.actions_page)
        return self.action_items

    def show_documents(self):
        """The Dokumen tab, built the first time it is needed: it brings PDF and signing code."""
        if self.documents is None and self.record is not None:
            self._build_documents()
        self.tabs.setCurrentWidget(self.documents_page)
        return self.documents

    def _build_documents(self) -> None:
        from rapat.ui.documents_tab import DocumentsTab

        self.documents = DocumentsTab(self.context, self.meeting_id)
        self.documents.finished.connect(self._document_finished)
        self.documents_page.layout().addWidget(self.documents)
        self.documents.show()

    def _build_notula(self) -> None:
        from rapat.ui.notula_view import NotulaView

        self.notula = NotulaView(
            self.context, self.meeting_id, self.undo_stack, self._autosaver(), self.is_final
        )
        self.notula.reveal.connect(lambda: self.tabs.setCurrentWidget(self.notula_page))
        self.notula.project.connect(self.show_projector)
        self.notula.make_action.connect(self._make_action)
        self.notula.changed.connect(self._refresh_projector)
        self.notula_page.layout().addWidget(self.notula)
        self.notula.show()  # at once, not queued: a shortcut may act on it in the same key press

    def _build_actions(self) -> None:
        from rapat.ui.action_items_view import ActionItemsView

        self.action_items = ActionItemsView(
            self.context, self.meeting_id, self.undo_stack, self._autosaver(), self.is_final
        )
        self.action_items.reveal.connect(lambda: self.tabs.setCurrentWidget(self.actions_page))
        self.action_items.changed.connect(self._refresh_projector)
        self.actions_page.layout().addWidget(self.action_items)
        self.action_items.show()

    def _make_action(self, request: dict) -> None:
        """Ctrl+T in the Notula: the action is made in the Tindak Lanjut tab; typing goes on."""
        if self.action_items is None:
            self._build_actions()
        self.action_items.create(request, self._made_action)

    def _made_action(self, _action_id: int) -> None:
        if self.notula is not None:
            self.notula.banner.show_message(
                self.tr("Dijadikan tindak lanjut ({tab}, Alt+{n}).").format(
                    tab=self.tr("Tindak Lanjut"), n=self.tabs.indexOf(self.actions_page) + 1
                ),
                "ok",
            )

    def flush(self) -> None:
        """Store what is still pending: on tab change, hiding, closing and before a revision."""
        if self.autosaver is not None:
            self.autosaver.flush()

    def hideEvent(self, event: QHideEvent) -> None:
        self.flush()
        super().hideEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.flush()
        if self.projector is not None:
            self.projector.close()
        super().closeEvent(event)

    # -- the projector ---------------------------------------------------------------------------

    def show_projector(self) -> None:
        """F5: the second window for the room, following the editor."""
        from rapat.ui.projector_view import ProjectorView

        if self.notula is None:
            self.show_notula()
        if self.action_items is None:
            self._build_actions()
        if self.projector is None:
            self.projector = ProjectorView()
            self.destroyed.connect(self.projector.close)
            # Queued: when the workspace itself goes, its end closes the projector and the
            # call to a workspace no longer there is dropped.
            self.projector.closed.connect(
                self._back_from_projector, Qt.ConnectionType.QueuedConnection
            )
        self.projector.show_content(self.projector_content())
        if not self.projector.place(self.window()):
            self.window().activateWindow()  # on another screen: typing goes on in the editor

    def _back_from_projector(self) -> None:
        """Esc or Kembali on the projector: the editor has the keyboard again."""
        window = self.window()
        if window.isVisible():
            window.raise_()
            window.activateWindow()

    def _project_check_in(self, url: str) -> None:
        """Put self check-in's QR code on the projector (opening it), or take it off ("")."""
        if url:
            self.show_projector()
        if self.projector is not None:
            self.projector.show_check_in(url)

    def toggle_freeze(self) -> None:
        """Ctrl+B from the editor: freeze or thaw the projector while something is corrected."""
        if self.projector is not None and self.projector.isVisible():
            self.projector.freeze.toggle()

    def projector_content(self):
        from rapat.ui.projector_view import ProjectorContent

        snapshot = self.notula.snapshot()
        actions = []
        for row in self.action_items.rows() if self.action_items else []:
            due = self.tr(" · tenggat {date}").format(date=short_date(row.due)) if row.due else ""
            actions.append(f"{row.description} — {row.institution}{due}")
        return ProjectorContent(
            meeting=self.record,
            agenda=snapshot.agenda,
            current=snapshot.current,
            points=snapshot.points,
            decisions=snapshot.decisions,
            actions=actions,
        )

    def _refresh_projector(self) -> None:
        if self.projector is None or not self.projector.isVisible():
            return
        if self._projector_update is None:
            from superqt.utils import qthrottled

            self._projector_update = qthrottled(
                lambda: self.projector.show_content(self.projector_content()), timeout=150
            )
        self._projector_update()

    # -- final meetings --------------------------------------------------------------------------

    def _final_bar(self) -> QFrame:
        self.final_bar = QFrame(objectName="finalBar")
        row = QHBoxLayout(self.final_bar)
        row.setContentsMargins(10, 6, 6, 6)
        self.final_text = QLabel()
        self.final_text.setWordWrap(True)
        row.addWidget(self.final_text, 1)
        self.revise_button = QPushButton(self.tr("Buat revisi…"))
        self.revise_button.setToolTip(self.tr("Buka revisi baru dengan alasan (Ctrl+Shift+R)"))
        self.revise_button.clicked.connect(self.make_revision)
        row.addWidget(self.revise_button)
        return self.final_bar

    def make_revision(self) -> None:
        """Buat revisi: ask why, reopen the meeting as its next revision, and make the tabs editable."""
        from rapat.services.finalize import amend
        from rapat.ui.reason_dialog import ReasonDialog

        if self.record.status != "final" or self.context.read_only:
            return
        reason, ok = ReasonDialog.get_reason(self)
        if not ok or not reason:
            return
        meeting = self.meeting_id
        self.context.write(
            lambda s: amend(s, meeting, reason),
            lambda _rev: self._reopen(),
            self._refused,
            "meeting",
        )

    def _document_finished(self, action: str) -> None:
        if action == "finalize":
            self._reopen()

    def _reopen(self) -> None:
        """Read the meeting again (off the GUI thread), then rebuild the editing tabs in their
        places to match its status: read-only once it is finalized, editable again after a new
        revision."""
        from rapat.services.meetings import load_details

        meeting = self.meeting_id
        self.context.query(
            self, lambda s: load_details(s, meeting), self._reopened, self._refused, "reopen"
        )

    def _reopened(self, record: MeetingRecord) -> None:
        self.record = record
        self._render_header()
        self.undo_stack.clear()
        current = self.tabs.currentIndex()
        if self.attendance is not None:
            self.attendance.self_check_in.close_check_in()  # a final meeting takes no phones
            self.attendance_page.layout().removeWidget(self.attendance)
            self.attendance.deleteLater()
        self._build_attendance()
        for name, page, build in (
            ("notula", self.notula_page, self._build_notula),
            ("action_items", self.actions_page, self._build_actions),
        ):
            view = getattr(self, name)
            if view is not None:
                page.layout().removeWidget(view)
                view.deleteLater()
                build()
        if self.form is not None:
            self._fill_details(self.details)  # on the new status and version
        self.tabs.setCurrentIndex(current)

    def show_details(self) -> MeetingForm:
        """Build the details form the first time it is needed (the directory it completes
        officers' names from is read in the background)."""
        if self.form is None and self.record is not None:
            self._fill_details(self.details)
        self.tabs.setCurrentWidget(self.details)
        return self.form

    def _fill_details(self, scroll: QScrollArea) -> None:
        from rapat.ui.details_editor import DetailsEditor

        self.details_editor = DetailsEditor(self.context, self.record, self.is_final)
        self.details_editor.stored.connect(self._details_stored)
        self.form = self.details_editor.form
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        inner = QWidget()
        box = QVBoxLayout(inner)
        box.setContentsMargins(0, 8, 8, 8)
        box.addWidget(self.details_editor)
        scroll.setWidget(inner)

    def _details_stored(self, record: MeetingRecord) -> None:
        """A change of the details form is stored: the header shows it."""
        self.record = replace(record, status=self.record.status, revision=self.record.revision)
        self._render_header()
        self._refresh_projector()  # its title and time

    def _refused(self, error: RapatError) -> None:
        self.context.problem.emit(error.message)
