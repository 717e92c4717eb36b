"""Saving the notula when things go wrong: another window changed the point, the database is
locked, the disk is full, the window closes before a write is stored. Nothing typed is lost."""

from __future__ import annotations

import itertools
import json
import os
import sqlite3
import subprocess
import time

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QMessageBox
from workspace_helpers import settle

from rapat.models import DiscussionPoint
from rapat.models.tracking import os_user
from rapat.services.minutes import load_minutes
from rapat.ui.context import Context
from rapat.ui.main_window import MainWindow
from rapat.ui.meeting_workspace import MeetingWorkspace

CTRL = Qt.KeyboardModifier.ControlModifier


def notula_of(qtbot, context, meeting_id) -> MeetingWorkspace:
    workspace = MeetingWorkspace(context, meeting_id)
    qtbot.addWidget(workspace)
    workspace.resize(1366, 768)
    workspace.show()
    workspace.tabs.setCurrentWidget(workspace.notula_page)
    qtbot.waitUntil(lambda: workspace.notula is not None and workspace.notula.loaded)
    return workspace


def texts(database, meeting_id) -> list[str]:
    with database.session() as s:
        return [p.text for p in load_minutes(s, meeting_id).points]


def type_into(qtbot, row, words: str) -> None:
    row.focus_field("text")
    qtbot.keyClicks(row.box, words)


def test_two_windows_editing_one_point_the_second_is_told_and_keeps_its_text(
    qtbot, context, database, db_path, example_meeting
):
    from rapat.db import open_database

    other_database = open_database(str(db_path))  # another Rapat on the same file
    other = Context(other_database)
    first = notula_of(qtbot, context, example_meeting)
    second = notula_of(qtbot, other, example_meeting)
    original = texts(database, example_meeting)[0]

    mine = first.notula.rows()[0]
    type_into(qtbot, mine, " Ditambah jendela pertama.")
    first.flush()
    settle(qtbot)
    assert texts(database, example_meeting)[0] == original + " Ditambah jendela pertama."

    theirs = second.notula.rows()[0]  # opened before the first window's save
    type_into(qtbot, theirs, " Ditambah jendela kedua.")
    second.flush()
    qtbot.waitUntil(lambda: theirs.conflict is not None and theirs.conflict.isVisible())
    panel = theirs.conflict
    assert os_user() in panel.message.text() and "sudah diubah oleh" in panel.message.text()
    assert panel.theirs.toPlainText().endswith("Ditambah jendela pertama.")
    assert theirs.text == original + " Ditambah jendela kedua."  # kept on screen
    assert texts(database, example_meeting)[0] == original + " Ditambah jendela pertama."
    theirs.grab().save(str(db_path.with_name("conflict.png")))

    qtbot.mouseClick(panel.mine_button, Qt.MouseButton.LeftButton)  # "Pakai teks saya"
    qtbot.waitUntil(lambda: other.pending == 0 and second.autosaver.pending == 0, timeout=3000)
    settle(qtbot)
    assert texts(database, example_meeting)[0] == original + " Ditambah jendela kedua."
    other_database.close()


def test_take_their_text_puts_it_in_the_field(qtbot, context, database, db_path, example_meeting):
    from rapat.db import open_database
    from rapat.services import minutes as mn

    workspace = notula_of(qtbot, context, example_meeting)
    row = workspace.notula.rows()[0]
    elsewhere = open_database(str(db_path))
    with elsewhere.session() as s:
        mn.update_point(s, row.point_id, text="Teks dari komputer lain.")
    elsewhere.close()
    type_into(qtbot, row, " dan ketikan saya")
    workspace.flush()
    qtbot.waitUntil(lambda: row.conflict is not None and row.conflict.isVisible())
    qtbot.mouseClick(row.conflict.theirs_button, Qt.MouseButton.LeftButton)
    assert row.text == "Teks dari komputer lain."
    type_into(qtbot, row, " Lalu saya lanjutkan.")
    workspace.flush()
    settle(qtbot)
    assert texts(database, example_meeting)[0] == "Teks dari komputer lain. Lalu saya lanjutkan."


def test_an_edit_after_finalizing_elsewhere_is_refused_with_the_reason(
    qtbot, context, database, example_meeting, letterhead
):
    from rapat.services.finalize import finalize

    workspace = notula_of(qtbot, context, example_meeting)
    row = workspace.notula.rows()[0]
    original = row.text
    with database.session() as s:
        finalize(s, example_meeting)
    type_into(qtbot, row, " Terlambat.")
    workspace.flush()
    banner = workspace.notula.banner
    qtbot.waitUntil(lambda: banner.isVisible() and "sudah final" in banner.text)
    assert row.text == original + " Terlambat."  # still on screen
    assert texts(database, example_meeting)[0] == original


@pytest.fixture
def quick_lock(monkeypatch, database):
    """SQLite gives up on a lock after 200 ms rather than 5 s, so the test sees the retries."""
    import rapat.db

    monkeypatch.setattr(rapat.db, "BUSY_TIMEOUT_MS", 200)
    database.engine.dispose()


def new_point(qtbot, workspace, speaker: str):
    """Ctrl+Enter after the last point, a speaker: the text box of a new point, focused."""
    from PySide6.QtWidgets import QApplication

    notula = workspace.notula
    workspace.window().activateWindow()
    qtbot.waitUntil(workspace.window().isActiveWindow)
    notula.rows()[-1].focus_field("text")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return, CTRL)
    row = QApplication.focusWidget().parent()
    assert row in notula.rows() and row.point_id is None
    qtbot.keyClicks(row.speaker_field, speaker)
    row.focus_field("text")
    return row


def gui_ticks(qtbot, seconds: float) -> float:
    """The longest gap between 20 ms timer ticks while waiting: how long the window froze."""
    stamps: list[float] = []
    timer = QTimer(interval=20, timeout=lambda: stamps.append(time.monotonic()))
    timer.start()
    qtbot.wait(int(seconds * 1000))
    timer.stop()
    return max(b - a for a, b in itertools.pairwise(stamps))


def test_a_locked_database_stores_the_new_point_once_and_the_banner_clears(
    qtbot, context, database, db_path, example_meeting, quick_lock
):
    window = MainWindow(context, restore=False)
    qtbot.addWidget(window)
    window.show()
    window.open_meeting(example_meeting)
    workspace = window.workspace
    workspace.tabs.setCurrentWidget(workspace.notula_page)
    qtbot.waitUntil(lambda: workspace.notula is not None and workspace.notula.loaded)
    before = texts(database, example_meeting)

    locker = sqlite3.connect(db_path)
    locker.execute("BEGIN IMMEDIATE")  # another program holds the write lock
    row = new_point(qtbot, workspace, "Camat")
    qtbot.keyClicks(row.box, "Ruang rapat")
    qtbot.wait(1200)  # stored within a second … but the database is locked
    qtbot.keyClicks(row.box, " sudah siap")
    workspace.flush()
    qtbot.waitUntil(lambda: "Belum tersimpan" in window.banner.text, timeout=5000)
    assert window.banner.isVisible() and context.pending >= 1
    assert gui_ticks(qtbot, 1.0) < 0.5  # the window keeps answering
    qtbot.keyClicks(row.box, " sejak pagi.")
    workspace.flush()

    locker.rollback()
    locker.close()
    qtbot.waitUntil(lambda: context.pending == 0, timeout=10000)
    settle(qtbot)
    assert not window.banner.isVisible()
    after = texts(database, example_meeting)
    assert len(after) == len(before) + 1
    assert after.count("Ruang rapat sudah siap sejak pagi.") == 1
    assert not [
        t for t in after if t.startswith("Ruang") and t != "Ruang rapat sudah siap sejak pagi."
    ]
    window.remember = False


def test_closing_with_unsaved_work_warns_and_keeps_it_in_a_file(
    qtbot, context, database, db_path, example_meeting, quick_lock, monkeypatch, tmp_path
):
    from rapat.ui.unsaved_work import recovery_folder

    window = MainWindow(context, restore=False)
    qtbot.addWidget(window)
    window.remember = False
    window.show()
    window.open_meeting(example_meeting)
    workspace = window.workspace
    workspace.tabs.setCurrentWidget(workspace.notula_page)
    qtbot.waitUntil(lambda: workspace.notula is not None and workspace.notula.loaded)

    asked: list[str] = []
    answer = {"button": "Tunggu"}

    def click(box: QMessageBox) -> int:
        asked.append(box.text() + " " + box.informativeText())
        next(b for b in box.buttons() if b.text() == answer["button"]).click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", click)
    locker = sqlite3.connect(db_path)
    locker.execute("BEGIN IMMEDIATE")
    row = new_point(qtbot, workspace, "Kapolres")
    qtbot.keyClicks(row.box, "Personel siaga di 120 TPS.")
    window.close()  # "Tunggu": the window stays while the write is retried
    assert asked and "belum tersimpan" in asked[0] and window.isVisible()
    files = list(recovery_folder().glob("belum-tersimpan-*.json"))
    assert len(files) == 1
    kept = json.loads(files[0].read_text("utf-8"))["unsaved"]
    assert {
        "what": "point",
        "speaker": "Kapolres",
        "text": "Personel siaga di 120 TPS.",
    }.items() <= (kept[0].items())

    answer["button"] = "Tutup sekarang"
    qtbot.keyClicks(row.box, " Bergantian.")
    window.close()
    assert len(asked) == 2 and not window.isVisible()
    newest = max(recovery_folder().glob("belum-tersimpan-*.json"), key=os.path.getmtime)
    assert "Personel siaga di 120 TPS. Bergantian." in newest.read_text("utf-8")
    locker.rollback()
    locker.close()
    settle(qtbot)


@pytest.fixture
def small_disk(tmp_path):
    """A 2 MB file system of its own (tmpfs), to fill up; skipped where mounting is not allowed."""
    mount = tmp_path / "small"
    mount.mkdir()
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=2m", "tmpfs", str(mount)], capture_output=True
    )
    if done.returncode != 0:
        pytest.skip(f"cannot mount a small tmpfs here: {done.stderr.decode().strip()}")
    yield mount
    subprocess.run(["umount", "-l", str(mount)], check=False)


def test_a_full_disk_keeps_the_text_queued_then_stores_it(qtbot, qapp, small_disk, example_file):
    from rapat.db import open_database
    from rapat.services.interchange import read_meeting_file
    from rapat.services.meetings import store_meeting
    from rapat.ui.app import setup_application

    setup_application(qapp)
    database = open_database(str(small_disk / "rapat.db"))
    with database.session() as s:
        meeting_id = store_meeting(s, read_meeting_file(example_file))
    context = Context(database)
    window = MainWindow(context, restore=False)
    qtbot.addWidget(window)
    window.remember = False
    window.show()
    window.open_meeting(meeting_id)
    workspace = window.workspace
    workspace.tabs.setCurrentWidget(workspace.notula_page)
    qtbot.waitUntil(lambda: workspace.notula is not None and workspace.notula.loaded)

    filler = small_disk / "filler"
    try:  # fill the disk to its last byte
        with open(filler, "wb") as out:
            while True:
                out.write(b"\0" * 4096)
                out.flush()
    except OSError:
        pass
    typed = "Kata demi kata yang tidak boleh hilang walau disk penuh. " * 3 + "Selesai."
    row = new_point(qtbot, workspace, "Sekda")
    qtbot.keyClicks(row.box, typed)
    workspace.flush()
    qtbot.waitUntil(lambda: "Belum tersimpan" in window.banner.text, timeout=10000)
    assert context.pending >= 1 and typed not in texts(database, meeting_id)

    filler.unlink()  # space returns
    qtbot.waitUntil(lambda: context.pending == 0, timeout=15000)
    settle(qtbot)
    assert texts(database, meeting_id).count(typed) == 1
    assert not window.banner.isVisible()
    with database.session() as s:
        assert s.query(DiscussionPoint).filter_by(text=typed).count() == 1
    window.close()
    database.close()


def test_closing_with_a_conflict_not_settled_keeps_the_persons_text(
    qtbot, context, database, db_path, example_meeting, monkeypatch
):
    from rapat.db import open_database
    from rapat.services import minutes as mn
    from rapat.ui.unsaved_work import recovery_folder

    window = MainWindow(context, restore=False)
    qtbot.addWidget(window)
    window.remember = False
    window.show()
    window.open_meeting(example_meeting)
    workspace = window.workspace
    workspace.tabs.setCurrentWidget(workspace.notula_page)
    qtbot.waitUntil(lambda: workspace.notula is not None and workspace.notula.loaded)
    row = workspace.notula.rows()[0]
    elsewhere = open_database(str(db_path))
    with elsewhere.session() as s:
        mn.update_point(s, row.point_id, text="Teks dari komputer lain.")
    elsewhere.close()
    type_into(qtbot, row, " Catatan saya sendiri.")
    workspace.flush()
    qtbot.waitUntil(lambda: row.conflict is not None and row.conflict.isVisible())

    asked: list[str] = []

    def close_now(box: QMessageBox) -> int:
        asked.append(box.text())
        next(b for b in box.buttons() if b.text() == "Tutup sekarang").click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", close_now)
    window.close()
    assert asked and not window.isVisible()
    (kept,) = recovery_folder().glob("belum-tersimpan-*.json")
    assert json.loads(kept.read_text("utf-8"))["unsaved"][0]["text"].endswith(
        "Catatan saya sendiri."
    )
