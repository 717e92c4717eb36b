"""Pengaturan: the organization profile (letterhead, contacts, logo, signing city, signature blocks,
the naskah dinas page and invitation numbering), the interface language of this computer and, on
their own tabs, the certificates for electronic signatures and the archive's backups."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QBuffer, QEvent, QIODevice, QObject, Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from rapat.i18n import LANGUAGES, choose_language, chosen_language
from rapat.models.vocabulary import SignatureBlocks, TimeZone
from rapat.records.organization import ProfileRecord
from rapat.services.organization import get_profile, update_profile
from rapat.ui.backup_page import BackupPage
from rapat.ui.certificates_view import CertificatesView
from rapat.ui.context import Context
from rapat.ui.naskah_settings_box import NaskahSettingsBox
from rapat.ui.text import office_zone

LOGO_SIZE = 96


class SettingsView(QWidget):
    """Each field is stored when it is left; there is nothing to save by hand. A login that may
    only read sees the office profile without a way to change it (the interface language is this
    computer's own and stays a choice)."""

    def __init__(self, context: Context) -> None:
        super().__init__()
        self.context = context
        self.profile = ProfileRecord()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(QLabel(self.tr("Pengaturan"), objectName="pageTitle"))
        self.tabs = QTabWidget()
        profile_page = QWidget()
        self.certificates = CertificatesView(context)
        self.tabs.addTab(profile_page, self.tr("Profil Kantor"))
        self.tabs.addTab(self.certificates, self.tr("Tanda Tangan Elektronik"))
        self.backups = BackupPage(context)
        self.backups.restored.connect(lambda _message: self.window().close())
        self.tabs.addTab(self.backups, self.tr("Cadangan"))
        layout.addWidget(self.tabs, 1)
        layout = QVBoxLayout(profile_page)
        note = QLabel(
            self.tr(
                "Profil kantor untuk kop surat dan tanda tangan notula. Perubahan tersimpan otomatis."
            )
        )
        note.setWordWrap(True)
        layout.addWidget(note)
        body = QHBoxLayout()
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.letterhead = QPlainTextEdit()
        self.letterhead.setTabChangesFocus(True)
        self.letterhead.setPlaceholderText(
            self.tr("PEMERINTAH KABUPATEN …\nBADAN KESATUAN BANGSA DAN POLITIK")
        )
        self.letterhead.setFixedHeight(96)
        self.letterhead.installEventFilter(self)
        self.address = QLineEdit()
        self.phone = QLineEdit()
        self.email = QLineEdit()
        self.website = QLineEdit()
        self.city = QLineEdit()
        self.city.setPlaceholderText(self.tr("mis. Lembah Hijau"))
        form.addRow(self.tr("Kop surat (satu baris per baris)"), self.letterhead)
        form.addRow(self.tr("Alamat"), self.address)
        form.addRow(self.tr("Telepon"), self.phone)
        form.addRow(self.tr("E-mail"), self.email)
        form.addRow(self.tr("Situs web"), self.website)
        form.addRow(self.tr("Kota penandatanganan"), self.city)
        self.zone = QComboBox()
        for zone in TimeZone:
            self.zone.addItem(zone.value, zone.value)
        self.zone.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.zone.setToolTip(self.tr("Zona waktu rapat baru dan jam pada layar"))
        self.zone.activated.connect(
            lambda _index: self._store("default_timezone", self.zone.currentData())
        )
        zone_row = QHBoxLayout()
        zone_row.addWidget(self.zone)
        zone_row.addStretch(1)
        form.addRow(self.tr("Zona waktu kantor"), zone_row)
        for key, edit in (
            ("address", self.address),
            ("phone", self.phone),
            ("email", self.email),
            ("website", self.website),
            ("signing_city", self.city),
        ):
            edit.editingFinished.connect(
                lambda key=key, edit=edit: self._store(key, edit.text().strip() or None)
            )
        blocks = QVBoxLayout()
        self.chair_only = QRadioButton(self.tr("Pimpinan rapat saja"))
        self.chair_and_note_taker = QRadioButton(self.tr("Pimpinan rapat dan notulis"))
        group = QButtonGroup(self)
        for button, value in (
            (self.chair_only, SignatureBlocks.CHAIR.value),
            (self.chair_and_note_taker, SignatureBlocks.CHAIR_AND_NOTE_TAKER.value),
        ):
            group.addButton(button)
            blocks.addWidget(button)
            button.toggled.connect(
                lambda on, value=value: on and self._store("signature_blocks", value)
            )
        form.addRow(self.tr("Blok tanda tangan notula"), blocks)
        body.addLayout(form, 3)
        logo_box = QVBoxLayout()
        logo_box.addWidget(QLabel(self.tr("Logo"), objectName="sectionTitle"))
        self.logo = QLabel()
        self.logo.setFixedSize(LOGO_SIZE + 8, LOGO_SIZE + 8)
        self.logo.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.logo.setStyleSheet("background:white; border:1px solid #d5dde5;")
        logo_box.addWidget(self.logo)
        choose = QPushButton(self.tr("Pilih logo…"))
        choose.setToolTip(self.tr("Pilih berkas gambar PNG atau JPG untuk kop surat"))
        choose.clicked.connect(self.choose_logo)
        remove = QPushButton(self.tr("Hapus logo"))
        remove.clicked.connect(lambda: self._store("logo_png", None))
        for button in (choose, remove):
            button.setMaximumWidth(220)
            logo_box.addWidget(button)
        logo_box.addStretch(1)
        body.addLayout(logo_box, 1)
        layout.addLayout(body)
        self.naskah = NaskahSettingsBox(self._store_changes)
        layout.addWidget(self.naskah)
        layout.addLayout(self._language_choice())
        layout.addStretch(1)
        if context.read_only:
            for edit in (self.letterhead, self.address, self.phone, self.email, self.website):
                edit.setReadOnly(True)
            self.city.setReadOnly(True)
            for widget in (self.zone, self.chair_only, self.chair_and_note_taker):
                widget.setEnabled(False)
            for button in (choose, remove):
                button.hide()
            self.naskah.set_read_only()

    def _language_choice(self) -> QVBoxLayout:
        """The interface language, kept in this computer's settings and applied at the next start."""
        box = QVBoxLayout()
        box.addWidget(QLabel(self.tr("Bahasa antarmuka"), objectName="sectionTitle"))
        self.language = QComboBox()
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(self.language.findData(chosen_language()))
        self.language.currentIndexChanged.connect(
            lambda _index: choose_language(self.language.currentData())
        )
        self.language.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        row = QHBoxLayout()
        row.addWidget(self.language)
        row.addStretch(1)
        box.addLayout(row)
        note = QLabel(
            self.tr(
                "Berlaku saat Rapat dibuka lagi. Dokumen resmi (notula, daftar hadir, undangan, "
                "daftar tindak lanjut) tetap berbahasa Indonesia."
            )
        )
        note.setWordWrap(True)
        box.addWidget(note)
        return box

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.letterhead and event.type() == QEvent.Type.FocusOut:
            self._store("letterhead", self.letterhead.toPlainText().strip() or None)
        return super().eventFilter(watched, event)

    def refresh(self) -> None:
        """Read the office profile in the background, and the tabs' own data."""
        self.certificates.refresh()
        self.backups.refresh()
        self.context.query(self, get_profile, self._show_profile)

    def _show_profile(self, p: ProfileRecord) -> None:
        """Show the profile as read; a field the person is typing in keeps what they typed (it
        is stored when they leave it)."""
        self.profile = p
        if not self.letterhead.hasFocus():
            self.letterhead.setPlainText(p.letterhead or "")
        for edit, value in (
            (self.address, p.address),
            (self.phone, p.phone),
            (self.email, p.email),
            (self.website, p.website),
            (self.city, p.signing_city),
        ):
            if not edit.hasFocus():
                edit.setText(value or "")
        button = (
            self.chair_only
            if p.signature_blocks == SignatureBlocks.CHAIR
            else self.chair_and_note_taker
        )
        button.blockSignals(True)
        button.setChecked(True)
        button.blockSignals(False)
        self._show_logo(p.logo_png)
        self.zone.setCurrentIndex(self.zone.findData(office_zone(p.default_timezone)))
        self.naskah.show_profile(p)

    def _show_logo(self, data: bytes | None) -> None:
        pixmap = QPixmap()
        if data and pixmap.loadFromData(data):
            self.logo.setPixmap(
                pixmap.scaled(
                    LOGO_SIZE,
                    LOGO_SIZE,
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
            )
        else:
            self.logo.clear()
            self.logo.setText(self.tr("Belum ada logo"))

    def _store(self, key: str, value) -> None:
        if getattr(self.profile, key) != value:
            self._store_changes({key: value})

    def _store_changes(self, changes: dict) -> None:
        self.context.write(
            lambda s: update_profile(s, **changes),
            lambda _none: self.context.query(self, get_profile, self._show_profile),
            changed="profile",
        )

    def choose_logo(self) -> None:
        name, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Pilih logo"), "", self.tr("Gambar (*.png *.jpg *.jpeg)")
        )
        if name:
            self.set_logo_file(Path(name))

    def set_logo_file(self, path: Path) -> None:
        """Store a logo image, converted to PNG so every document reads it the same way."""
        pixmap = QPixmap(str(path))
        if pixmap.isNull():
            self.context.problem.emit(
                self.tr("Berkas {name} bukan gambar yang dapat dibaca.").format(name=path.name)
            )
            return
        buffer = QBuffer()
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        pixmap.save(buffer, "PNG")
        self._store("logo_png", bytes(buffer.data()))
