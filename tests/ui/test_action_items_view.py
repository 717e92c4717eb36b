"""The Tindak Lanjut tab: actions made from the minutes, edited in place, overdue dates, status history."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication
from workspace_helpers import loaded_notula, settle

from rapat.services import actions as act
from rapat.services.meetings import set_agenda
from rapat.services.minutes import add_point, load_minutes
from rapat.ui.action_items_view import ActionsModel
from rapat.ui.meeting_workspace import MeetingWorkspace

CTRL, SHIFT = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def point_meeting(database, door_meeting) -> tuple[int, int]:
    with database.session() as s:
        set_agenda(s, door_meeting, ["Kesiapan pengamanan"])
        item = load_minutes(s, door_meeting).agenda[0][0]
        point = add_point(
            s, door_meeting, "Polres menyiapkan 300 personel.", "AKP Rafli Hasibuan", item
        )
    return door_meeting, point


def open_workspace(qtbot, context, meeting_id) -> MeetingWorkspace:
    workspace = MeetingWorkspace(context, meeting_id)
    qtbot.addWidget(workspace)
    workspace.resize(1366, 768)
    workspace.show()
    workspace.activateWindow()
    qtbot.waitUntil(workspace.isActiveWindow)
    return workspace


def actions_of(database, meeting_id):
    with database.session() as s:
        return load_minutes(s, meeting_id).actions


def test_model(qtmodeltester, database, point_meeting):
    model = ActionsModel()
    model.set_rows(actions_of(database, point_meeting[0]))
    qtmodeltester.check(model)


def test_a_point_becomes_an_action_in_one_keystroke(qtbot, context, database, point_meeting):
    meeting, point = point_meeting
    workspace = open_workspace(qtbot, context, meeting)
    notula = loaded_notula(qtbot, workspace)
    notula.focus_point(0)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_T, CTRL)
    settle(qtbot)
    (action,) = actions_of(database, meeting)
    assert action.description == "Polres menyiapkan 300 personel."
    assert action.person == "AKP Rafli Hasibuan"
    assert action.institution == "Polres Lembah Hijau"  # the speaker's institution
    assert action.source_point_id == point
    view = workspace.show_action_items()
    settle(qtbot)  # its rows and choices are read in the background
    assert [r.id for r in view.rows()] == [action.id]
    qtbot.keyClick(view.table, Qt.Key.Key_Z, CTRL)  # undone: the action goes again
    settle(qtbot)
    assert actions_of(database, meeting) == []


def test_edit_institution_person_due_and_status(qtbot, context, database, point_meeting):
    meeting, _point = point_meeting
    with database.session() as s:
        act.add_action(s, meeting, "Menyusun rencana pengamanan", "Belum ditentukan")
    workspace = open_workspace(qtbot, context, meeting)
    view = workspace.show_action_items()
    settle(qtbot)  # its rows and choices are read in the background
    completer = view.institution.completer().model()
    institutions = [completer.index(i, 0).data() for i in range(completer.rowCount())]
    assert institutions[:2] == ["Polres Lembah Hijau", "KPU Kabupaten Lembah Hijau"]

    view.institution.setFocus()
    view.institution.selectAll()
    qtbot.keyClicks(view.institution, "Kodim 1234")
    qtbot.keyClick(view.institution, Qt.Key.Key_Tab)  # leaving the field stores it
    view.person.setFocus()
    qtbot.keyClicks(view.person, "Letkol Arm Budi")
    view.due.setFocus()
    past = date.today() - timedelta(days=3)
    view.due.setDate(QDate(past.year, past.month, past.day))
    qtbot.keyClick(view.due, Qt.Key.Key_Return)
    view.due.editingFinished.emit()
    settle(qtbot)
    (action,) = actions_of(database, meeting)
    assert (action.institution, action.person, action.due) == (
        "Kodim 1234",
        "Letkol Arm Budi",
        past,
    )
    index = view.model.index(0, 4)
    assert "lewat 3 hari" in index.data()
    assert index.data(Qt.ItemDataRole.ForegroundRole) == QColor("#b42318")

    view.status.setFocus()
    view.status.setCurrentIndex(view.status.findData("done"))
    view.status.activated.emit(view.status.currentIndex())
    settle(qtbot)
    assert actions_of(database, meeting)[0].status == "done"
    assert "lewat" not in view.model.index(0, 4).data()  # done: no longer overdue
    with database.session() as s:
        history = act.action_history(s, action.id)
    assert [h.new_status for h in history] == ["open", "done"]
    assert "Selesai" in view.history.text()
    assert view.history.text().split("\n")[-1].split(" · ")[0].endswith(" WITA")  # the meeting's
    qtbot.keyClick(view.table, Qt.Key.Key_Z, CTRL)
    settle(qtbot)
    assert actions_of(database, meeting)[0].status == "open"


def test_final_meeting_actions_are_read_only(qtbot, context, database, point_meeting):
    from rapat.models import Meeting

    meeting, _point = point_meeting
    with database.session() as s:
        act.add_action(s, meeting, "Rencana", "Polres Lembah Hijau")
        s.get(Meeting, meeting).status = "final"
    workspace = open_workspace(qtbot, context, meeting)
    view = workspace.show_action_items()
    settle(qtbot)  # its rows and choices are read in the background
    assert view.description.isReadOnly() and not view.status.isEnabled()
    assert not view.add_action.isEnabled()
