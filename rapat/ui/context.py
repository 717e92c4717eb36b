"""The interface's one owner of database sessions, and its three ways to reach the database.

    context.read(work)                                  a read now, on the GUI thread (cheap, local)
    context.query(owner, work, on_done, on_error)       a background read; the latest call wins
    context.write(work, on_done, on_error, changed)     a background change, after the earlier ones

The start-up opens the database behind a window painted from a snapshot with
`open_in_background(prepare, on_done, on_error)`: SQLAlchemy loads on a worker thread.

`work` takes a Session and returns plain records (services' functions); it runs in its own
transaction. Background work that is run by someone else (a document preview) gets its session
through `session_task`. No other module of rapat/ui opens a session (tests/ui/test_context.py).
"""

from __future__ import annotations

import threading
import time
import uuid
from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QObject, Qt, Signal
from shiboken6 import isValid

from rapat.errors import DamagedDatabase, DatabaseError, LoginRefused, NotPermitted
from rapat.ui.messages import error_text
from rapat.ui.tasks import run_task, writer_pool

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from rapat.db import Database
    from rapat.live import Watcher

T = TypeVar("T")
RETRY_MS = 2000
POLL_WAIT_S = 1.0  # how long closing waits for the watcher's thread (it polls twice a second)


class StoredId:
    """The id and version of a record that queued writes create and change.

    The creating write sets `value` on the writer thread once it is committed, so the writes
    queued after it (an edit, a move, a removal) read it when they run, even before the GUI
    thread has heard back; each edit likewise leaves the row's new `version` for the next one.
    `queued` is True from the moment the creating write is queued: the record then counts as
    stored. `uid` is the record's key, chosen before its first write, so a creation tried again
    finds the row it stored rather than adding another.
    """

    def __init__(self, value: int | None = None, version: int | None = None) -> None:
        self.value = value
        self.version = version
        self.queued = value is not None
        self.uid = uuid.uuid4().hex


class Context(QObject):
    """Runs each service call in its own transaction and tells the window what was saved.

    Writes wait in one queue and run one at a time off the GUI thread. A write that the
    database cannot take now (locked, disk full, an I/O error, the server gone) is tried again
    every two seconds with the same closure, holding the queue so that later writes keep their
    order; `problem` says so meanwhile ("belum tersimpan"), `unsaved` lists what waits, and
    `problem_cleared` follows once it is stored, with `saved` and `changed` as after any write.
    A refusal (invalid input, a conflict, a final meeting) is not tried again.
    """

    saved = Signal(datetime)
    changed = Signal(str)  # what kind of data changed: "meeting", "attendance", "directory", …
    changed_elsewhere = Signal(str)  # the same, stored by someone else (rapat.live)
    problem = Signal(str)
    problem_cleared = Signal()
    opened = Signal()
    _locked = Signal(str)  # from the writer thread: a write waits to be tried again
    _elsewhere = Signal(str)  # from the watcher's thread

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
        self._latest: dict[tuple[int, str], int] = {}
        self._queries = 0
        self._retrying = False
        self._waiting: dict[int, dict[str, Any]] = {}
        self._writes = 0
        self._stop = threading.Event()
        self._locked.connect(self._retry_notice, Qt.ConnectionType.QueuedConnection)
        self._watcher: Watcher | None = None
        self._elsewhere.connect(self._relay_elsewhere, Qt.ConnectionType.QueuedConnection)

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

    @property
    def read_only(self) -> bool:
        """Whether the open database's login may only read (rapat.office); the server refuses
        its changes, which reach `problem` or the write's on_error as NotPermitted."""
        return self._database is not None and self._database.read_only

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

    def watch(self) -> None:
        """Follow the changes that other people and processes store (rapat.live): each is
        announced by `changed_elsewhere` and `changed`, within a second or so."""
        if self._watcher is None:
            from rapat.live import Watcher

            self._watcher = Watcher(self.db, self._elsewhere.emit)
            self._watcher.start()

    def _relay_elsewhere(self, kind: str) -> None:
        self.changed_elsewhere.emit(kind)
        self.changed.emit(kind)

    def close(self) -> None:
        self._stop.set()  # a write waiting to be tried again gives up rather than keep the exit
        if self._watcher is not None:
            self._watcher.stop()
            self._watcher.join(2 * POLL_WAIT_S)
        for database in (self._database, self._arrived):
            if database is not None:
                database.close()

    # -- the three ways in -----------------------------------------------------------------------

    def read(self, work: Callable[[Session], T]) -> T:
        """A read now, on the GUI thread: only for what is cheap and local."""
        with self.db.session() as session:
            return work(session)

    def query(
        self,
        owner: QObject,
        work: Callable[[Session], T],
        on_done: Callable[[T], None],
        on_error: Callable[[Exception], None] | None = None,
        topic: str = "",
    ) -> None:
        """Read in the background and hand the result to on_done on the GUI thread, unless the
        same owner has asked again about the same topic since (the older answer is dropped) or
        the owner is gone. Without on_error, a failure is raised on the GUI thread."""
        self._queries += 1
        key, serial = (id(owner), topic), self._queries
        self._latest[key] = serial
        run = self.session_task(work)

        def latest() -> bool:
            if self._latest.get(key) != serial:
                return False
            del self._latest[key]
            return isValid(owner)

        def done(result: T) -> None:
            if latest():
                on_done(result)

        def failed(error: Exception) -> None:
            if latest() and on_error is not None:
                on_error(error)

        run_task(run, done, failed if on_error is not None else None)

    def cancel(self, owner: QObject, topic: str = "") -> None:
        """Drop the answer of the owner's query on this topic that is still on its way."""
        self._latest.pop((id(owner), topic), None)

    def session_task(self, work: Callable[[Session], T]) -> Callable[[], T]:
        """`work` as a task for the thread pool (rapat.ui.tasks): it runs in a session of its own,
        opened on the worker's thread (sessions are never shared between threads)."""
        database = self.db

        def run() -> T:
            with database.session() as session:
                return work(session)

        return run

    def write(
        self,
        work: Callable[[Session], T],
        on_done: Callable[[T], None] | None = None,
        on_error: Callable[[Exception], None] | None = None,
        changed: str = "",
        on_commit: Callable[[T], None] | None = None,
        keep: dict[str, Any] | None = None,
    ) -> None:
        """Queue a change; on_done(result) runs on the GUI thread once it is stored. A refusal
        goes to on_error, or to `problem` when there is none.

        on_commit(result) runs on the writer thread right after the commit, before the next
        queued write: for what that write reads (the id or version of a row just stored).
        `keep` says in plain data what the write stores (what, meeting, text), for the recovery
        file written when the window closes before it is stored (`unsaved`).
        """
        database = self.db
        self._writes += 1
        serial = self._writes
        self._waiting[serial] = keep or {}

        def run() -> Any:
            while True:
                try:
                    with database.session() as session:
                        result = work(session)
                    if self._watcher is not None:  # not to be announced as someone else's
                        self._watcher.absorb()
                    break
                except (NotPermitted, LoginRefused, DamagedDatabase):
                    raise  # no later try can succeed: the login is refused, or pages are damaged
                except (DatabaseError, OSError) as error:
                    if self._stop.is_set():
                        raise
                    self._locked.emit(_retry_reason(error))
                    time.sleep(RETRY_MS / 1000)
            if on_commit is not None:
                on_commit(result)
            return result

        def settled() -> None:
            self._waiting.pop(serial, None)

        def done(result: T) -> None:
            settled()
            self._settled()
            self.saved.emit(datetime.now())
            if changed:
                self.changed.emit(changed)
            if on_done is not None:
                on_done(result)

        def failed(error: Exception) -> None:
            if not self._stop.is_set():
                settled()
            self._settled()
            if on_error is not None:
                on_error(error)
            else:
                self.problem.emit(error_text(error))

        run_task(run, done, failed, pool=writer_pool())

    @property
    def pending(self) -> int:
        """How many queued writes are not stored yet."""
        return len(self._waiting)

    def unsaved(self) -> list[dict[str, Any]]:
        """What the queued writes not stored yet hold, in their order (see `write`'s keep)."""
        return [dict(keep) for keep in self._waiting.values()]

    def give_up_retrying(self) -> None:
        """The window closes: a write that cannot be stored now stops trying (its content is in
        the recovery file) instead of holding the application open."""
        self._stop.set()

    def after_writes(self, callback: Callable[[], None]) -> None:
        """Call back on the GUI thread once every write queued so far is stored and reported
        (for what needs their results, such as the id of a point just saved)."""
        run_task(lambda: None, lambda _none: callback(), pool=writer_pool())

    def _settled(self) -> None:
        """A write that waited for the lock is done with: its notice goes."""
        if self._retrying:
            self._retrying = False
            self.problem_cleared.emit()

    def _retry_notice(self, message: str) -> None:
        self._retrying = True
        reason = message if message.endswith(".") else message + "."
        self.problem.emit(self.tr("Belum tersimpan: {reason} Mencoba lagi…").format(reason=reason))


def _retry_reason(error: Exception) -> str:
    """The line the banner shows while a write waits: the database's message, or the system's."""
    if isinstance(error, DatabaseError):
        return error.message
    return error.strerror or str(error)
