"""Pengaturan → Tanda Tangan Elektronik: the certificates that sign and verify the minutes.

The page assembles its rooms: the list (`certificate_table.py`), the office's root
(`root_certificate_panel.py`), officers' certificates (`officer_certificates.py`), other
authorities' trusted certificates (`trusted_certificates.py`) and the timestamp authority
(`timestamp_setting.py`). It keeps what they share: the banner, the expiry warnings, and the
busy state while a key is made.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from rapat.models.vocabulary import CertificateKind
from rapat.services import certificates
from rapat.services.certificates import CertificateRow
from rapat.ui.certificate_files import action_button
from rapat.ui.certificate_table import CertificateModel, CertificateTable
from rapat.ui.context import Context
from rapat.ui.messages import Banner
from rapat.ui.officer_certificates import OfficerCertificatesPanel
from rapat.ui.root_certificate_panel import RootCertificatePanel
from rapat.ui.text import short_date
from rapat.ui.timestamp_setting import TimestampSetting
from rapat.ui.trusted_certificates import TrustedCertificateImport


class CertificatesView(QWidget):
    """The certificate list, its warnings, and the actions that add, issue and hand out certificates."""

    def __init__(self, context: Context, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.model = CertificateModel(self)
        self._build()
        self.refresh()

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        note = QLabel(
            self.tr(
                "Sertifikat untuk menandatangani notula secara elektronik. Kata sandi ditanyakan "
                "setiap kali diperlukan dan tidak pernah disimpan."
            )
        )
        note.setWordWrap(True)
        layout.addWidget(note)
        self.banner = Banner()
        layout.addWidget(self.banner)
        self.warning = QLabel()
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet(
            "background:#fff4d6; color:#7a5400; border:1px solid #f0d99a;"
            " border-radius:4px; padding:6px;"
        )
        layout.addWidget(self.warning)
        self.table = CertificateTable(self.model)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        layout.addWidget(self.table, 1)
        self.empty = QLabel(
            self.tr(
                "Belum ada sertifikat. Impor sertifikat .p12 pejabat, atau buat akar organisasi "
                "lalu terbitkan sertifikat pejabat."
            )
        )
        self.empty.setWordWrap(True)
        layout.addWidget(self.empty)
        self.root = RootCertificatePanel(self.context, self.banner)
        self.root.making_key.connect(lambda: self._set_busy(True))
        self.root.created.connect(self._key_made)
        self.root.failed.connect(self._failed)
        self.officers = OfficerCertificatesPanel(self.context, self.banner, self.table)
        self.officers.making_key.connect(lambda: self._set_busy(True))
        self.officers.issued.connect(self._key_made)
        self.officers.imported.connect(self._imported)
        self.officers.revoked.connect(self.refresh)
        self.officers.failed.connect(self._failed)
        self.trusted = TrustedCertificateImport(self.context, self.banner)
        self.trusted.imported.connect(self._imported)
        layout.addLayout(self._list_actions())
        forms = QHBoxLayout()
        forms.addWidget(self.root, 1)
        forms.addWidget(self.officers, 1)
        layout.addLayout(forms)
        self.timestamps = TimestampSetting(self.context)
        layout.addWidget(self.timestamps)
        # With no certificates the table hides: the forms keep their size and the room is left
        # below them (a stretch of factor 0 takes space only while the table is not there).
        layout.addStretch(0)
        if self.context.read_only:  # a reader lists, exports the root and verifies; no more
            for widget in (
                self.root,
                self.officers,
                self.officers.import_p12_button,
                self.officers.save_p12_button,
                self.officers.revoke_button,
                self.trusted,
            ):
                widget.hide()

    def _list_actions(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.verify_button = action_button(
            self.tr("Periksa Keaslian…"),
            self.tr("Periksa tanda tangan elektronik sebuah berkas PDF"),
            self.open_verify,
        )
        for button in (
            self.officers.import_p12_button,
            self.trusted,
            self.officers.save_p12_button,
            self.officers.revoke_button,
            self.root.export_root_button,
        ):
            row.addWidget(button)
        row.addStretch(1)
        row.addWidget(self.verify_button)
        return row

    # -- data ------------------------------------------------------------------------------------

    def refresh(self, then: Callable[[], None] | None = None) -> None:
        """Read the certificates in the background and show them; then() after that."""
        self.timestamps.refresh()

        def show(rows: list[CertificateRow]) -> None:
            self._show(rows)
            if then is not None:
                then()

        self.context.query(self, certificates.list_certificates, show, self.banner.show_error)

    def _show(self, rows: list[CertificateRow]) -> None:
        self.model.set_rows(rows)
        self.table.setVisible(bool(rows))
        self.empty.setVisible(not rows)
        self._show_warning(rows)
        root = next((r for r in rows if r.kind == CertificateKind.ROOT), None)
        self.root.show_root(root)
        self.officers.set_root_present(root is not None)
        self._selection_changed()

    def _show_warning(self, rows: list[CertificateRow]) -> None:
        now = self.model.now
        lines = [
            self.tr("Sertifikat {owner} sudah kedaluwarsa sejak {date}.").format(
                owner=r.owner, date=short_date(r.not_after.date())
            )
            for r in rows
            if r.expired(now)
        ] + [
            self.tr("Sertifikat {owner} berakhir {date}; minta atau terbitkan yang baru.").format(
                owner=r.owner, date=short_date(r.not_after.date())
            )
            for r in rows
            if r.expires_soon(now)
        ]
        self.warning.setText("\n".join("⚠ " + line for line in lines))
        self.warning.setVisible(bool(lines))

    def _selection_changed(self, *_args) -> None:
        self.officers.show_selected(self.table.selected())

    def _set_busy(self, busy: bool) -> None:
        for button in (self.root.create_root_button, self.officers.issue_button):
            button.setEnabled(not busy)
        if busy:
            self.banner.show_message(self.tr("Membuat kunci… (beberapa detik)"), "info", 0)

    def _key_made(self, certificate_id: int) -> None:
        self._set_busy(False)
        self.refresh(lambda: self.table.select_certificate(certificate_id))

    def _failed(self, error: Exception) -> None:
        self._set_busy(False)
        self.refresh()
        self.banner.show_error(error)

    def _imported(self, certificate_id: int) -> None:
        def shown() -> None:
            self.table.select_certificate(certificate_id)
            row = self.table.selected()
            self.banner.show_message(
                self.tr("Sertifikat {owner} tersimpan.").format(owner=row.owner if row else ""),
                "ok",
            )

        self.refresh(shown)

    def open_verify(self) -> None:
        from rapat.ui.verify_dialog import VerifyDialog

        VerifyDialog(self.context, self).open()
