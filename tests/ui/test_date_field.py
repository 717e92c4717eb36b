"""The one date field: typed in Indonesian or in numbers, a calendar at the meeting's date, all by
keyboard; used by the action's due date, the meeting's date and the invitation's date."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication
from test_action_items_view import actions_of, open_workspace
from workspace_helpers import settle

from rapat.services import actions as act
from rapat.ui.date_field import DateField, parse_date

ALT = Qt.KeyboardModifier.AltModifier


@pytest.fixture
def action_meeting(database, door_meeting) -> int:
    """The door meeting (5 November 2024) with one action that has no due date yet."""
    with database.session() as s:
        act.add_action(s, door_meeting, "Menyusun rencana pengamanan", "Polres Lembah Hijau")
    return door_meeting


@pytest.mark.parametrize(
    "typed",
    [
        "3 Desember 2026",
        "3 desember 2026",
        "3 Des 2026",
        "Kamis, 3 Desember 2026",
        "3/12/2026",
        "03-12-2026",
        "3.12.26",
        "2026-12-03",
        "3 December 2026",
    ],
)
def test_a_day_is_read_in_words_and_in_numbers(typed):
    assert parse_date(typed) == date(2026, 12, 3)


@pytest.mark.parametrize("typed", ["31/2/2026", "3 Desemberr", "besok", "2026"])
def test_what_names_no_day_is_not_a_date(typed):
    assert parse_date(typed) is None


def test_a_due_date_typed_in_indonesian_by_keyboard_alone(
    qtbot, context, database, action_meeting, tmp_path
):
    meeting = action_meeting
    workspace = open_workspace(qtbot, context, meeting)
    view = workspace.show_action_items()
    settle(qtbot)  # its rows and choices are read in the background
    due = view.due
    assert isinstance(due, DateField)
    due.setFocus()
    qtbot.keyClicks(due.edit, "3 Desember 2026")
    qtbot.keyClick(due.edit, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is not due.edit  # Tab leaves the field: nothing traps it
    settle(qtbot)
    (action,) = actions_of(database, meeting)
    assert action.due == date(2026, 12, 3)
    assert due.text() == "3 Desember 2026"

    due.setFocus()
    due.edit.selectAll()
    qtbot.keyClicks(due.edit, "4/12/2026")
    qtbot.keyClick(due.edit, Qt.Key.Key_Return)
    settle(qtbot)
    assert actions_of(database, meeting)[0].due == date(2026, 12, 4)
    shown = due.edit.fontMetrics().horizontalAdvance(due.edit.text())
    assert due.text() == "4 Desember 2026" and shown < due.edit.width() - 8  # it fits
    due.grab().save(str(tmp_path / "due.png"))

    # Emptied: no due date; a text that is no date is kept, framed, and stores nothing.
    due.edit.selectAll()
    qtbot.keyClick(due.edit, Qt.Key.Key_Delete)
    qtbot.keyClick(due.edit, Qt.Key.Key_Return)
    settle(qtbot)
    assert actions_of(database, meeting)[0].due is None
    qtbot.keyClicks(due.edit, "besok")
    qtbot.keyClick(due.edit, Qt.Key.Key_Return)
    assert due.edit.text() == "besok" and "#b42318" in due.edit.styleSheet()
    assert actions_of(database, meeting)[0].due is None


def test_the_calendar_opens_at_the_meeting_s_date_and_works_by_keys(
    qtbot, context, database, action_meeting
):
    meeting = action_meeting
    workspace = open_workspace(qtbot, context, meeting)
    view = workspace.show_action_items()
    settle(qtbot)  # its rows and choices are read in the background
    view.due.setFocus()
    qtbot.keyClick(view.due.edit, Qt.Key.Key_Down, ALT)
    popup = view.due.popup
    qtbot.waitUntil(popup.isVisible)
    assert popup.calendar.selectedDate() == QDate(2024, 11, 5)  # the meeting's day, not 2000
    assert popup.calendar.isAncestorOf(QApplication.focusWidget())
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Right)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    assert not popup.isVisible()
    assert view.due.day() == date(2024, 11, 6)
    settle(qtbot)
    assert actions_of(database, meeting)[0].due == date(2024, 11, 6)


def test_every_date_of_the_meeting_form_is_the_one_date_field(qtbot, context, door_meeting):
    workspace = open_workspace(qtbot, context, door_meeting)
    form = workspace.show_details()
    assert isinstance(form.date, DateField) and isinstance(form.invitation_date, DateField)
    assert form.date.day() == date(2024, 11, 5)
    form.invitation_date.open_calendar()
    calendar = form.invitation_date.popup.calendar
    assert calendar.selectedDate() == QDate(2024, 11, 5)
    form.invitation_date.popup.hide()
