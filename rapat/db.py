"""The database: where it is, how it is opened, migrated and backed up, and the one session scope.

SQLite in the user's data folder by default; `--db PATH|URL` or `RAPAT_DB` chooses another file or a
SQLAlchemy URL (an office's PostgreSQL server). Everything SQLite-specific lives in this module.
"""

from __future__ import annotations

import os
import sqlite3
import weakref
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import create_engine, event, inspect, text
from sqlalchemy.engine import Engine, make_url
from sqlalchemy.exc import ArgumentError, OperationalError, SQLAlchemyError
from sqlalchemy.exc import DatabaseError as DriverDatabaseError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError
from sqlalchemy.pool import NullPool

from rapat import backup, location
from rapat.errors import (
    Conflict,
    DamagedDatabase,
    DatabaseError,
    DatabaseLocked,
    LoginRefused,
    NotPermitted,
    PasswordNeeded,
    RapatError,
    ServerUnreachable,
)
from rapat.i18n import tr
from rapat.location import database_key, known_revisions
from rapat.models.tracking import LOGIN_KEY, os_user

BUSY_TIMEOUT_MS = 5000
# Errors are told apart by code, never by their wording: SQLite's primary result codes
# (https://sqlite.org/rescode.html) and PostgreSQL's SQLSTATE for a lock not had in time.
PG_LOCK_NOT_AVAILABLE = "55P03"
PG_INSUFFICIENT_PRIVILEGE = "42501"
PG_SHUTDOWN = {"57P01", "57P02", "57P03"}  # admin shutdown, crash shutdown, cannot connect now
# Each server engine's own backends (their process ids): rapat.live ignores what they announce.
_BACKENDS: weakref.WeakKeyDictionary[Engine, set[int]] = weakref.WeakKeyDictionary()


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
        self._who: tuple[str, bool] | None = None
        self.damage: str | None = None  # what the opening found damaged (open_database)

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

    @property
    def login(self) -> str:
        """Who this database's changes are by: the server login, or the operating-system user."""
        return self._identity()[0]

    @property
    def read_only(self) -> bool:
        """Whether the login may only read (a server login in the group rapat_baca)."""
        return self._identity()[1]

    def _identity(self) -> tuple[str, bool]:
        if self._who is None:
            if self.is_sqlite:
                self._who = (os_user(), False)
            else:
                with self.engine.connect() as connection:
                    login, writes = connection.execute(
                        text("SELECT current_user, has_table_privilege('meetings', 'UPDATE')")
                    ).one()
                self._who = (login, not writes)
        return self._who

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
        except DriverDatabaseError as error:
            if _is_damaged(error):
                raise _damaged(self.path) from error
            if _sqlstate(error) == PG_INSUFFICIENT_PRIVILEGE:
                raise _not_permitted(self.engine.url) from error
            raise
        except StaleDataError as error:  # a versioned row changed by another writer meanwhile
            raise Conflict(
                tr(
                    "Data ini baru saja diubah oleh pengguna lain; muat ulang lalu ulangi perubahan."
                )
            ) from error

    def close(self) -> None:
        self.engine.dispose()


def open_database(given: str | None = None, check_pages: bool = False) -> Database:
    """Open the chosen database, creating or migrating it; refuse one from a newer Rapat.

    Creation and each upgrade commit whole or not at all; an existing SQLite archive is backed up
    before an upgrade and on the first start of each day (rapat.backup). Damaged pages found by
    the day's backup are told in `damage`; with check_pages (the command line), an existing
    SQLite archive is checked at every opening and damage raises DamagedDatabase instead.
    """
    url = resolve_url(given)
    if url.startswith("postgresql"):
        from rapat.office import with_stored_password

        url = with_stored_password(url)
    path = Path(url.removeprefix("sqlite:///")) if url.startswith("sqlite:///") else None
    if path is not None:
        _prepare_folder(path)
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
            if path is not None and revision is not None:
                backup.upgrade_backup(path, revision)
            try:
                _migrate(engine, revision)
            except RapatError:
                raise
            except SQLAlchemyError as error:
                if isinstance(error, OperationalError) and not _failed_statement(error):
                    raise
                raise DatabaseError(
                    tr(
                        "Pembaruan skema basis data {where} gagal; basis data tidak diubah: {reason}"
                    ).format(where=_where(engine.url), reason=error.orig or error)
                    + backup.restore_hint(path)
                ) from error
        if path is not None:
            with engine.connect() as connection:
                connection.exec_driver_sql("PRAGMA journal_mode=WAL")
        damage = None
        if path is not None and revision is not None:
            try:
                if backup.daily_backup(path) is None and check_pages:
                    backup.check_pages(path)
            except DamagedDatabase as error:
                if check_pages:
                    raise
                damage = error.message
        database = Database(engine)
        database.damage = damage
        if path is None:  # who the login is, asked where the opening waits on the network anyway
            database.read_only  # noqa: B018
    except OperationalError as error:
        engine.dispose()
        raise _explain(error, engine.url) from error
    except DriverDatabaseError as error:
        engine.dispose()
        if _is_damaged(error):
            raise _damaged(path) from error
        raise
    except BaseException:
        engine.dispose()
        raise
    return database


def _prepare_folder(path: Path) -> None:
    try:
        path.parent.mkdir(mode=backup.PRIVATE_FOLDER, parents=True, exist_ok=True)
    except OSError as error:
        raise DatabaseError(
            tr("Tidak dapat membuat folder basis data {folder}: {reason}").format(
                folder=path.parent, reason=error.strerror or error
            )
        ) from None
    if path.is_dir():
        raise DatabaseError(tr("{path} adalah folder, bukan berkas basis data").format(path=path))
    # The archive is its owner's only: SQLite gives its WAL and shared-memory files the same mode.
    try:
        os.close(os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, backup.PRIVATE_FILE))
    except FileExistsError:
        _make_private(path)
    except OSError as error:
        raise DatabaseError(
            tr("Basis data {path} tidak dapat dibuat: {reason}").format(
                path=path, reason=error.strerror or error
            )
        ) from None


def _make_private(path: Path) -> None:
    """Take group and other access away from an archive an earlier Rapat created 0644."""
    if os.name != "posix":
        return  # on Windows the archive lives in the user's own profile folder
    for file in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
        try:
            status = file.stat()
            if status.st_uid == os.getuid() and status.st_mode & 0o077:
                file.chmod(backup.PRIVATE_FILE)
        except OSError:
            pass  # absent, or not ours: SQLite reports what matters when it opens the file


def _engine(url: str) -> Engine:
    try:
        engine = create_engine(url)
    except (ArgumentError, ImportError) as error:
        raise DatabaseError(
            tr("Basis data {url} tidak dapat dibuka: {reason}").format(url=url, reason=error)
        ) from None
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _sqlite_pragmas)
    elif engine.dialect.name == "postgresql":
        backends = _BACKENDS.setdefault(engine, set())

        def server_login(dbapi_connection, record) -> None:
            """Keep the connection's login for the rows and events it writes
            (rapat.models.tracking), and its backend among the engine's own."""
            cursor = dbapi_connection.cursor()
            cursor.execute("SELECT current_user, pg_backend_pid()")
            record.info[LOGIN_KEY], backend = cursor.fetchone()
            backends.add(backend)
            cursor.close()
            dbapi_connection.rollback()

        event.listen(engine, "connect", server_login)
    return engine


def own_backends(engine: Engine) -> set[int]:
    """The server backends of the engine's own connections (empty for SQLite)."""
    return _BACKENDS.get(engine, set())


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
    except DriverDatabaseError as error:
        if _is_damaged(error):
            raise
        raise DatabaseError(
            tr("{where} bukan basis data Rapat ({reason})").format(
                where=_where(engine.url), reason=error.orig or error
            )
        ) from None
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
    """Bring the schema to the newest revision in one transaction: all pending revisions commit
    together or not at all, so a failure or a kill leaves the database as it was."""
    from alembic import command
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(location.MIGRATIONS))
    migrating = _migration_engine(engine) if engine.dialect.name == "sqlite" else engine
    try:
        with migrating.begin() as connection:
            config.attributes["connection"] = connection
            command.upgrade(config, "head")
            if migrating.dialect.name == "sqlite":
                problems = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                if problems:
                    raise DatabaseError(
                        tr(
                            "Pembaruan skema basis data {where} dibatalkan: {count} rujukan "
                            "tidak cocok. Basis data tidak diubah."
                        ).format(where=_where(engine.url), count=len(problems))
                    )
    finally:
        if migrating is not engine:
            migrating.dispose()


def _migration_engine(engine: Engine) -> Engine:
    """A connection for migrating SQLite in one transaction.

    Python's sqlite3 commits DDL statement by statement unless the connection is in autocommit
    and the transaction is begun explicitly (SQLAlchemy's "pysqlite serializable isolation"
    recipe). Foreign keys are off while tables are rebuilt in batch mode (a table dropped with
    them on would cascade to its children) and checked before the commit instead.
    """
    migrating = create_engine(engine.url, poolclass=NullPool)

    @event.listens_for(migrating, "connect")
    def _autocommit(dbapi_connection, _record) -> None:
        dbapi_connection.isolation_level = None
        dbapi_connection.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        dbapi_connection.execute("PRAGMA foreign_keys=OFF")
        dbapi_connection.execute("PRAGMA synchronous=FULL")

    @event.listens_for(migrating, "begin")
    def _begin(connection) -> None:
        connection.exec_driver_sql("BEGIN IMMEDIATE")

    return migrating


def _is_damaged(error: DriverDatabaseError) -> bool:
    """Whether SQLite reports the file's pages as damaged (by its error code, not its wording)."""
    code = getattr(error.orig, "sqlite_errorcode", None)
    return code is not None and code & 0xFF == sqlite3.SQLITE_CORRUPT


def _failed_statement(error: OperationalError) -> bool:
    """Whether SQLite refused a statement itself, rather than finding the file busy or unwritable."""
    code = getattr(error.orig, "sqlite_errorcode", None)
    return code is not None and code & 0xFF == sqlite3.SQLITE_ERROR


def _damaged(path: Path | None) -> DamagedDatabase:
    where = path if path is not None else ""
    return DamagedDatabase(
        tr("Basis data {where} rusak dan tidak dapat dibaca.").format(where=where)
        + backup.restore_hint(path)
    )


def _connection_lost(driver) -> bool:
    """Whether a server error means no connection: none made or one broken (no SQLSTATE, as
    libpq reports it), a connection exception (class 08) or the server shutting down (57P0x)."""
    state = getattr(driver, "sqlstate", None)
    return state is None or state.startswith("08") or state in PG_SHUTDOWN


def _sqlstate(error: SQLAlchemyError) -> str | None:
    return getattr(getattr(error, "orig", None), "sqlstate", None)


def _not_permitted(url) -> NotPermitted:
    return NotPermitted(
        tr(
            "Server {where} menolak perubahan: login ini hanya boleh membaca. "
            "Minta pengelola server memasukkannya ke kelompok rapat_staf."
        ).format(where=_where(url))
    )


def explain_driver_error(error: Exception, url) -> DatabaseError | None:
    """The user's message for a driver error met outside a session; None for anything else."""
    if isinstance(error, OperationalError):
        return _explain(error, url)
    if isinstance(error, DriverDatabaseError) and _sqlstate(error) == PG_INSUFFICIENT_PRIVILEGE:
        return _not_permitted(url)
    return None


def _where(url) -> str:
    return url.database if url.get_backend_name() == "sqlite" else url.render_as_string()


def _explain(error: OperationalError, url) -> DatabaseError:
    """Turn a driver error into one message a user can act on, chosen by the driver's error code."""
    driver = error.orig
    reason = str(driver) if driver is not None else str(error)
    where = _where(url)
    code = getattr(driver, "sqlite_errorcode", None)
    primary = code & 0xFF if isinstance(code, int) else None
    # A refused login has no SQLSTATE: libpq tells it by whether a password was asked or sent.
    connection = getattr(driver, "pgconn", None)
    if connection is not None and getattr(connection, "needs_password", False):
        return PasswordNeeded(
            tr("Server {where} meminta kata sandi login {user}.").format(
                where=_where(url), user=url.username
            )
        )
    if connection is not None and getattr(connection, "used_password", False):
        return LoginRefused(
            tr(
                "Server {where} menolak login {user}: kata sandi salah atau login belum dibuat."
            ).format(where=_where(url), user=url.username)
        )
    if url.get_backend_name() == "postgresql" and _connection_lost(driver):
        return ServerUnreachable(
            tr(
                "Server {where} tidak dapat dihubungi. Yang sudah diketik tetap ada dan disimpan "
                "begitu server kembali."
            ).format(where=_where(url))
        )
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
