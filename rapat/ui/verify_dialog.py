"""Periksa Keaslian: check the signatures of a PDF and relate it to the archive of signed minutes.

The file is chosen or dropped on the dialog; an extra trusted certificate may be added for this
check only. Verification runs off the GUI thread and ends in one verdict: SAH or TIDAK SAH.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGridLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from rapat.documents.signing import SignatureReport
from rapat.errors import InvalidInput
from rapat.i18n import tr
from rapat.models.vocabulary import SIGNATURE_FIELD_LABELS
from rapat.services.organization import get_profile
from rapat.services.verification import (
    DIFFERENT,
    EARLIER,
    LATER,
    SAME,
    ArchiveMatch,
    Verdict,
    load_trusted,
    signer_fits,
    verify,
)
from rapat.ui.context import Context
from rapat.ui.messages import Banner
from rapat.ui.text import zoned_moment

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

VERDICT_STYLES = {
    True: "background:#e7f5ec; color:#14532d; border:1px solid #b7e0c4;",
    False: "background:#fdecea; color:#8a1c1c; border:1px solid #f5c2c0;",
}


class VerifyDialog(QDialog):
    """Choose or drop a PDF; each signature is listed with its signer, time, integrity and trust."""

    checked = Signal(bool)  # the verdict of a finished check (True: SAH)

    def __init__(self, context: Context, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.extra_path: Path | None = None
        self.result: Verdict | None = None
        self._zone: str | None = None  # the office's, read with the verdict
        self.setWindowTitle(self.tr("Periksa Keaslian Dokumen"))
        self.setAcceptDrops(True)
        self.resize(900, 560)
        self._build()

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        grid = QGridLayout()
        self.file_label = QLabel(self.tr("Pilih berkas PDF, atau seret berkas ke jendela ini."))
        self.file_label.setWordWrap(True)
        self.choose_button = QPushButton(self.tr("Pilih PDF…"))
        self.choose_button.setToolTip(self.tr("Pilih berkas PDF yang akan diperiksa (Ctrl+O)"))
        self.choose_button.setShortcut("Ctrl+O")
        self.choose_button.clicked.connect(self.choose_file)
        grid.addWidget(QLabel(self.tr("Berkas:")), 0, 0)
        grid.addWidget(self.file_label, 0, 1)
        grid.addWidget(self.choose_button, 0, 2)
        self.trust_label = QLabel(self.tr("Hanya akar organisasi dan sertifikat tepercaya."))
        self.trust_label.setWordWrap(True)
        self.trust_button = QPushButton(self.tr("Tambah sertifikat…"))
        self.trust_button.setToolTip(
            self.tr(
                "Percayai satu sertifikat otoritas lain (berkas .pem, .crt atau .cer) untuk pemeriksaan ini saja"
            )
        )
        self.trust_button.clicked.connect(self.choose_trusted)
        grid.addWidget(QLabel(self.tr("Tepercaya:")), 1, 0)
        grid.addWidget(self.trust_label, 1, 1)
        grid.addWidget(self.trust_button, 1, 2)
        grid.setColumnStretch(1, 1)
        layout.addLayout(grid)
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.progress.setMaximumHeight(6)
        self.progress.setTextVisible(False)
        self.progress.hide()
        layout.addWidget(self.progress)
        self.banner = Banner()
        layout.addWidget(self.banner)
        self.verdict = QLabel()
        self.verdict.setWordWrap(True)
        self.verdict.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.verdict.hide()
        layout.addWidget(self.verdict)
        layout.addWidget(self._table(), 1)
        self.archive_label = QLabel()
        self.archive_label.setWordWrap(True)
        layout.addWidget(self.archive_label)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Tutup"))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _table(self) -> QTableWidget:
        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Sebagai"),
                self.tr("Penanda tangan"),
                self.tr("Waktu"),
                self.tr("Keutuhan"),
                self.tr("Sertifikat"),
            ]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        return self.table

    # -- input -----------------------------------------------------------------------------------

    def choose_file(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Pilih dokumen PDF"), "", self.tr("Dokumen PDF (*.pdf);;Semua berkas (*)")
        )
        if path:
            self.check_file(path)

    def choose_trusted(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Pilih sertifikat tepercaya"),
            "",
            self.tr("Sertifikat (*.pem *.crt *.cer *.der);;Semua berkas (*)"),
        )
        if path:
            self.extra_path = Path(path)
            self.trust_label.setText(
                self.tr("Akar organisasi, sertifikat tepercaya, dan {file}").format(
                    file=self.extra_path.name
                )
            )

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if _dropped_pdf(event) is not None:
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        path = _dropped_pdf(event)
        if path is not None:
            event.acceptProposedAction()
            self.check_file(str(path))

    # -- checking --------------------------------------------------------------------------------

    def check_file(self, path: str) -> None:
        """Read the file and check it, off the GUI thread."""
        source = Path(path)
        unreadable = self.tr("{file} tidak dapat dibaca ({reason})")

        def read(_session: Session) -> bytes:
            try:
                return source.read_bytes()
            except OSError as error:
                raise InvalidInput(
                    unreadable.format(file=source.name, reason=error.strerror)
                ) from None

        self._start(source.name, read)

    def check_stored(self, read: Callable[[Session], bytes], name: str) -> None:
        """Check a document the database keeps (an archived notula), read off the GUI thread."""
        self._start(name, read)

    def _start(self, name: str, read: Callable[[Session], bytes]) -> None:
        extra = self.extra_path

        def check(session: Session) -> tuple[Verdict, str | None]:
            pdf = read(session)
            roots = load_trusted(extra.read_bytes(), extra.name) if extra else []
            # Signing times on the office's clock, not UTC.
            return verify(session, pdf, roots), get_profile(session).default_timezone

        self.file_label.setText(name)
        self.result = None
        self.verdict.hide()
        self.banner.hide()
        self.table.setRowCount(0)
        self.archive_label.clear()
        self.progress.show()
        self.choose_button.setEnabled(False)
        self.context.query(self, check, lambda found: self._finished(*found), self._failed)

    def _finished(self, result: Verdict, zone: str | None) -> None:
        self._idle()
        self.result = result
        self._zone = zone
        self._show_signatures(result.signatures)
        self.archive_label.setText(self._archive_text(result.archived))
        authentic = result.authentic
        heading = self.tr("SAH") if authentic else self.tr("TIDAK SAH")
        lines = [f"<b style='font-size:15pt'>{heading}</b>"]
        if authentic:
            lines.append(
                self.tr(
                    "Semua tanda tangan utuh, berasal dari sertifikat tepercaya, dan dibuat oleh "
                    "pejabat pemilik bloknya."
                )
            )
        lines += [html.escape(line) for line in result.reasons + result.notes]
        self.verdict.setText("<br>".join(lines))
        self.verdict.setStyleSheet(
            f"QLabel {{{VERDICT_STYLES[authentic]} border-radius:4px; padding:8px;}}"
        )
        self.verdict.show()
        self.checked.emit(authentic)

    def _failed(self, error: Exception) -> None:
        self._idle()
        self.banner.show_error(error)

    def _idle(self) -> None:
        self.progress.hide()
        self.choose_button.setEnabled(True)

    # -- showing ---------------------------------------------------------------------------------

    def _show_signatures(self, reports: list[SignatureReport]) -> None:
        self.table.setRowCount(len(reports))
        for row, report in enumerate(reports):
            values = [
                tr(SIGNATURE_FIELD_LABELS.get(report.field, report.field)),
                report.signer,
                self._when(report),
                self._integrity(report),
                self._trust(report),
            ]
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setToolTip(report.problem or value)
                self.table.setItem(row, column, item)
            self.table.item(row, 0).setToolTip(self._owner(report))

    def _when(self, report: SignatureReport) -> str:
        if report.signed_at is None:
            return ""
        return zoned_moment(report.signed_at, self._zone)

    def _owner(self, report: SignatureReport) -> str:
        if report.officer is None:
            return self.tr("Blok ini tidak menyebut pejabatnya")
        if signer_fits(report):
            return self.tr("Blok milik {officer}, sesuai penanda tangan").format(
                officer=report.officer
            )
        return self.tr("Blok milik {officer}, BUKAN penanda tangan ini").format(
            officer=report.officer
        )

    def _trust(self, report: SignatureReport) -> str:
        if report.trusted:
            return self.tr("Tepercaya")
        return self.tr("Tidak dikenal") if report.sound else self.tr("Tidak dapat dipastikan")

    def _integrity(self, report: SignatureReport) -> str:
        if report.sound:
            return self.tr("Utuh")
        if report.intact and report.valid:
            return self.tr("Diubah setelah ditandatangani")
        return self.tr("Rusak atau diubah")

    def _archive_text(self, match: ArchiveMatch | None) -> str:
        if match is None:
            return self.tr("Arsip: berkas ini tidak tercatat di arsip Rapat pada komputer ini.")
        texts = {
            SAME: self.tr("Arsip: sama persis dengan arsip “{title}”, revisi {n}."),
            EARLIER: self.tr(
                "Arsip: salinan tahap sebelumnya dari “{title}”, revisi {n}; arsip kini memuat "
                "tanda tangan yang lebih lengkap."
            ),
            LATER: self.tr(
                "Arsip: salinan arsip “{title}”, revisi {n}, dengan tambahan yang belum tersimpan "
                "di arsip."
            ),
            DIFFERENT: self.tr("Arsip: BERBEDA dari arsip “{title}”, revisi {n}."),
        }
        return texts[match.relation].format(title=match.title, n=match.revision)


def _dropped_pdf(event: QDragEnterEvent | QDropEvent) -> Path | None:
    urls = event.mimeData().urls() if event.mimeData().hasUrls() else []
    paths = [Path(u.toLocalFile()) for u in urls if u.isLocalFile()]
    return paths[0] if len(paths) == 1 and paths[0].suffix.lower() == ".pdf" else None
