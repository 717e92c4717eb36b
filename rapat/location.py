"""Where the database is and which schema revisions this Rapat knows.

Standard library only: the start-up finds and reads the file before SQLAlchemy has loaded.
"""

from __future__ import annotations

import os
from pathlib import Path

MIGRATIONS = Path(__file__).parent / "migrations"


def known_revisions() -> list[str]:
    """Schema revisions this Rapat knows, oldest first: migration files are named NNNN_what.py.

    Read from file names so that opening an up-to-date database never has to import Alembic.
    """
    names = (p.name for p in (MIGRATIONS / "versions").glob("[0-9][0-9][0-9][0-9]_*.py"))
    return sorted(name[:4] for name in names)


def default_path() -> Path:
    from platformdirs import user_data_path

    return user_data_path("Rapat", appauthor=False) / "rapat.db"


def chosen_database(given: str | None = None) -> str:
    """--db, else RAPAT_DB, else the default file: a path or a SQLAlchemy URL."""
    return given or os.environ.get("RAPAT_DB") or str(default_path())


def sqlite_file(chosen: str) -> Path | None:
    """The SQLite file a chosen database names; None when it is a URL (a server)."""
    return None if "://" in chosen else Path(chosen).expanduser().resolve()


def database_key(given: str | None = None) -> str:
    """The chosen database as one string (a SQLite file as its sqlite:/// URL): what the window
    remembers its open meeting under, so another database does not open that meeting's number."""
    chosen = chosen_database(given)
    path = sqlite_file(chosen)
    return chosen if path is None else f"sqlite:///{path}"
