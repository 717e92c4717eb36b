"""The workspace's Dokumen tab: previews, the Excel workbook, photos, finalizing, signing, the
archive of signed revisions and the audit trail of the meeting.

Building, finalizing and signing run off the GUI thread; the tab reloads what it shows when it
becomes visible after another tab changed the meeting. Finalizing and signing
(signing_panel.py), the archive (archive_panel.py) and the audit trail (audit_trail.py) are
parts of the tab in modules of their own; the tab lays them out with the previews and keeps the
state they show.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from rapat.models.vocabulary import CertificateKind
from rapat.records.meeting import MeetingRecord
from rapat.services import archive, outputs
from rapat.services import finalize as fin
from rapat.services.certificates import CertificateRow, list_certificates
from rapat.services.invitations import invitation_letter, write_calendar
from rapat.services.meetings import load_details
from rapat.ui.archive_panel import ArchivePanel
from rapat.ui.audit_trail import AuditTrail
from rapat.ui.context import Context
from rapat.ui.document_view import DocumentView, Keep, keep_through
from rapat.ui.focus import next_focus
from rapat.ui.messages import Banner
from rapat.ui.photos_view import PhotosView
from rapat.ui.save_dialog import ask_save_path, meeting_file_name
from rapat.ui.signing_panel import SigningPanel

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from rapat.records.output import SavedFile

SIGN_PAGE, NOTULA_PAGE, ATTENDANCE_PAGE, PHOTOS_PAGE, AUDIT_PAGE, INVITATION_PAGE = range(6)


class DocumentsTab(SigningPanel, ArchivePanel, QWidget):
    """Everything that leaves the application for one meeting, and what makes it official."""

    finished = Signal(str)  # a slow action ended: "finalize", "sign", "workbook"

    def __init__(self, context: Context, meeting_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.meeting_id = meeting_id
        self.record: MeetingRecord | None = None
        self.archive: list[archive.ArchivedDocument] = []
        self.signers: list[CertificateRow] = []
        self.fitting: dict[str, list[int]] = {}  # per block: the certificates of its officer
        self._stale = True
        self.loaded = False  # the first refresh has been shown
        self._after_refresh: list[Callable[[], None]] = []
        self._resume_at: QWidget | None = None  # had the keyboard when slow work began
        self._build()
        context.changed.connect(self._data_changed)

    # -- layout ----------------------------------------------------------------------------------

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addLayout(self._header())
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.progress.setMaximumHeight(6)
        self.progress.setTextVisible(False)
        self.progress.hide()
        layout.addWidget(self.progress)
        self.banner = Banner()
        layout.addWidget(self.banner)
        body = QHBoxLayout()
        self.pages = QListWidget()
        self.pages.setFixedWidth(190)
        self.stack = QStackedWidget()
        meeting_id = self.meeting_id
        self.notula_view = DocumentView(
            self.context.session_task(lambda s: outputs.notula_document(s, meeting_id)),
            "notula.pdf",
            self._keeper(outputs.NOTULA),
        )
        self.attendance_view = DocumentView(
            self.context.session_task(lambda s: outputs.attendance_document(s, meeting_id)),
            "daftar-hadir.pdf",
            self._keeper(outputs.ATTENDANCE),
        )
        self.invitation_view = DocumentView(
            self.context.session_task(lambda s: invitation_letter(s, meeting_id, date.today())),
            "surat-undangan.pdf",
            self._keeper("invitation_pdf"),
        )
        self.calendar_button = QPushButton(self.tr("Undangan kalender…"))
        self.calendar_button.setToolTip(
            self.tr(
                "Simpan rapat ini sebagai undangan kalender (.ics) untuk Outlook, Google Calendar "
                "dan Thunderbird, dengan zona waktu rapat"
            )
        )
        self.calendar_button.clicked.connect(self.export_calendar)
        self.invitation_view.add_tool(self.calendar_button)
        self.photos = PhotosView(self.context, self.meeting_id)
        self.audit_table = AuditTrail(self.context, self.meeting_id)
        for title, page in (
            (self.tr("Finalisasi & TTE"), self._sign_page()),
            (self.tr("Notula"), self.notula_view),
            (self.tr("Daftar hadir"), self.attendance_view),
            (self.tr("Dokumentasi"), self.photos),
            (self.tr("Riwayat"), self.audit_table),
            (self.tr("Surat undangan"), self.invitation_view),
        ):
            self.pages.addItem(title)
            self.stack.addWidget(page)
        self.pages.currentRowChanged.connect(self._page_chosen)
        body.addWidget(self.pages)
        body.addWidget(self.stack, 1)
        layout.addLayout(body, 1)

    def _header(self) -> QHBoxLayout:
        header = QHBoxLayout()
        self.state = QLabel(objectName="documentState")
        self.state.setWordWrap(True)
        self.state.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        header.addWidget(self.state, 1)
        self.workbook_button = QPushButton(self.tr("Ekspor Excel…"))
        self.workbook_button.setToolTip(
            self.tr("Simpan rapat ini sebagai buku kerja Excel (.xlsx)")
        )
        self.workbook_button.clicked.connect(self.export_workbook)
        self.verify_button = QPushButton(self.tr("Periksa Keaslian…"))
        self.verify_button.setToolTip(self.tr("Periksa tanda tangan elektronik sebuah berkas PDF"))
        self.verify_button.clicked.connect(lambda: self.open_verify())
        header.addWidget(self.workbook_button, 0, Qt.AlignmentFlag.AlignTop)
        header.addWidget(self.verify_button, 0, Qt.AlignmentFlag.AlignTop)
        return header

    def _sign_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        row.addWidget(self._finalize_box(), 1)
        row.addWidget(self._signing_box(), 1)
        layout.addLayout(row)
        layout.addWidget(self._archive_box(), 1)
        return page

    # -- state -----------------------------------------------------------------------------------

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def _data_changed(self, kind: str) -> None:
        """Reload after a change elsewhere; while slow work runs, its end reloads instead."""
        if not isValid(self):
            return
        if kind == "audit":
            self.audit_table.load(self.record.timezone if self.record else None)
            return
        self._stale = True
        if self.isVisible() and self.progress.isHidden():
            self.refresh()

    def refresh(self, then: Callable[[], None] | None = None) -> None:
        """Read the meeting's state, archive, certificates and trail off the GUI thread, and show
        them; `then` runs once they are shown (after a newer refresh's answer, when one was
        asked for meanwhile: only the latest answer is shown)."""
        meeting_id = self.meeting_id
        self._stale = False
        if then is not None:
            self._after_refresh.append(then)
        self.context.query(
            self,
            lambda s: _state(s, meeting_id),
            self._show_refreshed,
            self.banner.show_error,
            topic="state",
        )

    def _show_refreshed(self, state: tuple) -> None:
        self.record, self.archive, missing, self.signers, self.fitting = state
        for view, what in (
            (self.notula_view, self.tr("Notula")),
            (self.attendance_view, self.tr("Daftar Hadir")),
            (self.invitation_view, self.tr("Surat Undangan")),
        ):
            view.file_name = self._file_name(what, "pdf")
        self._show_state()
        self._show_missing(missing)
        self._show_signing()
        self._show_archive()
        self.audit_table.load(self.record.timezone)
        self.photos.load(self.is_final or self.context.read_only)
        self.notula_view.document = None
        self.attendance_view.document = None
        self._page_chosen(self.pages.currentRow())
        self.loaded = True
        waiting, self._after_refresh = self._after_refresh, []
        for then in waiting:
            then()

    @property
    def is_final(self) -> bool:
        return self.record is not None and self.record.status == "final"

    @property
    def current(self) -> archive.ArchivedDocument | None:
        """The archived document of the meeting's current revision, once it is final."""
        if not self.is_final:
            return None
        return next((d for d in self.archive if d.revision == self.record.revision), None)

    def _show_state(self) -> None:
        document = self.current
        if document is None:
            text, style = self.tr("Draf — belum difinalisasi."), "draft"
        elif document.state == archive.WAITING:
            who = ", ".join(self._who(f) for f in document.waiting_for)
            text = self.tr("Revisi {n}: menunggu tanda tangan {who}").format(
                n=document.revision, who=who
            )
            style = "waiting"
        else:
            text = self.tr("Revisi {n}: notula sudah ditandatangani lengkap.").format(
                n=document.revision
            )
            style = "signed"
        styles = {
            "draft": "background:#eef2f6; color:#1f2933; border:1px solid #d5dde5;",
            "waiting": "background:#fff4d6; color:#7a5400; border:1px solid #f0d99a;",
            "signed": "background:#e7f5ec; color:#14532d; border:1px solid #b7e0c4;",
        }
        self.state.setText(text)
        self.state.setStyleSheet(
            f"QLabel {{{styles[style]} border-radius:4px; padding:6px 10px; font-weight:600;}}"
        )

    def _page_chosen(self, index: int) -> None:
        if index < 0:
            self.pages.setCurrentRow(SIGN_PAGE)
            return
        self.stack.setCurrentIndex(index)
        view = {
            NOTULA_PAGE: self.notula_view,
            ATTENDANCE_PAGE: self.attendance_view,
            INVITATION_PAGE: self.invitation_view,
        }.get(index)
        if view is not None and view.document is None and view.progress.isHidden():
            view.generate()

    # -- busy ------------------------------------------------------------------------------------

    def _set_busy(self, text: str) -> None:
        # The window's focus, active or not: a question box may have had it a moment ago.
        focused = self.window().focusWidget()
        if focused is not None and self.isAncestorOf(focused):
            # The tab keeps the keyboard while its buttons are disabled (Qt would hand it to the
            # window's next widget: the rail); the work's end gives it back (_focus_back).
            self._resume_at = focused
            self.setFocus(Qt.FocusReason.OtherFocusReason)
        self.progress.show()
        self.banner.show_message(text, "info", 0)
        busy = (self.finalize_button, self.sign_button, self.workbook_button, self.calendar_button)
        for button in busy:
            button.setEnabled(False)

    def _done(self, action: str, message: str = "", kind: str = "ok") -> None:
        """A slow action ended: once the tab shows the meeting's new state, the message (none
        when that state says it all), and `finished`."""
        if not isValid(self):
            return

        def shown() -> None:
            if message:
                self.banner.show_message(message, kind)
            else:
                self.banner.hide()
            self.finished.emit(action)

        self._idle(shown)

    def _idle(self, then: Callable[[], None]) -> None:
        """A slow action ended: the tab shows the meeting's state again and gives the keyboard
        back, then `then` runs."""
        self.progress.hide()
        self.workbook_button.setEnabled(True)
        self.calendar_button.setEnabled(True)

        def shown() -> None:
            self._focus_back()
            then()

        self.refresh(shown)

    def _focus_back(self) -> None:
        """The keyboard the tab kept while it worked goes back to the control that had it, or
        to the next one that can take it (after Finalisasi, the signing fields), with its focus
        shown; unless the person has gone elsewhere meanwhile."""
        start, self._resume_at = self._resume_at, None
        if start is None or not isValid(start) or self.window().focusWidget() is not self:
            return
        widget = next_focus(start, self.stack.currentWidget()) or next_focus(start, self)
        if widget is not None:
            widget.setFocus(Qt.FocusReason.TabFocusReason)

    def _failed(self, action: str) -> Callable[[Exception], None]:
        def show(error: Exception) -> None:
            if not isValid(self):
                return

            def shown() -> None:
                self.banner.show_error(error)
                self.finished.emit(action)

            self._idle(shown)

        return show

    # -- documents -------------------------------------------------------------------------------

    def _keeper(self, what: str) -> Keep:
        """Saves a previewed PDF through the service that writes it and records the export."""
        meeting_id = self.meeting_id
        return keep_through(
            self.context,
            lambda s, document, path: outputs.save_document(s, meeting_id, what, document, path),
        )

    def _file_name(self, what: str, suffix: str) -> str:
        """A name from the meeting's date and title, e.g. "2025-10-14 Notula Rapat ….pdf"."""
        record = self.record
        return meeting_file_name(
            record.date if record else None, record.title if record else "", what, suffix
        )

    def export_workbook(self) -> None:
        """Ask where, then write the meeting workbook and note the export."""
        self._export(
            "workbook",
            self.tr("Ekspor buku kerja Excel"),
            self._file_name(self.tr("Rapat"), "xlsx"),
            self.tr("Buku kerja Excel (*.xlsx)"),
            self.tr("Menulis buku kerja Excel…"),
            outputs.write_workbook,
        )

    def export_calendar(self) -> None:
        """Ask where, then write the meeting's calendar invitation and note the export."""
        self._export(
            "calendar",
            self.tr("Simpan undangan kalender"),
            self._file_name(self.tr("Undangan"), "ics"),
            self.tr("Undangan kalender (*.ics)"),
            self.tr("Menulis undangan kalender…"),
            write_calendar,
        )

    def _export(
        self,
        action: str,
        caption: str,
        name: str,
        file_filter: str,
        busy: str,
        write: Callable[[Session, int, str], SavedFile],
    ) -> None:
        """Ask where to save, then run write(session, meeting, path) off the GUI thread (it writes
        the file and records the export) and say where it was saved."""
        path = ask_save_path(self, caption, name, file_filter)
        if not path:
            return
        meeting_id = self.meeting_id
        self._set_busy(busy)
        self.context.write(
            lambda s: write(s, meeting_id, path),
            lambda saved: self._done(action, self.tr("Tersimpan: {path}").format(path=saved.path)),
            self._failed(action),
            "audit",
        )

    def open_verify(self):
        from rapat.ui.verify_dialog import VerifyDialog

        dialog = VerifyDialog(self.context, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog


def _state(session, meeting_id: int) -> tuple:
    """What the tab shows of the meeting, read in one session: its details, its archived
    documents, what finalizing still misses, the officers' certificates with their keys, and
    (once final) the certificates that fit each signature block."""
    record = load_details(session, meeting_id)
    signers = [
        c for c in list_certificates(session) if c.kind == CertificateKind.OFFICER and c.has_key
    ]
    final = record.status == "final"
    return (
        record,
        archive.archived_documents(session, meeting_id),
        fin.finalize_check(session, meeting_id),
        signers,
        fin.fitting_certificates(session, meeting_id) if final else {},
    )
