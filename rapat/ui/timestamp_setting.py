"""The office's timestamp authority: an RFC 3161 address that makes signatures outlive certificates."""

from __future__ import annotations

from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from rapat.services.organization import get_profile, update_profile
from rapat.ui.context import Context


class TimestampSetting(QGroupBox):
    """One field, stored when it is left, like the office profile's."""

    def __init__(self, context: Context, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Layanan cap waktu (RFC 3161)"), parent)
        self.context = context
        self.stored: str | None = None
        layout = QVBoxLayout(self)
        note = QLabel(
            self.tr(
                "Cap waktu dari layanan tepercaya membuktikan kapan notula ditandatangani, sehingga "
                "tanda tangan tetap sah setelah sertifikat pejabat berakhir. Bila layanan tidak "
                "dapat dihubungi (paling lama 10 detik), notula tetap ditandatangani tanpa cap "
                "waktu dan Rapat memberi tahu."
            )
        )
        note.setWordWrap(True)
        layout.addWidget(note)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Alamat layanan")))
        self.url = QLineEdit()
        self.url.setPlaceholderText(
            self.tr("mis. http://tsa.kantor.go.id/tsr (kosong: tanpa cap waktu)")
        )
        self.url.editingFinished.connect(self._store)
        row.addWidget(self.url, 1)
        layout.addLayout(row)
        self.url.setReadOnly(context.read_only)  # a reader sees the address, and no more

    def refresh(self) -> None:
        self.context.query(self, get_profile, self._show)

    def _show(self, profile) -> None:
        if self.url.isModified():
            return  # typed while the profile was read: the person's address is stored next
        self.stored = profile.timestamp_url
        self.url.setText(self.stored or "")

    def _store(self) -> None:
        value = self.url.text().strip() or None
        self.url.setModified(False)
        if value == self.stored:
            return
        self.stored = value
        self.context.write(lambda s: update_profile(s, timestamp_url=value), changed="profile")
