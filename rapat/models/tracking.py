"""Who changed a row, and when: the login that wrote it and the moment, on every row a person edits.

The login is read once per database connection (PostgreSQL's `current_user`, the operating-system
user on SQLite; see rapat.db) and kept in the connection's info, so that ORM flushes and Core
`insert()`/`update()` statements alike fill the columns through their defaults.
"""

from __future__ import annotations

import getpass
from datetime import datetime

from sqlalchemy import Text
from sqlalchemy.orm import Mapped, declared_attr, mapped_column

from rapat.models.base import UTCDateTime, utcnow

LOGIN_KEY = "rapat_login"


def os_user() -> str:
    """The operating-system user: who a change on a laptop's own SQLite file is by."""
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "?"


def connection_login(context) -> str:
    """The login of the connection a statement runs on (a column default's context)."""
    return context.connection.info.get(LOGIN_KEY) or os_user()


class Tracked:
    """Columns `changed_by` and `changed_at`, set on every insert and update."""

    @declared_attr
    def changed_by(cls) -> Mapped[str | None]:
        return mapped_column(Text, default=connection_login, onupdate=connection_login)

    @declared_attr
    def changed_at(cls) -> Mapped[datetime | None]:
        return mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)
