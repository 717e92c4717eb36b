"""Autosave and undo for a meeting's workspace: no Save button, and Ctrl+Z across every tab.

Edits are kept as pending saves, written through the Context 400 ms after typing pauses, at the
latest a second after the first unsaved keystroke, and at once when focus moves, the tab changes,
the workspace closes or the application quits. Undo is one QUndoStack per workspace: typing in a
field merges into one step per burst; structural steps (a new point, a move, an action made from
a point) call the services in both directions.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Hashable

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QKeyEvent, QKeySequence, QUndoCommand, QUndoStack
from PySide6.QtWidgets import QApplication

from rapat.ui.context import Context

DELAY_MS = 400
LONGEST_WAIT_S = 0.8  # with the debounce delay, a pause-free typist's words are stored within 1 s
MERGE_WINDOW_S = 2.0
TEXT_EDIT_ID = 0x52415054  # QUndoCommand.id() of typing steps, so the stack merges them


class Autosaver(QObject):
    """Pending saves by key; the latest save of a key wins, first-marked keys are written first."""

    def __init__(self, context: Context, parent: QObject | None = None) -> None:
        super().__init__(parent)
        from superqt.utils import qdebounced

        self.context = context
        self._pending: dict[Hashable, Callable[[], None]] = {}
        self._oldest = 0.0
        self._debounced = qdebounced(self.flush, timeout=DELAY_MS)
        QApplication.instance().focusChanged.connect(self._focus_changed)
        QCoreApplication.instance().aboutToQuit.connect(self.flush)

    @property
    def pending(self) -> int:
        return len(self._pending)

    def mark(self, key: Hashable, save: Callable[[], None]) -> None:
        """Remember that key must be saved by calling save (the latest call replaces earlier ones)."""
        if not self._pending:
            self._oldest = time.monotonic()
        self._pending[key] = save
        if time.monotonic() - self._oldest >= LONGEST_WAIT_S:
            self.flush()
        else:
            self._debounced()

    def discard(self, key: Hashable) -> None:
        self._pending.pop(key, None)

    def flush(self) -> None:
        """Write every pending save now, in the order the keys were first marked."""
        self._debounced.cancel()
        while self._pending:
            key = next(iter(self._pending))
            save = self._pending.pop(key)
            save()

    def _focus_changed(self, old: QObject | None, _new: QObject | None) -> None:
        if old is not None and self._pending:
            self.flush()

    def stop(self) -> None:
        """Flush and stop listening: the workspace is going away."""
        self.flush()
        app = QApplication.instance()
        app.focusChanged.disconnect(self._focus_changed)
        app.aboutToQuit.disconnect(self.flush)


class CallCommand(QUndoCommand):
    """An undo step made of two functions. The step is usually done before it is pushed, so the
    first redo (which QUndoStack.push calls) is skipped unless done is False."""

    def __init__(
        self, text: str, redo: Callable[[], None], undo: Callable[[], None], done: bool = True
    ) -> None:
        super().__init__(text)
        self._redo, self._undo = redo, undo
        self._skip = done

    def redo(self) -> None:
        if self._skip:
            self._skip = False
            return
        self._redo()

    def undo(self) -> None:
        self._undo()


class TextCommand(QUndoCommand):
    """Typing in one field; consecutive typing in the same field within two seconds is one step."""

    def __init__(
        self, text: str, key: Hashable, old: str, new: str, apply: Callable[[Hashable, str], None]
    ) -> None:
        super().__init__(text)
        self.key, self.old, self.new, self._apply = key, old, new, apply
        self._last = time.monotonic()
        self._skip = True
        self.sealed = False

    def id(self) -> int:
        return TEXT_EDIT_ID

    def mergeWith(self, other: QUndoCommand) -> bool:
        if (
            not isinstance(other, TextCommand)
            or other.key != self.key
            or self.sealed
            or other._last - self._last > MERGE_WINDOW_S
        ):
            return False
        self.new, self._last = other.new, other._last
        return True

    def redo(self) -> None:
        if self._skip:
            self._skip = False
            return
        self._apply(self.key, self.new)

    def undo(self) -> None:
        self._apply(self.key, self.old)


def seal_typing(stack: QUndoStack) -> None:
    """End the current typing step, so the next keystroke starts a new one (after a focus change)."""
    if stack.index() > 0:
        last = stack.command(stack.index() - 1)
        if isinstance(last, TextCommand):
            last.sealed = True


def is_undo(event: QKeyEvent) -> bool:
    return event.matches(QKeySequence.StandardKey.Undo)


def is_redo(event: QKeyEvent) -> bool:
    return event.matches(QKeySequence.StandardKey.Redo) or QKeySequence(
        event.keyCombination()
    ) == QKeySequence("Ctrl+Shift+Z")
