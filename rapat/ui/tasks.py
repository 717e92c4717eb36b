"""The one way long work leaves the GUI thread (after Picard's run_task and Anki's CollectionOp).

    run_task(build_pdf, on_done=show_preview, on_error=show_error)

`work` runs in Qt's global thread pool and must not touch widgets; `on_done(result)` or
`on_error(exception)` run later on the GUI thread. An exception that is not a RapatError is a bug:
its traceback goes to the log file before on_error shows it (or, with no on_error, it is raised
again on the GUI thread, where the application's excepthook logs and shows it). Tests wait with
`wait_for_tasks()`.
"""

from __future__ import annotations

import itertools
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, Signal

from rapat.errors import RapatError
from rapat.logs import log_exception


class _Relay(QObject):
    """The one messenger from the pools' threads to the GUI thread. It lives as long as the
    program: a QObject must be destroyed in its own thread, and one per task was sometimes let go
    last by the worker that had just emitted through it."""

    done = Signal(int, object)
    failed = Signal(int, object)


class _Task(QRunnable):
    """Runs work on a pool's thread. The worker lets go of work before it reports, so that what
    work holds (a view captured by a lambda) is let go on the GUI thread, never on the worker's."""

    def __init__(self, serial: int, work: Callable[[], Any]) -> None:
        super().__init__()
        self.serial = serial
        self.work = work

    def run(self) -> None:
        signal, value = _outcome(self)
        signal.emit(self.serial, value)


def _outcome(task: _Task) -> tuple[Any, Any]:
    work, task.work = task.work, None
    try:
        return _relay().done, work()
    except Exception as error:  # handed to on_error on the GUI thread
        return _relay().failed, _detached(error)


def _detached(error: Exception) -> Exception:
    """error without the worker's frames, whose locals would otherwise travel with it: the
    traceback of a bug is kept as text in a note, for the log the GUI thread writes."""
    if not isinstance(error, RapatError):
        trace = "".join(traceback.format_tb(error.__traceback__)).rstrip()
        error.add_note(f"Traceback (most recent call last), on a worker thread:\n{trace}")
    seen: set[int] = set()
    link: BaseException | None = error
    while link is not None and id(link) not in seen:
        seen.add(id(link))
        link.__traceback__ = None
        link = link.__cause__ or link.__context__
    return error


_the_relay: _Relay | None = None
_pending: dict[int, tuple[Callable[[], Any], Callable[[Any], None], Callable[[Exception], None]]]
_pending = {}
_serials = itertools.count(1)


def _relay() -> _Relay:
    """The relay, made by the first run_task and living in the GUI thread."""
    assert _the_relay is not None
    return _the_relay


def _settle(serial: int, result: Any) -> None:
    _work, on_done, _on_error = _pending.pop(serial)
    on_done(result)


def _fail(serial: int, error: Exception) -> None:
    _work, _on_done, on_error = _pending.pop(serial)
    on_error(error)


_writer: QThreadPool | None = None


def writer_pool() -> QThreadPool:
    """The one thread that stores changes, so that two writes never run at once and each runs
    after the ones queued before it (after Picard's one-thread pool for saves)."""
    global _writer
    if _writer is None:
        _writer = QThreadPool()
        _writer.setMaxThreadCount(1)
        _writer.setExpiryTimeout(-1)  # the thread is kept: the next write starts at once
    return _writer


def run_task(
    work: Callable[[], Any],
    on_done: Callable[[Any], None] | None = None,
    on_error: Callable[[Exception], None] | None = None,
    pool: QThreadPool | None = None,
) -> None:
    """Run work off the GUI thread (in `pool`, else Qt's global pool), then hand its result or its
    error back to the GUI thread."""
    global _the_relay
    if _the_relay is None:
        _the_relay = _Relay()
        _the_relay.moveToThread(QCoreApplication.instance().thread())  # answers go to the GUI
        _the_relay.done.connect(_settle)
        _the_relay.failed.connect(_fail)

    def failed(error: Exception) -> None:
        if on_error is None:
            _reraise(error)
            return
        if not isinstance(error, RapatError):
            log_exception(error)
        on_error(error)

    serial = next(_serials)
    # work is kept here too until its answer is in: the GUI thread lets go of it last.
    _pending[serial] = (work, on_done or (lambda _result: None), failed)
    (pool or QThreadPool.globalInstance()).start(_Task(serial, work))


def _reraise(error: Exception) -> None:
    raise error


def tasks_running() -> bool:
    """Whether some work has not yet handed its result back to the GUI thread."""
    return bool(_pending)


def wait_for_tasks(timeout_ms: int = 30000) -> bool:
    """Block until the queued writes and the other work are done (for tests and for a clean
    shutdown); their results reach the GUI thread with its next events."""
    pools = [writer_pool(), QThreadPool.globalInstance()]
    return all(pool.waitForDone(timeout_ms) for pool in pools)
