"""The application: Qt set up the Rapat way (Fusion, a calm light palette, the chosen interface
language), then the window."""

from __future__ import annotations

import sys
import time
import traceback
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QLocale, QObject, Qt, QTimer
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from rapat.errors import RapatError
from rapat.i18n import SOURCE_LANGUAGE, chosen_language, install_translators
from rapat.lasting import hold_collection, set_aside
from rapat.location import chosen_database
from rapat.ui.first_frame import after_first_frame

ACCENT = "#1f6fb2"
# While the database layer loads on its worker thread behind the first frame, the interpreter
# hands its lock over every 0.1 ms instead of every 5 ms: Qt takes the lock for each Python
# override and slot it calls while it paints and handles input, and the GUI thread waited up to a
# whole interval each time (pauses of 60 to 120 ms at 5 ms, about 35 ms at 0.1 ms).
LOADING_SWITCH_INTERVAL = 0.0001


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
QLineEdit:focus, QTextEdit:focus, QPlainTextEdit:focus, QAbstractSpinBox:focus,
QComboBox:focus {{ border: 2px solid {ACCENT}; border-radius: 3px; }}
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
    QGuiApplication.setDesktopFileName("rapat")
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

    When a snapshot of the meeting to show still matches the SQLite file (rapat.ui.snapshot), the
    window paints it first and the database layer loads on a worker thread behind it; otherwise the
    database is opened (and migrated) before the window is built. A check run reports when its first
    frame was painted, when it was ready to check someone in, and the longest pause of the GUI
    thread in between (lines `first-frame-monotonic T`, `ready-monotonic T`, `longest-pause-ms M`),
    with the processor time the process had used by each moment (`first-frame-cpu S`, `ready-cpu S`).
    """
    # What the start-up makes (modules, widgets, the database layer) lasts: collection waits
    # until the database is open (rapat.lasting).
    hold_collection()
    _quicker_pyside_import_check()
    usual_interval = sys.getswitchinterval()
    sys.setswitchinterval(LOADING_SWITCH_INTERVAL)
    try:
        return _run(db_arg, smoke_test, lambda: sys.setswitchinterval(usual_interval))
    finally:
        set_aside()
        sys.setswitchinterval(usual_interval)


def _quicker_pyside_import_check() -> None:
    """PySide6 asks of every module imported after it whether its source mentions "PySide6" (for
    its `__feature__` switches), by reading it with inspect.getsource: tokenizing the 300 modules of
    SQLAlchemy and the services costs the start-up 40-50 ms of processor time. The same question
    answered from the file's bytes costs a tenth of it. Left alone if PySide6 asks differently."""
    feature = sys.modules.get("shibokensupport.feature")
    if feature is None or not callable(getattr(feature, "_mod_uses_pyside", None)):
        return

    def mentions_pyside(module) -> bool:
        source = getattr(module, "__file__", None)
        if not isinstance(source, str) or not source.endswith(".py"):
            return False  # built in, compiled or frozen: inspect.getsource finds no source either
        try:
            with open(source, "rb") as stream:
                return b"PySide6" in stream.read()
        except OSError:
            return False

    feature._mod_uses_pyside = mentions_pyside


def _run(db_arg: str | None, smoke_test: bool, loaded: Callable[[], None]) -> int:
    # The program's name as the window system's class (WM_CLASS), not "__main__.py".
    app = QApplication.instance() or QApplication(["rapat"])
    app.setAttribute(Qt.ApplicationAttribute.AA_DontShowIconsInMenus, False)
    setup_application(app)
    language = chosen_language()
    install_translators(language)
    if language != SOURCE_LANGUAGE:  # dates on the screens in the interface's language too
        QLocale.setDefault(QLocale(language))
    from rapat.ui.collector import GuiThreadCollector
    from rapat.ui.context import Context
    from rapat.ui.main_window import MainWindow, remembered_meeting
    from rapat.ui.messages import install_excepthook
    from rapat.ui.snapshot import load_snapshot, save_snapshot
    from rapat.ui.tasks import wait_for_tasks

    install_excepthook()

    if "://" in chosen_database(db_arg):  # a server: log in first (rapat.ui.login_dialog)
        from rapat.ui.login_dialog import log_in

        db_arg = log_in(chosen_database(db_arg))
        if db_arg is None:
            return 2
    context = Context(given=db_arg)
    wanted = None if smoke_test else remembered_meeting(context.key)
    saved = load_snapshot(db_arg) if smoke_test or wanted else None
    shown = (saved.newest if smoke_test else wanted) if saved is not None else None
    first = saved if saved is not None and saved.meeting.id == shown else None
    if first is None and not _open(context, smoke_test):
        return 2
    window = MainWindow(context, restore=not smoke_test, first=first)
    context.when_open(set_aside)
    context.when_open(loaded)
    if not smoke_test:  # colleagues' changes reach the open screens (rapat.live)
        context.when_open(context.watch)
    if smoke_test:
        sys.excepthook = _CheckRun.fail
        window.remember = False  # a check run leaves the user's window settings alone
        if first is None:
            window.open_newest_meeting()
    after_first_frame(window, lambda: _after_first_frame(window, context, smoke_test))
    collector = GuiThreadCollector(app)
    collector.start()
    window.show()
    code = app.exec()
    collector.stop()
    if smoke_test and _CheckRun.failed:
        code = 3
    window.close()
    wait_for_tasks()
    # Unopened, the file is as the snapshot found it. A check run leaves alone the snapshot of
    # another meeting: the one the user left open.
    keep = context.is_open and (window.remember or first is not None or saved is None)
    snapshot = _snapshot(window, context) if keep else None
    context.close()
    if keep:
        save_snapshot(db_arg, snapshot)
    return code


def _open(context, smoke_test: bool) -> bool:
    """Open the database now; say why not (on stderr for a check run) and return False."""
    try:
        context.db  # noqa: B018 - opening is the point
    except RapatError as error:
        _cannot_open(error, smoke_test)
        return False
    return True


def _cannot_open(error: RapatError, smoke_test: bool) -> None:
    if smoke_test:
        print(f"rapat: {error.message}", file=sys.stderr)
    else:
        from rapat.ui.messages import show_error_box

        title = QCoreApplication.translate("app", "Basis data tidak dapat dibuka")
        show_error_box(None, error, title)


def _after_first_frame(window, context, smoke_test: bool) -> None:
    """Behind the painted window: load the database layer if a snapshot was painted, and for a
    check run watch the GUI thread until the window is ready, then quit once all has settled."""
    if smoke_test:
        print(f"first-frame-monotonic {time.monotonic():.6f}", flush=True)
        print(f"first-frame-cpu {time.process_time():.6f}", flush=True)
        _StartWatch(window, context)
    if context.is_open:
        return
    # The worker starts once the Daftar Hadir has been painted too: a paint that calls into
    # Python while another thread runs Python waits for the interpreter at every call.
    window.workspace.first_screen_shown.connect(
        lambda: window.load_behind(lambda error: _not_loaded(error, smoke_test)),
        Qt.ConnectionType.SingleShotConnection,
    )


def _not_loaded(error: Exception, smoke_test: bool) -> None:
    if not isinstance(error, RapatError):
        raise error
    _cannot_open(error, smoke_test)
    QApplication.exit(2)


def _snapshot(window, context):
    """The snapshot of the meeting whose workspace is open, as stored; None without one."""
    from rapat.ui.snapshot import read_snapshot

    if window.workspace is None:
        return None
    meeting_id = window.workspace.meeting_id
    try:
        return context.read(lambda session: read_snapshot(session, meeting_id))
    except RapatError:
        return None


class _CheckRun:
    """A check run's verdict: an error anywhere (a slot, a background load) fails it with exit 3."""

    failed = False

    @classmethod
    def fail(cls, kind, error, trace) -> None:
        traceback.print_exception(kind, error, trace)
        cls.failed = True
        QApplication.exit(3)


class _StartWatch(QObject):
    """A check run's heartbeat from the first frame on: every 5 ms it notes how long the GUI thread
    was away, and once the window can check someone in it reports that moment and the longest
    pause, then quits when the background work has settled."""

    def __init__(self, window, context) -> None:
        super().__init__(window)
        self._window = window
        self._context = context
        self._last = time.monotonic()
        self._longest = 0.0
        self._timer = QTimer(self, interval=5, timerType=Qt.TimerType.PreciseTimer)
        self._timer.timeout.connect(self._beat)
        self._timer.start()

    def _beat(self) -> None:
        now = time.monotonic()
        self._longest = max(self._longest, now - self._last)
        self._last = now
        workspace = self._window.workspace
        if not self._context.is_open or (workspace is not None and not workspace.can_check_in):
            return
        self._timer.stop()
        print(f"ready-monotonic {now:.6f}", flush=True)
        print(f"ready-cpu {time.process_time():.6f}", flush=True)
        print(f"longest-pause-ms {self._longest * 1000:.1f}", flush=True)
        _quit_when_settled(self._window)


def _quit_when_settled(window) -> None:
    from rapat.ui.tasks import tasks_running

    if tasks_running():
        QTimer.singleShot(10, lambda: _quit_when_settled(window))
        return
    window.grab()
    QApplication.quit()
