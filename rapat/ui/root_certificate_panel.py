"""The office's own root: made once here, then exported for those who verify its signatures."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QGridLayout, QGroupBox, QLabel, QLineEdit, QWidget
from shiboken6 import isValid

from rapat.services import certificates
from rapat.services.certificates import CertificateRow
from rapat.services.organization import get_profile
from rapat.ui.certificate_files import action_button, save_file
from rapat.ui.context import Context
from rapat.ui.messages import Banner
from rapat.ui.passphrase_dialog import PassphraseDialog
from rapat.ui.save_dialog import ask_save_path
from rapat.ui.text import short_date


class RootCertificatePanel(QGroupBox):
    """The root's state, the form that makes it, and the button that exports it (laid out by the
    page among the list's actions). Making a key runs off the GUI thread."""

    making_key = Signal()
    created = Signal(int)  # the new root's certificate id
    failed = Signal(object)  # the error of a write that did not happen

    def __init__(self, context: Context, banner: Banner, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Akar sertifikat organisasi"), parent)
        self.context = context
        self.banner = banner
        grid = QGridLayout(self)
        self.root_state = QLabel()
        self.root_state.setWordWrap(True)
        grid.addWidget(self.root_state, 0, 0, 1, 2)
        self.organization = QLineEdit()
        self.organization.setPlaceholderText(self.tr("mis. Pemerintah Kabupaten Lembah Hijau"))
        self.organization_label = QLabel(self.tr("Nama organisasi"))
        grid.addWidget(self.organization_label, 1, 0)
        grid.addWidget(self.organization, 1, 1)
        self.create_root_button = action_button(
            self.tr("Buat akar…"),
            self.tr("Buat otoritas sertifikat kantor sendiri (kata sandi ditanyakan dua kali)"),
            self.create_root,
        )
        grid.addWidget(self.create_root_button, 2, 1, Qt.AlignmentFlag.AlignRight)
        grid.setRowStretch(3, 1)  # the state line stays at the top once the form is hidden
        self.export_root_button = action_button(
            self.tr("Ekspor sertifikat akar…"),
            self.tr(
                "Simpan sertifikat akar organisasi (sertifikat induk yang menerbitkan sertifikat pejabat) agar pihak lain dapat memeriksa tanda tangan"
            ),
            self.export_root,
        )

    def show_root(self, root: CertificateRow | None) -> None:
        """Say whether the office has its root; offer the form while it has none."""
        if root is None:
            self.root_state.setText(
                self.tr("Belum ada. Kantor tanpa otoritas sertifikat dapat membuatnya di sini.")
            )
            if not self.organization.text():
                self.context.query(self, get_profile, self._guess_organization, topic="guess")
        else:
            self.root_state.setText(
                self.tr("{owner}, berlaku sampai {date}.").format(
                    owner=root.owner, date=short_date(root.not_after.date())
                )
            )
        for widget in (self.organization_label, self.organization, self.create_root_button):
            widget.setVisible(root is None)
        self.export_root_button.setEnabled(root is not None)

    def _guess_organization(self, profile) -> None:
        """The letterhead's first line, as a first guess at the organization's name."""
        lines = profile.letterhead_lines
        if lines and not self.organization.text():
            self.organization.setText(lines[0].title())

    def create_root(self) -> None:
        organization = self.organization.text().strip()
        if not organization:
            self.banner.show_message(self.tr("Isi nama organisasi lebih dulu."), "error")
            self.organization.setFocus()
            return
        passphrase, ok = PassphraseDialog.get_passphrase(
            self,
            self.tr(
                "Kata sandi baru untuk akar organisasi (minimal 8 karakter). Simpan baik-baik: "
                "tanpa kata sandi ini tidak dapat menerbitkan sertifikat pejabat."
            ),
            confirm=True,
        )
        if not ok:
            return
        self.making_key.emit()
        self.context.write(
            lambda s: certificates.create_root(s, organization, passphrase),
            self._root_created,
            self._failed,
            "certificates",
        )

    def _root_created(self, certificate_id: int) -> None:
        if not isValid(self):
            return
        self.created.emit(certificate_id)
        self.banner.show_message(
            self.tr("Akar organisasi dibuat. Ekspor sertifikat akar untuk pihak yang memeriksa."),
            "ok",
        )

    def _failed(self, error: Exception) -> None:
        if isValid(self):
            self.failed.emit(error)

    def export_root(self) -> None:
        path = ask_save_path(
            self,
            self.tr("Ekspor akar organisasi"),
            "akar-organisasi.pem",
            self.tr("Sertifikat (*.pem *.crt)"),
        )
        if path:
            self.context.query(
                self,
                certificates.root_pem,
                lambda pem: save_file(path, pem.encode("ascii"), self.banner),
                self.banner.show_error,
                "export",
            )
