"""The document view: built in the background, previewed, saved, printed and opened as a user would."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QFileDialog

from rapat.documents.notula import build_notula
from rapat.errors import InvalidInput
from rapat.records.organization import ProfileRecord
from rapat.ui import document_view
from rapat.ui.document_view import DocumentView
from rapat.ui.tasks import wait_for_tasks


def write(document, path, on_done, on_error):
    """Keeps a document the way the window's services do, minus the audit trail."""
    from rapat.fileio import write_atomically

    try:
        write_atomically(path, document.data)
    except Exception as error:
        on_error(error)
    else:
        on_done(path)


@pytest.fixture
def record(database, example_meeting):
    from rapat.services.meetings import load_meeting

    with database.session() as session:
        return load_meeting(session, example_meeting)


@pytest.fixture
def view(qtbot, record):
    widget = DocumentView(
        lambda: build_notula(record, ProfileRecord(letterhead="PEMERINTAH")), "notula.pdf", write
    )
    qtbot.addWidget(widget)
    widget.resize(700, 900)
    widget.show()
    with qtbot.waitSignal(widget.ready, timeout=30000):
        widget.generate()
        assert not widget.progress.isHidden()
        assert not widget.save_button.isEnabled()
    yield widget
    wait_for_tasks()


def test_generates_in_the_background_and_previews_every_page(qtbot, view):
    assert view.progress.isHidden()
    qtbot.waitUntil(lambda: view.pdf.pageCount() == view.document.pages)
    assert view.document.pages >= 2
    assert view.save_button.isEnabled() and view.print_button.isEnabled()
    assert str(view.document.pages) in view.status.text()


def test_save_writes_the_pdf(qtbot, view, tmp_path, monkeypatch):
    target = tmp_path / "keluar.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    qtbot.mouseClick(view.save_button, Qt.MouseButton.LeftButton)
    assert target.read_bytes() == view.document.data
    assert "Tersimpan" in view.banner.text


def test_open_in_viewer_hands_over_a_copy(qtbot, view, monkeypatch):
    opened = []
    monkeypatch.setattr(
        document_view.QDesktopServices, "openUrl", lambda url: opened.append(url) or True
    )
    qtbot.mouseClick(view.open_button, Qt.MouseButton.LeftButton)
    (url,) = opened
    with open(url.toLocalFile(), "rb") as copy:
        assert copy.read() == view.document.data


def test_print_renders_the_pages_to_the_chosen_printer(qtbot, view, tmp_path, monkeypatch):
    output = tmp_path / "cetak.pdf"

    class AcceptingDialog:
        def __init__(self, printer, parent):
            printer.setOutputFormat(printer.OutputFormat.PdfFormat)
            printer.setOutputFileName(str(output))

        def setMinMax(self, low, high):
            assert (low, high) == (1, view.document.pages)

        def exec(self):
            return QDialog.DialogCode.Accepted

    monkeypatch.setattr(document_view, "QPrintDialog", AcceptingDialog)
    monkeypatch.setattr(document_view, "PRINT_DPI", 40)  # keep the test light
    qtbot.mouseClick(view.print_button, Qt.MouseButton.LeftButton)
    from pypdf import PdfReader

    assert len(PdfReader(output).pages) == view.document.pages


def test_a_failed_build_is_shown_and_nothing_can_be_saved(qtbot):
    def broken():
        raise InvalidInput("Rapat nomor 9 tidak ada")

    widget = DocumentView(broken, "x.pdf", write)
    qtbot.addWidget(widget)
    with qtbot.waitSignal(widget.failed, timeout=10000) as signal:
        widget.generate()
    assert signal.args == ["Rapat nomor 9 tidak ada"]
    assert not widget.save_button.isEnabled()
    assert widget.progress.isHidden()


def test_what_could_not_be_included_is_told(qtbot, record):
    profile = ProfileRecord(letterhead="PEMERINTAH", logo_png=b"rusak")
    widget = DocumentView(lambda: build_notula(record, profile), "x.pdf", write)
    qtbot.addWidget(widget)
    with qtbot.waitSignal(widget.ready, timeout=30000):
        widget.generate()
    widget.show()
    assert "Logo" in widget.banner.text
    wait_for_tasks()
