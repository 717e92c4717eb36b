"""The database: where it is, how it is opened, migrated and backed up, and the one session scope.

SQLite in the user's data folder by default; `--db PATH|URL` or `RAPAT_DB` chooses another file or a
SQLAlchemy URL (an office's PostgreSQL server). Everything SQLite-specific lives in this module.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path

from sqlalchemy import create_engine, event, inspect, text
from sqlalchemy.engine import Engine, make_url
from sqlalchemy.exc import ArgumentError, OperationalError, SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from rapat import location
from rapat.errors import DatabaseError, DatabaseLocked
from rapat.i18n import tr
from rapat.location import database_key, known_revisions

BUSY_TIMEOUT_MS = 5000
# Errors are told apart by code, never by their wording: SQLite's primary result codes
# (https://sqlite.org/rescode.html) and PostgreSQL's SQLSTATE for a lock not had in time.
PG_LOCK_NOT_AVAILABLE = "55P03"


def resolve_url(given: str | None = None) -> str:
    """The database URL from --db, else RAPAT_DB, else the default file; a plain path means SQLite."""
    url = database_key(given)
    try:
        make_url(url)
    except ArgumentError:
        raise DatabaseError(tr("Alamat basis data tidak dikenali: {url}").format(url=url)) from None
    return url


class Database:
    """An open, migrated database and the factory of its sessions."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self._sessions = sessionmaker(engine, expire_on_commit=False)

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

    @property
    def path(self) -> Path | None:
        database = self.engine.url.database
        return Path(database) if self.is_sqlite and database else None

    @contextmanager
    def session(self) -> Iterator[Session]:
        """One transaction: committed when the block ends, rolled back if it raises."""
        try:
            with self._sessions() as session, session.begin():
                yield session
        except OperationalError as error:
            raise _explain(error, self.engine.url) from error

    def close(self) -> None:
        self.engine.dispose()


def open_database(given: str | None = None) -> Database:
    """Open the chosen database, creating or migrating it; refuse one from a newer Rapat."""
    url = resolve_url(given)
    if url.startswith("sqlite:///"):
        _prepare_folder(Path(url.removeprefix("sqlite:///")))
    engine = _engine(url)
    try:
        revision = _current_revision(engine)
        known = known_revisions()
        if revision is not None and revision not in known:
            raise DatabaseError(
                tr(
                    "Basis data {where} dibuat oleh Rapat versi yang lebih baru (skema {rev}); "
                    "perbarui Rapat untuk membukanya. Basis data tidak diubah."
                ).format(where=_where(engine.url), rev=revision)
            )
        if revision != known[-1]:
            _migrate(engine, revision)
        if engine.dialect.name == "sqlite":
            with engine.connect() as connection:
                connection.exec_driver_sql("PRAGMA journal_mode=WAL")
    except OperationalError as error:
        engine.dispose()
        raise _explain(error, engine.url) from error
    except BaseException:
        engine.dispose()
        raise
    return Database(engine)


def _prepare_folder(path: Path) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise DatabaseError(
            tr("Tidak dapat membuat folder basis data {folder}: {reason}").format(
                folder=path.parent, reason=error.strerror or error
            )
        ) from None
    if path.is_dir():
        raise DatabaseError(tr("{path} adalah folder, bukan berkas basis data").format(path=path))


def _engine(url: str) -> Engine:
    try:
        engine = create_engine(url)
    except (ArgumentError, ImportError) as error:
        raise DatabaseError(
            tr("Basis data {url} tidak dapat dibuka: {reason}").format(url=url, reason=error)
        ) from None
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _sqlite_pragmas)
    return engine


def _sqlite_pragmas(dbapi_connection, _record) -> None:
    # Per connection: these do not write to the file, so a refused database stays untouched.
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    # FULL makes each commit durable in the WAL: a power cut loses no committed edit.
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.close()


def _current_revision(engine: Engine) -> str | None:
    """The schema revision stored in the database; None for an empty one."""
    try:
        with engine.connect() as connection:
            tables = set(inspect(connection).get_table_names())
            if "alembic_version" in tables:
                return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()
    except OperationalError:
        raise
    except SQLAlchemyError as error:
        raise DatabaseError(
            tr("{where} bukan basis data Rapat ({reason})").format(
                where=_where(engine.url), reason=error.orig or error
            )
        ) from None
    if tables:
        raise DatabaseError(
            tr("{where} bukan basis data Rapat: berisi tabel lain").format(where=_where(engine.url))
        )
    return None


def _migrate(engine: Engine, revision: str | None) -> None:
    """Bring the schema to the newest revision, after copying an existing SQLite file aside."""
    from alembic import command
    from alembic.config import Config

    if revision is not None and engine.dialect.name == "sqlite":
        backup(engine, f"sebelum-migrasi-{revision}")
    config = Config()
    config.set_main_option("script_location", str(location.MIGRATIONS))
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "head")


def backup(engine: Engine, label: str) -> Path:
    """Copy a SQLite database beside itself with SQLite's online backup (safe with WAL)."""
    source = Path(engine.url.database)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = source.with_name(f"{source.stem}.{label}.{stamp}{source.suffix}.bak")
    with sqlite3.connect(source) as src, sqlite3.connect(target) as dst:
        src.backup(dst)
    dst.close()
    src.close()
    return target


def _where(url) -> str:
    return url.database if url.get_backend_name() == "sqlite" else url.render_as_string()


def _explain(error: OperationalError, url) -> DatabaseError:
    """Turn a driver error into one message a user can act on, chosen by the driver's error code."""
    driver = error.orig
    reason = str(driver) if driver is not None else str(error)
    where = _where(url)
    code = getattr(driver, "sqlite_errorcode", None)
    primary = code & 0xFF if isinstance(code, int) else None
    locked = primary in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED)
    if locked or getattr(driver, "sqlstate", None) == PG_LOCK_NOT_AVAILABLE:
        message = tr(
            "Basis data {where} sedang dikunci oleh program lain. Tutup program itu lalu coba lagi."
        )
        return DatabaseLocked(message.format(where=where))
    if primary in (sqlite3.SQLITE_READONLY, sqlite3.SQLITE_CANTOPEN, sqlite3.SQLITE_IOERR):
        message = tr("Basis data {where} tidak dapat ditulis: periksa izin folder dan ruang disk.")
    elif primary == sqlite3.SQLITE_NOTADB:
        message = tr("{where} bukan basis data Rapat (bukan berkas SQLite).")
    else:
        message = tr("Basis data {where} bermasalah: {reason}")
    return DatabaseError(message.format(where=where, reason=reason))
