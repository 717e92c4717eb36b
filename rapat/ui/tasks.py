"""The one way long work leaves the GUI thread (after Picard's run_task and Anki's CollectionOp).

    run_task(build_pdf, on_done=show_preview, on_error=show_error)

`work` runs in Qt's global thread pool and must not touch widgets; `on_done(result)` or
`on_error(exception)` run later on the GUI thread. An exception that is not a RapatError is a bug:
its traceback goes to the log file before on_error shows it (or, with no on_error, it is raised
again on the GUI thread, where the application's excepthook logs and shows it). Tests wait with
`wait_for_tasks()`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from rapat.errors import RapatError
from rapat.logs import log_exception


class _Relay(QObject):
    done = Signal(object)
    failed = Signal(object)


class _Task(QRunnable):
    def __init__(self, work: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self.work = work
        self.relay = relay

    def run(self) -> None:
        try:
            result = self.work()
        except Exception as error:  # handed to on_error on the GUI thread
            self.relay.failed.emit(error)
        else:
            self.relay.done.emit(result)


_running: set[_Relay] = set()


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
    relay = _Relay()  # lives in the GUI thread, so its signals are delivered there
    _running.add(relay)

    def finish(callback, value) -> None:
        _running.discard(relay)
        if callback is not None:
            callback(value)

    def failed(error: Exception) -> None:
        if on_error is None:
            finish(_reraise, error)
            return
        if not isinstance(error, RapatError):
            log_exception(error)
        finish(on_error, error)

    relay.done.connect(lambda result: finish(on_done, result))
    relay.failed.connect(failed)
    (pool or QThreadPool.globalInstance()).start(_Task(work, relay))


def _reraise(error: Exception) -> None:
    raise error


def tasks_running() -> bool:
    """Whether some work has not yet handed its result back to the GUI thread."""
    return bool(_running)


def wait_for_tasks(timeout_ms: int = 30000) -> bool:
    """Block until the queued writes and the other work are done (for tests and for a clean
    shutdown); their results reach the GUI thread with its next events."""
    pools = [writer_pool(), QThreadPool.globalInstance()]
    return all(pool.waitForDone(timeout_ms) for pool in pools)
