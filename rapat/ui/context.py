"""The interface's one owner of database sessions: reads, writes, saved notices and lock retries."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import TypeVar

from PySide6.QtCore import QObject, QTimer, Signal
from sqlalchemy.orm import Session

from rapat.db import Database
from rapat.errors import DatabaseError, RapatError

T = TypeVar("T")
RETRY_MS = 2000


def is_locked(error: BaseException) -> bool:
    return isinstance(error, DatabaseError) and "dikunci" in error.message


class Context(QObject):
    """Runs each service call in its own transaction and tells the window what was saved.

    A write that finds the database locked is retried every two seconds with the same closure,
    so what the user typed is kept; `problem` carries the message meanwhile.
    """

    saved = Signal(datetime)
    changed = Signal(str)  # what kind of data changed: "meeting", "attendance", "directory", …
    problem = Signal(str)

    def __init__(self, database: Database, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.db = database

    def read(self, work: Callable[[Session], T]) -> T:
        with self.db.session() as session:
            return work(session)

    def write(
        self,
        work: Callable[[Session], T],
        on_done: Callable[[T], None] | None = None,
        on_error: Callable[[RapatError], None] | None = None,
        changed: str = "",
    ) -> bool:
        """Run a change now; True when it is stored. A locked database is retried later."""
        try:
            with self.db.session() as session:
                result = work(session)
        except RapatError as error:
            if is_locked(error):
                self.problem.emit(error.message + " " + self.tr("Mencoba lagi…"))
                QTimer.singleShot(
                    RETRY_MS, self, lambda: self.write(work, on_done, on_error, changed)
                )
                return False
            if on_error is None:
                self.problem.emit(error.message)
            else:
                on_error(error)
            return False
        self.saved.emit(datetime.now())
        if changed:
            self.changed.emit(changed)
        if on_done is not None:
            on_done(result)
        return True
