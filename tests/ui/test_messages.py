"""Unexpected errors: their traceback goes to the log file, the user reads them in the one error path."""

from __future__ import annotations

import sys

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import (
    QApplication,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from rapat.logs import log_path
from rapat.ui.messages import Banner, show_uncaught
from rapat.ui.tasks import run_task, wait_for_tasks


def broken_work() -> None:
    raise ZeroDivisionError("pembagian yang salah di latar belakang")


def test_an_exception_in_background_work_is_logged_and_shown(qtbot):
    banner = Banner()
    qtbot.addWidget(banner)
    run_task(broken_work, on_error=banner.show_error)
    wait_for_tasks()
    qtbot.waitUntil(lambda: banner.text != "")
    assert "pembagian yang salah di latar belakang" in banner.text
    assert banner.text.startswith("Terjadi kesalahan yang tidak terduga")
    log = log_path().read_text(encoding="utf-8")
    assert "Traceback (most recent call last)" in log
    assert "in broken_work" in log
    assert "ZeroDivisionError: pembagian yang salah di latar belakang" in log


@pytest.mark.qt_no_exception_capture
def test_an_exception_raised_in_a_slot_is_logged_and_shown(qtbot, monkeypatch):
    monkeypatch.setattr(sys, "excepthook", show_uncaught)
    button = QPushButton("Simpan")
    qtbot.addWidget(button)

    def broken_slot() -> None:
        raise KeyError("kunci yang hilang")

    button.clicked.connect(broken_slot)
    button.show()
    qtbot.waitExposed(button)
    button.click()

    def shown_box() -> QMessageBox | None:
        boxes = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox)]
        return next((b for b in boxes if b.isVisible()), None)

    qtbot.waitUntil(lambda: shown_box() is not None)
    box = shown_box()
    assert "kunci yang hilang" in box.text() and "tidak terduga" in box.text()
    box.close()
    log = log_path().read_text(encoding="utf-8")
    assert "in broken_slot" in log and "KeyError: 'kunci yang hilang'" in log


def test_a_message_that_comes_and_goes_moves_nothing_under_the_pointer(qtbot, tmp_path):
    """The row under the pointer stays the row under the pointer while a banner appears, grows
    with a long text and hides again (clicking its ✕)."""
    page = QWidget()
    layout = QVBoxLayout(page)
    banner = Banner()
    table = QTableWidget(6, 1)
    for row in range(6):
        table.setItem(row, 0, QTableWidgetItem(f"Peserta {row + 1}"))
    layout.addWidget(banner)
    layout.addWidget(table)
    qtbot.addWidget(page)
    page.resize(600, 400)
    page.show()
    qtbot.waitExposed(page)

    def top_of_table() -> int:
        return table.mapTo(page, QPoint(0, 0)).y()

    before = top_of_table()
    banner.show_message("Budi tercatat hadir.", "ok")
    qtbot.waitUntil(banner.panel.isVisible)
    assert page.grab().save(str(tmp_path / "banner_shown.png"))
    assert top_of_table() == before
    banner.show_message("Pesan yang panjang sekali " * 12, "error")
    assert banner.panel.height() > banner.height()
    assert top_of_table() == before
    close = banner.panel.findChild(QToolButton)
    qtbot.mouseClick(close, Qt.MouseButton.LeftButton)
    assert banner.text == ""
    assert not banner.panel.isVisible()
    assert top_of_table() == before
    second = table.visualRect(table.model().index(1, 0)).center()
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=second)
    assert table.currentRow() == 1
