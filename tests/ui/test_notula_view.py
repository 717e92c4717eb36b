"""The Notula tab driven with the keyboard alone, as a note-taker types while officials speak."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QLineEdit
from workspace_helpers import loaded_notula, ready, settle

from rapat.models import Meeting
from rapat.services.meetings import load_meeting, set_agenda
from rapat.services.minutes import load_minutes
from rapat.ui.meeting_workspace import MeetingWorkspace
from rapat.ui.notula_fields import TextBox
from rapat.ui.notula_point import PointRow
from rapat.ui.speaker_field import SpeakerField

CTRL, SHIFT, ALT = (
    Qt.KeyboardModifier.ControlModifier,
    Qt.KeyboardModifier.ShiftModifier,
    Qt.KeyboardModifier.AltModifier,
)
ARABIC = "بسم الله الرحمن الرحيم، السلام عليكم"
DIACRITICS = "Nguyễn Bảo Châu — café, naïve, Tūtūrū,\u00a0Sọ̀ngà"


@pytest.fixture
def agenda_meeting(database, door_meeting) -> int:
    with database.session() as s:
        set_agenda(s, door_meeting, ["Pembukaan", "Kesiapan pengamanan"])
    return door_meeting


def open_workspace(qtbot, context, meeting_id) -> MeetingWorkspace:
    workspace = MeetingWorkspace(context, meeting_id)
    qtbot.addWidget(workspace)
    workspace.resize(1366, 768)
    workspace.show()
    workspace.activateWindow()
    qtbot.waitUntil(workspace.isActiveWindow)
    return ready(qtbot, workspace)  # the meeting, read in the background, shown


def focused():
    return QApplication.focusWidget()


def type_keys(qtbot, text: str) -> None:
    """Type into the focused widget; characters beyond ASCII arrive as a keyboard layout sends them
    (QTest's own key table knows ASCII only)."""
    for ascii_run, other in re.findall(r"([ -~]+)|([^ -~])", text):
        if ascii_run:
            qtbot.keyClicks(focused(), ascii_run)
        else:
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                QApplication.sendEvent(
                    focused(), QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, other)
                )


def press(qtbot, key, modifiers=Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(focused(), key, modifiers)


def minutes(database, meeting_id):
    with database.session() as s:
        return load_minutes(s, meeting_id)


def saved(qtbot, workspace) -> None:
    """Wait, as a user would, for the autosave to write what was typed (it promises < 1 s)."""
    qtbot.waitUntil(lambda: workspace.autosaver.pending == 0, timeout=1500)
    settle(qtbot)


def test_a_short_meeting_typed_with_the_keyboard_alone(qtbot, context, database, agenda_meeting):
    workspace = open_workspace(qtbot, context, agenda_meeting)
    workspace.attendance.field.setFocus()
    press(qtbot, Qt.Key.Key_3, ALT)  # Notula
    notula = workspace.notula
    assert notula is not None and workspace.tabs.currentWidget() is workspace.notula_page
    qtbot.waitUntil(lambda: notula.loaded)  # the minutes are read in the background

    # A new agenda item, named in the small prompt, after the current (none: at the end).
    def name_item():
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(10, name_item)
            return
        edit = dialog.findChild(QLineEdit)
        qtbot.keyClicks(edit, "Kesiapan logistik")
        qtbot.keyClick(edit, Qt.Key.Key_Return)

    notula.opening.setFocus()
    QTimer.singleShot(10, name_item)
    press(qtbot, Qt.Key.Key_A, CTRL | SHIFT)
    qtbot.waitUntil(lambda: len(notula.sections) == 3)
    workspace.activateWindow()  # the offscreen platform does not give the window back by itself
    qtbot.waitUntil(workspace.isActiveWindow)

    notula.opening.setFocus()
    type_keys(qtbot, "Sekretaris Daerah membuka rapat.")
    press(qtbot, Qt.Key.Key_Tab)  # to the first agenda item's title
    press(qtbot, Qt.Key.Key_Tab)  # to the second agenda item's title
    assert focused() is notula.sections[1].title
    press(qtbot, Qt.Key.Key_Return, CTRL)  # the first point of "Kesiapan pengamanan"
    assert isinstance(focused(), SpeakerField)
    type_keys(qtbot, "raf")
    press(qtbot, Qt.Key.Key_Return)
    assert isinstance(focused(), TextBox)
    type_keys(qtbot, "Personel siap di 120 TPS.")
    press(qtbot, Qt.Key.Key_Return, CTRL)
    type_keys(qtbot, "ami")  # the start of a later word: Siti Aminah
    press(qtbot, Qt.Key.Key_Return)
    type_keys(qtbot, "Logistik pemilihan aman.")
    press(qtbot, Qt.Key.Key_Return, CTRL)
    type_keys(qtbot, "Warga RT 03")  # nobody on the list: free text stays
    press(qtbot, Qt.Key.Key_Return)
    type_keys(qtbot, ARABIC)
    press(qtbot, Qt.Key.Key_Up, ALT)  # moved above Siti Aminah's point
    press(qtbot, Qt.Key.Key_T, CTRL)  # the current point becomes an action
    press(qtbot, Qt.Key.Key_Return, CTRL | SHIFT)  # a decision
    type_keys(qtbot, "Pengamanan TPS dilaksanakan gabungan TNI-Polri.")
    press(qtbot, Qt.Key.Key_Tab)  # to Penutup
    assert focused() is notula.closing
    type_keys(qtbot, "Rapat ditutup pukul 12.00 WITA.")
    saved(qtbot, workspace)

    with database.session() as s:
        record = load_meeting(s, agenda_meeting)
    assert record.opening == "Sekretaris Daerah membuka rapat."
    assert record.closing == "Rapat ditutup pukul 12.00 WITA."
    assert record.agenda == ["Pembukaan", "Kesiapan pengamanan", "Kesiapan logistik"]
    assert [(p.speaker, p.text, p.agenda_item) for p in record.discussion] == [
        ("AKP Rafli Hasibuan", "Personel siap di 120 TPS.", 2),
        ("Warga RT 03", ARABIC, 2),
        ("Siti Aminah, S.H.", "Logistik pemilihan aman.", 2),
    ]
    assert record.decisions == ["Pengamanan TPS dilaksanakan gabungan TNI-Polri."]
    stored = minutes(database, agenda_meeting)
    (action,) = stored.actions
    assert action.description == ARABIC
    assert action.source_point_id == stored.points[1].id
    assert "tindak lanjut" in notula.banner.text


def test_undo_and_redo_across_the_workspace(qtbot, context, database, agenda_meeting):
    workspace = open_workspace(qtbot, context, agenda_meeting)
    notula = loaded_notula(qtbot, workspace)
    notula.sections[0].title.setFocus()
    press(qtbot, Qt.Key.Key_Return, CTRL)
    press(qtbot, Qt.Key.Key_Tab)
    type_keys(qtbot, "Kalimat pertama.")
    saved(qtbot, workspace)
    assert [p.text for p in minutes(database, agenda_meeting).points] == ["Kalimat pertama."]

    press(qtbot, Qt.Key.Key_Z, CTRL)  # typing undone: the point is empty, so not stored
    row = notula.rows()[0]
    assert row.text == ""
    saved(qtbot, workspace)
    assert minutes(database, agenda_meeting).points == []

    press(qtbot, Qt.Key.Key_Z, CTRL | SHIFT)  # redo
    assert row.text == "Kalimat pertama."
    saved(qtbot, workspace)
    assert [p.text for p in minutes(database, agenda_meeting).points] == ["Kalimat pertama."]

    # From another tab, Ctrl+Z still undoes the minutes' last step and shows where it happened.
    workspace.show_action_items()
    workspace.action_items.table.setFocus()
    press(qtbot, Qt.Key.Key_Z, CTRL)
    assert workspace.tabs.currentWidget() is workspace.notula_page
    assert notula.rows()[0].text == ""
    press(qtbot, Qt.Key.Key_Z, CTRL)  # and the new point itself goes
    assert notula.rows() == []
    workspace.flush()
    settle(qtbot)
    assert minutes(database, agenda_meeting).points == []


def test_empty_points_are_never_stored(qtbot, context, database, agenda_meeting):
    workspace = open_workspace(qtbot, context, agenda_meeting)
    notula = loaded_notula(qtbot, workspace)
    notula.sections[0].title.setFocus()
    press(qtbot, Qt.Key.Key_Return, CTRL)
    press(qtbot, Qt.Key.Key_Return, CTRL)
    type_keys(qtbot, "raf")
    press(qtbot, Qt.Key.Key_Return)  # a speaker but no words
    press(qtbot, Qt.Key.Key_Return, CTRL)
    type_keys(qtbot, "   ")
    workspace.flush()
    settle(qtbot)
    assert len(notula.rows()) == 3
    assert minutes(database, agenda_meeting).points == []


def test_any_length_and_script_kept_exactly(qtbot, context, database, agenda_meeting):
    workspace = open_workspace(qtbot, context, agenda_meeting)
    notula = loaded_notula(qtbot, workspace)
    notula.sections[1].title.setFocus()
    long_text = ("Kata demi kata dicatat tanpa hilang satu huruf pun. " * 800)[:40_000]
    press(qtbot, Qt.Key.Key_Return, CTRL)
    press(qtbot, Qt.Key.Key_Tab)
    QApplication.clipboard().setText(long_text)
    press(qtbot, Qt.Key.Key_V, CTRL)  # pasted, as from a prepared speech
    press(qtbot, Qt.Key.Key_Return, CTRL)
    press(qtbot, Qt.Key.Key_Tab)
    type_keys(qtbot, DIACRITICS)
    press(qtbot, Qt.Key.Key_Return)
    type_keys(qtbot, ARABIC)
    workspace.flush()
    settle(qtbot)
    texts = [p.text for p in minutes(database, agenda_meeting).points]
    assert texts == [long_text, f"{DIACRITICS}\n{ARABIC}"]
    assert len(texts[0]) == 40_000


def test_autosave_within_a_second_and_on_leaving(qtbot, context, database, agenda_meeting):
    workspace = open_workspace(qtbot, context, agenda_meeting)
    notula = loaded_notula(qtbot, workspace)
    notula.closing.setFocus()
    type_keys(qtbot, "Ditutup")
    qtbot.waitUntil(lambda: minutes(database, agenda_meeting).closing == "Ditutup", timeout=1000)
    type_keys(qtbot, " pukul 12.00")
    workspace.hide()  # leaving the workspace stores at once, without asking
    settle(qtbot)
    assert minutes(database, agenda_meeting).closing == "Ditutup pukul 12.00"


def test_points_open_painted_and_become_editors_on_focus(qtbot, context, database, agenda_meeting):
    from rapat.services.minutes import add_point

    agenda = [i for i, _t in minutes(database, agenda_meeting).agenda]
    with database.session() as s:
        for n in range(200):
            add_point(s, agenda_meeting, f"Poin {n}", "Siti Aminah, S.H.", agenda[n % 2])
    workspace = open_workspace(qtbot, context, agenda_meeting)
    notula = loaded_notula(qtbot, workspace)
    rows = notula.rows()
    assert len(rows) == 200 and not any(r.editable for r in rows)
    row = notula.focus_point(150)
    assert row.editable and focused() is row.box
    type_keys(qtbot, " tambahan")
    press(qtbot, Qt.Key.Key_Down, ALT)
    workspace.flush()
    settle(qtbot)
    stored = minutes(database, agenda_meeting).points
    moved = next(p for p in stored if p.text.endswith("tambahan"))
    assert moved.id == row.point_id
    section = [p.id for p in stored if p.agenda_item_id == moved.agenda_item_id]
    assert section.index(moved.id) == notula._section_of(row).rows.index(row)
    assert sum(isinstance(r, PointRow) and r.editable for r in notula.rows()) == 1


def test_final_meeting_is_read_only_until_a_revision(
    qtbot, context, database, agenda_meeting, monkeypatch
):
    with database.session() as s:
        s.get(Meeting, agenda_meeting).status = "final"
    workspace = open_workspace(qtbot, context, agenda_meeting)
    notula = loaded_notula(qtbot, workspace)
    assert workspace.final_bar.isVisible() and "final" in workspace.final_text.text()
    assert notula.read_only and notula.opening.isReadOnly()
    notula.sections[0].title.setFocus()
    press(qtbot, Qt.Key.Key_Return, CTRL)
    assert notula.rows() == []

    from rapat.ui.reason_dialog import ReasonDialog

    monkeypatch.setattr(
        ReasonDialog, "get_reason", classmethod(lambda cls, parent=None: ("Salah nama", True))
    )
    press(qtbot, Qt.Key.Key_R, CTRL | SHIFT)  # Buat revisi
    settle(qtbot)
    assert not workspace.final_bar.isVisible()
    notula = workspace.notula
    assert not notula.read_only and workspace.record.revision == 2
    notula.sections[0].title.setFocus()
    press(qtbot, Qt.Key.Key_Return, CTRL)
    press(qtbot, Qt.Key.Key_Tab)
    type_keys(qtbot, "Perbaikan pada revisi 2.")
    workspace.flush()
    settle(qtbot)
    assert [p.text for p in minutes(database, agenda_meeting).points] == [
        "Perbaikan pada revisi 2."
    ]
    assert minutes(database, agenda_meeting).status == "draft"


def test_reason_dialog_needs_a_reason(qtbot):
    from rapat.ui.reason_dialog import ReasonDialog

    dialog = ReasonDialog()
    qtbot.addWidget(dialog)
    assert not dialog.ok.isEnabled()
    qtbot.keyClicks(dialog.reason, "Nama instansi salah")
    assert dialog.ok.isEnabled()


def test_focus_is_visible_in_a_point_and_tab_never_replaces_a_title(
    qtbot, context, database, agenda_meeting, tmp_path
):
    """Enter on a speaker's suggestion moves into the point's text with a visible focus frame; Tab
    then reaches the next agenda title with the cursor at its end, so a key typed there adds to
    the title instead of replacing it."""
    from rapat.ui.app import ACCENT

    workspace = open_workspace(qtbot, context, agenda_meeting)
    workspace.attendance.field.setFocus()
    press(qtbot, Qt.Key.Key_3, ALT)
    notula = workspace.notula
    qtbot.waitUntil(lambda: notula.loaded)
    notula.sections[0].title.setFocus()
    press(qtbot, Qt.Key.Key_Return, CTRL)
    type_keys(qtbot, "raf")
    press(qtbot, Qt.Key.Key_Return)
    box = focused()
    assert isinstance(box, TextBox)
    shot = box.grab()
    shot.save(str(tmp_path / "point_focused.png"))
    assert shot.toImage().pixelColor(0, shot.height() // 2).name() == ACCENT
    type_keys(qtbot, "Pembukaan oleh Kabag Ops.")
    press(qtbot, Qt.Key.Key_Tab)
    title = notula.sections[1].title
    assert focused() is title
    assert not title.hasSelectedText()
    type_keys(qtbot, "x")
    assert title.text() == "Kesiapan pengamanan" + "x"


def test_the_penutup_scrolls_into_view_when_reached_by_keyboard(
    qtbot, context, database, agenda_meeting
):
    from rapat.services.minutes import add_point

    agenda = [i for i, _t in minutes(database, agenda_meeting).agenda]
    with database.session() as s:
        for n in range(121):
            add_point(
                s, agenda_meeting, f"Poin {n} " + "kata " * 30, "Siti Aminah, S.H.", agenda[1]
            )
    workspace = open_workspace(qtbot, context, agenda_meeting)
    notula = loaded_notula(qtbot, workspace)
    notula.focus_point(120)
    press(qtbot, Qt.Key.Key_Return, CTRL | SHIFT)  # a decision after the last point
    type_keys(qtbot, "Pengamanan TPS dilaksanakan gabungan TNI-Polri.")
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is notula.closing

    def on_screen() -> bool:
        top = notula.closing.mapTo(notula.scroll.viewport(), notula.closing.rect().topLeft()).y()
        return top >= 0 and top + notula.closing.height() <= notula.scroll.viewport().height()

    qtbot.waitUntil(on_screen, timeout=1000)


def test_removing_a_point_or_decision_hands_the_keyboard_on(qtbot, context, agenda_meeting):
    """Ctrl+Shift+Del leaves the cursor in the point or decision that now stands in the removed
    one's place (or the one before, or the item's title), so typing goes on without a click."""
    workspace = open_workspace(qtbot, context, agenda_meeting)
    notula = loaded_notula(qtbot, workspace)
    notula.sections[0].title.setFocus()
    for text in ("Pertama.", "Kedua.", "Ketiga."):
        press(qtbot, Qt.Key.Key_Return, CTRL)
        press(qtbot, Qt.Key.Key_Tab)
        type_keys(qtbot, text)
    section = notula.sections[0]
    section.rows[1].focus_field("text")
    press(qtbot, Qt.Key.Key_Delete, CTRL | SHIFT)
    assert [row.text for row in section.rows] == ["Pertama.", "Ketiga."]
    assert focused() is section.rows[1].box  # the next point
    press(qtbot, Qt.Key.Key_Delete, CTRL | SHIFT)
    assert focused() is section.rows[0].box  # none after it: the one before
    press(qtbot, Qt.Key.Key_Delete, CTRL | SHIFT)
    assert section.rows == [] and focused() is section.title  # none left: the item's title

    press(qtbot, Qt.Key.Key_Return, CTRL | SHIFT)  # a decision
    type_keys(qtbot, "Keputusan satu.")
    press(qtbot, Qt.Key.Key_Return, CTRL | SHIFT)
    type_keys(qtbot, "Keputusan dua.")
    press(qtbot, Qt.Key.Key_Delete, CTRL | SHIFT)
    assert focused() is notula.decisions[0].box
    press(qtbot, Qt.Key.Key_Delete, CTRL | SHIFT)
    assert notula.decisions == [] and focused() is not None
    assert notula.isAncestorOf(focused())
    type_keys(qtbot, " lanjutan")  # typing goes on where the cursor went
    assert " lanjutan" in focused().text()
