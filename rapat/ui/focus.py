"""Where the keyboard goes next: the first field on from a widget, in the Tab order, that can take
it within the part of the window the person works in (never the navigation beside it); and
whether a widget about to go holds the keyboard, which must then be handed on first."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QScrollArea, QWidget


def takes_focus(widget: QWidget) -> bool:
    """Whether Tab would stop at the widget now: shown, enabled and not a frame around fields."""
    return (
        widget.isVisible()
        and widget.isEnabled()
        and bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus)
        and not isinstance(widget, QScrollArea)
    )


def next_focus(start: QWidget, within: QWidget) -> QWidget | None:
    """start itself, else the next widget in the Tab order inside `within` that takes focus."""
    widget = start
    while True:
        if within.isAncestorOf(widget) and takes_focus(widget):
            return widget
        widget = widget.nextInFocusChain()
        if widget is start or widget is None:
            return None


def holds_focus(widget: QWidget) -> bool:
    """Whether the keyboard is in the widget or one of its fields."""
    focused = QApplication.focusWidget()
    return focused is not None and (focused is widget or widget.isAncestorOf(focused))
