"""A built PDF on screen: generated off the GUI thread, its pages previewed, then saved, printed or opened."""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QRect, QSize, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from rapat.fileio import write_atomically
from rapat.ui.messages import Banner
from rapat.ui.save_dialog import ask_save_path
from rapat.ui.tasks import run_task

if TYPE_CHECKING:  # reportlab loads when the first document is built, not with the tab
    from sqlalchemy.orm import Session

    from rapat.documents.pdf import BuiltDocument
    from rapat.ui.context import Context

PRINT_DPI = 300  # enough for text and signatures, without page images of hundreds of megabytes

# Keeps a built document at a path through a service, then calls on_done or on_error.
Keep = Callable[["BuiltDocument", str, Callable[[object], None], Callable[[Exception], None]], None]


def keep_through(context: Context, save: Callable[[Session, BuiltDocument, str], object]) -> Keep:
    """A Keep that runs save(session, document, path) (a service that writes the file and records
    the export) as one of the context's writes."""

    def keep(document: BuiltDocument, path: str, on_done, on_error) -> None:
        context.write(lambda s: save(s, document, path), on_done, on_error, changed="audit")

    return keep


class DocumentView(QWidget):
    """Shows one document; `build` runs in the background and returns the finished PDF, and `keep`
    saves it where the user chose (writing the file and recording the export)."""

    ready = Signal()
    failed = Signal(str)
    saved = Signal(str)  # the path the user saved the document to

    def __init__(
        self,
        build: Callable[[], BuiltDocument],
        file_name: str,
        keep: Keep,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._build = build
        self._keep = keep
        self.file_name = file_name
        self.document: BuiltDocument | None = None
        self._buffer: QBuffer | None = None
        self.pdf = QPdfDocument(self)
        self._make_widgets()

    def _make_widgets(self) -> None:
        self.save_button = QPushButton(self.tr("Simpan…"))
        self.print_button = QPushButton(self.tr("Cetak…"))
        self.open_button = QPushButton(self.tr("Buka di penampil"))
        self.save_button.clicked.connect(self.save_as)
        self.print_button.clicked.connect(self.print_document)
        self.open_button.clicked.connect(self.open_externally)
        self.status = QLabel()
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)  # busy: a build has no steps worth counting
        self.progress.setMaximumWidth(160)
        self.progress.hide()
        tools = self.tools = QHBoxLayout()
        for button in (self.save_button, self.print_button, self.open_button):
            tools.addWidget(button)
        tools.addStretch(1)
        tools.addWidget(self.status)
        tools.addWidget(self.progress)
        self.banner = Banner()
        self.preview = QPdfView()
        self.preview.setDocument(self.pdf)
        self.preview.setPageMode(QPdfView.PageMode.MultiPage)
        self.preview.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        layout = QVBoxLayout(self)
        layout.addLayout(tools)
        layout.addWidget(self.banner)
        layout.addWidget(self.preview, 1)
        self._set_busy(False)

    def add_tool(self, button: QPushButton) -> None:
        """Another button beside Simpan, Cetak and Buka, for something else made from the same
        meeting (it does not wait for the PDF)."""
        self.tools.insertWidget(3, button)

    def _set_busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        self.status.setText(self.tr("Menyiapkan dokumen…") if busy else self._page_text())
        for button in (self.save_button, self.print_button, self.open_button):
            button.setEnabled(not busy and self.document is not None)

    def _page_text(self) -> str:
        if self.document is None:
            return ""
        return self.tr("%n halaman", "", self.document.pages)

    def generate(self) -> None:
        """Build the document in the background; `ready` or `failed` tells when it is done."""
        self._set_busy(True)
        run_task(self._build, self._show, self._fail)

    def _show(self, document: BuiltDocument) -> None:
        self.document = document
        self.pdf.close()
        self._buffer = QBuffer(self)
        self._buffer.setData(QByteArray(document.data))
        self._buffer.open(QBuffer.OpenModeFlag.ReadOnly)
        self.pdf.load(self._buffer)
        self._set_busy(False)
        if document.warnings:
            heading = self.tr("Dokumen dibuat, tetapi tidak semuanya dapat dicantumkan:")
            self.banner.show_message("\n".join([heading, *document.warnings]), "info", seconds=0)
        else:
            self.banner.hide()
        self.ready.emit()

    def _fail(self, error: Exception) -> None:
        self._set_busy(False)
        self.banner.show_error(error)
        self.failed.emit(self.banner.text)

    def save_as(self) -> None:
        """Ask where to keep the PDF and write it there whole."""
        path = ask_save_path(
            self, self.tr("Simpan dokumen"), self.file_name, self.tr("Dokumen PDF (*.pdf)")
        )
        if not path or self.document is None:
            return
        self._keep(self.document, path, lambda _saved: self._kept(path), self.banner.show_error)

    def _kept(self, path: str) -> None:
        self.banner.show_message(self.tr("Tersimpan: {path}").format(path=path), "ok")
        self.saved.emit(path)

    def open_externally(self) -> None:
        """Hand a copy of the PDF to the system's viewer."""
        if self.document is not None:
            open_in_viewer(self.document.data, self.file_name, self.banner)

    def print_document(self) -> None:
        """Print the pages through the system's print dialog."""
        if self.document is None:
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.file_name)
        dialog = QPrintDialog(printer, self)
        dialog.setMinMax(1, self.pdf.pageCount())
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self._print_pages(printer)

    def _print_pages(self, printer: QPrinter) -> None:
        first, last = printer.fromPage() or 1, printer.toPage() or self.pdf.pageCount()
        painter = QPainter()
        if not painter.begin(printer):
            self.banner.show_message(self.tr("Pencetak tidak dapat digunakan"), "error")
            return
        try:
            for index in range(first - 1, last):
                if index > first - 1:
                    printer.newPage()
                points = self.pdf.pagePointSize(index)
                size = QSize(
                    round(points.width() * PRINT_DPI / 72), round(points.height() * PRINT_DPI / 72)
                )
                image = self.pdf.render(index, size)
                target = painter.viewport()
                scaled = size.scaled(target.size(), Qt.AspectRatioMode.KeepAspectRatio)
                painter.drawImage(QRect(target.topLeft(), scaled), image)
        finally:
            painter.end()


def open_in_viewer(data: bytes, file_name: str, banner: Banner) -> None:
    """Write a copy of a PDF to a fresh temporary folder and hand it to the system's viewer."""
    path = Path(tempfile.mkdtemp(prefix="rapat-")) / file_name
    try:
        write_atomically(path, data)
    except Exception as error:
        banner.show_error(error)
        return
    if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
        banner.show_message(
            QCoreApplication.translate(
                "DocumentView", "Tidak ada penampil PDF yang dapat membuka {path}"
            ).format(path=path),
            "error",
        )
