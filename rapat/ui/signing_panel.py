"""Finalizing and signing in the Dokumen tab: what is still missing before finalizing, which
block signs next, the certificates of that block's officer (or a .p12/.pfx file), and the warning
of a signature made without a timestamp.

SigningPanel is a part of DocumentsTab (a mixin, not a QObject: its texts go through the free
tr()); finalizing and signing are writes of the context's queue.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSignalBlocker, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QLabel,
    QListWidget,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from rapat.i18n import tr
from rapat.models.vocabulary import SIGNATURE_FIELD_LABELS
from rapat.services import archive
from rapat.services import finalize as fin
from rapat.services.certificates import signing_identity
from rapat.ui.passphrase_dialog import PassphraseDialog

P12_FILE = -1  # the certificate choice that asks for a .p12/.pfx file


class SigningPanel:
    """Finalize the meeting and sign its notula, one officer's block at a time."""

    def _finalize_box(self) -> QGroupBox:
        self.finalize_box = QGroupBox(tr("Finalisasi"))
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
        self.finalize_button = QPushButton(tr("Finalisasi…"), objectName="primary")
        self.finalize_button.setToolTip(
            tr("Bekukan rapat dan buat notula PDF/A dengan kolom tanda tangan")
        )
        self.finalize_button.clicked.connect(self.finalize)
        self.finalize_button.setEnabled(False)  # until the meeting's readiness has been read
        layout.addWidget(self.finalize_button, 0, Qt.AlignmentFlag.AlignRight)
        layout.addStretch(1)
        return self.finalize_box

    def _signing_box(self) -> QGroupBox:
        self.signing_box = QGroupBox(tr("Tanda tangan elektronik"))
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
        form.addRow(tr("Sebagai"), self.field)
        form.addRow(tr("Sertifikat"), self.certificate)
        layout.addWidget(self.signing_form)
        self.sign_button = QPushButton(tr("Tanda tangani…"), objectName="primary")
        self.sign_button.setToolTip(tr("Tanda tangani notula; kata sandi ditanyakan"))
        self.sign_button.clicked.connect(self.sign)
        layout.addWidget(self.sign_button, 0, Qt.AlignmentFlag.AlignRight)
        layout.addStretch(1)
        return self.signing_box

    def _who(self, field: str) -> str:
        label = tr(SIGNATURE_FIELD_LABELS.get(field, field))
        officer = self.record.chair if field == "ttd_ketua" else self.record.note_taker
        return f"{label} ({officer.name})" if officer.name else label

    def _show_missing(self, missing: list[str]) -> None:
        self.missing.clear()
        # Once final, the workspace's bar says so and offers a revision: the box has no more to
        # say, and the signing beside it takes the row.
        self.finalize_box.setVisible(not self.is_final)
        if self.is_final:
            return
        if missing:
            self.readiness.setText(tr("Lengkapi dulu sebelum finalisasi:"))
            self.missing.addItems([f"✕ {line}" for line in missing])
        else:
            self.readiness.setText(
                tr(
                    "Semua syarat terpenuhi. Finalisasi membekukan rapat dan membuat notula "
                    "PDF/A dengan kolom tanda tangan."
                )
            )
        self.missing.setVisible(bool(missing))
        self.finalize_button.setEnabled(not missing)

    def _show_signing(self) -> None:
        document = self.current
        waiting = document.waiting_for if document and document.state == archive.WAITING else []
        with QSignalBlocker(self.field):
            self.field.clear()
            for name in waiting:
                self.field.addItem(self._who(name), name)
        if document is None:
            self.waiting.setText(tr("Notula dapat ditandatangani setelah finalisasi."))
        elif waiting:
            self.waiting.setText(
                tr("Pilih siapa yang menandatangani dan sertifikatnya. Kata sandi ditanyakan.")
            )
        else:
            self.waiting.setText(tr("Semua tanda tangan sudah lengkap."))
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
        self.certificate.addItem(tr("Berkas .p12/.pfx lain…"), P12_FILE)
        hint = ""
        if self.field.count() and not fitting:
            hint = tr(
                "Belum ada sertifikat tersimpan milik pejabat blok ini; pilih berkas .p12/.pfx-nya."
            )
        self.certificate.setToolTip(hint or tr("Hanya sertifikat milik pejabat blok ini"))

    def finalize(self) -> None:
        answer = QMessageBox.question(
            self,
            tr("Finalisasi rapat"),
            tr(
                "Setelah finalisasi, rapat tidak dapat diubah lagi; perbaikan hanya lewat revisi "
                "baru. Notula PDF/A dibuat dan menunggu tanda tangan. Lanjutkan?"
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        meeting_id = self.meeting_id
        self._set_busy(tr("Memfinalisasi rapat dan membuat notula PDF/A…"))
        self.context.write(
            lambda s: fin.finalize(s, meeting_id),
            lambda _id: self._done("finalize"),  # the tab's state and the workspace's bar say it
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
        prompt = tr("Kata sandi sertifikat {owner} untuk menandatangani sebagai {role}:")
        owner = self.certificate.currentText() if p12 is None else tr("berkas")
        passphrase, ok = PassphraseDialog.get_passphrase(
            self, prompt.format(owner=owner, role=self.field.currentText())
        )
        if not ok:
            return
        self._set_busy(tr("Menandatangani notula…"))
        self.context.write(
            lambda s: _sign(s, document.id, field, choice, p12, passphrase),
            self._signed,
            self._failed("sign"),
            "meeting",
        )

    def _choose_p12(self) -> bytes | None:
        path, _filter = QFileDialog.getOpenFileName(
            self,
            tr("Pilih sertifikat penanda tangan"),
            "",
            tr("Sertifikat PKCS#12 (*.p12 *.pfx);;Semua berkas (*)"),
        )
        if not path:
            return None
        try:
            return Path(path).read_bytes()
        except OSError as error:
            self.banner.show_message(
                tr("{file} tidak dapat dibaca ({reason})").format(
                    file=Path(path).name, reason=error.strerror
                ),
                "error",
            )
            return None

    def _signed(self, document: archive.ArchivedDocument) -> None:
        if document.state == archive.SIGNED:
            message = tr("Notula ditandatangani lengkap dan tersimpan di arsip.")
        else:
            message = tr("Tanda tangan tersimpan. Masih menunggu: {who}").format(
                who=", ".join(tr(SIGNATURE_FIELD_LABELS[f]) for f in document.waiting_for)
            )
        if document.warning:  # signed without a timestamp: say so and keep it
            self._done("sign", f"{message}\n{document.warning}", "error")
        else:
            self._done("sign", message)


def _sign(session, document_id: int, field: str, choice: int, p12: bytes | None, passphrase: str):
    """In the worker: open the signer's certificate, then sign the archived document."""
    from rapat.documents.signing import open_pkcs12

    if p12 is not None:
        identity = open_pkcs12(p12, passphrase)
    else:
        identity = signing_identity(session, choice, passphrase)
    return fin.sign_archived(session, document_id, field=field, identity=identity)
