"""What the window shows first, read straight from the SQLite file with the standard library.

The window paints a meeting's workspace from this and SQLAlchemy loads after the first paint. At any
doubt (a server URL, a missing, damaged or locked file, a schema that needs migrating) the answer
is None and the start-up takes the ordinary way, which opens the database first and says what is
wrong. The queries are the services' own (rapat.services.meeting_details and attendance_list).
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass

from rapat.location import chosen_database, known_revisions, sqlite_file
from rapat.records.meeting import MeetingRecord
from rapat.services.attendance_list import ATTENDANCE_QUERY, AttendanceRow, attendance_rows
from rapat.services.meeting_details import (
    AGENDA_QUERY,
    DETAILS_QUERY,
    NEWEST_QUERY,
    details_record,
)


@dataclass(frozen=True)
class FirstScreen:
    """A meeting's details and attendance list, as its workspace first shows them."""

    meeting: MeetingRecord
    attendance: list[AttendanceRow]


def read_first_screen(given: str | None, meeting_id: int | None = None) -> FirstScreen | None:
    """The given meeting (else the newest) of the chosen database, or None: see the module."""
    path = sqlite_file(chosen_database(given))
    if path is None or not path.is_file():
        return None
    try:
        connection = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    except sqlite3.Error:
        return None
    try:
        return _read(connection, meeting_id)
    except sqlite3.Error:
        return None
    finally:
        connection.close()


def _read(connection: sqlite3.Connection, meeting_id: int | None) -> FirstScreen | None:
    revision = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    if revision is None or revision[0] != known_revisions()[-1]:
        return None
    if meeting_id is None:
        newest = connection.execute(NEWEST_QUERY).fetchone()
        if newest is None:
            return None
        meeting_id = newest[0]
    parameters = {"meeting_id": meeting_id}
    cursor = connection.execute(DETAILS_QUERY, parameters)
    details = cursor.fetchone()
    if details is None:
        return None
    names = [column[0] for column in cursor.description]
    agenda = [title for _id, title in connection.execute(AGENDA_QUERY, parameters)]
    attendance = attendance_rows(connection.execute(ATTENDANCE_QUERY, parameters))
    return FirstScreen(details_record(dict(zip(names, details, strict=True)), agenda), attendance)
