"""The new-meeting form starts from the office's defaults."""

from __future__ import annotations

from rapat.services.organization import update_profile
from rapat.ui.meeting_form import NewMeetingDialog


def test_the_office_s_time_zone_starts_a_new_meeting(qtbot, context, database):
    dialog = NewMeetingDialog(context)
    qtbot.addWidget(dialog)
    assert dialog.form.zone.currentText() == "WIB"
    with database.session() as session:
        update_profile(session, default_timezone="WIT")
    dialog = NewMeetingDialog(context)
    qtbot.addWidget(dialog)
    assert dialog.form.values()["timezone"] == "WIT"
