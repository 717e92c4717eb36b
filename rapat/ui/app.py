"""The application: Qt set up the Rapat way (Fusion, a calm light palette, the chosen interface
language), then the window."""

from __future__ import annotations

import sys
import time
import traceback
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QObject, Qt, QTimer
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QWidget

from rapat.errors import RapatError
from rapat.i18n import SOURCE_LANGUAGE, chosen_language, install_translators

ACCENT = "#1f6fb2"


def make_palette() -> QPalette:
    """A restrained light palette with one accent colour."""
    palette = QPalette()
    colours = {
        QPalette.ColorRole.Window: "#f4f6f8",
        QPalette.ColorRole.WindowText: "#1f2933",
        QPalette.ColorRole.Base: "#ffffff",
        QPalette.ColorRole.AlternateBase: "#f1f5f9",
        QPalette.ColorRole.Text: "#1f2933",
        QPalette.ColorRole.Button: "#f8fafc",
        QPalette.ColorRole.ButtonText: "#1f2933",
        QPalette.ColorRole.Highlight: ACCENT,
        QPalette.ColorRole.HighlightedText: "#ffffff",
        QPalette.ColorRole.ToolTipBase: "#ffffff",
        QPalette.ColorRole.ToolTipText: "#1f2933",
        QPalette.ColorRole.PlaceholderText: "#7b8794",
        QPalette.ColorRole.Link: ACCENT,
    }
    for role, colour in colours.items():
        palette.setColor(role, QColor(colour))
    for role in (
        QPalette.ColorRole.Text,
        QPalette.ColorRole.WindowText,
        QPalette.ColorRole.ButtonText,
    ):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor("#9aa5b1"))
    return palette


STYLE_SHEET = f"""
QToolButton#railButton {{ border: none; border-radius: 6px; padding: 8px 4px; color: #3e4c59; }}
QToolButton#railButton:hover {{ background: #e4ebf2; }}
QToolButton#railButton:checked {{ background: #dbe8f5; color: {ACCENT}; }}
QToolButton#railButton:focus {{ border: 1px dashed {ACCENT}; }}
QWidget#rail {{ background: #e9eef3; border-right: 1px solid #d5dde5; }}
QPushButton#primary {{ background: {ACCENT}; color: white; border: 1px solid #185a91;
    border-radius: 4px; padding: 5px 14px; font-weight: 600; }}
QPushButton#primary:hover {{ background: #185a91; }}
QPushButton#primary:focus {{ border: 2px solid #0b2e4d; }}
QPushButton#primary:disabled {{ background: #c5d3e0; border-color: #b4c3d1; color: #f4f6f8; }}
QLabel#pageTitle {{ font-size: 17pt; font-weight: 600; color: #1f2933; }}
QLabel#sectionTitle {{ font-size: 11pt; font-weight: 600; color: #3e4c59; }}
QLabel#emptyState {{ color: #52606d; font-size: 11pt; }}
QLabel#statusBadge {{ border-radius: 9px; padding: 1px 10px; background: #fff4d6; color: #7a5400; }}
QLabel#statusBadge[final="true"] {{ background: #e7f5ec; color: #14532d; }}
QLineEdit:focus, QPlainTextEdit:focus, QDateEdit:focus, QTimeEdit:focus, QComboBox:focus {{
    border: 2px solid {ACCENT}; border-radius: 3px; }}
QTableView {{ gridline-color: #e4e7eb; }}
QLabel#fieldError {{ color: #b42318; }}
QToolButton#menuButton::menu-indicator {{ image: none; }}
QFrame#finalBar {{ background: #e8f1fb; border: 1px solid #bcd6f2; border-radius: 4px; }}
QFrame#finalBar QLabel {{ color: #0b3d6e; }}
QTableView:focus {{ border: 1px solid {ACCENT}; }}
"""


def setup_application(app: QApplication) -> None:
    """Style, palette, locale and names for QSettings."""
    QCoreApplication.setOrganizationName("Rapat")
    QCoreApplication.setApplicationName("Rapat")
    QLocale.setDefault(QLocale(QLocale.Language.Indonesian, QLocale.Country.Indonesia))
    app.setStyle("Fusion")
    app.setPalette(make_palette())
    app.setStyleSheet(STYLE_SHEET)
    font = app.font()
    if font.pointSizeF() < 10:
        font.setPointSizeF(10)
        app.setFont(font)


def run_application(db_arg: str | None, smoke_test: bool = False) -> int:
    """Open the main window on the database; with smoke_test, open the newest meeting, paint, quit.

    When the meeting to show can be read straight from a current SQLite file (rapat.first_screen),
    the window paints it first and the database layer loads after that first frame; otherwise the
    database is opened (and migrated) before the window is built.
    """
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setAttribute(Qt.ApplicationAttribute.AA_DontShowIconsInMenus, False)
    setup_application(app)
    language = chosen_language()
    install_translators(language)
    if language != SOURCE_LANGUAGE:  # dates on the screens in the interface's language too
        QLocale.setDefault(QLocale(language))
    from rapat.first_screen import read_first_screen
    from rapat.ui.context import Context
    from rapat.ui.main_window import MainWindow, remembered_meeting
    from rapat.ui.messages import install_excepthook
    from rapat.ui.tasks import wait_for_tasks

    install_excepthook()

    context = Context(given=db_arg)
    wanted = None if smoke_test else remembered_meeting(context.key)
    first = read_first_screen(db_arg, wanted) if smoke_test or wanted else None
    if first is None and not _open(context, smoke_test):
        return 2
    window = MainWindow(context, restore=not smoke_test, first=first)
    if smoke_test:
        sys.excepthook = _CheckRun.fail
        window.remember = False  # a check run leaves the user's window settings alone
        if first is None:
            window.open_newest_meeting()
    after_first_frame(window, lambda: _after_first_frame(window, context, smoke_test))
    window.show()
    code = app.exec()
    if smoke_test and _CheckRun.failed:
        code = 3
    window.close()
    wait_for_tasks()
    context.close()
    return code


def _open(context, smoke_test: bool) -> bool:
    """Open the database now; say why not (on stderr for a check run) and return False."""
    try:
        context.db  # noqa: B018 - opening is the point
    except RapatError as error:
        if smoke_test:
            print(f"rapat: {error.message}", file=sys.stderr)
        else:
            from rapat.ui.messages import show_error_box

            title = QCoreApplication.translate("app", "Basis data tidak dapat dibuka")
            show_error_box(None, error, title)
        return False
    return True


def _after_first_frame(window, context, smoke_test: bool) -> None:
    """Load the database layer behind the painted window; a check run then waits for the
    background loads, paints again and quits."""
    if smoke_test:
        print(f"first-frame-monotonic {time.monotonic():.6f}", flush=True)
    if not _open(context, smoke_test):
        QApplication.exit(2)
    elif smoke_test:
        _quit_when_settled(window)


class _CheckRun:
    """A check run's verdict: an error anywhere (a slot, a background load) fails it with exit 3."""

    failed = False

    @classmethod
    def fail(cls, kind, error, trace) -> None:
        traceback.print_exception(kind, error, trace)
        cls.failed = True
        QApplication.exit(3)


def _quit_when_settled(window) -> None:
    from rapat.ui.tasks import tasks_running

    if tasks_running():
        QTimer.singleShot(10, lambda: _quit_when_settled(window))
        return
    window.grab()
    QApplication.quit()


class _FirstFrame(QObject):
    def __init__(self, widget: QWidget, callback: Callable[[], None]) -> None:
        super().__init__(widget)
        self._callback = callback
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            # Queued: the callback runs once this frame is painted and on the screen.
            QTimer.singleShot(0, self._callback)
        return False


def after_first_frame(widget: QWidget, callback: Callable[[], None]) -> None:
    """Call back once the widget's first frame has been drawn."""
    _FirstFrame(widget, callback)
