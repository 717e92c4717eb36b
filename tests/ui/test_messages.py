"""Unexpected errors: their traceback goes to the log file, the user reads them in the one error path."""

from __future__ import annotations

import sys

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton

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
