"""Two registration desks on one SQLite file: each sees the other's check-ins within 2 seconds,
without losing what its own desk is typing, and is not told of its own changes as someone else's."""

from __future__ import annotations

import time

from PySide6.QtCore import Qt
from workspace_helpers import row_named, settle

from rapat.db import open_database
from rapat.services import attendance as att
from rapat.ui.main_window import MainWindow


def _desk(qtbot, context, meeting_id) -> MainWindow:
    window = MainWindow(context, restore=False)
    qtbot.addWidget(window)
    window.open_meeting(meeting_id)
    window.show()
    qtbot.waitUntil(
        lambda: (
            window.workspace.attendance is not None
            and window.workspace.attendance.check_in.pool is not None
        )
    )
    return window


def test_another_desks_check_in_appears_and_the_typing_stays(qtbot, context, door_meeting, db_path):
    window = _desk(qtbot, context, door_meeting)
    view = window.workspace.attendance
    context.watch()
    heard: list[str] = []
    context.changed_elsewhere.connect(heard.append)
    qtbot.keyClicks(view.field, "Siti Am")
    other_desk = open_database(str(db_path))
    try:
        with other_desk.session() as session:
            rafli = next(
                r.id for r in att.list_attendance(session, door_meeting) if "Rafli" in r.name
            )
            att.check_in(session, rafli)
        started = time.monotonic()
        qtbot.waitUntil(
            lambda: row_named(view, "AKP Rafli Hasibuan").status == "present", timeout=2000
        )
        assert time.monotonic() - started < 2.0
        assert view.field.text() == "Siti Am"
        assert view.counts.total.text() == "Hadir 1 dari 3"
        heard.clear()
        qtbot.keyClick(view.field, Qt.Key.Key_Return)  # this desk checks Siti Aminah in
        settle(qtbot)
        qtbot.wait(1200)  # two polls of the watcher
        assert row_named(view, "Siti Aminah, S.H.").status == "present"
        assert heard == []  # its own check-in is not news from elsewhere
    finally:
        other_desk.close()
        context.close()
