"""The printed action list in a window of its own: preview, save, print."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QVBoxLayout, QWidget

from rapat.ui.document_view import DocumentView, Keep


class ActionListDialog(QDialog):
    """The printed action list in a window of its own: preview, save, print."""

    def __init__(self, build, file_name: str, keep: Keep, parent: QWidget) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Matriks tindak lanjut"))
        self.resize(900, 640)
        layout = QVBoxLayout(self)
        self.view = DocumentView(build, file_name, keep, self)
        layout.addWidget(self.view)
