"""The main window: a navigation rail on the left, the current page on the right, a status bar."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QSizePolicy,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from rapat.ui import icons
from rapat.ui.context import Context
from rapat.ui.debounce import preload
from rapat.ui.messages import Banner
from rapat.ui.tasks import run_task

if TYPE_CHECKING:
    from rapat.services.actions import ActionFilter
    from rapat.ui.snapshot import Snapshot

PAGES = ("home", "meetings", "register", "directory", "settings", "search")


def remembered_meeting(database: str) -> int | None:
    """The meeting whose workspace was open when Rapat was last closed on this database, if any."""
    settings = QSettings()
    if settings.value("window/page") != "meetings" or settings.value("window/database") != database:
        return None
    return int(settings.value("window/meeting", 0) or 0) or None


class MainWindow(QMainWindow):
    """Beranda, Rapat, Tindak Lanjut, Direktori, Pengaturan and Cari (Ctrl+K); a meeting opens as a
    workspace in the Rapat page."""

    def __init__(
        self, context: Context, restore: bool = True, first: Snapshot | None = None
    ) -> None:
        """With first (what the last session showed, see rapat.ui.snapshot), the window opens that
        meeting's workspace before the database is open; otherwise it returns to the page visited
        last (restore) or stays on Beranda."""
        super().__init__()
        self.context = context
        self.setWindowTitle(self.tr("Rapat — notula dan daftar hadir"))
        self.setMinimumSize(1024, 640)
        self._pages: dict[str, QWidget] = {}
        self._current = "home"
        self.remember = True
        self.workspace: QWidget | None = None
        self._build()
        self._saved = QLabel()
        self.statusBar().addPermanentWidget(self._saved)
        context.saved.connect(self._show_saved)
        context.problem.connect(lambda text: self.banner.show_message(text, "error"))
        context.problem_cleared.connect(self.banner.hide)
        self._restore_geometry(restore)
        if first is not None:
            self.open_meeting(first.meeting.id, first)
        elif restore:
            last = QSettings().value("window/page", "home")
            self.show_page(last if last in PAGES else "home")
        context.when_open(self._show_access)
        context.when_open(self._show_damage)
        context.changed_elsewhere.connect(self._changed_elsewhere)
        # Off the GUI thread and after the start-up's own loading: it takes a few tenths of a second.
        context.when_open(lambda: QTimer.singleShot(500, self, lambda: run_task(preload)))

    def _build(self) -> None:
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        row = QWidget()
        body = QHBoxLayout(row)
        body.setContentsMargins(0, 0, 0, 0)
        body.setSpacing(0)
        body.addWidget(self._rail())
        right = QVBoxLayout()
        right.setContentsMargins(16, 12, 16, 8)
        self.access = QLabel(objectName="readOnlyNotice")
        self.access.setWordWrap(True)
        self.access.setStyleSheet(
            "background:#fff4e5; color:#6b3d00; border:1px solid #f3d19c; border-radius:4px;"
            "padding:6px 10px;"
        )
        self.access.hide()
        right.addWidget(self.access)
        self.banner = Banner()
        right.addWidget(self.banner)
        self.stack = QStackedWidget()
        right.addWidget(self.stack, 1)
        body.addLayout(right, 1)
        layout.addWidget(row)
        self.setCentralWidget(central)
        shortcut = QShortcut(QKeySequence.StandardKey.New, self)
        shortcut.activated.connect(self.new_meeting)
        quit_shortcut = QShortcut(QKeySequence("Ctrl+Q"), self)
        quit_shortcut.setContext(Qt.ShortcutContext.ApplicationShortcut)
        quit_shortcut.activated.connect(self.close)

    def _changed_elsewhere(self, _kind: str) -> None:
        """Someone else stored a change: what is on the screen is read again in the background;
        the notula, where the viewer may be typing, waits until it is opened again."""
        shown = self.stack.currentWidget()
        if shown is not None and shown is self.workspace:
            attendance = self.workspace.attendance
            if attendance is not None:
                attendance.reload_in_background()
            return
        refresh = getattr(shown, "refresh", None)
        if refresh is not None:
            refresh()

    def _show_access(self) -> None:
        """A reader's login says so above every page, for as long as the window is open."""
        if self.context.read_only:
            self.access.setText(
                self.tr(
                    "Hanya baca: login {login} termasuk kelompok rapat_baca, sehingga server "
                    "menolak setiap perubahan. Minta pengelola server bila Anda perlu mengubah data."
                ).format(login=self.context.db.login)
            )
            self.access.show()

    def _show_damage(self) -> None:
        """Damaged pages found by the day's backup (rapat.backup), with the way back."""
        if self.context.db.damage:
            self.banner.show_message(self.context.db.damage, "error")

    def _rail(self) -> QWidget:
        rail = QWidget(objectName="rail")
        rail.setFixedWidth(104)
        layout = QVBoxLayout(rail)
        layout.setContentsMargins(8, 12, 8, 12)
        layout.setSpacing(6)
        self.rail_buttons: dict[str, QToolButton] = {}
        self._group = QButtonGroup(self)
        entries = [
            ("home", self.tr("Beranda"), "mdi6.home-outline"),
            ("meetings", self.tr("Rapat"), "mdi6.calendar-multiple"),
            ("register", self.tr("Tindak\nLanjut"), "mdi6.clipboard-check-outline"),
            ("directory", self.tr("Direktori"), "mdi6.card-account-details-outline"),
            ("settings", self.tr("Pengaturan"), "mdi6.cog-outline"),
        ]
        for number, (key, label, icon) in enumerate(entries, start=1):
            layout.addWidget(self._rail_button(key, label, icon, f"Ctrl+{number}"))
        layout.addStretch(1)
        search = self._rail_button("search", self.tr("Cari"), "mdi6.magnify", "Ctrl+K")
        layout.addWidget(search)
        return rail

    def _rail_button(self, key: str, label: str, icon: str, shortcut: str) -> QToolButton:
        button = QToolButton(objectName="railButton")
        button.setText(label)
        button.setIcon(icons.icon(icon))
        button.setIconSize(button.iconSize() * 1.4)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextUnderIcon)
        button.setCheckable(True)
        button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        button.setShortcut(QKeySequence(shortcut))
        button.setToolTip(f"{label.replace(chr(10), ' ')} ({shortcut})")
        button.clicked.connect(lambda _=False, k=key: self.show_page(k))
        self._group.addButton(button)
        self.rail_buttons[key] = button
        return button

    def page(self, key: str) -> QWidget:
        """The page for a rail entry, built the first time it is needed."""
        if key not in self._pages:
            self._pages[key] = widget = self._make_page(key)
            self.stack.addWidget(widget)
        return self._pages[key]

    def _make_page(self, key: str) -> QWidget:
        if key == "home":
            from rapat.ui.home_view import HomeView

            view = HomeView(self.context)
            view.open_meeting.connect(self.open_meeting)
            view.new_meeting.connect(self.new_meeting)
            view.show_actions.connect(self.show_actions)
            return view
        if key == "meetings":
            from rapat.ui.meeting_list_view import MeetingListView

            view = MeetingListView(self.context)
            view.open_meeting.connect(self.open_meeting)
            view.new_meeting.connect(self.new_meeting)
            return view
        if key == "register":
            from rapat.ui.register_view import RegisterView

            view = RegisterView(self.context)
            view.open_meeting.connect(self.open_meeting)
            return view
        if key == "search":
            from rapat.ui.search_view import SearchView

            view = SearchView(self.context)
            view.open_meeting.connect(self.open_meeting)
            return view
        if key == "directory":
            from rapat.ui.directory_view import DirectoryView

            return DirectoryView(self.context)
        from rapat.ui.settings_view import SettingsView

        return SettingsView(self.context)

    def show_page(self, key: str) -> None:
        self.rail_buttons[key].setChecked(True)
        page = self.page(key)
        refresh = getattr(page, "refresh", None)
        if refresh is not None:
            refresh()
        self.stack.setCurrentWidget(page)
        page.setFocus()
        self._current = key

    def show_actions(self, criteria: ActionFilter) -> None:
        """The register, filtered to criteria (from Beranda's overdue and due-this-week lists)."""
        self.show_page("register")
        self.page("register").apply_filter(criteria)

    def open_meeting(self, meeting_id: int, first: Snapshot | None = None) -> None:
        """Show a meeting's workspace in place of the current page."""
        from rapat.ui.meeting_workspace import MeetingWorkspace

        if self.workspace is not None:
            self.stack.removeWidget(self.workspace)
            self.workspace.deleteLater()
        self.workspace = MeetingWorkspace(self.context, meeting_id, first)
        self.workspace.closed.connect(self.close_meeting)
        self.stack.addWidget(self.workspace)
        self.stack.setCurrentWidget(self.workspace)
        if self.workspace.attendance is not None:
            self.workspace.attendance.field.setFocus()  # staff at the door type at once
        self.rail_buttons["meetings"].setChecked(True)
        self._current = "meetings"

    def load_behind(self, on_error: Callable[[Exception], None]) -> None:
        """Open the database on a worker thread behind a workspace painted from a snapshot, then
        show the workspace's live data (what the start-up does once the first frame is up)."""
        from rapat.ui.meeting_workspace import MeetingWorkspace

        workspace = self.workspace
        meeting_id = workspace.meeting_id

        def show(live) -> None:
            if self.workspace is workspace:  # not closed meanwhile
                workspace.show_live(live)

        self.context.open_in_background(
            lambda session: MeetingWorkspace.load_live(session, meeting_id), show, on_error
        )

    def close_meeting(self) -> None:
        if self.workspace is not None:
            self.stack.removeWidget(self.workspace)
            self.workspace.deleteLater()
            self.workspace = None
        self.show_page("meetings")

    def open_newest_meeting(self) -> None:
        from rapat.services.meetings import newest_meeting_id

        self.context.query(self, newest_meeting_id, self._open_newest, topic="newest")

    def _open_newest(self, meeting_id: int | None) -> None:
        if meeting_id is not None:
            self.open_meeting(meeting_id)
        else:
            self.show_page("home")

    def new_meeting(self) -> None:
        from rapat.ui.meeting_form import NewMeetingDialog

        meeting_id = NewMeetingDialog.create(self, self.context)
        if meeting_id is not None:
            self.open_meeting(meeting_id)

    def _show_saved(self, when: datetime) -> None:
        self._saved.setText(self.tr("Tersimpan {time}").format(time=when.strftime("%H.%M")))

    def _restore_geometry(self, restore: bool) -> None:
        geometry = QSettings().value("window/geometry") if restore else None
        if geometry is not None and self.restoreGeometry(geometry):
            return
        # The first start: maximized on a laptop-sized screen (so its bottom is never under a
        # taskbar), a comfortable window on a large one.
        screen = self.screen().availableGeometry()
        if screen.width() < 1600 or screen.height() < 900:
            self.setWindowState(self.windowState() | Qt.WindowState.WindowMaximized)
        else:
            self.resize(1366, 768)

    def closeEvent(self, event: QCloseEvent) -> None:
        from rapat.ui.unsaved_work import confirm_close

        if self.workspace is not None:
            self.workspace.flush()
        if not confirm_close(self, self.context):
            event.ignore()
            return
        if self.remember:
            settings = QSettings()
            settings.setValue("window/geometry", self.saveGeometry())
            settings.setValue("window/page", self._current)
            meeting = self.workspace.meeting_id if self.workspace is not None else 0
            settings.setValue("window/meeting", meeting)
            settings.setValue("window/database", self.context.key)
        super().closeEvent(event)
