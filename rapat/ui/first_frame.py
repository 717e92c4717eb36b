"""Calling back once a widget's first frame has been drawn: what the start-up defers until then."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget


class _FirstFrame(QObject):
    def __init__(self, widget: QWidget, callback: Callable[[], None]) -> None:
        super().__init__(widget)
        self._callback = callback
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            # Queued: the callback runs once this frame is painted and on the screen.
            QTimer.singleShot(0, self, self._callback)
        return False


def after_first_frame(widget: QWidget, callback: Callable[[], None]) -> None:
    """Call back once the widget's first frame has been drawn (not at all if it is deleted first)."""
    _FirstFrame(widget, callback)
