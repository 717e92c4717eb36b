"""Opening the database: where it is, its pragmas, migrations with a backup, and refusals."""

from __future__ import annotations

import os
import shutil
import sqlite3
import stat

import pytest
from sqlalchemy import text

from rapat import db as dbmod
from rapat import location
from rapat.db import known_revisions, open_database, resolve_url
from rapat.errors import DatabaseError, DatabaseLocked


def test_default_is_sqlite_in_the_user_data_folder(tmp_path):
    database = open_database()
    try:
        assert database.path == tmp_path / "xdg_data_home" / "Rapat" / "rapat.db"
        assert database.path.exists()
    finally:
        database.close()


def test_environment_variable_and_argument_choose_the_file(tmp_path, monkeypatch):
    monkeypatch.setenv("RAPAT_DB", str(tmp_path / "env.db"))
    assert resolve_url() == f"sqlite:///{tmp_path / 'env.db'}"
    assert resolve_url(str(tmp_path / "arg.db")) == f"sqlite:///{tmp_path / 'arg.db'}"
    assert resolve_url("postgresql+psycopg://u@host/rapat") == "postgresql+psycopg://u@host/rapat"


def test_sqlite_pragmas(database):
    with database.engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert connection.exec_driver_sql("PRAGMA busy_timeout").scalar() == dbmod.BUSY_TIMEOUT_MS


def test_migration_files_agree_with_alembic():
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    config = Config()
    config.set_main_option("script_location", str(location.MIGRATIONS))
    script = ScriptDirectory.from_config(config)
    assert script.get_current_head() == known_revisions()[-1]
    assert sorted(r.revision for r in script.walk_revisions()) == known_revisions()


def test_schema_matches_the_models(database):
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    from rapat.migrations import include_object
    from rapat.models import Base

    with database.engine.connect() as connection:
        migration = MigrationContext.configure(connection, opts={"include_object": include_object})
        differences = compare_metadata(migration, Base.metadata)
    assert differences == []


def test_newer_schema_is_refused_and_left_untouched(db_path):
    open_database(str(db_path)).close()
    with sqlite3.connect(db_path) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999'")
    connection.close()
    before = db_path.read_bytes()
    with pytest.raises(DatabaseError, match="versi yang lebih baru"):
        open_database(str(db_path))
    assert db_path.read_bytes() == before


def test_older_schema_is_copied_aside_then_migrated(db_path, tmp_path, monkeypatch, example_file):
    from rapat.cli import main

    assert main(["--db", str(db_path), "import", str(example_file)]) == 0
    head = known_revisions()[-1]
    newer = f"{int(head) + 1:04d}"
    migrations = tmp_path / "migrations"
    shutil.copytree(location.MIGRATIONS, migrations)
    (migrations / "versions" / f"{newer}_add_test_column.py").write_text(
        f"""revision = "{newer}"
down_revision = "{head}"
branch_labels = None
depends_on = None

import sqlalchemy as sa
from alembic import op


def upgrade():
    with op.batch_alter_table("meetings") as batch:
        batch.add_column(sa.Column("test_column", sa.Text()))


def downgrade():
    with op.batch_alter_table("meetings") as batch:
        batch.drop_column("test_column")
""",
        encoding="utf-8",
    )
    monkeypatch.setattr(location, "MIGRATIONS", migrations)
    database = open_database(str(db_path))
    with database.engine.connect() as connection:
        assert connection.execute(text("SELECT version_num FROM alembic_version")).scalar() == newer
        columns = [row[1] for row in connection.exec_driver_sql("PRAGMA table_info(meetings)")]
        assert "test_column" in columns
        assert connection.execute(text("SELECT count(*) FROM meetings")).scalar() == 1
    database.close()
    backups = list((db_path.parent / "backups").glob(f"rapat.sebelum-migrasi-{head}.*.db"))
    assert len(backups) == 1
    with sqlite3.connect(backups[0]) as backup:
        assert backup.execute("SELECT version_num FROM alembic_version").fetchone() == (head,)
        assert (
            backup.execute("SELECT title FROM meetings")
            .fetchone()[0]
            .startswith("Rapat Koordinasi")
        )


def test_unwritable_location_gives_a_clear_message(tmp_path):
    blocker = tmp_path / "berkas"
    blocker.write_text("bukan folder")
    with pytest.raises(DatabaseError, match="Tidak dapat membuat folder basis data"):
        open_database(str(blocker / "sub" / "rapat.db"))


def test_a_folder_is_not_a_database(tmp_path):
    with pytest.raises(DatabaseError, match="adalah folder"):
        open_database(str(tmp_path))


def test_a_file_that_is_not_sqlite(tmp_path):
    path = tmp_path / "notula.db"
    path.write_bytes(b"%PDF-1.7 bukan basis data" * 100)
    before = path.read_bytes()
    with pytest.raises(DatabaseError, match="bukan basis data Rapat"):
        open_database(str(path))
    assert path.read_bytes() == before


def test_another_application_s_sqlite_file(tmp_path):
    path = tmp_path / "lain.db"
    with sqlite3.connect(path) as connection:
        connection.execute("CREATE TABLE pelanggan (id INTEGER)")
    connection.close()
    with pytest.raises(DatabaseError, match="berisi tabel lain"):
        open_database(str(path))


def test_locked_database_gives_a_clear_message(db_path, monkeypatch):
    from rapat.services.organization import get_profile, update_profile

    monkeypatch.setattr(dbmod, "BUSY_TIMEOUT_MS", 50)
    database = open_database(str(db_path))
    holder = sqlite3.connect(db_path, timeout=0)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        with (
            pytest.raises(DatabaseError, match="sedang dikunci oleh program lain"),
            database.session() as session,
        ):
            update_profile(session, signing_city="Lembah Hijau")
    finally:
        holder.rollback()
        holder.close()
    with database.session() as session:
        assert get_profile(session).signing_city is None  # the refused change left nothing behind
        update_profile(session, signing_city="Lembah Hijau")
    with database.session() as session:
        assert get_profile(session).signing_city == "Lembah Hijau"
    database.close()


def test_a_write_transaction_held_elsewhere_is_a_locked_database(db_path, monkeypatch):
    """Told by its type: the retry of the interface must not depend on the message's wording."""
    from rapat.services.organization import update_profile

    monkeypatch.setattr(dbmod, "BUSY_TIMEOUT_MS", 50)
    database = open_database(str(db_path))
    holder = sqlite3.connect(db_path, timeout=0)
    holder.execute("BEGIN IMMEDIATE")
    holder.execute("CREATE TABLE held (id INTEGER)")
    try:
        with pytest.raises(DatabaseLocked) as refused, database.session() as session:
            update_profile(session, signing_city="Lembah Hijau")
    finally:
        holder.rollback()
        holder.close()
        database.close()
    assert isinstance(refused.value, DatabaseError)


def test_postgresql_url_needs_its_driver(monkeypatch):
    with pytest.raises(DatabaseError):
        open_database("postgresql+nosuchdriver://user@localhost/rapat")


def test_tables_have_the_expected_names(database):
    with database.engine.connect() as connection:
        names = {
            row[0]
            for row in connection.exec_driver_sql(
                "SELECT name FROM sqlite_master WHERE type='table'"
            )
        }
    assert {
        "meetings",
        "participants",
        "agenda_items",
        "discussion_points",
        "decisions",
        "action_items",
        "action_status_changes",
        "institutions",
        "people",
        "attachments",
        "signed_documents",
        "audit_events",
        "organization_profile",
        "alembic_version",
    } <= names


def _add_migration(tmp_path, monkeypatch, body: str) -> str:
    """A copy of the migrations with one more revision whose upgrade() is body; returns its id."""
    head = known_revisions()[-1]
    newer = f"{int(head) + 1:04d}"
    migrations = tmp_path / "migrations"
    shutil.copytree(location.MIGRATIONS, migrations)
    (migrations / "versions" / f"{newer}_test.py").write_text(
        f'revision = "{newer}"\ndown_revision = "{head}"\nbranch_labels = None\n'
        f"depends_on = None\n\nimport sqlalchemy as sa\nfrom alembic import op\n\n\n"
        f"def upgrade():\n{body}\n\ndef downgrade():\n    pass\n",
        encoding="utf-8",
    )
    monkeypatch.setattr(location, "MIGRATIONS", migrations)
    return newer


def test_a_failed_upgrade_changes_nothing_and_names_the_backup(
    db_path, tmp_path, monkeypatch, example_file
):
    from rapat.cli import main

    assert main(["--db", str(db_path), "import", str(example_file)]) == 0
    head = known_revisions()[-1]
    _add_migration(
        tmp_path,
        monkeypatch,
        '    op.create_table("half_done", sa.Column("id", sa.Integer, primary_key=True))\n'
        "    with op.batch_alter_table('meetings') as batch:\n"
        "        batch.add_column(sa.Column('extra', sa.Text()))\n"
        '    op.execute("SELECT no_such_function()")\n',
    )
    for _start in range(3):
        with pytest.raises(DatabaseError, match="gagal; basis data tidak diubah") as raised:
            open_database(str(db_path))
        assert "rapat restore" in raised.value.message
    with sqlite3.connect(db_path) as connection:
        assert connection.execute("SELECT version_num FROM alembic_version").fetchone() == (head,)
        tables = {r[0] for r in connection.execute("SELECT name FROM sqlite_master")}
        columns = [row[1] for row in connection.execute("PRAGMA table_info(meetings)")]
        assert connection.execute("SELECT count(*) FROM participants").fetchone() == (6,)
    connection.close()
    assert "half_done" not in tables
    assert "extra" not in columns
    backups = list((db_path.parent / "backups").glob("rapat.sebelum-migrasi-*.db"))
    assert len(backups) == 1  # failed starts do not pile up full copies
    assert str(backups[0]) in raised.value.message


def test_an_upgrade_rebuilding_a_parent_table_keeps_its_children(
    db_path, tmp_path, monkeypatch, example_file
):
    from rapat.cli import main

    assert main(["--db", str(db_path), "import", str(example_file)]) == 0
    _add_migration(
        tmp_path,
        monkeypatch,
        "    with op.batch_alter_table('meetings', recreate='always') as batch:\n"
        "        batch.add_column(sa.Column('extra', sa.Text()))\n",
    )
    open_database(str(db_path)).close()
    with sqlite3.connect(db_path) as connection:
        assert connection.execute("SELECT count(*) FROM participants").fetchone() == (6,)
        assert connection.execute("PRAGMA foreign_key_check").fetchall() == []
    connection.close()


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_a_new_archive_is_private_to_its_owner(tmp_path):
    path = tmp_path / "data" / "Rapat" / "rapat.db"
    database = open_database(str(path))
    with database.session() as session:
        session.execute(text("SELECT count(*) FROM meetings"))
        assert path.with_name("rapat.db-wal").exists()
        for file in (path, path.with_name("rapat.db-wal"), path.with_name("rapat.db-shm")):
            assert stat.S_IMODE(file.stat().st_mode) == 0o600, file
    database.close()
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700


def test_damaged_pages_are_named_with_the_newest_backup(db_path, example_file):
    from rapat.cli import main
    from rapat.services.meetings import list_meetings

    for _ in range(40):
        assert main(["--db", str(db_path), "import", str(example_file)]) == 0
    open_database(str(db_path)).close()  # the day's backup
    size = db_path.stat().st_size
    with db_path.open("r+b") as handle:  # scribble over every page but the first
        for offset in range(4096, size, 4096):
            handle.seek(offset + 8)
            handle.write(b"\xff" * 64)
    with pytest.raises(DatabaseError, match="rusak") as raised:
        database = open_database(str(db_path))
        with database.session() as session:
            list_meetings(session)
    assert "rapat restore" in raised.value.message


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_an_archive_an_earlier_rapat_left_readable_becomes_private(db_path):
    open_database(str(db_path)).close()
    db_path.chmod(0o644)
    open_database(str(db_path)).close()
    assert stat.S_IMODE(db_path.stat().st_mode) == 0o600
