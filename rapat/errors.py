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


class DamagedDatabase(DatabaseError):
    """SQLite found damaged pages in the archive; the message names its newest whole backup."""


class DatabaseLocked(DatabaseError):
    """Another program holds the database (SQLite busy or locked, a PostgreSQL lock timeout);
    the same change may succeed when tried again."""


class ReadOnlyMeeting(RapatError):
    """The meeting is final; a change needs a new revision."""


class LoginRefused(DatabaseError):
    """The server did not accept the login: a wrong password or an unknown name."""


class PasswordNeeded(LoginRefused):
    """The server asks for a password that the address does not carry."""


class NotPermitted(DatabaseError):
    """The server refused a change: the login may only read (group rapat_baca)."""


class PackageConflict(InvalidInput):
    """A meeting package whose meeting changed both in the package and here since it was made;
    nothing was stored, and the message describes both sides."""


class ServerUnreachable(DatabaseLocked):
    """The office server cannot be reached (down, or the network is); like a lock, the same
    change is tried again until the server is back, and nothing typed is lost meanwhile."""


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
