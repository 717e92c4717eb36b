"""The first screen: painted from the snapshot the last session kept, before SQLAlchemy loads."""

from __future__ import annotations

import gc
import os
import shutil
import sqlite3
import subprocess
import sys
from dataclasses import replace

import pytest

from rapat.services.attendance import list_attendance
from rapat.services.meetings import load_details, update_meeting
from rapat.ui import snapshot as snapshots
from rapat.ui.snapshot import (
    SIGNATURES_KEPT,
    Snapshot,
    load_snapshot,
    read_snapshot,
    save_snapshot,
)


@pytest.fixture
def kept(database, db_path, example_meeting) -> Snapshot:
    """The example meeting's snapshot, saved as the window does once the database is closed."""
    with database.session() as session:
        snapshot = read_snapshot(session, example_meeting)
    database.close()
    save_snapshot(str(db_path), snapshot)
    return snapshot


def smoke_test(db_path, *options: str) -> subprocess.CompletedProcess:
    command = [sys.executable, "-u", *options, "-m", "rapat", "--db", str(db_path)]
    return subprocess.run(
        [*command, "--smoke-test"],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,  # one pipe: the import lines and the report in their order
        text=True,
        timeout=120,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )


@pytest.fixture(autouse=True)
def _unfrozen():
    """run_application sets the start-up's objects aside from the collector (rapat.lasting), for
    good in a real run; in the test process they are handed back after each test."""
    yield
    gc.unfreeze()


def test_the_snapshot_comes_back_as_the_services_read_it(kept, database, db_path, example_meeting):
    again = load_snapshot(str(db_path))
    assert again == kept
    with database.session() as session:
        assert again.meeting == load_details(session, example_meeting)
        assert again.attendance == list_attendance(session, example_meeting)
    assert again.meeting.id == again.newest == example_meeting
    assert again.meeting.agenda and again.meeting.chair.name
    assert any(row.check_in for row in again.attendance)


def test_only_the_first_screenful_keeps_its_signatures(db_path, kept):
    signed = replace(kept.attendance[0], signature_png=b"\x89PNG signature")
    many = [replace(signed, id=n, seq=n) for n in range(SIGNATURES_KEPT + 5)]
    save_snapshot(str(db_path), replace(kept, attendance=many))
    rows = load_snapshot(str(db_path)).attendance
    assert len(rows) == len(many)
    assert all(row.signature_png for row in rows[:SIGNATURES_KEPT])
    assert not any(row.signature_png for row in rows[SIGNATURES_KEPT:])


def test_a_change_to_the_file_retires_the_snapshot(kept, database, db_path, example_meeting):
    from rapat.db import open_database

    again = open_database(str(db_path))
    assert load_snapshot(str(db_path)) is None  # open elsewhere: its WAL is beside it
    with again.session() as session:
        update_meeting(session, example_meeting, title="Rapat yang Diubah")
    again.close()
    assert load_snapshot(str(db_path)) is None


def test_it_gives_way_whenever_in_doubt(kept, db_path, tmp_path, monkeypatch):
    assert load_snapshot(str(db_path)) is not None
    assert load_snapshot(str(tmp_path / "missing.db")) is None
    assert not (tmp_path / "missing.db").exists()
    assert load_snapshot("postgresql+psycopg://rapat@localhost/rapat") is None
    # The same content in another file is another database.
    copy = tmp_path / "copy.db"
    shutil.copy(db_path, copy)
    assert load_snapshot(str(copy)) is None
    # A file put in the database's place, even one with the same size and times.
    shutil.copy2(db_path, tmp_path / "aside.db")
    os.replace(tmp_path / "aside.db", db_path)
    assert load_snapshot(str(db_path)) is None
    save_snapshot(str(db_path), kept)
    assert load_snapshot(str(db_path)) == kept
    # A newer Rapat migrates the file first, and that takes the ordinary way.
    with monkeypatch.context() as patch:
        patch.setattr(snapshots, "known_revisions", lambda: ["0001", "9999"])
        assert load_snapshot(str(db_path)) is None
    # A damaged snapshot is no snapshot.
    stored = snapshots._file(snapshots.database_key(str(db_path)))
    stored.write_bytes(b"not a snapshot")
    assert load_snapshot(str(db_path)) is None


def test_closing_without_a_meeting_forgets_the_snapshot(kept, db_path):
    save_snapshot(str(db_path), None)
    assert load_snapshot(str(db_path)) is None


def test_the_window_paints_before_sqlalchemy_loads(database, db_path, example_meeting):
    """The smoke test reports its first frame; every SQLAlchemy import comes after it, on the
    worker thread, while the GUI thread imports nothing of its own."""
    database.close()
    first = smoke_test(db_path)  # no snapshot yet: the database opens first, the window keeps one
    assert first.returncode == 0, first.stdout[-2000:]
    done = smoke_test(db_path, "-X", "importtime")
    assert done.returncode == 0, done.stdout[-2000:]
    before, _, after = done.stdout.partition("first-frame-monotonic")
    assert after, done.stdout[-2000:]
    assert "rapat.ui.meeting_workspace" in before
    assert "sqlalchemy" not in before
    assert "sqlalchemy" in after  # then the database layer loads, behind the painted window
    loading, _, ready = after.partition("ready-monotonic")
    assert ready and "longest-pause-ms" in ready, done.stdout[-2000:]
    # The Daftar Hadir is built before the worker starts: the GUI thread does not wait on an
    # import lock the worker holds.
    gui, _, worker = loading.partition("sqlalchemy")
    assert "rapat.ui.attendance_view" in gui
    assert "rapat.ui." not in worker


def test_a_check_run_fails_when_the_load_behind_the_snapshot_fails(kept, db_path):
    """As without a snapshot (tests/ui/test_main_window.py): exit 3, the reason on stderr."""
    with sqlite3.connect(db_path) as connection:
        connection.execute("DROP TABLE people")  # the directory the check-in suggestions read
    connection.close()
    save_snapshot(str(db_path), kept)  # as if it had been kept after that change
    assert load_snapshot(str(db_path)) == kept
    done = smoke_test(db_path)
    assert done.returncode == 3, done.stdout[-2000:]
    assert "first-frame-monotonic" in done.stdout and "people" in done.stdout


def test_a_check_run_leaves_the_users_snapshot_of_another_meeting(
    database, db_path, example_meeting
):
    from datetime import date, time

    from rapat.services.meetings import create_meeting

    with database.session() as session:
        create_meeting(
            session, title="Rapat Baru", date=date(2030, 1, 2), start_time=time(9), location="Aula"
        )
        users = Snapshot(
            load_details(session, example_meeting), list_attendance(session, example_meeting), None
        )
    database.close()
    save_snapshot(str(db_path), users)
    assert smoke_test(db_path).returncode == 0
    assert load_snapshot(str(db_path)) == users


def test_an_empty_database_has_no_snapshot(database, db_path):
    database.close()
    done = smoke_test(db_path)
    assert done.returncode == 0, done.stdout[-2000:]
    assert "ready-monotonic" in done.stdout
    assert load_snapshot(str(db_path)) is None


def test_a_window_closed_before_the_database_opened_keeps_the_snapshot(
    qapp, kept, db_path, example_meeting
):
    from PySide6.QtCore import QSettings, QTimer

    from rapat.location import database_key
    from rapat.ui.app import run_application, setup_application

    setup_application(qapp)
    settings = QSettings()
    for key, value in (("page", "meetings"), ("meeting", example_meeting)):
        settings.setValue(f"window/{key}", value)
    settings.setValue("window/database", database_key(str(db_path)))
    stored = snapshots._file(database_key(str(db_path)))
    written = stored.stat().st_mtime_ns
    QTimer.singleShot(0, lambda: [window.close() for window in qapp.topLevelWidgets()])
    try:
        assert run_application(str(db_path)) == 0
    finally:
        QSettings().clear()
    # Never opened, the file is as the snapshot found it: the snapshot stays, untouched.
    assert stored.stat().st_mtime_ns == written
    assert load_snapshot(str(db_path)) == kept


def test_no_garbage_is_collected_before_the_database_is_open(qapp, kept, db_path, example_meeting):
    """A full collection while the database layer loads would hold the GUI thread for tens of
    milliseconds: collection waits until the database is open, and resumes however the run ends.
    Meanwhile the interpreter's lock changes hands often, then as usual again."""
    import sys

    from PySide6.QtCore import QSettings, QTimer

    from rapat.location import database_key
    from rapat.ui.app import run_application, setup_application

    setup_application(qapp)
    settings = QSettings()
    for key, value in (("page", "meetings"), ("meeting", example_meeting)):
        settings.setValue(f"window/{key}", value)
    settings.setValue("window/database", database_key(str(db_path)))
    seen = []

    usual = sys.getswitchinterval()

    def look_then_close() -> None:
        seen.append((gc.isenabled(), sys.getswitchinterval()))
        for window in qapp.topLevelWidgets():
            window.close()

    QTimer.singleShot(0, look_then_close)  # painted from the snapshot, the database not yet open
    try:
        assert run_application(str(db_path)) == 0
        assert seen == [(False, pytest.approx(0.0001))]
        assert gc.isenabled() and sys.getswitchinterval() == usual
        folder = db_path.parent / "folder.db"
        folder.mkdir()
        assert run_application(str(folder), smoke_test=True) == 2  # a database that cannot open
        assert gc.isenabled() and sys.getswitchinterval() == usual
    finally:
        QSettings().clear()


def test_the_quicker_pyside_import_check_answers_as_pyside_does():
    """PySide6's own check reads each module's source through inspect; Rapat's reads its bytes."""
    script = """
import sys
import PySide6.QtCore
feature = sys.modules["shibokensupport.feature"]
own = feature._mod_uses_pyside
from rapat.ui.app import _quicker_pyside_import_check
_quicker_pyside_import_check()
import rapat.ui.main_window, rapat.db, rapat.services.attendance
quicker = feature._mod_uses_pyside
assert quicker is not own
modules = list(sys.modules.values())
print(sum(own(m) for m in modules), len(modules))
print([m.__name__ for m in modules if own(m) != quicker(m)])
"""
    done = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert done.returncode == 0, done.stderr[-2000:]
    mentioning, modules = map(int, done.stdout.splitlines()[0].split())
    assert modules > 300 and mentioning > 5
    assert done.stdout.splitlines()[1] == "[]"
