"""What a meeting's workspace showed when Rapat last closed, kept to paint the next start at once.

When the window closes on a meeting's workspace, its details and Daftar Hadir are read once more and
saved with a stamp of the SQLite file taken after the database has been closed: the file's identity (device and inode)
and its data version (size and change times; a WAL or journal beside it means someone else has it
open, and then nothing is saved). The next start paints from the snapshot only when the stamp still
matches — nothing has written to the file since — and this Rapat knows the same newest schema
revision; the database layer then loads off the GUI thread and the live data replaces it. At any
doubt (a server URL, a missing, changed or foreign file, another Rapat's snapshot) there is no
snapshot, and the start-up opens the database before building the window.

Pickled rather than JSON: dates, times, signature images and the records come back exactly, without
a second description of the records' shape; the records' field names are part of the format.
"""

from __future__ import annotations

import os
import pickle
import zlib
from dataclasses import dataclass, fields, replace
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QStandardPaths

from rapat.location import chosen_database, database_key, known_revisions, sqlite_file
from rapat.models.officer import Officer
from rapat.records.meeting import MeetingRecord
from rapat.services.attendance_list import AttendanceRow

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

FORMAT = 2
SIGNATURES_KEPT = 40  # the first screenful of the Daftar Hadir keeps its signature thumbnails
BESIDE = ("-wal", "-journal")


@dataclass(frozen=True)
class Snapshot:
    """A meeting's details and Daftar Hadir as its workspace showed them, and which meeting was the
    newest then (a check run opens the newest)."""

    meeting: MeetingRecord
    attendance: list[AttendanceRow]
    newest: int | None


def read_snapshot(session: Session, meeting_id: int) -> Snapshot:
    """A meeting's snapshot as the database has it, for save_snapshot: its details, its Daftar
    Hadir and the newest meeting's id, read in one session (through the context)."""
    from rapat.services.attendance import list_attendance
    from rapat.services.meetings import load_details, newest_meeting_id

    return Snapshot(
        load_details(session, meeting_id),
        list_attendance(session, meeting_id),
        newest_meeting_id(session),
    )


def load_snapshot(given: str | None) -> Snapshot | None:
    """The snapshot saved for the chosen database, if it still describes the file: see the module."""
    path = sqlite_file(chosen_database(given))
    if path is None:
        return None
    try:
        key = database_key(given)
        data = _file(key).read_bytes()
        saved_format, saved_key, shape, revision, stamp, snapshot = pickle.loads(data)
    except Exception:  # a missing, partial or foreign snapshot is only no snapshot
        return None
    if (saved_format, saved_key, shape) != (FORMAT, key, _shape()):
        return None
    if revision != known_revisions()[-1]:
        return None
    if stamp is None or stamp != _stamp(path):
        return None
    return snapshot


def save_snapshot(given: str | None, snapshot: Snapshot | None) -> None:
    """Keep what the workspace shows for the next start, or forget it (None): call once the
    database is closed, so that the stamp is the file's final state."""
    path = sqlite_file(chosen_database(given))
    if path is None:
        return
    key = database_key(given)
    target = _file(key)
    stamp = _stamp(path)
    if snapshot is None or stamp is None:
        target.unlink(missing_ok=True)
        return
    rows = [
        row if index < SIGNATURES_KEPT or row.signature_png is None else _unsigned(row)
        for index, row in enumerate(snapshot.attendance)
    ]
    kept = Snapshot(snapshot.meeting, rows, snapshot.newest)
    data = pickle.dumps((FORMAT, key, _shape(), known_revisions()[-1], stamp, kept))
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_suffix(".part")
    # The snapshot holds names and NIPs: as private to its owner as the database itself.
    descriptor = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(descriptor, "wb") as stream:
        stream.write(data)
    os.replace(partial, target)


def _file(key: str) -> Path:
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.GenericCacheLocation)
    # A short name is enough: the snapshot also holds its database's key, and its file's inode.
    return Path(folder) / "Rapat" / "snapshots" / f"{zlib.crc32(key.encode()):08x}.pickle"


def _stamp(path: Path) -> tuple[int, ...] | None:
    """The file's identity and data version; None when it is missing or open elsewhere."""
    try:
        status = path.stat()
    except OSError:
        return None
    if any(path.with_name(path.name + suffix).exists() for suffix in BESIDE):
        return None
    return (
        status.st_dev,
        status.st_ino,
        status.st_size,
        status.st_mtime_ns,
        status.st_ctime_ns,
    )


def _shape() -> tuple[tuple[str, ...], ...]:
    return tuple(
        tuple(field.name for field in fields(kind))
        for kind in (MeetingRecord, Officer, AttendanceRow)
    )


def _unsigned(row: AttendanceRow) -> AttendanceRow:
    return replace(row, signature_png=None)
