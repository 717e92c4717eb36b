"""The main window: navigation, remembered place, the meeting list, new and follow-up meetings."""

from __future__ import annotations

import subprocess
import sys

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from workspace_helpers import ready, settle

from rapat.services.meetings import load_details
from rapat.ui.main_window import MainWindow


@pytest.fixture
def window(qtbot, context):
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    yield window
    window.close()


def test_rail_pages_and_the_last_page_is_remembered(qtbot, context, window):
    for key in ("meetings", "directory", "settings", "home"):
        qtbot.mouseClick(window.rail_buttons[key], Qt.MouseButton.LeftButton)
        assert window.stack.currentWidget() is window.page(key)
    window.show_page("directory")
    window.close()
    again = MainWindow(context)
    qtbot.addWidget(again)
    assert again.stack.currentWidget() is again.page("directory")
    assert again.rail_buttons["directory"].isChecked()


def test_home_opens_a_meeting_with_one_click(qtbot, window, example_meeting):
    window.show_page("home")
    settle(qtbot)  # the page is read in the background
    home = window.page("home")
    item = home.recent.item(0) or home.upcoming.item(0)
    listing = home.recent if home.recent.item(0).data(Qt.ItemDataRole.UserRole) else home.upcoming
    item = listing.item(0)
    rect = listing.visualItemRect(item)
    qtbot.mouseClick(listing.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.workspace is not None and window.workspace.meeting_id == example_meeting


def test_empty_home_says_what_to_do(window):
    home = window.page("home")
    assert home.empty.isVisible() and "Belum ada rapat" in home.empty.text()


def test_meeting_list_filters_as_you_type_and_enter_opens(
    qtbot, database, window, big_meeting, example_meeting
):
    window.show_page("meetings")
    settle(qtbot)  # the page is read in the background
    listing = window.page("meetings")
    assert listing.model.rowCount() == 2
    with database.session() as s:
        title = load_details(s, example_meeting).title
    qtbot.keyClicks(listing.filter, title.split()[-1])
    qtbot.waitUntil(lambda: listing.model.rowCount() == 1)
    qtbot.keyClick(listing.filter, Qt.Key.Key_Return)
    assert window.workspace.meeting_id == example_meeting
    ready(qtbot, window.workspace)  # the meeting is read in the background
    assert window.workspace.title.text() == title


def test_new_meeting_with_ctrl_n_then_saved_in_status_bar(qtbot, window, monkeypatch):
    from rapat.ui.meeting_form import NewMeetingDialog

    def fill(dialog: NewMeetingDialog) -> int:
        dialog.accept()  # empty title: refused in place
        assert "wajib diisi" in dialog.banner.text
        qtbot.keyClicks(dialog.form.title, "Rakor Kesiapsiagaan Bencana")
        qtbot.keyClicks(dialog.form.location, "Aula BPBD")
        dialog.form.agenda.setPlainText("Pembukaan\nPaparan BPBD")
        dialog.accept()
        settle(qtbot)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(NewMeetingDialog, "exec", fill)
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    workspace = ready(qtbot, window.workspace)
    assert workspace.record.title == "Rakor Kesiapsiagaan Bencana"
    assert workspace.record.agenda == ["Pembukaan", "Paparan BPBD"]
    assert window._saved.text().startswith("Tersimpan ")
    titles = [workspace.tabs.tabText(i) for i in range(workspace.tabs.count())]
    assert titles[:2] == ["Rincian", "Daftar Hadir"] and titles[-1] == "Dokumen"


def test_details_are_stored_when_a_field_is_left(qtbot, database, window, example_meeting):
    window.open_meeting(example_meeting)
    form = ready(qtbot, window.workspace).show_details()
    form.location.setText("Ruang Rapat Bupati")
    form.location.editingFinished.emit()
    settle(qtbot)
    with database.session() as s:
        assert load_details(s, example_meeting).location == "Ruang Rapat Bupati"
    assert "Ruang Rapat Bupati" in window.workspace.when.text()


def test_follow_up_meeting_copies_invitees(qtbot, database, window, example_meeting):
    from rapat.services.attendance import list_attendance

    window.show_page("meetings")
    settle(qtbot)  # the page is read in the background
    listing = window.page("meetings")
    listing.table.selectRow(0)
    qtbot.mouseClick(listing.follow_up_button, Qt.MouseButton.LeftButton)
    settle(qtbot)
    follow = window.workspace.meeting_id
    assert follow != example_meeting
    with database.session() as s:
        rows = list_attendance(s, follow)
        earlier = list_attendance(s, example_meeting)
    assert rows and len(rows) <= len(earlier)
    assert all(r.status == "absent" for r in rows)


def test_meeting_list_model(qtmodeltester, window, big_meeting, example_meeting):
    window.show_page("meetings")
    qtmodeltester.check(window.page("meetings").model)


def test_directory_search_add_and_merge(qtbot, window, example_meeting, monkeypatch):
    from PySide6.QtWidgets import QInputDialog

    from rapat.ui.directory_view import InstitutionDialog

    window.show_page("directory")
    directory = window.page("directory")
    settle(qtbot)  # the directory is read in the background
    count = directory.institutions.rowCount()

    def add(dialog: InstitutionDialog) -> int:
        dialog.name.setText("Satgas Uji Coba Lembah Hijau")
        dialog.accept()
        settle(qtbot)
        return 1

    monkeypatch.setattr(InstitutionDialog, "exec", add)
    directory.add_institution()
    settle(qtbot)
    assert directory.institutions.rowCount() == count + 1
    qtbot.keyClicks(directory.search, "satgas uji")
    qtbot.waitUntil(lambda: directory.institutions.rowCount() == 1)
    monkeypatch.setattr(
        InstitutionDialog,
        "exec",
        lambda dialog: (dialog.name.setText("SATGAS UJI COBA"), dialog.accept(), 1)[2],
    )
    directory.add_institution()
    settle(qtbot)
    directory.refresh()
    settle(qtbot)
    assert directory.institutions.rowCount() == 2
    directory.institution_table.selectAll()
    monkeypatch.setattr(QInputDialog, "getItem", lambda *args, **kw: (args[3][0], True))
    directory.merge_institutions()
    settle(qtbot)
    assert directory.institutions.rowCount() == 1
    assert "digabung" in directory.banner.text


def test_settings_stored_when_left(qtbot, database, window):
    from rapat.services.organization import get_profile

    window.show_page("settings")
    settings = window.page("settings")
    settings.city.setText("Lembah Hijau")
    settings.city.editingFinished.emit()
    settings.chair_only.setChecked(True)
    settle(qtbot)
    with database.session() as s:
        profile = get_profile(s)
    assert (profile.signing_city, profile.signature_blocks) == ("Lembah Hijau", "chair")


@pytest.mark.slow
def test_smoke_test_on_a_demo_database(tmp_path):
    db = str(tmp_path / "demo.db")
    run = [sys.executable, "-m", "rapat", "--db", db]
    subprocess.run([*run, "demo", "--meetings", "5"], check=True, capture_output=True)
    done = subprocess.run(
        [*run, "--smoke-test"],
        capture_output=True,
        text=True,
        timeout=120,
        env={**__import__("os").environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr


def test_the_last_open_meeting_paints_first_and_the_database_opens_after(
    qtbot, context, database, db_path, door_meeting
):
    from rapat.services.attendance import list_attendance
    from rapat.ui.context import Context
    from rapat.ui.main_window import remembered_meeting
    from rapat.ui.snapshot import read_snapshot

    window = MainWindow(context)
    qtbot.addWidget(window)
    window.open_meeting(door_meeting)
    # What the start-up keeps at closing.
    snapshot = context.read(lambda session: read_snapshot(session, door_meeting))
    window.close()
    later = Context(given=str(db_path))
    assert remembered_meeting(later.key) == door_meeting
    assert remembered_meeting("sqlite:///another.db") is None  # another database's meeting 1
    again = MainWindow(later, first=snapshot)
    qtbot.addWidget(again)
    assert again.workspace.title.text() == "Rakor Pengamanan Pilkada"
    # The Daftar Hadir follows the header, once that first frame is on the screen.
    assert again.workspace.attendance is None
    with qtbot.waitSignal(again.workspace.first_screen_shown):
        again.show()
    view = again.workspace.attendance
    assert view.counts.total.text() == "Hadir 0 dari 3"
    assert not later.is_open and view.check_in.pool is None
    # Staff type at once; the Enter waits for the suggestions rather than opening a walk-in.
    qtbot.keyClicks(view.field, "rafli")
    qtbot.keyClick(view.field, Qt.Key.Key_Return)
    assert view.panel.isHidden() and view.counts.total.text() == "Hadir 0 dari 3"
    again.load_behind(pytest.fail)  # what the start-up does once the first screen is up
    qtbot.waitUntil(lambda: view.counts.total.text() == "Hadir 1 dari 3")
    assert later.is_open and again.workspace.can_check_in
    assert view.panel.isHidden() and view.field.text() == ""
    with database.session() as session:
        rafli = next(r for r in list_attendance(session, door_meeting) if "Rafli" in r.name)
    assert rafli.status == "present"
    again.workspace.closed.emit()
    again.close()
    assert remembered_meeting(later.key) is None
    later.close()


def test_a_check_run_fails_when_a_load_behind_the_window_fails(database, db_path, example_meeting):
    """The smoke test must not pass a window whose suggestions could not load."""
    import os
    import sqlite3

    database.close()
    with sqlite3.connect(db_path) as connection:
        connection.execute("DROP TABLE people")  # the directory the check-in suggestions read
    done = subprocess.run(
        [sys.executable, "-m", "rapat", "--db", str(db_path), "--smoke-test"],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert done.returncode == 3, done.stderr
    assert "people" in done.stderr


def test_another_tab_chosen_at_once_does_not_stop_the_live_data(
    qtbot, context, database, db_path, door_meeting
):
    from rapat.ui.context import Context
    from rapat.ui.snapshot import read_snapshot

    snapshot = context.read(lambda session: read_snapshot(session, door_meeting))
    later = Context(given=str(db_path))
    again = MainWindow(later, first=snapshot)
    qtbot.addWidget(again)
    again.workspace.tabs.setCurrentWidget(again.workspace.details)  # Rincian, before any paint
    with qtbot.waitSignal(again.workspace.first_screen_shown):
        again.show()
    again.load_behind(pytest.fail)
    qtbot.waitUntil(lambda: again.workspace.can_check_in)
    assert again.workspace.attendance.counts.total.text() == "Hadir 0 dari 3"
    again.close()
    later.close()


def test_first_start_is_maximized_on_a_small_screen_then_the_place_is_kept(qtbot, context):
    """No remembered place: the window fills a laptop's screen above its taskbar; afterwards it
    opens where it was left. Ctrl+Q quits."""
    from PySide6.QtCore import QSettings
    from PySide6.QtGui import QGuiApplication

    from rapat.ui.app import setup_application

    setup_application(QGuiApplication.instance())
    assert QGuiApplication.desktopFileName() == "rapat"
    assert QGuiApplication.applicationName() == "Rapat"
    screen = QGuiApplication.primaryScreen().availableGeometry()
    assert screen.width() < 1600  # the offscreen screen stands for the small laptop
    first = MainWindow(context)
    qtbot.addWidget(first)
    first.show()
    qtbot.waitExposed(first)
    assert first.isMaximized()
    first.setWindowState(Qt.WindowState.WindowNoState)
    first.setGeometry(40, 60, 1100, 700)
    first.activateWindow()
    qtbot.waitUntil(first.isActiveWindow)
    qtbot.keyClick(first, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    assert not first.isVisible()
    assert QSettings().value("window/geometry") is not None
    again = MainWindow(context)
    qtbot.addWidget(again)
    again.show()
    qtbot.waitExposed(again)
    assert not again.isMaximized()
    assert again.size().height() == 700  # as left (the width is clamped to the small screen)


def test_the_office_s_time_zone_is_chosen_once_and_new_meetings_take_it(
    qtbot, database, window, context
):
    from rapat.services.organization import get_profile
    from rapat.ui.meeting_form import NewMeetingDialog
    from rapat.ui.text import office_zone

    window.show_page("settings")
    settings = window.page("settings")
    # Unset: the computer's own zone when it is Indonesian, else WIB.
    assert settings.zone.currentText() == office_zone(None)
    settings.zone.setCurrentIndex(0)
    settings.zone.setFocus()
    qtbot.keyClick(settings.zone, Qt.Key.Key_Down)  # WITA, as a keyboard user picks it
    settle(qtbot)
    with database.session() as s:
        assert get_profile(s).default_timezone == "WITA"
    dialog = NewMeetingDialog(context, window)
    qtbot.addWidget(dialog)
    settle(qtbot)  # the profile is read in the background
    assert dialog.form.zone.currentText() == "WITA"
