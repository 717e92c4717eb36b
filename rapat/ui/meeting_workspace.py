"""A meeting's workspace: a header with title, date and status always in view, and the meeting's tabs.

Other parts of Rapat add their tabs with `add_tab`.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from rapat.errors import RapatError
from rapat.services.directory import list_people
from rapat.services.meetings import load_details, set_agenda, update_meeting
from rapat.services.records import MeetingRecord
from rapat.ui.attendance_view import AttendanceView
from rapat.ui.context import Context
from rapat.ui.meeting_form import MeetingForm
from rapat.ui.text import long_date, meeting_status, meeting_time


class MeetingWorkspace(QWidget):
    closed = Signal()

    def __init__(self, context: Context, meeting_id: int) -> None:
        super().__init__()
        self.context = context
        self.meeting_id = meeting_id
        self.record: MeetingRecord = context.read(lambda s: load_details(s, meeting_id))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self._header())
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        layout.addWidget(self.tabs, 1)
        self.form: MeetingForm | None = None
        self.details = QScrollArea()
        self.add_tab(self.details, self.tr("Rincian"))
        self.attendance = AttendanceView(context, meeting_id, read_only=self.is_final)
        self.add_tab(self.attendance, self.tr("Daftar Hadir"))
        from rapat.ui.documents_tab import DocumentsTab

        self.documents = DocumentsTab(context, meeting_id)
        self.add_tab(self.documents, self.tr("Dokumen"))
        self.tabs.setCurrentWidget(self.attendance)
        self.tabs.currentChanged.connect(self._tab_shown)
        self._render_header()

    @property
    def is_final(self) -> bool:
        return self.record.status == "final"

    def add_tab(self, widget: QWidget, title: str) -> int:
        """Add a tab; Alt+number in its tooltip order switches to it."""
        index = self.tabs.addTab(widget, title)
        self.tabs.setTabToolTip(index, f"{title} (Alt+{index + 1})")
        return index

    def keyPressEvent(self, event) -> None:
        if (
            event.modifiers() == Qt.KeyboardModifier.AltModifier
            and Qt.Key.Key_1 <= event.key() <= Qt.Key.Key_9
        ):
            index = event.key() - Qt.Key.Key_1
            if index < self.tabs.count():
                self.tabs.setCurrentIndex(index)
                return
        super().keyPressEvent(event)

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
        self.title.setText(r.title)
        place = f" · {r.location}" if r.location else ""
        self.when.setText(
            f"{long_date(r.date)} · {meeting_time(r.start_time, r.timezone, r.end_time)}{place}"
        )
        label = meeting_status(r.status)
        if r.revision > 1:
            label = self.tr("{status} · revisi {n}").format(status=label, n=r.revision)
        self.status.setText(label)
        self.status.setProperty("final", self.is_final)
        self.status.style().unpolish(self.status)
        self.status.style().polish(self.status)

    def _tab_shown(self, index: int) -> None:
        if self.tabs.widget(index) is self.details and self.form is None:
            self.show_details()

    def show_details(self) -> MeetingForm:
        """Build the details form the first time it is needed: it loads the whole directory."""
        if self.form is None:
            self._fill_details(self.details)
        self.tabs.setCurrentWidget(self.details)
        return self.form

    def _fill_details(self, scroll: QScrollArea) -> None:
        self.form = MeetingForm(self.context.read(list_people))
        self.form.load(self.record)
        self.form.set_read_only(self.is_final)
        self.form.edited.connect(self._store_details)
        self.form.agenda_edited.connect(self._store_agenda)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        inner = QWidget()
        box = QVBoxLayout(inner)
        box.setContentsMargins(0, 8, 8, 8)
        box.addWidget(self.form)
        scroll.setWidget(inner)

    def _store_details(self, change: dict) -> None:
        meeting_id = self.meeting_id
        if all(getattr(self.record, key, None) == value for key, value in change.items()):
            return
        if change.get("title") == "" or change.get("location") == "":
            self.context.problem.emit(self.tr("Judul rapat dan tempat wajib diisi."))
            self.form.load(self.record)
            return
        self.context.write(
            lambda s: update_meeting(s, meeting_id, **change),
            on_done=lambda _none: self._reload(),
            on_error=self._refused,
            changed="meeting",
        )

    def _store_agenda(self, lines: list[str]) -> None:
        if lines == self.record.agenda:
            return
        meeting_id = self.meeting_id
        self.context.write(
            lambda s: set_agenda(s, meeting_id, lines),
            lambda _none: self._reload(),
            self._refused,
            "meeting",
        )

    def _refused(self, error: RapatError) -> None:
        self.context.problem.emit(error.message)
        if self.form is not None:
            self.form.load(self.record)

    def _reload(self) -> None:
        self.record = self.context.read(lambda s: load_details(s, self.meeting_id))
        self._render_header()
