"""The new-meeting form starts from the office's defaults."""

from __future__ import annotations

from workspace_helpers import settle

from rapat.services.organization import update_profile
from rapat.ui.meeting_form import NewMeetingDialog


def test_the_office_s_time_zone_starts_a_new_meeting(qtbot, context, database):
    dialog = NewMeetingDialog(context)
    qtbot.addWidget(dialog)
    settle(qtbot)  # the office's profile is read in the background
    assert dialog.form.zone.currentText() == "WIB"
    with database.session() as session:
        update_profile(session, default_timezone="WIT")
    dialog = NewMeetingDialog(context)
    qtbot.addWidget(dialog)
    settle(qtbot)
    assert dialog.form.values()["timezone"] == "WIT"


def test_a_second_enter_while_storing_makes_no_second_meeting(qtbot, context, database):
    from PySide6.QtCore import Qt

    from rapat.services.meetings import list_meetings

    dialog = NewMeetingDialog(context)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.form.title, "Rakor Kesiapsiagaan Bencana")
    qtbot.keyClicks(dialog.form.location, "Aula BPBD")
    qtbot.keyClick(dialog, Qt.Key.Key_Return)
    qtbot.keyClick(dialog, Qt.Key.Key_Return)  # pressed again before the write is back
    qtbot.waitUntil(lambda: dialog.meeting_id is not None)
    settle(qtbot)
    assert not dialog.isVisible()
    with database.session() as session:
        titles = [m.title for m in list_meetings(session)]
    assert titles == ["Rakor Kesiapsiagaan Bencana"]
