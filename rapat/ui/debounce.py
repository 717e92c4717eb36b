"""Debouncing with superqt's `qdebounced`, imported after the start-up.

superqt pulls in qtpy, whose star-imports of QtGui and QtWidgets cost a few tenths of a second;
the main window preloads it off the GUI thread once the database is open, and a debounced call
made earlier imports it then.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any


class Debounced:
    """Calls func once the calls stop for timeout milliseconds (with the last call's arguments)."""

    def __init__(self, func: Callable[..., Any], timeout: int) -> None:
        self._func = func
        self._timeout = timeout
        self._inner: Callable[..., Any] | None = None

    def __call__(self, *args: Any) -> None:
        if self._inner is None:
            from superqt.utils import qdebounced

            self._inner = qdebounced(self._func, timeout=self._timeout)
        self._inner(*args)


def preload() -> None:
    import superqt.utils  # noqa: F401 - loaded now so the first keystroke does not wait for it
