"""Dokumentasi: the meeting's photos with their captions; added and removed while it is a draft."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QIcon, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from rapat.records.attachment import PhotoRecord
from rapat.services.attachments import add_photo, list_photos, remove_photo
from rapat.ui.context import Context
from rapat.ui.messages import Banner

THUMB = QSize(200, 150)


class PhotosView(QWidget):
    """Thumbnails of the photos that the notula's Dokumentasi page shows, in the same order."""

    def __init__(self, context: Context, meeting_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.meeting_id = meeting_id
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.banner = Banner()
        layout.addWidget(self.banner)
        tools = QHBoxLayout()
        self.caption = QLineEdit()
        self.caption.setPlaceholderText(self.tr("Keterangan foto, mis. Suasana rapat di Aula"))
        self.add_button = QPushButton(self.tr("Tambah foto…"))
        self.add_button.setToolTip(self.tr("Tambah foto JPEG atau PNG dengan keterangan di kiri"))
        self.add_button.clicked.connect(self.choose_photos)
        self.remove_button = QPushButton(self.tr("Hapus foto"))
        self.remove_button.setToolTip(self.tr("Hapus foto terpilih (Delete)"))
        self.remove_button.setShortcut(Qt.Key.Key_Delete)
        self.remove_button.clicked.connect(self.remove_selected)
        tools.addWidget(QLabel(self.tr("Keterangan")))
        tools.addWidget(self.caption, 1)
        tools.addWidget(self.add_button)
        tools.addWidget(self.remove_button)
        layout.addLayout(tools)
        self.note = QLabel()
        self.note.setWordWrap(True)
        layout.addWidget(self.note)
        self.list = QListWidget()
        self.list.setViewMode(QListView.ViewMode.IconMode)
        self.list.setIconSize(THUMB)
        self.list.setResizeMode(QListView.ResizeMode.Adjust)
        self.list.setMovement(QListView.Movement.Static)
        self.list.setWordWrap(True)
        self.list.setSpacing(8)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.itemSelectionChanged.connect(self._update_buttons)
        layout.addWidget(self.list, 1)
        self.read_only = False

    def load(self, read_only: bool) -> None:
        """Show the meeting's photos, read off the GUI thread; read-only: nothing to add or remove."""
        self.read_only = read_only
        self.caption.setEnabled(not read_only)
        self._update_buttons()
        if read_only:
            self.note.setText(
                self.tr("Rapat sudah final: foto dokumentasi tidak dapat diubah lagi.")
            )
        meeting_id = self.meeting_id
        self.context.query(
            self, lambda s: list_photos(s, meeting_id), self._show, self.banner.show_error, "photos"
        )

    def _show(self, photos: list[PhotoRecord]) -> None:
        self.list.clear()
        for photo in photos:
            self.list.addItem(self._item(photo))
        if photos and not self.read_only:
            self.note.setText(
                self.tr("Foto tampil di halaman Dokumentasi notula, urut seperti ini.")
            )
        elif not self.read_only:
            self.note.setText(
                self.tr("Belum ada foto. Tulis keterangan lalu tambah foto rapat (JPEG atau PNG).")
            )
        self._update_buttons()

    def _item(self, photo: PhotoRecord) -> QListWidgetItem:
        pixmap = QPixmap()
        pixmap.loadFromData(photo.data)
        if not pixmap.isNull():
            pixmap = pixmap.scaled(
                THUMB,
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
        item = QListWidgetItem(QIcon(pixmap), photo.caption or photo.filename)
        item.setToolTip(photo.filename)
        item.setData(Qt.ItemDataRole.UserRole, photo.id)
        item.setSizeHint(QSize(THUMB.width() + 16, THUMB.height() + 48))
        return item

    def _update_buttons(self) -> None:
        self.add_button.setEnabled(not self.read_only)
        self.remove_button.setEnabled(not self.read_only and bool(self.list.selectedItems()))

    def choose_photos(self) -> None:
        paths, _filter = QFileDialog.getOpenFileNames(
            self, self.tr("Tambah foto rapat"), "", self.tr("Foto (*.jpg *.jpeg *.png)")
        )
        if paths:
            self.add_files([Path(p) for p in paths])

    def add_files(self, paths: list[Path]) -> None:
        """Store the photos with the caption typed; one that is not a photo is refused by name."""
        caption, meeting_id = self.caption.text().strip() or None, self.meeting_id
        for path in paths:
            try:
                data = path.read_bytes()
            except OSError as error:
                self.banner.show_message(
                    self.tr("{file} tidak dapat dibaca ({reason})").format(
                        file=path.name, reason=error.strerror
                    ),
                    "error",
                )
                continue
            self.context.write(
                lambda s, name=path.name, data=data: add_photo(s, meeting_id, name, data, caption),
                lambda _stored: self._added(),
                self.banner.show_error,
                "photos",
            )

    def _added(self) -> None:
        self.caption.clear()
        self.load(self.read_only)

    def remove_selected(self) -> None:
        items = self.list.selectedItems()
        if not items or self.read_only:
            return
        photo_id = items[0].data(Qt.ItemDataRole.UserRole)
        self.context.write(
            lambda s: remove_photo(s, photo_id),
            lambda _removed: self.load(self.read_only),
            self.banner.show_error,
            "photos",
        )
