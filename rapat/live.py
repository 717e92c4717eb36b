"""Changes made by others, as they happen: what lets every open screen follow its colleagues'.

On PostgreSQL, migration 0011's statement triggers send `NOTIFY rapat, '<kind>'` with each
committed change; a watcher LISTENs on a connection of its own and ignores what this process's
own connections sent (rapat.db.own_backends). On SQLite, two processes on
one file learn of each other's commits from `PRAGMA data_version`, polled on a connection of the
watcher's own; the process's own writes are absorbed (`absorb()`) after each of them.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Callable

from rapat.db import Database, own_backends

CHANNEL = "rapat"
POLL_SECONDS = 0.5
ANY = "data"  # SQLite does not say what changed


class Watcher(threading.Thread):
    """Calls `changed(kind)` from its own thread when another process has stored a change."""

    def __init__(self, database: Database, changed: Callable[[str], None]) -> None:
        super().__init__(name="rapat-watcher", daemon=True)
        self.database = database
        self.changed = changed
        self._stopping = threading.Event()
        self._lock = threading.Lock()
        self._version: int | None = None
        self._sqlite: sqlite3.Connection | None = None

    def run(self) -> None:
        if self.database.is_sqlite:
            self._poll()
        else:
            self._listen()

    def stop(self) -> None:
        self._stopping.set()

    # -- SQLite ----------------------------------------------------------------------------------

    def _poll(self) -> None:
        self._sqlite = sqlite3.connect(self.database.path, check_same_thread=False)
        try:
            self.absorb()
            while not self._stopping.wait(POLL_SECONDS):
                with self._lock:
                    version = self._data_version()
                    moved, self._version = version != self._version, version
                if moved:
                    self.changed(ANY)
        finally:
            self._sqlite.close()

    def _data_version(self) -> int:
        return self._sqlite.execute("PRAGMA data_version").fetchone()[0]

    def absorb(self) -> None:
        """Take the file's state as seen: the change just made was this process's own."""
        if self._sqlite is None:
            return
        with self._lock:
            self._version = self._data_version()

    # -- PostgreSQL ------------------------------------------------------------------------------

    def _listen(self) -> None:
        import psycopg

        ours = own_backends(self.database.engine)
        url = self.database.engine.url.set(drivername="postgresql")
        address = url.render_as_string(hide_password=False)
        while not self._stopping.is_set():
            try:
                with psycopg.connect(address, autocommit=True) as connection:
                    connection.execute(f"LISTEN {CHANNEL}")
                    while not self._stopping.is_set():
                        for notice in connection.notifies(timeout=POLL_SECONDS):
                            if notice.pid not in ours:
                                self.changed(notice.payload)
            except psycopg.OperationalError:
                # The server went away: listen again once it is back.
                self._stopping.wait(2.0)
