"""A slow change (signing, finalizing, making a key) stored off the GUI thread in its own transaction.

Context.write runs on the GUI thread; this is its background twin for work that takes seconds. The
worker opens its own session (sessions are never shared between threads) and, back on the GUI thread,
the context tells the window what was saved, as after any other write.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

from sqlalchemy.orm import Session

from rapat.ui.context import Context
from rapat.ui.tasks import run_task


def write_in_background(
    context: Context,
    work: Callable[[Session], Any],
    on_done: Callable[[Any], None],
    on_error: Callable[[Exception], None],
    changed: str = "",
) -> None:
    """Run `work(session)` in the thread pool; commit it, then call on_done(result) on the GUI thread."""
    database = context.db

    def run() -> Any:
        with database.session() as session:
            return work(session)

    def done(result: Any) -> None:
        context.saved.emit(datetime.now())
        if changed:
            context.changed.emit(changed)
        on_done(result)

    run_task(run, done, on_error)
