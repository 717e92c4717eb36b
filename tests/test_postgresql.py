"""The same archive on an office's PostgreSQL server: schema, import, export, refusal of newer schemas.

A throwaway PostgreSQL cluster is started for these tests when the server programs are installed
(Debian's postgresql package); RAPAT_TEST_POSTGRES_URL points at an existing server instead.
"""

from __future__ import annotations

import json
import os
import shutil
import sys
from pathlib import Path

import pytest
from postgres_server import cluster, server_programs

from rapat.db import known_revisions, open_database
from rapat.errors import DatabaseError
from rapat.services.interchange import meeting_to_json, read_meeting_file
from rapat.services.meetings import list_meetings, load_meeting, store_meeting

PORT = 54329


@pytest.fixture(scope="module")
def postgres_url():
    pytest.importorskip("psycopg", reason="psycopg is not installed (pip install -e .[test])")
    given = os.environ.get("RAPAT_TEST_POSTGRES_URL")
    if given:
        yield given
        return
    programs = server_programs()
    if programs is None:
        pytest.skip(
            "no PostgreSQL server programs (initdb, pg_ctl) here and no RAPAT_TEST_POSTGRES_URL"
        )
    with cluster(programs, PORT) as socket:
        yield f"postgresql+psycopg://postgres@/rapat?host={socket}&port={PORT}"


def test_round_trip_on_postgresql(postgres_url, example_file):
    database = open_database(postgres_url)
    try:
        with database.session() as session:
            first = store_meeting(session, read_meeting_file(example_file))
            second = store_meeting(session, read_meeting_file(example_file))
        with database.session() as session:
            exported = meeting_to_json(load_meeting(session, second))
            found = [m.id for m in list_meetings(session, "kodim")]
        assert exported == json.loads(example_file.read_text("utf-8"))
        assert sorted(found) == [first, second]
    finally:
        database.close()


def test_newer_schema_refused_on_postgresql(postgres_url):
    from sqlalchemy import create_engine, text

    database = open_database(postgres_url)
    with database.engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = '9999'"))
    database.close()
    try:
        with pytest.raises(DatabaseError, match="versi yang lebih baru"):
            open_database(postgres_url)
    finally:
        engine = create_engine(postgres_url)
        with engine.begin() as connection:
            connection.execute(
                text("UPDATE alembic_version SET version_num = :head"),
                {"head": known_revisions()[-1]},
            )
        engine.dispose()


def test_search_falls_back_to_plain_matching_on_postgresql(postgres_url, example_file):
    from rapat.services.search import search

    database = open_database(postgres_url)
    try:
        with database.session() as session:
            meeting_id = store_meeting(session, read_meeting_file(example_file))
        with database.session() as session:
            hits = search(session, "perahu karet")
            nothing = search(session, '"NEAR( * ^:')
        assert meeting_id in [hit.meeting_id for hit in hits]
        assert [piece.lower() for piece in hits[0].highlights] == ["perahu", "karet"]
        assert nothing == []
    finally:
        database.close()


def test_a_failed_upgrade_on_postgresql_changes_nothing(postgres_url, tmp_path, monkeypatch):
    from sqlalchemy import create_engine, inspect, text

    from rapat import location

    open_database(postgres_url).close()
    head = known_revisions()[-1]
    newer = f"{int(head) + 1:04d}"
    migrations = tmp_path / "migrations"
    shutil.copytree(location.MIGRATIONS, migrations)
    (migrations / "versions" / f"{newer}_test.py").write_text(
        f'revision = "{newer}"\ndown_revision = "{head}"\nbranch_labels = None\n'
        "depends_on = None\n\nimport sqlalchemy as sa\nfrom alembic import op\n\n\n"
        "def upgrade():\n"
        '    op.create_table("half_done", sa.Column("id", sa.Integer, primary_key=True))\n'
        '    op.add_column("meetings", sa.Column("extra", sa.Text()))\n'
        '    op.execute("SELECT no_such_function()")\n\n\n'
        "def downgrade():\n    pass\n",
        encoding="utf-8",
    )
    monkeypatch.setattr(location, "MIGRATIONS", migrations)
    with pytest.raises(DatabaseError, match="gagal; basis data tidak diubah"):
        open_database(postgres_url)
    engine = create_engine(postgres_url)
    with engine.connect() as connection:
        assert connection.execute(text("SELECT version_num FROM alembic_version")).scalar() == head
        assert "half_done" not in inspect(connection).get_table_names()
        assert "extra" not in [c["name"] for c in inspect(connection).get_columns("meetings")]
    engine.dispose()


def test_backup_of_the_server_uses_pg_dump(postgres_url, tmp_path, monkeypatch, capsys):
    from rapat.cli import EXIT_OK, EXIT_USAGE, main

    output = tmp_path / "kantor.dump"
    assert main(["--db", postgres_url, "backup", "-o", str(output)]) == EXIT_OK
    assert "pg_dump" in capsys.readouterr().out
    assert output.read_bytes().startswith(b"PGDMP")
    assert oct(output.stat().st_mode & 0o777) == oct(0o600)
    monkeypatch.setenv("PATH", str(tmp_path))  # no pg_dump here
    assert main(["--db", postgres_url, "backup", "-o", str(output)]) == EXIT_USAGE
    assert "pg_dump tidak terpasang" in capsys.readouterr().err


def test_two_writers_adding_the_same_institution_on_postgresql(postgres_url):

    from sqlalchemy import func, select

    from rapat.models import Institution

    sys.path.insert(0, str(Path(__file__).parent / "services"))
    from test_directory import _two_writers_add

    database = open_database(postgres_url)
    try:
        ids = _two_writers_add(database, "Dinas Pemuda dan Olahraga Kantor")
        assert len(ids) == 2 and ids[0] == ids[1]
        with database.session() as session:
            count = session.scalar(
                select(func.count())
                .select_from(Institution)
                .where(Institution.name == "Dinas Pemuda dan Olahraga Kantor")
            )
        assert count == 1
    finally:
        database.close()


def test_two_writers_on_postgresql_never_overwrite_each_other(postgres_url, example_file):
    from rapat.errors import Conflict, ReadOnlyMeeting
    from rapat.models import DiscussionPoint
    from rapat.services import minutes as mn
    from rapat.services.finalize import finalize
    from rapat.services.meetings import editable_meeting_row
    from rapat.services.organization import update_profile

    database = open_database(postgres_url)
    try:
        with database.session() as s:
            meeting_id = store_meeting(s, read_meeting_file(example_file))
            update_profile(s, letterhead="PEMERINTAH KABUPATEN LEMBAH HIJAU")
        with database.session() as s:
            point = mn.load_minutes(s, meeting_id).points[0]
        with pytest.raises(Conflict) as refused, database.session() as late:
            late.get(DiscussionPoint, point.id)
            with database.session() as other:
                mn.update_point(other, point.id, version=point.version, text="Lebih dulu.")
            mn.update_point(late, point.id, version=point.version, text="Terlambat.")
        login = refused.value.who
        assert login == "postgres" and refused.value.theirs["text"] == "Lebih dulu."
        with pytest.raises(ReadOnlyMeeting, match="sudah final"), database.session() as late:
            editable_meeting_row(late, meeting_id)
            with database.session() as other:
                finalize(other, meeting_id)
            mn.update_point(late, point.id, version=refused.value.version, text="Sesudah final.")
        with database.session() as s:
            assert mn.load_minutes(s, meeting_id).points[0].text == "Lebih dulu."
    finally:
        database.close()


@pytest.mark.qt_log_ignore("This plugin does not support")  # offscreen: no window raising
def test_two_windows_on_postgresql_the_second_is_told_and_keeps_its_text(
    qtbot, qapp, postgres_url, example_file
):
    from PySide6.QtCore import Qt

    from rapat.services import minutes as mn
    from rapat.ui.app import setup_application
    from rapat.ui.context import Context
    from rapat.ui.meeting_workspace import MeetingWorkspace
    from rapat.ui.tasks import wait_for_tasks

    setup_application(qapp)
    databases = [open_database(postgres_url), open_database(postgres_url)]
    with databases[0].session() as s:
        meeting_id = store_meeting(s, read_meeting_file(example_file))
    windows = []
    for database in databases:
        workspace = MeetingWorkspace(Context(database), meeting_id)
        qtbot.addWidget(workspace)
        workspace.resize(1366, 768)
        workspace.show()
        workspace.tabs.setCurrentWidget(workspace.notula_page)
        qtbot.waitUntil(lambda w=workspace: w.notula is not None and w.notula.loaded)
        windows.append(workspace)
    try:
        first, second = (w.notula.rows()[0] for w in windows)
        original = first.text
        for workspace, row, words in zip(
            windows, (first, second), (" Kata pertama.", " Kata kedua."), strict=True
        ):
            row.focus_field("text")
            qtbot.keyClicks(row.box, words)
            workspace.flush()
            wait_for_tasks()
        qtbot.waitUntil(lambda: second.conflict is not None and second.conflict.isVisible())
        assert "postgres" in second.conflict.message.text()
        assert second.text == original + " Kata kedua."
        with databases[0].session() as s:
            assert mn.load_minutes(s, meeting_id).points[0].text == original + " Kata pertama."
        qtbot.mouseClick(second.conflict.mine_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: windows[1].autosaver.pending == 0)
        qtbot.waitUntil(lambda: windows[1].context.pending == 0)
        with databases[0].session() as s:
            assert mn.load_minutes(s, meeting_id).points[0].text == original + " Kata kedua."
    finally:
        for workspace in windows:
            workspace.close()
        wait_for_tasks()
        for database in databases:
            database.close()
