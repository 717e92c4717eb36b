"""The one place errors reach the user: an inline banner for what can be fixed, a box for the rest.

An exception that no slot caught is written to the log file with its traceback and shown in a box
(`install_excepthook`); background work logs its unexpected errors the same way (rapat.ui.tasks).
"""

from __future__ import annotations

import sys
from types import TracebackType
from typing import ClassVar

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QToolButton,
    QWidget,
)

from rapat.errors import RapatError
from rapat.i18n import tr
from rapat.logs import log_exception


def error_text(error: BaseException) -> str:
    """What to tell the user: a domain error's own message, else a plain sentence and the reason."""
    if isinstance(error, RapatError):
        return error.message
    return tr("Terjadi kesalahan yang tidak terduga: {reason}").format(reason=error)


def show_error_box(parent: QWidget | None, error: BaseException, title: str = "") -> None:
    """A modal box, for failures with no place on screen to show them (start-up, a dialog's end)."""
    box = QMessageBox(QMessageBox.Icon.Warning, title or "Rapat", error_text(error), parent=parent)
    box.exec()


_uncaught_boxes: set[QMessageBox] = set()


def show_uncaught(
    kind: type[BaseException], error: BaseException, trace: TracebackType | None
) -> None:
    """sys.excepthook of the interface: log the traceback, then say what happened in a box that
    does not block the slot's caller (the event loop goes on)."""
    log_exception(error.with_traceback(trace))
    if QApplication.instance() is None:
        sys.__excepthook__(kind, error, trace)
        return
    box = QMessageBox(
        QMessageBox.Icon.Warning, "Rapat", error_text(error), parent=QApplication.activeWindow()
    )
    _uncaught_boxes.add(box)  # kept alive while shown, even when no window is there to own it
    box.finished.connect(lambda _result: _uncaught_boxes.discard(box))
    box.open()


def install_excepthook() -> None:
    """Send exceptions raised in slots (which Qt cannot propagate) to `show_uncaught`."""
    sys.excepthook = show_uncaught


class Banner(QWidget):
    """A one-line message above a view's content; it hides itself after a while unless it is an error."""

    STYLES: ClassVar[dict[str, str]] = {
        "error": "background:#fdecea; color:#8a1c1c; border:1px solid #f5c2c0;",
        "info": "background:#e8f1fb; color:#0b3d6e; border:1px solid #bcd6f2;",
        "ok": "background:#e7f5ec; color:#14532d; border:1px solid #b7e0c4;",
    }

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 6, 6)
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        close = QToolButton()
        close.setText("✕")
        close.setAutoRaise(True)
        close.setToolTip(self.tr("Tutup pesan"))
        close.clicked.connect(self.hide)
        layout.addWidget(self.label, 1)
        layout.addWidget(close)
        self._timer = QTimer(self, singleShot=True, timeout=self.hide)
        self.hide()

    def show_message(self, text: str, kind: str = "info", seconds: int = 6) -> None:
        self.setStyleSheet(f"Banner {{{self.STYLES[kind]} border-radius:4px;}}")
        self.label.setText(text)
        self.show()
        self._timer.stop()
        if kind != "error" and seconds:
            self._timer.start(seconds * 1000)

    def show_error(self, error: BaseException) -> None:
        self.show_message(error_text(error), "error")

    @property
    def text(self) -> str:
        return "" if self.isHidden() else self.label.text()
