"""The interface's one owner of database sessions: reads, writes, saved notices and lock retries."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QObject, Qt, QTimer, Signal

from rapat.errors import DatabaseLocked, RapatError
from rapat.ui.tasks import run_task

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from rapat.db import Database

T = TypeVar("T")
RETRY_MS = 2000


def is_locked(error: BaseException) -> bool:
    return isinstance(error, DatabaseLocked)


class Context(QObject):
    """Runs each service call in its own transaction and tells the window what was saved.

    A write that finds the database locked is retried every two seconds with the same closure,
    so what the user typed is kept; `problem` carries the message meanwhile.
    """

    saved = Signal(datetime)
    changed = Signal(str)  # what kind of data changed: "meeting", "attendance", "directory", …
    problem = Signal(str)
    opened = Signal()

    def __init__(
        self,
        database: Database | None = None,
        given: str | None = None,
        parent: QObject | None = None,
    ) -> None:
        """An open database, or the --db choice to open when first needed or in the background:
        the window can then paint before SQLAlchemy loads (see rapat.ui.snapshot)."""
        super().__init__(parent)
        self._database = database
        self._given = given
        self._arrived: Database | None = None  # opened in the background, not yet taken in

    @property
    def db(self) -> Database:
        if self._database is None:
            from rapat.db import open_database

            self._database = open_database(self._given)
            self.opened.emit()
        return self._database

    @property
    def key(self) -> str:
        """Which database this is (rapat.location.database_key)."""
        if self._database is not None:
            return str(self._database.engine.url)
        from rapat.location import database_key

        return database_key(self._given)

    @property
    def is_open(self) -> bool:
        return self._database is not None

    def when_open(self, callback: Callable[[], None]) -> None:
        """Call back now if the database is open, else once it has been opened: background loads
        wait for it rather than open it before the window has painted."""
        if self.is_open:
            callback()
        else:
            self.opened.connect(callback, Qt.ConnectionType.SingleShotConnection)

    def open_in_background(
        self,
        prepare: Callable[[Session], T],
        on_done: Callable[[T], None],
        on_error: Callable[[Exception], None],
    ) -> None:
        """Open the database on a worker thread, where SQLAlchemy and the services load, and run
        prepare there in a first session; on the GUI thread on_done gets its result, then `opened`
        is emitted. A database that cannot be opened goes to on_error; a prepare that fails is
        raised on the GUI thread, into the one path for unexpected errors. The GUI thread meanwhile
        imports and paints nothing it does not have to; a read asked for before the worker is done
        opens the database at once."""
        given = self._given

        def work() -> tuple[Database, T | None, Exception | None]:
            from rapat.db import open_database

            database = open_database(given)
            self._arrived = database
            try:
                with database.session() as session:
                    return database, prepare(session), None
            except Exception as error:  # raised again on the GUI thread
                return database, None, error

        run_task(work, lambda outcome: self._take_in(*outcome, on_done), on_error)

    def _take_in(
        self,
        database: Database,
        result: T | None,
        error: Exception | None,
        on_done: Callable[[T], None],
    ) -> None:
        self._arrived = None
        first = self._database is None
        if first:
            self._database = database
        else:  # a read on the GUI thread opened it meanwhile
            database.close()
        if error is None:
            on_done(result)
        if first:
            self.opened.emit()
        if error is not None:
            raise error

    def close(self) -> None:
        for database in (self._database, self._arrived):
            if database is not None:
                database.close()

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
