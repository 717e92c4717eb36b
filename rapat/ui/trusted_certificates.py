"""Other authorities' certificates, trusted when a signed file is verified (PEM or DER)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFileDialog, QPushButton, QWidget

from rapat.services import certificates
from rapat.ui.certificate_files import read_file
from rapat.ui.context import Context
from rapat.ui.messages import Banner


class TrustedCertificateImport(QPushButton):
    """A button that asks for another office's certificate and stores it as trusted."""

    imported = Signal(int)  # the stored certificate's id

    def __init__(self, context: Context, banner: Banner, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Impor sertifikat tepercaya…"), parent)
        self.context = context
        self.banner = banner
        self.setToolTip(
            self.tr(
                "Percayai sertifikat otoritas lain (berkas .pem, .crt atau .cer) saat memeriksa keaslian"
            )
        )
        self.clicked.connect(self.import_trusted)

    def import_trusted(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Impor sertifikat tepercaya"),
            "",
            self.tr("Sertifikat (*.pem *.crt *.cer *.der);;Semua berkas (*)"),
        )
        data = read_file(path, self.banner) if path else None
        if data is not None:
            self.context.write(
                lambda s: certificates.import_trusted(s, data),
                self.imported.emit,
                self.banner.show_error,
                "certificates",
            )
