"""Pengaturan → Cadangan: the backups listed with date, size and meeting count; one made by a click;
a restore confirmed, run off the GUI thread, the archive set aside first and the window closed."""

from __future__ import annotations

import sqlite3

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from rapat import backup
from rapat.ui.main_window import MainWindow


@pytest.fixture
def window(qtbot, context):
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    yield window
    window.close()


def _meetings(path) -> int:
    with sqlite3.connect(path) as connection:
        count = connection.execute("SELECT count(*) FROM meetings").fetchone()[0]
    connection.close()
    return count


def test_make_a_backup_and_restore_it_through_the_window(
    qtbot, window, database, db_path, example_meeting, example_file
):
    window.show_page("settings")
    settings = window.page("settings")
    settings.tabs.setCurrentWidget(settings.backups)
    page = settings.backups
    qtbot.waitUntil(lambda: page.make_button.isEnabled())
    assert page.table.rowCount() == 0
    assert not page.restore_button.isEnabled()

    qtbot.mouseClick(page.make_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.table.rowCount() == 1)
    assert page.banner.text == "Cadangan dibuat."
    cells = [page.table.item(0, column).text() for column in range(4)]
    assert " pukul " in cells[0]
    assert cells[1] == "Dibuat sendiri"
    assert cells[2].endswith("KB")
    assert cells[3] == "1"

    from rapat.services.interchange import read_meeting_file
    from rapat.services.meetings import store_meeting

    with database.session() as session:
        store_meeting(session, read_meeting_file(example_file))
    assert _meetings(db_path) == 2

    page.table.selectRow(0)
    assert page.restore_button.isEnabled()
    qtbot.mouseClick(page.restore_button, Qt.MouseButton.LeftButton)
    box = page.findChild(QMessageBox)
    qtbot.waitExposed(box)
    assert "(1 rapat)" in box.text()
    assert "Sebelum pemulihan" in box.informativeText()
    assert "buka kembali" in box.informativeText()
    restore = next(b for b in box.buttons() if b.text() == "Pulihkan")
    with qtbot.waitSignal(page.restored, timeout=10000):
        qtbot.mouseClick(restore, Qt.MouseButton.LeftButton)
    assert _meetings(db_path) == 1
    (aside,) = [b for b in backup.list_backups(db_path) if b.kind == backup.BEFORE_RESTORE]
    assert aside.meetings == 2
    qtbot.waitUntil(lambda: not window.isVisible())


def test_cancelling_a_restore_changes_nothing(qtbot, window, database, db_path, example_meeting):
    backup.make_backup(db_path, backup.BY_HAND)
    window.show_page("settings")
    page = window.page("settings").backups
    window.page("settings").tabs.setCurrentWidget(page)
    qtbot.waitUntil(lambda: page.table.rowCount() == 1)
    before = db_path.read_bytes()
    page.table.selectRow(0)
    qtbot.keyClick(page.restore_button, Qt.Key.Key_Space)
    box = page.findChild(QMessageBox)
    qtbot.waitExposed(box)
    qtbot.mouseClick(
        next(b for b in box.buttons() if b.text() == "Batal"), Qt.MouseButton.LeftButton
    )
    assert db_path.read_bytes() == before
    assert [b.kind for b in backup.list_backups(db_path)] == [backup.BY_HAND]
    assert window.isVisible()


def test_a_file_that_is_not_a_backup_is_refused_in_the_banner(
    qtbot, window, database, db_path, tmp_path, monkeypatch
):
    from PySide6.QtWidgets import QFileDialog

    other = tmp_path / "lain.db"
    other.write_bytes(b"bukan basis data" * 100)
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(other), ""))
    )
    window.show_page("settings")
    page = window.page("settings").backups
    qtbot.waitUntil(lambda: page.file_button.isEnabled())
    qtbot.mouseClick(page.file_button, Qt.MouseButton.LeftButton)
    assert "bukan cadangan Rapat yang utuh" in page.banner.text
    assert page.findChild(QMessageBox) is None
