"""The first screen read straight from the SQLite file, before SQLAlchemy loads."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys

from rapat.first_screen import read_first_screen
from rapat.services.attendance import list_attendance
from rapat.services.meetings import create_meeting, load_details, newest_meeting_id


def test_it_reads_what_the_services_read(database, db_path, example_meeting):
    first = read_first_screen(str(db_path))
    assert first is not None
    with database.session() as session:
        assert newest_meeting_id(session) == example_meeting
        assert first.meeting == load_details(session, example_meeting)
        assert first.attendance == list_attendance(session, example_meeting)
    assert first.meeting.agenda and first.meeting.chair.name
    assert any(row.check_in for row in first.attendance)


def test_it_reads_the_meeting_asked_for(database, db_path, example_meeting):
    from datetime import date, time

    with database.session() as session:
        newer = create_meeting(
            session, title="Rapat Baru", date=date(2030, 1, 2), start_time=time(9), location="Aula"
        )
    assert read_first_screen(str(db_path)).meeting.id == newer
    assert read_first_screen(str(db_path)).attendance == []
    asked = read_first_screen(str(db_path), example_meeting)
    assert asked.meeting.id == example_meeting and asked.attendance
    assert read_first_screen(str(db_path), 9999) is None


def test_it_gives_way_whenever_in_doubt(database, db_path, example_meeting, tmp_path):
    assert read_first_screen(str(tmp_path / "missing.db")) is None
    assert not (tmp_path / "missing.db").exists()
    assert read_first_screen("postgresql+psycopg://rapat@localhost/rapat") is None
    garbage = tmp_path / "garbage.db"
    garbage.write_bytes(b"not a database at all" * 100)
    assert read_first_screen(str(garbage)) is None
    assert garbage.read_bytes() == b"not a database at all" * 100
    other = tmp_path / "other.db"
    sqlite3.connect(other).execute("CREATE TABLE notes (text TEXT)").connection.commit()
    assert read_first_screen(str(other)) is None
    # An older schema needs the migration (and its backup) that only the full opening does.
    database.close()
    with sqlite3.connect(db_path) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '0001'")
    assert read_first_screen(str(db_path)) is None


def test_an_empty_database_has_no_first_screen(database, db_path):
    assert read_first_screen(str(db_path)) is None


def test_the_window_paints_before_sqlalchemy_loads(database, db_path, example_meeting):
    """The smoke test reports its first frame; every SQLAlchemy import comes after it."""
    database.close()
    command = [sys.executable, "-u", "-X", "importtime", "-m", "rapat", "--db", str(db_path)]
    done = subprocess.run(
        [*command, "--smoke-test"],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,  # one pipe: the import lines and the report in their order
        text=True,
        timeout=120,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert done.returncode == 0, done.stdout[-2000:]
    before, _, after = done.stdout.partition("first-frame-monotonic")
    assert after, done.stdout[-2000:]
    assert "rapat.ui.attendance_view" in before
    assert "sqlalchemy" not in before
    assert "sqlalchemy" in after  # then the database layer loads, behind the painted window
