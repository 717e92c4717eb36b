"""Two Rapat windows on one SQLite file editing the same follow-up action or directory entry: the
stale edit is refused with who changed what, the other's words stay stored, and the person's own
values stay on screen to keep or to drop."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from workspace_helpers import ready, settle

from rapat.models import ActionItem
from rapat.models.tracking import os_user
from rapat.services import actions as act
from rapat.services import directory as d
from rapat.services.follow_up import create_follow_up
from rapat.ui.context import Context
from rapat.ui.directory_view import DirectoryView, InstitutionDialog, PersonDialog
from rapat.ui.meeting_workspace import MeetingWorkspace
from rapat.ui.register_view import RegisterView

CLICK = Qt.MouseButton.LeftButton


@pytest.fixture
def other(database, db_path):
    """A second Rapat on the same file, as on a colleague's computer."""
    from rapat.db import open_database

    elsewhere = open_database(str(db_path))
    yield Context(elsewhere)
    from rapat.ui.tasks import wait_for_tasks

    wait_for_tasks()
    elsewhere.close()


def action_tab(qtbot, context, meeting_id):
    workspace = MeetingWorkspace(context, meeting_id)
    qtbot.addWidget(workspace)
    workspace.resize(1366, 768)
    workspace.show()
    view = ready(qtbot, workspace).show_action_items()
    settle(qtbot)
    return workspace, view


def stored(database, action_id) -> ActionItem:
    with database.session() as s:
        return s.get(ActionItem, action_id)


def retype(qtbot, field, words: str) -> None:
    field.setFocus()
    field.selectAll()
    qtbot.keyClicks(field, words)


def test_an_action_edited_in_two_windows_the_second_is_told_and_keeps_its_text(
    qtbot, context, other, database, example_meeting, tmp_path
):
    first, mine = action_tab(qtbot, context, example_meeting)
    second, theirs = action_tab(qtbot, other, example_meeting)
    action_id = mine.selected_id()
    assert theirs.selected_id() == action_id

    retype(qtbot, mine.description, "Menyiapkan 300 personel pengamanan.")
    first.flush()
    settle(qtbot)
    assert stored(database, action_id).description == "Menyiapkan 300 personel pengamanan."

    retype(qtbot, theirs.person, "Letkol Arm Budi")  # read before the first window's save
    second.flush()
    qtbot.waitUntil(lambda: theirs.conflict is not None and theirs.conflict.isVisible())
    panel = theirs.conflict
    assert os_user() in panel.message.text() and "sudah diubah oleh" in panel.message.text()
    assert "Menyiapkan 300 personel pengamanan." in panel.theirs.toPlainText()
    assert theirs.person.text() == "Letkol Arm Budi"  # kept on screen
    assert stored(database, action_id).person != "Letkol Arm Budi"
    assert panel.mine()["person"] == "Letkol Arm Budi"  # and in the recovery file if closed now
    theirs.grab().save(str(tmp_path / "action-conflict.png"))

    qtbot.mouseClick(panel.mine_button, CLICK)  # "Pakai teks saya": both sides' words count
    settle(qtbot)
    action = stored(database, action_id)
    assert (action.description, action.person) == (
        "Menyiapkan 300 personel pengamanan.",
        "Letkol Arm Budi",
    )
    assert theirs.conflict is None and theirs.person.text() == "Letkol Arm Budi"


def test_a_status_changed_elsewhere_is_shown_and_theirs_can_be_taken(
    qtbot, context, other, database, example_meeting
):
    _workspace, view = action_tab(qtbot, context, example_meeting)
    action_id = view.selected_id()
    with database.session() as s:  # a colleague closes it meanwhile
        act.set_action_status(s, action_id, "done", "Sudah dicek")
    view.status.setCurrentIndex(view.status.findData("cancelled"))
    view.status.activated.emit(view.status.currentIndex())
    qtbot.waitUntil(lambda: view.conflict is not None and view.conflict.isVisible())
    assert "Selesai" in view.conflict.theirs.toPlainText()
    assert stored(database, action_id).status == "done"
    qtbot.mouseClick(view.conflict.theirs_button, CLICK)  # "Pakai teks mereka"
    settle(qtbot)
    assert view.status.currentData() == "done" and stored(database, action_id).status == "done"


@pytest.fixture
def register(qtbot, context, database, example_meeting):
    with database.session() as s:
        create_follow_up(s, example_meeting, on=date(2025, 11, 4))
    view = RegisterView(context)
    qtbot.addWidget(view)
    view.resize(1250, 700)
    view.show()
    view.refresh()
    qtbot.waitUntil(lambda: view.model.rowCount() == 3)
    return view


def test_a_status_saved_in_the_register_over_a_newer_one_is_refused_note_kept(
    qtbot, register, database
):
    register.table.selectRow(0)
    row = register.selected_row()
    with database.session() as s:  # a colleague's status and note land first
        act.set_action_status(s, row.id, "in_progress", "Dikerjakan tim lapangan")
    register.new_status.setCurrentIndex(register.new_status.findData("done"))
    qtbot.keyClicks(register.note, "Sudah diperbaiki")
    qtbot.mouseClick(register.save_button, CLICK)
    qtbot.waitUntil(lambda: register.conflict is not None and register.conflict.isVisible())
    assert os_user() in register.conflict.message.text()
    assert "Sedang dikerjakan" in register.conflict.theirs.toPlainText()
    assert register.note.text() == "Sudah diperbaiki"  # kept on screen
    assert stored(database, row.id).status == "in_progress"
    qtbot.mouseClick(register.conflict.mine_button, CLICK)
    settle(qtbot)
    qtbot.waitUntil(lambda: register.selected_row().status == "done")
    with database.session() as s:
        notes = [c.note for c in act.action_history(s, row.id)]
    assert notes[-2:] == ["Dikerjakan tim lapangan", "Sudah diperbaiki"]  # both kept


@pytest.fixture
def directory(qtbot, context, database):
    with database.session() as s:
        polres = d.save_institution(s, None, "Polres Lembah Hijau", "Polres")
        d.save_person(s, None, "AKBP Budi Santoso", institution_id=polres, position="Kapolres")
    view = DirectoryView(context)
    qtbot.addWidget(view)
    view.resize(1250, 700)
    view.show()
    view.refresh()
    qtbot.waitUntil(lambda: view.people.rowCount() == 1)
    return view


def test_an_institution_edited_in_two_places_the_second_is_told(qtbot, directory, database):
    row = directory.institutions.row_at(0)
    dialog = InstitutionDialog(directory.context, row, directory)
    qtbot.addWidget(dialog)
    dialog.show()
    with database.session() as s:  # a colleague renames it meanwhile
        d.save_institution(s, row.id, row.name, "POLRES LH", row.category, row.version)
    retype(qtbot, dialog.short, "Polresta")
    qtbot.mouseClick(dialog.ok, CLICK)
    qtbot.waitUntil(lambda: dialog.conflict is not None and dialog.conflict.isVisible())
    assert "POLRES LH" in dialog.conflict.theirs.toPlainText()
    assert dialog.short.text() == "Polresta" and dialog.isVisible()
    assert os_user() in dialog.conflict.message.text()
    qtbot.mouseClick(dialog.conflict.theirs_button, CLICK)  # their values into the form
    assert dialog.short.text() == "POLRES LH"
    retype(qtbot, dialog.short, "POLRES LH 2")
    qtbot.mouseClick(dialog.ok, CLICK)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    with database.session() as s:
        assert d.list_institutions(s)[0].short_name == "POLRES LH 2"


def test_a_person_edited_in_two_places_keeps_both_sides_words(qtbot, directory, database):
    row = directory.people.row_at(0)
    with database.session() as s:
        institutions = d.list_institutions(s)
    dialog = PersonDialog(directory.context, row, institutions, directory)
    qtbot.addWidget(dialog)
    dialog.show()
    with database.session() as s:
        d.save_person(
            s, row.id, row.name, institution_id=row.institution_id, position="Kapolres",
            phone="0812 1111", version=row.version,
        )  # fmt: skip
    retype(qtbot, dialog.position, "Kapolres Lembah Hijau")
    qtbot.mouseClick(dialog.ok, CLICK)
    qtbot.waitUntil(lambda: dialog.conflict is not None and dialog.conflict.isVisible())
    assert "0812 1111" in dialog.conflict.theirs.toPlainText()
    assert dialog.position.text() == "Kapolres Lembah Hijau"
    with database.session() as s:
        assert d.list_people(s)[0].position == "Kapolres"
    qtbot.mouseClick(dialog.conflict.mine_button, CLICK)  # store mine over the newer version
    qtbot.waitUntil(lambda: not dialog.isVisible())
    with database.session() as s:
        person = d.list_people(s)[0]
    assert (person.position, person.phone) == ("Kapolres Lembah Hijau", "0812 1111")
