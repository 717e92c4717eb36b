"""The one place errors reach the user: an inline banner for what can be fixed, a box for the rest.

An exception that no slot caught is written to the log file with its traceback and shown in a box
(`install_excepthook`); background work logs its unexpected errors the same way (rapat.ui.tasks).
"""

from __future__ import annotations

import sys
from types import TracebackType
from typing import ClassVar

from PySide6.QtCore import QEvent, QObject, QPoint, QRect, QSize, Qt, QTimer
from PySide6.QtGui import QHideEvent, QMoveEvent, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QSizePolicy,
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
    """A message that never moves the content under the pointer and leaves no blank band.

    The banner takes no room in its layout: its message is a panel laid over the content just
    below it, or over a widget nobody clicks (overlay_on: a meeting's tabs lay theirs over the
    meeting's title), and a long message grows the panel down instead of pushing anything.
    It hides itself after a while unless it is an error, which stays until it is closed.
    """

    STYLES: ClassVar[dict[str, str]] = {
        "error": "background:#fdecea; color:#8a1c1c; border:1px solid #f5c2c0;",
        "info": "background:#e8f1fb; color:#0b3d6e; border:1px solid #bcd6f2;",
        "ok": "background:#e7f5ec; color:#14532d; border:1px solid #b7e0c4;",
    }

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        policy = self.sizePolicy()
        policy.setRetainSizeWhenHidden(True)
        policy.setHorizontalPolicy(QSizePolicy.Policy.Expanding)
        self.setSizePolicy(policy)
        self.panel = QFrame(self)
        self.panel.setObjectName("bannerPanel")
        self.panel.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        layout = QHBoxLayout(self.panel)
        layout.setContentsMargins(10, 4, 6, 4)
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        close = QToolButton()
        close.setText("✕")
        close.setAutoRaise(True)
        close.setToolTip(self.tr("Tutup pesan"))
        close.clicked.connect(self.hide)
        layout.addWidget(self.label, 1)
        layout.addWidget(close, 0, Qt.AlignmentFlag.AlignTop)
        self._line = max(self.panel.sizeHint().height(), self.fontMetrics().height() + 14)
        self._over: QWidget | None = None
        self.setFixedHeight(0)
        # The panel may live in an ancestor (overlay_on): it goes when the banner goes.
        self.destroyed.connect(self.panel.deleteLater)
        self._timer = QTimer(self, singleShot=True, timeout=self.hide)
        self.hide()

    def overlay_on(self, widget: QWidget) -> None:
        """Lay the messages over this widget (a sibling of an ancestor) rather than over the
        content below the banner."""
        if self._over is widget:
            return
        if self._over is not None:
            self._over.removeEventFilter(self)
        self._over = widget
        widget.installEventFilter(self)
        if self.isVisible():
            self._place_panel()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self._over
            and event.type() in (QEvent.Type.Move, QEvent.Type.Resize)
            and self.isVisible()
        ):
            self._place_panel()
        return False

    def show_message(self, text: str, kind: str = "info", seconds: int = 6) -> None:
        self.panel.setStyleSheet(f"QFrame#bannerPanel {{{self.STYLES[kind]} border-radius:4px;}}")
        self.label.setText(text)
        self.show()
        self._place_panel()
        self._timer.stop()
        if kind != "error" and seconds:
            self._timer.start(seconds * 1000)

    def show_error(self, error: BaseException) -> None:
        self.show_message(error_text(error), "error")

    @property
    def text(self) -> str:
        return "" if self.isHidden() else self.label.text()

    def _place_panel(self) -> None:
        """Lay the panel over the content below (or the widget given to overlay_on), as tall as
        its text needs: a message covers what is below it for a while rather than moving it."""
        over = self._over
        host = over.parentWidget() if over is not None else self.parentWidget()
        if host is not None and self.panel.parentWidget() is not host:
            self.panel.setParent(host)
        if over is not None:
            area = over.geometry()
        elif self.panel.parentWidget() is host:
            area = QRect(self.geometry().topLeft(), QSize(self.width(), self._line))
        else:
            area = QRect(QPoint(), QSize(self.width(), self._line))
        wanted = self.panel.layout().heightForWidth(area.width())
        height = max(area.height(), self._line, wanted)
        self.panel.setGeometry(QRect(area.topLeft(), QSize(area.width(), height)))
        self.panel.setVisible(self.isVisible())
        self.panel.raise_()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._place_panel()

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        self.panel.hide()

    def moveEvent(self, event: QMoveEvent) -> None:
        super().moveEvent(event)
        if self.isVisible():
            self._place_panel()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.isVisible():
            self._place_panel()
