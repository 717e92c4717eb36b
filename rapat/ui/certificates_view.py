"""Pengaturan → Tanda Tangan Elektronik: the certificates that sign and verify the minutes.

Officers' certificates are imported (.p12/.pfx) or issued by the office's own root; other
authorities' certificates are trusted for verification. Passphrases are asked when needed and
never kept; making a key runs off the GUI thread.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from rapat.errors import InvalidInput
from rapat.fileio import write_atomically
from rapat.i18n import QT_TR_NOOP, tr
from rapat.models.vocabulary import CertificateKind
from rapat.services import certificates
from rapat.services.certificates import CertificateRow
from rapat.services.organization import get_profile
from rapat.ui.context import Context
from rapat.ui.messages import Banner
from rapat.ui.models import Column, Index, RowsModel
from rapat.ui.passphrase_dialog import PassphraseDialog
from rapat.ui.save_dialog import ask_save_path
from rapat.ui.text import short_date
from rapat.ui.timestamp_setting import TimestampSetting

WARNING_BACKGROUND = QColor("#fff4d6")
EXPIRED_BACKGROUND = QColor("#fdecea")
KIND_LABELS = {
    CertificateKind.ROOT: QT_TR_NOOP("Akar organisasi"),
    CertificateKind.OFFICER: QT_TR_NOOP("Pejabat penanda tangan"),
    CertificateKind.TRUSTED: QT_TR_NOOP("Tepercaya (pihak lain)"),
}


def validity_text(row: CertificateRow, now: datetime) -> str:
    """How long a certificate still holds, in words: a warning when it ends within 30 days."""
    if row.revoked_at is not None:
        return tr("Dicabut {date}: {reason}").format(
            date=short_date(row.revoked_at.date()), reason=row.revocation_reason
        )
    if row.expired(now):
        return tr("Kedaluwarsa")
    if row.expires_soon(now):
        days = max((row.not_after - now).days, 0)
        return tr("Berakhir dalam {n} hari").format(n=days)
    if row.not_before > now:
        return tr("Belum berlaku")
    return tr("Berlaku")


class CertificateModel(RowsModel):
    """Certificates with their owner, kind, issuer and validity; ending ones tinted."""

    def __init__(self, parent=None) -> None:
        self.now = datetime.now(UTC)
        super().__init__(
            [
                Column(tr("Pemilik"), lambda r: r.owner),
                Column(tr("Jenis"), lambda r: tr(KIND_LABELS.get(r.kind, r.kind))),
                Column(tr("Penerbit"), lambda r: r.issuer),
                Column(tr("Berlaku sejak"), lambda r: short_date(r.not_before.date())),
                Column(tr("Berlaku sampai"), lambda r: short_date(r.not_after.date())),
                Column(tr("Keadaan"), lambda r: validity_text(r, self.now)),
            ],
            parent,
        )

    def set_rows(self, rows) -> None:
        self.now = datetime.now(UTC)
        super().set_rows(rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.BackgroundRole and index.isValid():
            row = self.row_at(index.row())
            if row.expired(self.now) or row.revoked_at is not None:
                return EXPIRED_BACKGROUND
            if row.expires_soon(self.now):
                return WARNING_BACKGROUND
            return None
        return super().data(index, role)


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
        layout.addWidget(self._table(), 1)
        self.empty = QLabel(
            self.tr(
                "Belum ada sertifikat. Impor sertifikat .p12 pejabat, atau buat akar organisasi "
                "lalu terbitkan sertifikat pejabat."
            )
        )
        self.empty.setWordWrap(True)
        layout.addWidget(self.empty)
        layout.addLayout(self._list_actions())
        forms = QHBoxLayout()
        forms.addWidget(self._root_box(), 1)
        forms.addWidget(self._officer_box(), 1)
        layout.addLayout(forms)
        self.timestamps = TimestampSetting(self.context)
        layout.addWidget(self.timestamps)
        # With no certificates the table hides: the forms keep their size and the room is left
        # below them (a stretch of factor 0 takes space only while the table is not there).
        layout.addStretch(0)

    def _table(self) -> QTableView:
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        for column in (1, 3, 4, 5):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        return self.table

    def _list_actions(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.import_p12_button = self._button(
            self.tr("Impor .p12/.pfx…"),
            self.tr("Simpan sertifikat pejabat dari berkas PKCS#12 (kuncinya tetap terenkripsi)"),
            self.import_p12,
        )
        self.import_trusted_button = self._button(
            self.tr("Impor sertifikat tepercaya…"),
            self.tr(
                "Percayai sertifikat otoritas lain (berkas .pem, .crt atau .cer) saat memeriksa keaslian"
            ),
            self.import_trusted,
        )
        self.save_p12_button = self._button(
            self.tr("Simpan .p12…"),
            self.tr("Simpan berkas .p12 pejabat terpilih untuk diserahkan atau dicadangkan"),
            self.save_selected_p12,
        )
        self.export_root_button = self._button(
            self.tr("Ekspor sertifikat akar…"),
            self.tr(
                "Simpan sertifikat akar organisasi (sertifikat induk yang menerbitkan sertifikat pejabat) agar pihak lain dapat memeriksa tanda tangan"
            ),
            self.export_root,
        )
        self.revoke_button = self._button(
            self.tr("Cabut…"),
            self.tr(
                "Cabut sertifikat pejabat terpilih (mis. kunci hilang, pindah tugas): tanda tangan "
                "yang dibuat sebelumnya tetap sah, sesudahnya tidak"
            ),
            self.revoke_selected,
        )
        self.verify_button = self._button(
            self.tr("Periksa Keaslian…"),
            self.tr("Periksa tanda tangan elektronik sebuah berkas PDF"),
            self.open_verify,
        )
        for button in (
            self.import_p12_button,
            self.import_trusted_button,
            self.save_p12_button,
            self.revoke_button,
            self.export_root_button,
        ):
            row.addWidget(button)
        row.addStretch(1)
        row.addWidget(self.verify_button)
        return row

    def _button(self, text: str, tip: str, slot) -> QPushButton:
        button = QPushButton(text)
        button.setToolTip(tip)
        button.clicked.connect(slot)
        return button

    def _root_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Akar sertifikat organisasi"))
        grid = QGridLayout(box)
        self.root_state = QLabel()
        self.root_state.setWordWrap(True)
        grid.addWidget(self.root_state, 0, 0, 1, 2)
        self.organization = QLineEdit()
        self.organization.setPlaceholderText(self.tr("mis. Pemerintah Kabupaten Lembah Hijau"))
        self.organization_label = QLabel(self.tr("Nama organisasi"))
        grid.addWidget(self.organization_label, 1, 0)
        grid.addWidget(self.organization, 1, 1)
        self.create_root_button = self._button(
            self.tr("Buat akar…"),
            self.tr("Buat otoritas sertifikat kantor sendiri (kata sandi ditanyakan dua kali)"),
            self.create_root,
        )
        grid.addWidget(self.create_root_button, 2, 1, Qt.AlignmentFlag.AlignRight)
        grid.setRowStretch(3, 1)  # the state line stays at the top once the form is hidden
        return box

    def _officer_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Terbitkan sertifikat pejabat"))
        grid = QGridLayout(box)
        self.officer_name = QLineEdit()
        self.officer_name.setPlaceholderText(self.tr("Nama lengkap dengan gelar"))
        self.officer_position = QLineEdit()
        self.officer_position.setPlaceholderText(self.tr("mis. Sekretaris Daerah"))
        grid.addWidget(QLabel(self.tr("Nama pejabat")), 0, 0)
        grid.addWidget(self.officer_name, 0, 1)
        grid.addWidget(QLabel(self.tr("Jabatan")), 1, 0)
        grid.addWidget(self.officer_position, 1, 1)
        self.issue_button = self._button(
            self.tr("Terbitkan…"),
            self.tr("Terbitkan sertifikat penanda tangan dari akar organisasi"),
            self.issue_officer,
        )
        grid.addWidget(self.issue_button, 2, 1, Qt.AlignmentFlag.AlignRight)
        grid.setRowStretch(3, 1)
        return box

    # -- data ------------------------------------------------------------------------------------

    def refresh(self) -> None:
        self.timestamps.refresh()
        rows = self.context.read(certificates.list_certificates)
        self.model.set_rows(rows)
        self.table.setVisible(bool(rows))
        self.empty.setVisible(not rows)
        self._show_warning(rows)
        root = next((r for r in rows if r.kind == CertificateKind.ROOT), None)
        if root is None:
            self.root_state.setText(
                self.tr("Belum ada. Kantor tanpa otoritas sertifikat dapat membuatnya di sini.")
            )
            if not self.organization.text():
                self.organization.setText(self._organization_guess())
        else:
            self.root_state.setText(
                self.tr("{owner}, berlaku sampai {date}.").format(
                    owner=root.owner, date=short_date(root.not_after.date())
                )
            )
        for widget in (self.organization_label, self.organization, self.create_root_button):
            widget.setVisible(root is None)
        self.export_root_button.setEnabled(root is not None)
        for widget in (self.officer_name, self.officer_position, self.issue_button):
            widget.setEnabled(root is not None)
        self._selection_changed()

    def _organization_guess(self) -> str:
        lines = self.context.read(get_profile).letterhead_lines
        return lines[0].title() if lines else ""

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

    def selected(self) -> CertificateRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def select_certificate(self, certificate_id: int) -> None:
        position = self.model.row_of(certificate_id)
        if position >= 0:
            self.table.selectRow(position)

    def _selection_changed(self, *_args) -> None:
        row = self.selected()
        self.save_p12_button.setEnabled(
            row is not None and row.kind == CertificateKind.OFFICER and row.has_key
        )
        self.revoke_button.setEnabled(
            row is not None and row.kind == CertificateKind.OFFICER and row.revoked_at is None
        )

    def revoke_selected(self) -> None:
        row = self.selected()
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
            self.refresh()
            self.banner.show_message(
                self.tr("Sertifikat {owner} dicabut; daftar pencabutan diperbarui.").format(
                    owner=owner
                ),
                "ok",
            )

    def _failed(self, error: Exception) -> None:
        if isValid(self):
            self._set_busy(False)
            self.banner.show_error(error)

    def _set_busy(self, busy: bool) -> None:
        for button in (self.create_root_button, self.issue_button):
            button.setEnabled(not busy)
        if busy:
            self.banner.show_message(self.tr("Membuat kunci… (beberapa detik)"), "info", 0)
        else:
            self.refresh()

    # -- actions ---------------------------------------------------------------------------------

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
        self._set_busy(True)
        self.context.write(
            lambda s: certificates.create_root(s, organization, passphrase),
            self._root_created,
            self._failed,
            "certificates",
        )

    def _root_created(self, certificate_id: int) -> None:
        if not isValid(self):
            return
        self._set_busy(False)
        self.select_certificate(certificate_id)
        self.banner.show_message(
            self.tr("Akar organisasi dibuat. Ekspor sertifikat akar untuk pihak yang memeriksa."),
            "ok",
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
        self._set_busy(True)
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
        self._set_busy(False)
        self.select_certificate(certificate_id)
        self.banner.show_message(self.tr("Sertifikat pejabat diterbitkan."), "ok")
        self.save_p12(certificate_id)

    def save_selected_p12(self) -> None:
        row = self.selected()
        if row is not None:
            self.save_p12(row.id)

    def save_p12(self, certificate_id: int) -> None:
        """Offer to save an officer's .p12 (still encrypted with the officer's passphrase)."""
        owner = self.model.row_at(self.model.row_of(certificate_id)).owner
        path = ask_save_path(
            self,
            self.tr("Simpan sertifikat untuk {owner}").format(owner=owner),
            f"{_file_stem(owner)}.p12",
            self.tr("Sertifikat PKCS#12 (*.p12 *.pfx)"),
        )
        if not path:
            return
        data = self.context.read(lambda s: certificates.pkcs12_data(s, certificate_id))
        self._write(path, data, private=True)

    def export_root(self) -> None:
        path = ask_save_path(
            self,
            self.tr("Ekspor akar organisasi"),
            "akar-organisasi.pem",
            self.tr("Sertifikat (*.pem *.crt)"),
        )
        if path:
            self._write(path, self.context.read(certificates.root_pem).encode("ascii"))

    def _write(self, path: str, data: bytes, private: bool = False) -> None:
        try:
            write_atomically(path, data, private=private)
        except InvalidInput as error:
            self.banner.show_error(error)
            return
        self.banner.show_message(self.tr("Tersimpan: {path}").format(path=path), "ok")

    def import_p12(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Impor sertifikat pejabat"),
            "",
            self.tr("Sertifikat PKCS#12 (*.p12 *.pfx);;Semua berkas (*)"),
        )
        if not path:
            return
        data = self._read(path)
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
                self._imported,
                self.banner.show_error,
                "certificates",
            )

    def import_trusted(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Impor sertifikat tepercaya"),
            "",
            self.tr("Sertifikat (*.pem *.crt *.cer *.der);;Semua berkas (*)"),
        )
        data = self._read(path) if path else None
        if data is not None:
            self.context.write(
                lambda s: certificates.import_trusted(s, data),
                self._imported,
                self.banner.show_error,
                "certificates",
            )

    def _read(self, path: str) -> bytes | None:
        try:
            return Path(path).read_bytes()
        except OSError as error:
            self.banner.show_message(
                self.tr("{file} tidak dapat dibaca ({reason})").format(
                    file=path, reason=error.strerror
                ),
                "error",
            )
            return None

    def _imported(self, certificate_id: int) -> None:
        self.refresh()
        self.select_certificate(certificate_id)
        row = self.selected()
        self.banner.show_message(
            self.tr("Sertifikat {owner} tersimpan.").format(owner=row.owner if row else ""), "ok"
        )

    def open_verify(self) -> None:
        from rapat.ui.verify_dialog import VerifyDialog

        VerifyDialog(self.context, self).open()


def _file_stem(owner: str) -> str:
    """A file name from an officer's name: letters, digits and hyphens only."""
    words = "".join(c if c.isalnum() else " " for c in owner).split()
    return "-".join(words).lower() or "sertifikat"
