"""Two windows on one SQLite file editing the same meeting: the details form, the Kata Pembukaan,
an agenda title and the attendance list. The second, stale change is refused with who made the
first, the first's words stay stored, and the second's stay on screen until they choose."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from workspace_helpers import loaded_notula, open_workspace, ready, row_named, settle

from rapat.db import open_database
from rapat.models.tracking import os_user
from rapat.services import attendance as att
from rapat.services.meetings import load_details
from rapat.services.minutes import load_minutes
from rapat.ui.context import Context
from rapat.ui.meeting_workspace import MeetingWorkspace

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def other(db_path):
    """A second Rapat on the same file, as a colleague's window."""
    database = open_database(str(db_path))
    context = Context(database)
    yield context
    settle_all()
    database.close()


def settle_all() -> None:
    from rapat.ui.tasks import wait_for_tasks

    wait_for_tasks()


def workspace_of(qtbot, context, meeting_id) -> MeetingWorkspace:
    workspace = MeetingWorkspace(context, meeting_id)
    qtbot.addWidget(workspace)
    workspace.resize(1366, 768)
    workspace.show()
    return ready(qtbot, workspace)


def retype(qtbot, edit, text: str) -> None:
    """Replace a line's text as a person does, and leave it with Enter."""
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClicks(edit, text)
    qtbot.keyClick(edit, Qt.Key.Key_Return)


def details(database, meeting_id):
    with database.session() as s:
        return load_details(s, meeting_id)


def test_the_details_form_refuses_a_stale_title_and_keeps_it_on_screen(
    qtbot, context, other, database, example_meeting
):
    first = workspace_of(qtbot, context, example_meeting)
    second = workspace_of(qtbot, other, example_meeting)  # opened before the first's change
    first_form, second_form = first.show_details(), second.show_details()

    retype(qtbot, first_form.title, "Rakor Pertama")
    settle(qtbot)
    assert details(database, example_meeting).title == "Rakor Pertama"
    assert first.title.text() == "Rakor Pertama"  # the header follows the stored change

    retype(qtbot, second_form.title, "Rakor Kedua")
    editor = second.details_editor
    qtbot.waitUntil(lambda: editor.conflict is not None and editor.conflict.isVisible())
    message = editor.conflict.message.text()
    assert "sudah diubah oleh" in message and os_user() in message and "Judul rapat" in message
    assert "Rakor Pertama" in editor.conflict.theirs.toPlainText()
    assert second_form.title.text() == "Rakor Kedua"  # the person's value stays in the field
    assert details(database, example_meeting).title == "Rakor Pertama"  # the first's is stored
    assert editor.layout().indexOf(editor.conflict) < editor.layout().indexOf(second_form)

    qtbot.mouseClick(editor.conflict.mine_button, Qt.MouseButton.LeftButton)  # keep mine
    settle(qtbot)
    assert details(database, example_meeting).title == "Rakor Kedua"
    assert second.title.text() == "Rakor Kedua"


def test_a_change_of_another_field_is_stored_over_the_newer_version(
    qtbot, context, other, database, example_meeting
):
    first = workspace_of(qtbot, context, example_meeting)
    second = workspace_of(qtbot, other, example_meeting)
    first_form, second_form = first.show_details(), second.show_details()
    retype(qtbot, first_form.title, "Rakor Pertama")
    settle(qtbot)
    retype(qtbot, second_form.location, "Aula Kecamatan")  # the second changes the place only
    settle(qtbot)
    stored = details(database, example_meeting)
    assert (stored.title, stored.location) == ("Rakor Pertama", "Aula Kecamatan")
    assert second.details_editor.conflict is None


def test_taking_their_values_puts_them_in_the_form(
    qtbot, context, other, database, example_meeting
):
    first = workspace_of(qtbot, context, example_meeting)
    second = workspace_of(qtbot, other, example_meeting)
    first_form, second_form = first.show_details(), second.show_details()
    first_form.agenda.setPlainText("Pembukaan\nPaparan Kapolres")
    first_form.agenda_edited.emit(first_form.agenda_lines())  # as when the field is left
    settle(qtbot)
    second_form.agenda.setPlainText("Pembukaan\nPaparan KPU")
    second_form.agenda_edited.emit(second_form.agenda_lines())
    editor = second.details_editor
    qtbot.waitUntil(lambda: editor.conflict is not None and editor.conflict.isVisible())
    assert "Acara" in editor.conflict.message.text()
    assert details(database, example_meeting).agenda == ["Pembukaan", "Paparan Kapolres"]
    assert second_form.agenda_lines() == ["Pembukaan", "Paparan KPU"]
    qtbot.mouseClick(editor.conflict.theirs_button, Qt.MouseButton.LeftButton)
    assert second_form.agenda_lines() == ["Pembukaan", "Paparan Kapolres"]
    retype(qtbot, second_form.title, "Rakor Sesudahnya")  # based on their version now
    settle(qtbot)
    assert details(database, example_meeting).title == "Rakor Sesudahnya"


def notula_of(qtbot, context, meeting_id):
    workspace = workspace_of(qtbot, context, meeting_id)
    return workspace, loaded_notula(qtbot, workspace)


def type_at_end(box) -> None:
    box.setFocus()
    box.moveCursor(QTextCursor.MoveOperation.End)


def minutes(database, meeting_id):
    with database.session() as s:
        return load_minutes(s, meeting_id)


def test_a_stale_opening_is_refused_and_the_panel_shows_theirs(
    qtbot, context, other, database, example_meeting
):
    first, first_notula = notula_of(qtbot, context, example_meeting)
    second, second_notula = notula_of(qtbot, other, example_meeting)
    original = minutes(database, example_meeting).opening

    type_at_end(first_notula.opening)
    qtbot.keyClicks(first_notula.opening, " Kata pertama.")
    first.flush()
    settle(qtbot)
    assert minutes(database, example_meeting).opening == original + " Kata pertama."

    type_at_end(second_notula.opening)
    qtbot.keyClicks(second_notula.opening, " Kata kedua.")
    second.flush()
    qtbot.waitUntil(lambda: "opening" in second_notula.text_conflicts)
    panel = second_notula.text_conflicts["opening"]
    assert os_user() in panel.message.text() and "Kata pembukaan" in panel.message.text()
    assert panel.theirs.toPlainText() == original + " Kata pertama."
    assert second_notula.opening.text() == original + " Kata kedua."
    assert minutes(database, example_meeting).opening == original + " Kata pertama."

    qtbot.mouseClick(panel.mine_button, Qt.MouseButton.LeftButton)
    second.flush()
    settle(qtbot)
    assert minutes(database, example_meeting).opening == original + " Kata kedua."


def test_the_closing_after_a_change_of_the_title_is_stored_without_a_question(
    qtbot, context, other, database, example_meeting
):
    first = workspace_of(qtbot, context, example_meeting)
    second, second_notula = notula_of(qtbot, other, example_meeting)
    retype(qtbot, first.show_details().title, "Rakor Pertama")
    settle(qtbot)
    type_at_end(second_notula.closing)
    qtbot.keyClicks(second_notula.closing, " Ditutup pukul 12.00.")
    second.flush()
    settle(qtbot)
    assert not second_notula.text_conflicts
    stored = minutes(database, example_meeting)
    assert stored.closing.endswith("Ditutup pukul 12.00.")
    assert details(database, example_meeting).title == "Rakor Pertama"


def test_a_stale_agenda_title_is_refused(qtbot, context, other, database, example_meeting):
    first, first_notula = notula_of(qtbot, context, example_meeting)
    second, second_notula = notula_of(qtbot, other, example_meeting)
    original = minutes(database, example_meeting).agenda[0][1]

    first_notula.sections[0].title.setFocus()
    qtbot.keyClicks(first_notula.sections[0].title, " (pertama)")
    first.flush()
    settle(qtbot)
    section = second_notula.sections[0]
    section.title.setFocus()
    qtbot.keyClicks(section.title, " (kedua)")
    second.flush()
    key = f"agenda-{section.item_id}"
    qtbot.waitUntil(lambda: key in second_notula.text_conflicts)
    panel = second_notula.text_conflicts[key]
    assert os_user() in panel.message.text()
    assert panel.theirs.toPlainText() == original + " (pertama)"
    assert section.title.text() == original + " (kedua)"
    assert minutes(database, example_meeting).agenda[0][1] == original + " (pertama)"
    qtbot.mouseClick(panel.theirs_button, Qt.MouseButton.LeftButton)
    assert section.title.text() == original + " (pertama)"


def select(qtbot, view, name: str) -> None:
    row = view.proxy.mapFromSource(view.model.index(view.model.row_of(row_named(view, name).id), 1))
    qtbot.mouseClick(
        view.table.viewport(), Qt.MouseButton.LeftButton, pos=view.table.visualRect(row).center()
    )


KAPOLRES = "AKBP Sugeng Riyadi, S.I.K."


def stored_line(database, participant_id):
    with database.session() as s:
        return att.attendance_row(s, participant_id)


def test_a_stale_one_click_status_is_refused_and_the_stored_line_shown(
    qtbot, context, other, database, door_meeting
):
    first = open_workspace(qtbot, context, door_meeting).attendance
    second = open_workspace(qtbot, other, door_meeting).attendance
    name = first.model.rows()[0].name
    participant = row_named(first, name).id

    first.window().activateWindow()
    qtbot.waitUntil(first.window().isActiveWindow)
    select(qtbot, first, name)
    qtbot.keyClick(first.table, Qt.Key.Key_I, CTRL)  # Izin, at the first desk
    settle(qtbot)
    assert stored_line(database, participant).status == "excused"

    second.window().activateWindow()
    qtbot.waitUntil(second.window().isActiveWindow)
    select(qtbot, second, name)
    qtbot.keyClick(second.table, Qt.Key.Key_H, CTRL)  # Hadir, from what the second desk showed
    settle(qtbot)
    assert stored_line(database, participant).status == "excused"  # refused, the first's stays
    assert "sudah diubah oleh" in second.banner.text and os_user() in second.banner.text
    qtbot.waitUntil(lambda: row_named(second, name).status == "excused")  # the stored state

    qtbot.keyClick(second.table, Qt.Key.Key_H, CTRL)  # now based on what is stored: taken
    settle(qtbot)
    assert stored_line(database, participant).status == "present"


def test_a_stale_arrival_time_is_refused(qtbot, context, other, database, door_meeting):
    from datetime import time

    first = open_workspace(qtbot, context, door_meeting).attendance
    second = open_workspace(qtbot, other, door_meeting).attendance
    name = first.model.rows()[0].name
    participant = row_named(first, name).id
    with database.session() as s:
        att.check_in(s, participant, time(8, 30))
    first.load()
    second.load()
    qtbot.waitUntil(lambda: row_named(second, name).check_in == time(8, 30))
    first.model.time_edited.emit(participant, time(8, 45))
    settle(qtbot)
    second.model.time_edited.emit(participant, time(9, 15))  # from the row read before
    settle(qtbot)
    assert stored_line(database, participant).check_in == time(8, 45)
    assert os_user() in second.banner.text
    qtbot.waitUntil(lambda: row_named(second, name).check_in == time(8, 45))


class ReaderContext(Context):
    """The context of a login that may only read (rapat_baca), on the tests' SQLite file."""

    read_only = True


def editable_fields(top) -> list:
    """The fields of a window a person could type into or change."""
    from PySide6.QtWidgets import (
        QAbstractSpinBox,
        QCheckBox,
        QComboBox,
        QLineEdit,
        QPlainTextEdit,
        QTextEdit,
        QWidget,
    )

    found = []
    for child in top.findChildren(QWidget):
        if not child.isVisibleTo(top) or not child.isEnabled():
            continue
        if child.objectName() == "filter":  # a filter above a table changes nothing stored
            continue
        if isinstance(child, QLineEdit | QTextEdit | QPlainTextEdit):
            if not child.isReadOnly():
                found.append(child)
        elif isinstance(child, QComboBox | QCheckBox | QAbstractSpinBox):
            found.append(child)
    return found


def test_a_reader_sees_the_meeting_read_only(qtbot, database, door_meeting, qapp):
    from PySide6.QtWidgets import QAbstractItemView

    from rapat.ui.signature_pad import SignatureDialog

    context = ReaderContext(database)
    workspace = workspace_of(qtbot, context, door_meeting)
    qtbot.waitUntil(lambda: workspace.attendance is not None)
    assert workspace.is_final and not workspace.final_bar.isVisible()  # not final: a reader
    view = workspace.attendance
    assert not view.field.isEnabled() and not view.check_in.walk_in_button.isEnabled()
    assert not view.participants.command_bar.isEnabled()
    assert not view.self_check_in.open_button.isEnabled()
    assert view.table.editTriggers() == QAbstractItemView.EditTrigger.NoEditTriggers
    assert "hanya dapat membaca" in view.banner.text
    name = view.model.rows()[0].name
    workspace.activateWindow()
    qtbot.waitUntil(workspace.isActiveWindow)
    select(qtbot, view, name)
    opened = []
    qapp.focusWindowChanged.connect(
        lambda _w: opened.extend(
            w for w in qapp.topLevelWidgets() if isinstance(w, SignatureDialog)
        )
    )
    for key in (Qt.Key.Key_H, Qt.Key.Key_I, Qt.Key.Key_T):  # Hadir, Izin, Tanda tangan
        qtbot.keyClick(view.table, key, CTRL)
    qtbot.keyClick(view.table, Qt.Key.Key_Delete)
    settle(qtbot)
    assert not opened
    line = row_named(view, name)
    assert stored_line(database, line.id) == line and line.status == "absent"
    assert editable_fields(view) == []

    form = workspace.show_details()
    assert editable_fields(form) == []
    notula = loaded_notula(qtbot, workspace)
    for row in notula.rows()[:3]:
        row.materialize()
    assert editable_fields(notula) == []
    assert [n for n, a in notula.actions_by_name.items() if a.isEnabled()] == ["project"]

    staff = workspace_of(qtbot, Context(database), door_meeting)  # the same, for a staff login
    qtbot.waitUntil(lambda: staff.attendance is not None)
    assert staff.attendance.field in editable_fields(staff.attendance)
    assert staff.show_details().title in editable_fields(staff.form)
