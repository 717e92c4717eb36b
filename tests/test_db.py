"""Opening the database: where it is, its pragmas, migrations with a backup, and refusals."""

from __future__ import annotations

import shutil
import sqlite3

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
    backups = list(db_path.parent.glob(f"rapat.sebelum-migrasi-{head}.*.db.bak"))
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
