"""The workspace's Dokumen tab: previews, the Excel workbook, photos, finalizing, signing, the
archive of signed revisions and the audit trail of the meeting.

Building, finalizing and signing run off the GUI thread; the tab reloads what it shows when it
becomes visible after another tab changed the meeting.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QSignalBlocker, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from rapat.i18n import QT_TR_NOOP, tr
from rapat.models.vocabulary import SIGNATURE_FIELD_LABELS, CertificateKind
from rapat.records.meeting import MeetingRecord
from rapat.services import archive, outputs
from rapat.services import finalize as fin
from rapat.services.certificates import CertificateRow, list_certificates, signing_identity
from rapat.services.invitations import invitation_letter
from rapat.services.meetings import load_details
from rapat.ui.context import Context
from rapat.ui.document_view import DocumentView, Keep, keep_through, open_in_viewer
from rapat.ui.messages import Banner
from rapat.ui.passphrase_dialog import PassphraseDialog
from rapat.ui.photos_view import PhotosView
from rapat.ui.save_dialog import ask_save_path, meeting_file_name
from rapat.ui.text import zoned_moment

P12_FILE = -1  # the certificate choice that asks for a .p12/.pfx file
EVENT_LABELS = {
    "finalize": QT_TR_NOOP("Finalisasi"),
    "sign": QT_TR_NOOP("Tanda tangan"),
    "amend": QT_TR_NOOP("Revisi"),
    "export": QT_TR_NOOP("Ekspor"),
    "invitation": QT_TR_NOOP("Nomor undangan"),
    "archive_timestamp": QT_TR_NOOP("Validasi arsip"),
}
SIGN_PAGE, NOTULA_PAGE, ATTENDANCE_PAGE, PHOTOS_PAGE, AUDIT_PAGE, INVITATION_PAGE = range(6)


class DocumentsTab(QWidget):
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
        self.photos = PhotosView(self.context, self.meeting_id)
        for title, page in (
            (self.tr("Finalisasi & TTE"), self._sign_page()),
            (self.tr("Notula"), self.notula_view),
            (self.tr("Daftar hadir"), self.attendance_view),
            (self.tr("Dokumentasi"), self.photos),
            (self.tr("Riwayat"), self._audit_page()),
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

    def _finalize_box(self) -> QGroupBox:
        self.finalize_box = QGroupBox(self.tr("Finalisasi"))
        layout = QVBoxLayout(self.finalize_box)
        self.readiness = QLabel()
        self.readiness.setWordWrap(True)
        layout.addWidget(self.readiness)
        self.missing = QListWidget()
        self.missing.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.missing.setWordWrap(True)  # each condition read whole at 1366, no sideways scrolling
        self.missing.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.missing.setMaximumHeight(120)
        layout.addWidget(self.missing)
        self.finalize_button = QPushButton(self.tr("Finalisasi…"), objectName="primary")
        self.finalize_button.setToolTip(
            self.tr("Bekukan rapat dan buat notula PDF/A dengan kolom tanda tangan")
        )
        self.finalize_button.clicked.connect(self.finalize)
        layout.addWidget(self.finalize_button, 0, Qt.AlignmentFlag.AlignRight)
        layout.addStretch(1)
        return self.finalize_box

    def _signing_box(self) -> QGroupBox:
        self.signing_box = QGroupBox(self.tr("Tanda tangan elektronik"))
        layout = QVBoxLayout(self.signing_box)
        self.waiting = QLabel()
        self.waiting.setWordWrap(True)
        layout.addWidget(self.waiting)
        self.signing_form = QWidget()
        form = QFormLayout(self.signing_form)
        form.setContentsMargins(0, 0, 0, 0)
        self.field = QComboBox()
        self.field.currentIndexChanged.connect(self._show_fitting_certificates)
        self.certificate = QComboBox()
        self.certificate.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.certificate.setMinimumContentsLength(18)
        form.addRow(self.tr("Sebagai"), self.field)
        form.addRow(self.tr("Sertifikat"), self.certificate)
        layout.addWidget(self.signing_form)
        self.sign_button = QPushButton(self.tr("Tanda tangani…"), objectName="primary")
        self.sign_button.setToolTip(self.tr("Tanda tangani notula; kata sandi ditanyakan"))
        self.sign_button.clicked.connect(self.sign)
        layout.addWidget(self.sign_button, 0, Qt.AlignmentFlag.AlignRight)
        layout.addStretch(1)
        return self.signing_box

    def _archive_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Arsip notula"))
        layout = QVBoxLayout(box)
        self.archive_table = self._table(
            [self.tr("Revisi"), self.tr("Keadaan"), self.tr("Tanggal"), self.tr("Sidik berkas")]
        )
        self.archive_table.itemSelectionChanged.connect(self._archive_selected)
        self.archive_table.doubleClicked.connect(lambda _index: self.open_archived())
        layout.addWidget(self.archive_table, 1)
        self.archive_empty = QLabel(
            self.tr("Belum ada notula di arsip. Finalisasi rapat untuk membuat yang pertama.")
        )
        layout.addWidget(self.archive_empty)
        buttons = QHBoxLayout()
        self.save_archived_button = QPushButton(self.tr("Simpan…"))
        self.save_archived_button.clicked.connect(self.save_archived)
        self.open_archived_button = QPushButton(self.tr("Buka"))
        self.open_archived_button.clicked.connect(self.open_archived)
        self.verify_archived_button = QPushButton(self.tr("Periksa keaslian"))
        self.verify_archived_button.clicked.connect(self.verify_archived)
        self.refresh_archived_button = QPushButton(self.tr("Perbarui validasi arsip"))
        self.refresh_archived_button.setToolTip(
            self.tr(
                "Tambahkan cap waktu dokumen dan data pencabutan terbaru (PAdES B-LTA), agar tanda "
                "tangan tetap dapat diperiksa setelah sertifikatnya berakhir; perlu layanan cap waktu"
            )
        )
        self.refresh_archived_button.clicked.connect(self.refresh_archived)
        buttons.addWidget(self.refresh_archived_button)
        buttons.addStretch(1)
        for button in (
            self.save_archived_button,
            self.open_archived_button,
            self.verify_archived_button,
        ):
            buttons.addWidget(button)
        layout.addLayout(buttons)
        return box

    def _audit_page(self) -> QWidget:
        self.audit_table = self._table(
            [self.tr("Waktu"), self.tr("Pengguna"), self.tr("Peristiwa"), self.tr("Rincian")]
        )
        return self.audit_table

    def _table(self, headers: list[str]) -> QTableWidget:
        table = QTableWidget(0, len(headers))
        table.setHorizontalHeaderLabels(headers)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setAlternatingRowColors(True)
        table.verticalHeader().hide()
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        return table

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
            self._show_audit()
            return
        self._stale = True
        if self.isVisible() and self.progress.isHidden():
            self.refresh()

    def refresh(self) -> None:
        """Read the meeting's state, archive, certificates and trail, and show them."""
        meeting_id = self.meeting_id
        self._stale = False
        self.record = self.context.read(lambda s: load_details(s, meeting_id))
        for view, what in (
            (self.notula_view, self.tr("Notula")),
            (self.attendance_view, self.tr("Daftar Hadir")),
            (self.invitation_view, self.tr("Surat Undangan")),
        ):
            view.file_name = self._file_name(what, "pdf")
        self.archive = self.context.read(lambda s: archive.archived_documents(s, meeting_id))
        missing = self.context.read(lambda s: fin.finalize_check(s, meeting_id))
        self.signers = [
            c
            for c in self.context.read(list_certificates)
            if c.kind == CertificateKind.OFFICER and c.has_key
        ]
        self.fitting = (
            self.context.read(lambda s: fin.fitting_certificates(s, meeting_id))
            if self.is_final
            else {}
        )
        self._show_state()
        self._show_missing(missing)
        self._show_signing()
        self._show_archive()
        self._show_audit()
        self.photos.load(self.is_final)
        self.notula_view.document = None
        self.attendance_view.document = None
        self._page_chosen(self.pages.currentRow())

    @property
    def is_final(self) -> bool:
        return self.record is not None and self.record.status == "final"

    @property
    def current(self) -> archive.ArchivedDocument | None:
        """The archived document of the meeting's current revision, once it is final."""
        if not self.is_final:
            return None
        return next((d for d in self.archive if d.revision == self.record.revision), None)

    def _who(self, field: str) -> str:
        label = tr(SIGNATURE_FIELD_LABELS.get(field, field))
        officer = self.record.chair if field == "ttd_ketua" else self.record.note_taker
        return f"{label} ({officer.name})" if officer.name else label

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

    def _show_missing(self, missing: list[str]) -> None:
        self.missing.clear()
        if self.is_final:
            self.readiness.setText(
                self.tr("Rapat sudah final. Perbaikan dibuat sebagai revisi baru di tab Notula.")
            )
        elif missing:
            self.readiness.setText(self.tr("Lengkapi dulu sebelum finalisasi:"))
            self.missing.addItems([f"✕ {line}" for line in missing])
        else:
            self.readiness.setText(
                self.tr(
                    "Semua syarat terpenuhi. Finalisasi membekukan rapat dan membuat notula "
                    "PDF/A dengan kolom tanda tangan."
                )
            )
        self.missing.setVisible(bool(missing) and not self.is_final)
        self.finalize_button.setVisible(not self.is_final)
        self.finalize_button.setEnabled(not missing)

    def _show_signing(self) -> None:
        document = self.current
        waiting = document.waiting_for if document and document.state == archive.WAITING else []
        with QSignalBlocker(self.field):
            self.field.clear()
            for name in waiting:
                self.field.addItem(self._who(name), name)
        if document is None:
            self.waiting.setText(self.tr("Notula dapat ditandatangani setelah finalisasi."))
        elif waiting:
            self.waiting.setText(
                self.tr("Pilih siapa yang menandatangani dan sertifikatnya. Kata sandi ditanyakan.")
            )
        else:
            self.waiting.setText(self.tr("Semua tanda tangan sudah lengkap."))
        self._show_fitting_certificates()
        for widget in (self.signing_form, self.sign_button):
            widget.setVisible(bool(waiting))
        self.sign_button.setEnabled(True)

    def _show_fitting_certificates(self) -> None:
        """Offer, for the chosen block, only the stored certificates of its officer (or a file)."""
        fitting = set(self.fitting.get(self.field.currentData(), []))
        self.certificate.clear()
        for row in self.signers:
            if row.id in fitting:
                self.certificate.addItem(row.owner, row.id)
        self.certificate.addItem(self.tr("Berkas .p12/.pfx lain…"), P12_FILE)
        hint = ""
        if self.field.count() and not fitting:
            hint = self.tr(
                "Belum ada sertifikat tersimpan milik pejabat blok ini; pilih berkas .p12/.pfx-nya."
            )
        self.certificate.setToolTip(hint or self.tr("Hanya sertifikat milik pejabat blok ini"))

    def _show_archive(self) -> None:
        table = self.archive_table
        table.setRowCount(len(self.archive))
        for row, document in enumerate(self.archive):
            if document.state == archive.WAITING:
                state = self.tr("Menunggu tanda tangan: {who}").format(
                    who=", ".join(tr(SIGNATURE_FIELD_LABELS[f]) for f in document.waiting_for)
                )
            else:
                state = self.tr("Ditandatangani")
            values = [
                str(document.revision),
                state,
                zoned_moment(document.updated_at, self.record.timezone),
                document.sha256[:16] + "…",
            ]
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setToolTip(
                    self.tr(
                        "Sidik berkas (SHA-256): berubah bila satu bait pun berkas diubah; "
                        "cocokkan dengan berkas yang diterima.\n{digest}"
                    ).format(digest=document.sha256)
                    if column == 3
                    else value
                )
                table.setItem(row, column, item)
        table.setVisible(bool(self.archive))
        self.archive_empty.setVisible(not self.archive)
        if self.archive:
            table.selectRow(0)
        self._archive_selected()

    def _show_audit(self) -> None:
        meeting_id = self.meeting_id
        rows = self.context.read(lambda s: fin.audit_trail(s, meeting_id))
        self.audit_table.setRowCount(len(rows))
        for position, row in enumerate(reversed(rows)):
            values = [
                zoned_moment(row.at, self.record.timezone if self.record else None),
                row.user or "",
                tr(EVENT_LABELS.get(row.event, row.event)),
                row.detail or "",
            ]
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setToolTip(value)
                self.audit_table.setItem(position, column, item)

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
        self.progress.show()
        self.banner.show_message(text, "info", 0)
        for button in (self.finalize_button, self.sign_button, self.workbook_button):
            button.setEnabled(False)

    def _done(self, action: str, message: str) -> None:
        if not isValid(self):
            return
        self._idle()
        self.banner.show_message(message, "ok")
        self.finished.emit(action)

    def _idle(self) -> None:
        self.progress.hide()
        self.workbook_button.setEnabled(True)
        self.refresh()

    def _failed(self, action: str) -> Callable[[Exception], None]:
        def show(error: Exception) -> None:
            if not isValid(self):
                return
            self._idle()
            self.banner.show_error(error)
            self.finished.emit(action)

        return show

    # -- documents -------------------------------------------------------------------------------

    def _keeper(self, what: str) -> Keep:
        """Saves a previewed PDF through the service that writes it and records the export."""
        meeting_id = self.meeting_id
        return keep_through(
            self.context,
            lambda s, document, path: outputs.save_document(s, meeting_id, what, document, path),
        )

    def export_workbook(self) -> None:
        """Ask where, then write the meeting workbook off the GUI thread and note the export."""
        path = ask_save_path(
            self,
            self.tr("Ekspor buku kerja Excel"),
            self._file_name(self.tr("Rapat"), "xlsx"),
            self.tr("Buku kerja Excel (*.xlsx)"),
        )
        if not path:
            return
        meeting_id = self.meeting_id
        self._set_busy(self.tr("Menulis buku kerja Excel…"))
        self.context.write(
            lambda s: outputs.write_workbook(s, meeting_id, path),
            lambda saved: self._done(
                "workbook", self.tr("Tersimpan: {path}").format(path=saved.path)
            ),
            self._failed("workbook"),
            "audit",
        )

    # -- finalize and sign -----------------------------------------------------------------------

    def finalize(self) -> None:
        answer = QMessageBox.question(
            self,
            self.tr("Finalisasi rapat"),
            self.tr(
                "Setelah finalisasi, rapat tidak dapat diubah lagi; perbaikan hanya lewat revisi "
                "baru. Notula PDF/A dibuat dan menunggu tanda tangan. Lanjutkan?"
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        meeting_id = self.meeting_id
        self._set_busy(self.tr("Memfinalisasi rapat dan membuat notula PDF/A…"))
        self.context.write(
            lambda s: fin.finalize(s, meeting_id),
            lambda _id: self._done(
                "finalize", self.tr("Rapat difinalisasi. Notula menunggu tanda tangan.")
            ),
            self._failed("finalize"),
            "meeting",
        )

    def sign(self) -> None:
        """Sign the current document in the chosen field, with a stored certificate or a file."""
        document, field = self.current, self.field.currentData()
        choice = self.certificate.currentData()
        if document is None or field is None:
            return
        p12 = None
        if choice == P12_FILE:
            p12 = self._choose_p12()
            if p12 is None:
                return
        prompt = self.tr("Kata sandi sertifikat {owner} untuk menandatangani sebagai {role}:")
        owner = self.certificate.currentText() if p12 is None else self.tr("berkas")
        passphrase, ok = PassphraseDialog.get_passphrase(
            self, prompt.format(owner=owner, role=self.field.currentText())
        )
        if not ok:
            return
        self._set_busy(self.tr("Menandatangani notula…"))
        self.context.write(
            lambda s: _sign(s, document.id, field, choice, p12, passphrase),
            self._signed,
            self._failed("sign"),
            "meeting",
        )

    def _choose_p12(self) -> bytes | None:
        path, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Pilih sertifikat penanda tangan"),
            "",
            self.tr("Sertifikat PKCS#12 (*.p12 *.pfx);;Semua berkas (*)"),
        )
        if not path:
            return None
        try:
            return Path(path).read_bytes()
        except OSError as error:
            self.banner.show_message(
                self.tr("{file} tidak dapat dibaca ({reason})").format(
                    file=Path(path).name, reason=error.strerror
                ),
                "error",
            )
            return None

    def _signed(self, document: archive.ArchivedDocument) -> None:
        if document.state == archive.SIGNED:
            message = self.tr("Notula ditandatangani lengkap dan tersimpan di arsip.")
        else:
            message = self.tr("Tanda tangan tersimpan. Masih menunggu: {who}").format(
                who=", ".join(tr(SIGNATURE_FIELD_LABELS[f]) for f in document.waiting_for)
            )
        self._done("sign", message)
        if document.warning and isValid(self):  # signed without a timestamp: say so and keep it
            self.banner.show_message(f"{message}\n{document.warning}", "error", 0)

    # -- archive ---------------------------------------------------------------------------------

    def selected_archived(self) -> archive.ArchivedDocument | None:
        rows = self.archive_table.selectionModel().selectedRows()
        return self.archive[rows[0].row()] if rows else None

    def _archive_selected(self) -> None:
        document = self.selected_archived()
        for button in (
            self.save_archived_button,
            self.open_archived_button,
            self.verify_archived_button,
        ):
            button.setEnabled(document is not None)
        self.refresh_archived_button.setEnabled(
            document is not None and document.state == archive.SIGNED
        )

    def refresh_archived(self) -> None:
        """Bring the chosen signed document to B-LTA, as its next stage in the archive."""
        from rapat.services.long_term import refresh_archive

        document = self.selected_archived()
        if document is None:
            return
        self._set_busy(self.tr("Memperbarui validasi arsip… (menghubungi layanan cap waktu)"))
        self.refresh_archived_button.setEnabled(False)
        self.context.write(
            lambda s: refresh_archive(s, document.id),
            lambda refreshed: self._done(
                "refresh",
                self.tr("Validasi arsip revisi {n} diperbarui (cap waktu dokumen).").format(
                    n=refreshed.revision
                ),
            ),
            self._failed("refresh"),
            "meeting",
        )

    def _archived_bytes(self, document: archive.ArchivedDocument) -> bytes:
        return self.context.read(lambda s: archive.document_bytes(s, document.id))

    def _archived_name(self, document: archive.ArchivedDocument) -> str:
        state = self.tr("ditandatangani") if document.state == archive.SIGNED else ""
        what = self.tr("Notula revisi {n}").format(n=document.revision)
        return self._file_name(f"{what} {state}".strip(), "pdf")

    def _file_name(self, what: str, suffix: str) -> str:
        """A name from the meeting's date and title, e.g. "2025-10-14 Notula Rapat ….pdf"."""
        record = self.record
        return meeting_file_name(
            record.date if record else None, record.title if record else "", what, suffix
        )

    def save_archived(self) -> None:
        document = self.selected_archived()
        if document is None:
            return
        path = ask_save_path(
            self,
            self.tr("Simpan notula dari arsip"),
            self._archived_name(document),
            self.tr("Dokumen PDF (*.pdf)"),
        )
        if not path:
            return
        self.context.write(
            lambda s: archive.save_archived(s, document.id, path),
            lambda saved: self.banner.show_message(
                self.tr("Tersimpan: {path}").format(path=saved.path), "ok"
            ),
            self.banner.show_error,
            changed="audit",
        )

    def open_archived(self) -> None:
        """Hand a copy of the archived PDF to the system's viewer."""
        document = self.selected_archived()
        if document is not None:
            data = self._archived_bytes(document)
            open_in_viewer(data, self._archived_name(document), self.banner)

    def verify_archived(self) -> None:
        document = self.selected_archived()
        if document is not None:
            self.open_verify().check_data(
                self._archived_bytes(document), self._archived_name(document)
            )

    def open_verify(self):
        from rapat.ui.verify_dialog import VerifyDialog

        dialog = VerifyDialog(self.context, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog


def _sign(session, document_id: int, field: str, choice: int, p12: bytes | None, passphrase: str):
    """In the worker: open the signer's certificate, then sign the archived document."""
    from rapat.documents.signing import open_pkcs12

    if p12 is not None:
        identity = open_pkcs12(p12, passphrase)
    else:
        identity = signing_identity(session, choice, passphrase)
    return fin.sign_archived(session, document_id, field=field, identity=identity)
