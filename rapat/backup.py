"""Backups of the SQLite archive: made with SQLite's online backup, kept in rotation, restorable.

Backups live in a `backups/` folder beside the database, one self-contained file each, named
`<name>.<kind>.<YYYYmmdd-HHMMSS>.db`. Rapat keeps the newest of each kind, as `KEEP` says:
7 daily backups (the first start of each day), 5 before a schema upgrade, 5 before finalizing,
10 made by hand and 5 copies of an archive set aside before a restore. A backup written
elsewhere (`rapat backup -o FILE`) is the user's own and never rotated.

Every copy is checked with SQLite's `PRAGMA quick_check` before it takes its place (65 ms for a
2,000-meeting archive): a damaged archive is reported (DamagedDatabase, naming the newest whole
backup) and never rotated in as the newest backup; only the copy set aside before a restore is
kept whatever its state.

Standard library only (sqlite3): a backup must work when the schema cannot be opened.
"""

from __future__ import annotations

import os
import re
import shutil
import sqlite3
import subprocess
import tempfile
from collections.abc import Iterator
from contextlib import closing, contextmanager
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from rapat.errors import DamagedDatabase, DatabaseError, InvalidInput
from rapat.i18n import tr
from rapat.location import known_revisions

DAILY, BEFORE_UPGRADE, BEFORE_FINALIZE, BY_HAND, BEFORE_RESTORE = (
    "harian",
    "sebelum-migrasi",
    "sebelum-finalisasi",
    "manual",
    "sebelum-pemulihan",
)
KEEP = {DAILY: 7, BEFORE_UPGRADE: 5, BEFORE_FINALIZE: 5, BY_HAND: 10, BEFORE_RESTORE: 5}

_STAMP = "%Y%m%d-%H%M%S"
_NAME = re.compile(
    r"^(?P<stem>.+)\.(?P<kind>[a-z]+(?:-[a-z]+)?)(?:-(?P<revision>\d{4}))?"
    r"\.(?P<stamp>\d{8}-\d{6})(?:-\d+)?\.db$"
)
_SQLITE_HEADER = b"SQLite format 3\x00"

PRIVATE_FILE = 0o600
PRIVATE_FOLDER = 0o700


@dataclass(frozen=True)
class Backup:
    """One backup file and what is in it."""

    path: Path
    kind: str
    made: datetime
    size: int
    meetings: int | None  # None when the file cannot be read
    revision: str | None = None


def backup_folder(database: Path) -> Path:
    return database.parent / "backups"


def make_backup(database: Path, kind: str, *, revision: str | None = None) -> Path:
    """Copy database into its backups folder as a backup of kind, then rotate that kind."""
    folder = backup_folder(database)
    _private_folder(folder)
    stamp = datetime.now().strftime(_STAMP)
    label = f"{kind}-{revision}" if revision else kind
    target = folder / f"{database.stem}.{label}.{stamp}.db"
    number = 1
    while target.exists():
        number += 1
        target = folder / f"{database.stem}.{label}.{stamp}-{number}.db"
    copy_database(database, target, damaged_too=kind == BEFORE_RESTORE)
    _rotate(database, kind)
    return target


def copy_database(source: Path, target: Path, *, damaged_too: bool = False) -> None:
    """Write a consistent copy of the SQLite file source to target, readable by its owner only.

    SQLite's online backup reads a live database (WAL included) as one snapshot; the copy is
    written beside target first and renamed, so target is either whole or absent. A copy with
    damaged pages is refused with DamagedDatabase (and not written), unless damaged_too.
    """
    handle, temporary = tempfile.mkstemp(
        dir=target.parent, prefix=f".{target.name}.", suffix=".tmp"
    )
    os.close(handle)  # mkstemp makes it 0600; sqlite writes into the empty file
    try:
        with (
            closing(sqlite3.connect(_read_only_uri(source), uri=True)) as src,
            closing(sqlite3.connect(temporary)) as dst,
        ):
            src.backup(dst)
            # a copy of a WAL database says WAL in its header: make it one self-contained file
            dst.execute("PRAGMA journal_mode=DELETE")
            whole = damaged_too or _whole(dst)
        if not whole:
            raise DamagedDatabase(damaged_message(source))
        with open(temporary, "rb") as written:
            os.fsync(written.fileno())
        os.replace(temporary, target)
    except sqlite3.Error as error:
        Path(temporary).unlink(missing_ok=True)
        if _is_corrupt(error) and not damaged_too:
            raise DamagedDatabase(damaged_message(source)) from None
        raise DatabaseError(
            tr("Cadangan {target} tidak dapat dibuat: {reason}").format(target=target, reason=error)
        ) from None
    except OSError as error:
        Path(temporary).unlink(missing_ok=True)
        raise DatabaseError(
            tr("Cadangan {target} tidak dapat ditulis: {reason}").format(
                target=target, reason=error.strerror or error
            )
        ) from None
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def daily_backup(database: Path, today: date | None = None) -> Path | None:
    """The first start of a day backs the archive up; later starts that day do nothing. An
    archive with damaged pages raises DamagedDatabase, and that day's backup is not made."""
    today = today or date.today()
    if any(b.kind == DAILY and b.made.date() == today for b in _named(database)):
        return None
    return make_backup(database, DAILY)


def upgrade_backup(database: Path, revision: str) -> Path:
    """A backup before upgrading from revision; a start that failed to upgrade, and left the file
    as it was, reuses the backup it made rather than adding another full copy."""
    unchanged_since = max(
        (p.stat().st_mtime for p in _with_journals(database) if p.exists()), default=0.0
    )
    for backup in _named(database):
        if (
            backup.kind == BEFORE_UPGRADE
            and backup.revision == revision
            and backup.path.stat().st_mtime >= unchanged_since
        ):
            return backup.path
    return make_backup(database, BEFORE_UPGRADE, revision=revision)


def before_finalizing(bind) -> Path | None:
    """Back up the SQLite archive behind a SQLAlchemy engine or connection before a meeting is
    finalized; a server's own backups are its administrator's (see dump_server)."""
    url = bind.engine.url
    if url.get_backend_name() != "sqlite" or url.database in (None, "", ":memory:"):
        return None
    return make_backup(Path(url.database), BEFORE_FINALIZE)


def dump_server(url, output: str | None) -> Path:
    """Back up the PostgreSQL database at the SQLAlchemy url with pg_dump (custom format, for
    pg_restore) into output, readable by its owner only."""
    program = shutil.which("pg_dump")
    if program is None:
        raise DatabaseError(
            tr(
                "pg_dump tidak terpasang, jadi basis data server tidak dapat dicadangkan dari sini. "
                "Pasang klien PostgreSQL (Debian/Ubuntu: paket postgresql-client) lalu coba lagi."
            )
        )
    if not output:
        raise InvalidInput(tr("Sebutkan berkas cadangan server dengan -o FILE"))
    target = Path(output)
    environment = dict(os.environ)
    if url.password:
        environment["PGPASSWORD"] = str(url.password)
    address = url.set(drivername="postgresql", password=None).render_as_string(hide_password=False)
    handle, temporary = tempfile.mkstemp(
        dir=target.parent, prefix=f".{target.name}.", suffix=".tmp"
    )
    os.close(handle)
    try:
        finished = subprocess.run(
            [program, "--format=custom", f"--file={temporary}", address],
            capture_output=True,
            text=True,
            env=environment,
        )
        if finished.returncode != 0:
            reason = (finished.stderr.strip().splitlines() or ["?"])[-1]
            raise DatabaseError(tr("pg_dump gagal: {reason}").format(reason=reason))
        os.chmod(temporary, PRIVATE_FILE)
        os.replace(temporary, target)
    finally:
        Path(temporary).unlink(missing_ok=True)
    return target


def list_backups(database: Path) -> list[Backup]:
    """The backups of database, newest first, each with its meeting count."""
    return [
        Backup(b.path, b.kind, b.made, b.size, _meeting_count(b.path), b.revision)
        for b in _named(database)
    ]


def newest_backup(database: Path) -> Path | None:
    backups = _named(database)
    return backups[0].path if backups else None


def newest_whole_backup(database: Path) -> Path | None:
    """The newest backup without damaged pages (each looked at is checked: for error messages)."""
    for named in _named(database):
        try:
            with _reading(named.path, immutable=True) as connection:
                if _whole(connection):
                    return named.path
        except sqlite3.Error:
            continue
    return None


def restore_hint(database: Path | None) -> str:
    """The sentence that tells a user whose archive will not open where its newest whole backup is
    and how to restore it."""
    newest = newest_whole_backup(database) if database is not None else None
    if newest is None:
        return ""
    return " " + tr(
        'Cadangan utuh terbaru: {backup}. Untuk memulihkannya: rapat restore "{backup}", '
        "atau Pengaturan → Cadangan."
    ).format(backup=newest)


def damaged_message(database: Path) -> str:
    """One line for an archive with damaged pages: what is wrong and the way back."""
    hint = restore_hint(database)
    if not hint:
        hint = " " + tr(
            "Belum ada cadangan yang utuh: salin berkas itu ke tempat aman sebelum mengubah apa pun."
        )
    return tr("Basis data {path} memiliki halaman yang rusak.").format(path=database) + hint


def check_pages(database: Path) -> None:
    """Raise DamagedDatabase when SQLite's quick_check finds damaged pages in the archive (it
    reads every page once: 65 ms for a 2,000-meeting archive)."""
    try:
        with _reading(database) as connection:
            whole = _whole(connection)
    except sqlite3.Error as error:
        if not _is_corrupt(error):
            raise DatabaseError(
                tr("Basis data {path} tidak dapat diperiksa: {reason}").format(
                    path=database, reason=error
                )
            ) from None
        whole = False
    if not whole:
        raise DamagedDatabase(damaged_message(database))


def check_backup(path: Path) -> Backup:
    """What a file offered for restoring holds; refuses a file that is not a whole Rapat archive
    this Rapat can open."""
    refused = tr("{file} bukan cadangan Rapat yang utuh").format(file=path)
    try:
        with path.open("rb") as handle:
            header = handle.read(len(_SQLITE_HEADER))
        size = path.stat().st_size
    except OSError as error:
        raise InvalidInput(
            tr("{file} tidak dapat dibaca: {reason}").format(file=path, reason=error.strerror)
        ) from None
    if header != _SQLITE_HEADER:
        raise InvalidInput(refused + tr(" (bukan berkas SQLite)"))
    try:
        with _reading(path) as connection:
            check = connection.execute("PRAGMA quick_check").fetchall()
            if check != [("ok",)]:
                raise InvalidInput(refused + tr(" (berkas rusak)"))
            tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master")}
            if not {"alembic_version", "meetings"} <= tables:
                raise InvalidInput(refused + tr(" (bukan basis data Rapat)"))
            revision = connection.execute("SELECT version_num FROM alembic_version").fetchone()
            meetings = connection.execute("SELECT count(*) FROM meetings").fetchone()[0]
    except sqlite3.Error:
        raise InvalidInput(refused + tr(" (berkas rusak)")) from None
    revision = revision[0] if revision else None
    if revision not in known_revisions():
        raise InvalidInput(
            refused + tr(" (skema {rev} tidak dikenal versi Rapat ini)").format(rev=revision)
        )
    made = datetime.fromtimestamp(path.stat().st_mtime)
    return Backup(path, BY_HAND, made, size, meetings, revision)


def restore(database: Path, source: Path) -> Path | None:
    """Replace the archive's contents with the backup source; returns where the archive as it was
    has been set aside (None when there was none). Connections open on the database see the
    restored contents, written in one step by SQLite's backup into the live file."""
    source = source.resolve()
    check_backup(source)
    if source == database.resolve():
        raise InvalidInput(tr("{file} adalah basis data yang sedang dipakai").format(file=source))
    aside = make_backup(database, BEFORE_RESTORE) if _has_content(database) else None
    if not database.exists():
        database.parent.mkdir(parents=True, exist_ok=True)
        os.close(os.open(database, os.O_CREAT | os.O_WRONLY, PRIVATE_FILE))
    try:
        with (
            closing(sqlite3.connect(_read_only_uri(source), uri=True)) as src,
            closing(sqlite3.connect(database, timeout=5)) as dst,
        ):
            src.backup(dst)
    except sqlite3.Error as error:
        raise DatabaseError(
            tr("Pemulihan gagal, basis data tidak diubah: {reason}").format(reason=error)
        ) from None
    return aside


@dataclass(frozen=True)
class _Named:
    path: Path
    kind: str
    made: datetime
    size: int
    revision: str | None
    written_ns: int = 0  # orders backups made within the same second


def _named(database: Path) -> list[_Named]:
    """The backups of database by their names, newest first (without opening them)."""
    folder = backup_folder(database)
    found = []
    try:
        entries = list(folder.iterdir())
    except OSError:
        return []
    for path in entries:
        match = _NAME.match(path.name)
        if match is None or match["stem"] != database.stem:
            continue
        try:
            made = datetime.strptime(match["stamp"], _STAMP)
            status = path.stat()
        except (ValueError, OSError):
            continue
        found.append(
            _Named(path, match["kind"], made, status.st_size, match["revision"], status.st_mtime_ns)
        )
    found.sort(key=lambda b: (b.made, b.written_ns), reverse=True)
    return found


def _rotate(database: Path, kind: str) -> None:
    for old in [b for b in _named(database) if b.kind == kind][KEEP.get(kind, 5) :]:
        old.path.unlink(missing_ok=True)


def _whole(connection: sqlite3.Connection) -> bool:
    """Whether SQLite's quick_check finds every page of the database whole."""
    try:
        return connection.execute("PRAGMA quick_check").fetchall() == [("ok",)]
    except sqlite3.DatabaseError as error:
        if _is_corrupt(error):
            return False
        raise


def _is_corrupt(error: sqlite3.Error) -> bool:
    code = getattr(error, "sqlite_errorcode", None)
    return code is not None and code & 0xFF in (sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB)


def _meeting_count(path: Path) -> int | None:
    try:
        with _reading(path, immutable=True) as connection:
            return connection.execute("SELECT count(*) FROM meetings").fetchone()[0]
    except sqlite3.Error:
        return None


@contextmanager
def _reading(path: Path, immutable: bool = False) -> Iterator[sqlite3.Connection]:
    uri = _read_only_uri(path) + ("&immutable=1" if immutable else "")
    with closing(sqlite3.connect(uri, uri=True)) as connection:
        yield connection


def _read_only_uri(path: Path) -> str:
    return Path(path).resolve().as_uri() + "?mode=ro"


def _has_content(database: Path) -> bool:
    try:
        return database.stat().st_size > 0
    except OSError:
        return False


def _with_journals(database: Path) -> list[Path]:
    return [database, database.with_name(database.name + "-wal")]


def _private_folder(folder: Path) -> None:
    try:
        folder.mkdir(mode=PRIVATE_FOLDER, parents=True, exist_ok=True)
    except OSError as error:
        raise DatabaseError(
            tr("Folder cadangan {folder} tidak dapat dibuat: {reason}").format(
                folder=folder, reason=error.strerror or error
            )
        ) from None
