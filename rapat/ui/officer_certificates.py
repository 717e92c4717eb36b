"""Officers' certificates: issued from the office's root, imported from a .p12, handed out as a .p12,
revoked. Passphrases are asked when needed and never kept; making a key runs off the GUI thread."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QGridLayout,
    QGroupBox,
    QInputDialog,
    QLabel,
    QLineEdit,
    QWidget,
)
from shiboken6 import isValid

from rapat.models.vocabulary import CertificateKind
from rapat.services import certificates
from rapat.services.certificates import CertificateRow
from rapat.ui.certificate_files import action_button, read_file, save_file
from rapat.ui.certificate_table import CertificateTable
from rapat.ui.context import Context
from rapat.ui.messages import Banner
from rapat.ui.passphrase_dialog import PassphraseDialog
from rapat.ui.save_dialog import ask_save_path


class OfficerCertificatesPanel(QGroupBox):
    """The form that issues an officer's certificate, and the import, save and revoke buttons that
    the page lays out among the list's actions; save and revoke act on the table's selected row."""

    making_key = Signal()
    issued = Signal(int)  # the new certificate's id
    imported = Signal(int)
    revoked = Signal()
    failed = Signal(object)  # the error of a write that did not happen

    def __init__(
        self,
        context: Context,
        banner: Banner,
        table: CertificateTable,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("Terbitkan sertifikat pejabat"), parent)
        self.context = context
        self.banner = banner
        self.table = table
        grid = QGridLayout(self)
        self.officer_name = QLineEdit()
        self.officer_name.setPlaceholderText(self.tr("Nama lengkap dengan gelar"))
        self.officer_position = QLineEdit()
        self.officer_position.setPlaceholderText(self.tr("mis. Sekretaris Daerah"))
        grid.addWidget(QLabel(self.tr("Nama pejabat")), 0, 0)
        grid.addWidget(self.officer_name, 0, 1)
        grid.addWidget(QLabel(self.tr("Jabatan")), 1, 0)
        grid.addWidget(self.officer_position, 1, 1)
        self.issue_button = action_button(
            self.tr("Terbitkan…"),
            self.tr("Terbitkan sertifikat penanda tangan dari akar organisasi"),
            self.issue_officer,
        )
        grid.addWidget(self.issue_button, 2, 1, Qt.AlignmentFlag.AlignRight)
        grid.setRowStretch(3, 1)
        self.import_p12_button = action_button(
            self.tr("Impor .p12/.pfx…"),
            self.tr("Simpan sertifikat pejabat dari berkas PKCS#12 (kuncinya tetap terenkripsi)"),
            self.import_p12,
        )
        self.save_p12_button = action_button(
            self.tr("Simpan .p12…"),
            self.tr("Simpan berkas .p12 pejabat terpilih untuk diserahkan atau dicadangkan"),
            self.save_selected_p12,
        )
        self.revoke_button = action_button(
            self.tr("Cabut…"),
            self.tr(
                "Cabut sertifikat pejabat terpilih (mis. kunci hilang, pindah tugas): tanda tangan "
                "yang dibuat sebelumnya tetap sah, sesudahnya tidak"
            ),
            self.revoke_selected,
        )

    def set_root_present(self, present: bool) -> None:
        """Officers are issued only from a root."""
        for widget in (self.officer_name, self.officer_position, self.issue_button):
            widget.setEnabled(present)

    def show_selected(self, row: CertificateRow | None) -> None:
        """Offer saving an officer's key and revoking a certificate still in force."""
        self.save_p12_button.setEnabled(
            row is not None and row.kind == CertificateKind.OFFICER and row.has_key
        )
        self.revoke_button.setEnabled(
            row is not None and row.kind == CertificateKind.OFFICER and row.revoked_at is None
        )

    def issue_officer(self) -> None:
        name = self.officer_name.text().strip()
        position = self.officer_position.text().strip() or None
        if not name:
            self.banner.show_message(self.tr("Isi nama pejabat lebih dulu."), "error")
            self.officer_name.setFocus()
            return
        root_passphrase, ok = PassphraseDialog.get_passphrase(
            self, self.tr("Kata sandi akar organisasi:")
        )
        if not ok:
            return
        passphrase, ok = PassphraseDialog.get_passphrase(
            self,
            self.tr("Kata sandi baru untuk sertifikat {name} (minimal 8 karakter):").format(
                name=name
            ),
            confirm=True,
        )
        if not ok:
            return
        self.making_key.emit()
        self.context.write(
            lambda s: certificates.issue_officer(
                s, root_passphrase, name, passphrase, position=position
            ),
            self._officer_issued,
            self._failed,
            "certificates",
        )

    def _officer_issued(self, certificate_id: int) -> None:
        if not isValid(self):
            return
        self.officer_name.clear()
        self.officer_position.clear()
        self.issued.emit(certificate_id)
        self.banner.show_message(self.tr("Sertifikat pejabat diterbitkan."), "ok")
        self.save_p12(certificate_id)

    def _failed(self, error: Exception) -> None:
        if isValid(self):
            self.failed.emit(error)

    def save_selected_p12(self) -> None:
        row = self.table.selected()
        if row is not None:
            self.save_p12(row.id)

    def save_p12(self, certificate_id: int) -> None:
        """Offer to save an officer's .p12 (still encrypted with the officer's passphrase)."""
        owner = self.table.owner_of(certificate_id)
        path = ask_save_path(
            self,
            self.tr("Simpan sertifikat untuk {owner}").format(owner=owner),
            f"{_file_stem(owner)}.p12",
            self.tr("Sertifikat PKCS#12 (*.p12 *.pfx)"),
        )
        if not path:
            return
        self.context.query(
            self,
            lambda s: certificates.pkcs12_data(s, certificate_id),
            lambda data: save_file(path, data, self.banner, private=True),
            self.banner.show_error,
            "save",
        )

    def import_p12(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Impor sertifikat pejabat"),
            "",
            self.tr("Sertifikat PKCS#12 (*.p12 *.pfx);;Semua berkas (*)"),
        )
        if not path:
            return
        data = read_file(path, self.banner)
        if data is None:
            return
        passphrase, ok = PassphraseDialog.get_passphrase(
            self,
            self.tr(
                "Kata sandi untuk membuka {file}. Kata sandi hanya dipakai untuk membaca "
                "pemiliknya dan tidak disimpan."
            ).format(file=Path(path).name),
        )
        if ok:
            self.context.write(
                lambda s: certificates.import_pkcs12(s, data, passphrase),
                self.imported.emit,
                self.banner.show_error,
                "certificates",
            )

    def revoke_selected(self) -> None:
        row = self.table.selected()
        if row is None:
            return
        reason, ok = QInputDialog.getText(
            self,
            self.tr("Cabut sertifikat"),
            self.tr("Alasan mencabut sertifikat {owner}:").format(owner=row.owner),
        )
        if not ok:
            return
        root_passphrase, ok = PassphraseDialog.get_passphrase(
            self, self.tr("Kata sandi akar organisasi:")
        )
        if not ok:
            return
        self.context.write(
            lambda s: certificates.revoke(s, row.id, reason, root_passphrase),
            lambda _none: self._revoked(row.owner),
            self._failed,
            "certificates",
        )

    def _revoked(self, owner: str) -> None:
        if isValid(self):
            self.revoked.emit()
            self.banner.show_message(
                self.tr("Sertifikat {owner} dicabut; daftar pencabutan diperbarui.").format(
                    owner=owner
                ),
                "ok",
            )


def _file_stem(owner: str) -> str:
    """A file name from an officer's name: letters, digits and hyphens only."""
    words = "".join(c if c.isalnum() else " " for c in owner).split()
    return "-".join(words).lower() or "sertifikat"
