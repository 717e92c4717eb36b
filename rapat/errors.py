"""Domain errors: their messages are written for the user and shown as they are."""

from __future__ import annotations

from datetime import datetime
from typing import Any


class RapatError(Exception):
    """A problem the user can act on; the message says what is wrong, in Indonesian."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message


class InvalidInput(RapatError):
    """Data given by the user or a file is not acceptable; nothing was changed."""


class NotFound(RapatError):
    """The record the user asked for does not exist."""


class DatabaseError(RapatError):
    """The database cannot be opened, written or migrated; it was left as it was."""


class DatabaseLocked(DatabaseError):
    """Another program holds the database (SQLite busy or locked, a PostgreSQL lock timeout);
    the same change may succeed when tried again."""


class ReadOnlyMeeting(RapatError):
    """The meeting is final; a change needs a new revision."""


class Conflict(RapatError):
    """Someone else changed the row since the editor read it; nothing was stored.

    Carries who changed it (an OS user on SQLite, a login on PostgreSQL), when, the row's current
    version and its current text, so the editor can show both texts and let the person choose.
    """

    def __init__(
        self,
        message: str,
        who: str = "",
        when: datetime | None = None,
        version: int | None = None,
        theirs: dict[str, Any] | None = None,
    ) -> None:
        super().__init__(message)
        self.who, self.when, self.version = who, when, version
        self.theirs = theirs or {}
