"""The check-in flow driven as staff at the door would: type, Enter, see the row and the counts."""

from __future__ import annotations

import sqlite3

import pytest
from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication
from workspace_helpers import open_workspace, row_named, settle

from rapat.ui.signature_pad import SignatureDialog, SignaturePad


def type_and_enter(qtbot, view, text: str) -> None:
    view.field.clear()
    qtbot.keyClicks(view.field, text)
    qtbot.keyClick(view.field, Qt.Key.Key_Return)
    settle(qtbot)


def draw(pad: SignaturePad, points: list[tuple[int, int]]) -> None:
    """A stroke made of real mouse events: press, moves with the button held, release."""

    def send(kind, x, y, button, buttons):
        point = QPointF(x, y)
        event = QMouseEvent(
            kind, point, pad.mapToGlobal(point), button, buttons, Qt.KeyboardModifier.NoModifier
        )
        QApplication.sendEvent(pad, event)

    left, none = Qt.MouseButton.LeftButton, Qt.MouseButton.NoButton
    send(QEvent.Type.MouseButtonPress, *points[0], left, left)
    for x, y in points[1:]:
        send(QEvent.Type.MouseMove, x, y, none, left)
    send(QEvent.Type.MouseButtonRelease, *points[-1], left, none)


def test_check_in_by_part_of_a_name_then_twice(qtbot, context, door_meeting):
    workspace = open_workspace(qtbot, context, door_meeting)
    view = workspace.attendance
    assert view.counts.total.text() == "Hadir 0 dari 3"
    type_and_enter(qtbot, view, "rafli")
    row = row_named(view, "AKP Rafli Hasibuan")
    assert row.status == "present" and row.check_in is not None
    assert view.counts.total.text() == "Hadir 1 dari 3"
    polres = next(c for c in view.counts.model.rows() if c.institution == "Polres Lembah Hijau")
    assert (polres.present, polres.invited) == (1, 2)
    assert view.field.text() == ""
    type_and_enter(qtbot, view, "RAFLI")
    assert "sudah tercatat hadir" in view.banner.text
    assert row_named(view, "AKP Rafli Hasibuan") == row
    assert view.counts.total.text() == "Hadir 1 dari 3"


def test_institution_part_checks_in_and_walk_in_by_keyboard(qtbot, context, door_meeting):
    workspace = open_workspace(qtbot, context, door_meeting)
    view = workspace.attendance
    type_and_enter(qtbot, view, "kpu lembah")
    assert row_named(view, "Siti Aminah, S.H.").status == "present"
    qtbot.keyClicks(view.field, "Yohanes Tamu")
    qtbot.keyClick(view.field, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    settle(qtbot)
    assert view.panel.isVisible() and view.panel.name.text() == "Yohanes Tamu"
    qtbot.keyClicks(view.panel.position, "Ketua FKUB")
    qtbot.keyClicks(view.panel.institution, "FKUB Kabupaten Lembah Hijau")
    qtbot.keyClick(view.panel.institution, Qt.Key.Key_Return)
    settle(qtbot)
    walk_in = row_named(view, "Yohanes Tamu")
    assert walk_in.status == "present" and walk_in.institution == "FKUB Kabupaten Lembah Hijau"
    assert view.counts.total.text() == "Hadir 2 dari 4"
    assert not view.panel.isVisible()


def test_empty_name_refused_in_place(qtbot, context, door_meeting):
    workspace = open_workspace(qtbot, context, door_meeting)
    view = workspace.attendance
    qtbot.keyClick(view.field, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    settle(qtbot)
    qtbot.keyClicks(view.panel.institution, "Kodim 0312")
    qtbot.keyClick(view.panel.name, Qt.Key.Key_Return)
    settle(qtbot)
    assert view.panel.isVisible() and view.panel.error.text() == "Nama wajib diisi."
    assert view.panel.institution.text() == "Kodim 0312"
    assert len(view.model.rows()) == 3


def test_diwakili_sign_and_everything_still_there_after_reopening(
    qtbot, context, door_meeting, db_path, monkeypatch
):
    workspace = open_workspace(qtbot, context, door_meeting)
    view = workspace.attendance
    qtbot.keyClicks(view.field, "kapolres")
    qtbot.keyClick(view.field, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert view.panel.isVisible() and view.panel.mode == "represent"
    qtbot.keyClicks(view.panel.name, "Iptu Dewi Lestari")
    qtbot.keyClicks(view.panel.position, "Kasat Intelkam")
    qtbot.keyClick(view.panel.position, Qt.Key.Key_Return)
    settle(qtbot)
    dewi = row_named(view, "Iptu Dewi Lestari")
    assert (dewi.status, dewi.representing) == ("represented", "Kapolres")
    assert view.model.index(view.model.row_of(dewi.id), 4).data() == "Mewakili Kapolres"

    def sign_with_mouse(dialog: SignatureDialog) -> int:
        dialog.show()
        draw(dialog.pad, [(30, 100), (80, 60), (140, 120), (220, 70)])
        return 1

    monkeypatch.setattr(SignatureDialog, "exec", sign_with_mouse)
    qtbot.keyClick(view.table, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    settle(qtbot)
    signed = row_named(view, "Iptu Dewi Lestari")
    assert signed.signature_png and signed.signature_png.startswith(b"\x89PNG")
    thumb = view.model.index(view.model.row_of(signed.id), 6).data(Qt.ItemDataRole.DecorationRole)
    assert thumb is not None and not thumb.isNull()
    type_and_enter(qtbot, view, "siti")
    before = view.model.rows()
    workspace.close()

    from rapat.db import open_database
    from rapat.ui.context import Context

    fresh = open_database(str(db_path))
    try:
        reopened = open_workspace(qtbot, Context(fresh), door_meeting)
        again = reopened.attendance
        assert again.model.rows() == before
        assert again.counts.total.text() == "Hadir 2 dari 3"
    finally:
        fresh.close()


def test_empty_pad_stores_no_signature(qtbot, context, door_meeting, monkeypatch):
    workspace = open_workspace(qtbot, context, door_meeting)
    view = workspace.attendance
    type_and_enter(qtbot, view, "rafli")
    monkeypatch.setattr(SignatureDialog, "exec", lambda dialog: 1)
    qtbot.keyClick(view.table, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    settle(qtbot)
    assert row_named(view, "AKP Rafli Hasibuan").signature_png is None


def test_arrival_time_edited_in_the_table(qtbot, context, door_meeting):
    from datetime import time

    workspace = open_workspace(qtbot, context, door_meeting)
    view = workspace.attendance
    type_and_enter(qtbot, view, "rafli")
    index = view.model.index(view.model.row_of(row_named(view, "AKP Rafli Hasibuan").id), 5)
    from PySide6.QtCore import QTime

    assert view.model.setData(index, QTime(8, 47))
    settle(qtbot)
    assert row_named(view, "AKP Rafli Hasibuan").check_in == time(8, 47)
    assert index.data() == "08.47"


def test_locked_database_keeps_what_was_typed_and_retries(
    qtbot, context, door_meeting, db_path, monkeypatch
):
    import rapat.ui.context as ui_context

    monkeypatch.setattr(ui_context, "RETRY_MS", 100)
    workspace = open_workspace(qtbot, context, door_meeting)
    view = workspace.attendance
    context.db.engine.dispose()
    monkeypatch.setattr("rapat.db.BUSY_TIMEOUT_MS", 50)
    holder = sqlite3.connect(db_path)
    holder.execute("BEGIN IMMEDIATE")
    problems = []
    context.problem.connect(problems.append)
    qtbot.keyClicks(view.field, "rafli")
    qtbot.keyClick(view.field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bool(problems))
    assert problems and "dikunci" in problems[0]
    assert view.field.text() == "rafli"
    holder.rollback()
    holder.close()
    qtbot.waitUntil(lambda: row_named(view, "AKP Rafli Hasibuan").status == "present", timeout=5000)
    assert view.field.text() == ""


@pytest.mark.parametrize("which", ["attendance", "counts"])
def test_models_pass_the_model_tester(qtbot, qtmodeltester, context, big_meeting, which):
    workspace = open_workspace(qtbot, context, big_meeting)
    view = workspace.attendance
    qtmodeltester.check(view.model if which == "attendance" else view.counts.model)


def select(qtbot, view, name: str) -> None:
    """Click the participant's row in the table."""
    row = view.proxy.mapFromSource(view.model.index(view.model.row_of(row_named(view, name).id), 1))
    qtbot.mouseClick(
        view.table.viewport(), Qt.MouseButton.LeftButton, pos=view.table.visualRect(row).center()
    )


def stored_order(database, meeting_id: int) -> list[str]:
    from rapat.services import attendance as att

    with database.session() as s:
        return [r.name for r in att.list_attendance(s, meeting_id)]


def shown_order(view) -> list[str]:
    return [view.proxy.index(i, 1).data() for i in range(view.proxy.rowCount())]


KAPOLRES, RAFLI, SITI = "AKBP Budi Santoso, S.I.K.", "AKP Rafli Hasibuan", "Siti Aminah, S.H."


def test_alt_arrows_move_a_participant_and_the_order_survives_reopening(
    qtbot, context, database, door_meeting, db_path
):
    workspace = open_workspace(qtbot, context, door_meeting)
    view = workspace.attendance
    select(qtbot, view, KAPOLRES)
    qtbot.keyClick(view.table, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    settle(qtbot)
    qtbot.keyClick(view.table, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    settle(qtbot)
    assert shown_order(view) == [RAFLI, SITI, KAPOLRES]
    assert view.participants.selected_row().name == KAPOLRES  # the selection follows the row
    assert view.proxy.index(2, 0).data() == "3"
    assert (
        not view.row_actions.move_down_action.isEnabled()
        and view.row_actions.move_up_action.isEnabled()
    )
    qtbot.keyClick(view.table, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    settle(qtbot)
    assert stored_order(database, door_meeting) == [RAFLI, KAPOLRES, SITI]
    workspace.close()

    from rapat.db import open_database
    from rapat.ui.context import Context

    fresh = open_database(str(db_path))
    try:
        again = open_workspace(qtbot, Context(fresh), door_meeting).attendance
        assert shown_order(again) == [RAFLI, KAPOLRES, SITI]
    finally:
        fresh.close()


def test_order_kept_while_grouped_by_institution(qtbot, context, database, door_meeting):
    view = open_workspace(qtbot, context, door_meeting).attendance
    qtbot.keyClick(view.table, Qt.Key.Key_G, Qt.KeyboardModifier.ControlModifier)
    assert view.participants.group_box.isChecked()
    select(qtbot, view, SITI)
    assert not view.row_actions.move_up_action.isEnabled()
    assert "dikelompokkan per instansi" in view.row_actions.move_up_action.toolTip()
    qtbot.keyClick(view.table, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    settle(qtbot)
    assert stored_order(database, door_meeting) == [KAPOLRES, RAFLI, SITI]


def test_no_reordering_or_removing_in_a_final_meeting(
    qtbot, context, database, example_meeting, letterhead
):
    from rapat.services.finalize import finalize

    with database.session() as s:
        finalize(s, example_meeting)
    before = stored_order(database, example_meeting)
    view = open_workspace(qtbot, context, example_meeting).attendance
    select(qtbot, view, before[0])
    assert view.participants.selected_row().name == before[0]
    for action in (
        view.row_actions.move_up_action,
        view.row_actions.move_down_action,
        view.row_actions.remove_action,
    ):
        assert not action.isEnabled()
    assert "sudah final" in view.row_actions.move_down_action.toolTip()
    qtbot.keyClick(view.table, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    settle(qtbot)
    qtbot.keyClick(view.table, Qt.Key.Key_Delete)
    settle(qtbot)
    assert stored_order(database, example_meeting) == before


def test_row_menu_moves_and_removes_after_confirmation(qtbot, context, database, door_meeting):
    from PySide6.QtGui import QContextMenuEvent
    from PySide6.QtWidgets import QMenu, QMessageBox

    view = open_workspace(qtbot, context, door_meeting).attendance
    type_and_enter(qtbot, view, "siti")
    select(qtbot, view, SITI)
    point = view.table.visualRect(view.proxy.index(2, 1)).center()
    right_click = QContextMenuEvent(
        QContextMenuEvent.Reason.Mouse, point, view.table.viewport().mapToGlobal(point)
    )
    QApplication.sendEvent(view.table.viewport(), right_click)
    menu = view.table.findChild(QMenu)
    qtbot.waitExposed(menu)
    assert [a.text() for a in menu.actions() if a.text()] == [
        "Hadir\tCtrl+H",
        "Diwakili…\tCtrl+D",
        "Izin\tCtrl+I",
        "Tidak hadir",
        "Tanda tangan…\tCtrl+T",
        "Pindah ke atas",
        "Pindah ke bawah",
        "Hapus dari daftar…",
    ]
    assert not view.row_actions.move_down_action.isEnabled()  # Siti is last
    view.row_actions.move_up_action.trigger()
    settle(qtbot)
    menu.close()
    assert stored_order(database, door_meeting) == [KAPOLRES, SITI, RAFLI]
    qtbot.keyClick(view.table, Qt.Key.Key_Delete)
    settle(qtbot)
    box = view.findChild(QMessageBox)
    qtbot.waitExposed(box)
    assert "Siti Aminah" in box.text() and "tanda tangannya ikut terhapus" in box.informativeText()
    hapus = next(b for b in box.buttons() if b.text() == "Hapus")
    qtbot.mouseClick(hapus, Qt.MouseButton.LeftButton)
    settle(qtbot)
    assert stored_order(database, door_meeting) == [KAPOLRES, RAFLI]
    assert view.counts.total.text() == "Hadir 0 dari 2"
    assert view.banner.text == "Siti Aminah, S.H. dihapus dari daftar hadir."


def open_walk_in(qtbot, view, name: str) -> None:
    qtbot.keyClicks(view.field, name)
    qtbot.keyClick(view.field, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    settle(qtbot)
    assert view.panel.isVisible() and view.panel.name.text() == name
    assert not view.check_in.suggestions.isVisible()  # nothing covers the form


def test_someone_not_on_the_list_is_recorded_izin_or_diwakili_at_once(qtbot, context, door_meeting):
    """Izin and Diwakili are offered in the walk-in form itself (Alt+I, Alt+D); the banner says
    the status stored, with the names as typed."""
    workspace = open_workspace(qtbot, context, door_meeting)
    view = workspace.attendance
    open_walk_in(qtbot, view, "Drs. Made Wirawan")
    qtbot.keyClicks(view.panel.institution, "Kodim 1425")
    qtbot.keyClick(view.panel.institution, Qt.Key.Key_I, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: view.panel.status() == "excused")  # a mnemonic clicks animated
    izin = view.panel.statuses.checkedButton()
    qtbot.keyClick(izin, Qt.Key.Key_Return)  # Enter where Alt+I left the focus records
    settle(qtbot)
    made = row_named(view, "Drs. Made Wirawan")
    assert (made.status, made.check_in) == ("excused", None)
    assert view.banner.text == "Drs. Made Wirawan tercatat izin."
    assert "hadir" not in view.banner.text

    open_walk_in(qtbot, view, "Kompol Andi Saputra")
    qtbot.keyClicks(view.panel.institution, "Polsek Wara Timur")
    qtbot.keyClick(view.panel.institution, Qt.Key.Key_D, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: view.panel.status() == "represented")
    assert workspace.focusWidget() is view.panel.representing
    qtbot.keyClicks(view.panel.representing, "Kapolres Palopo")
    qtbot.keyClick(view.panel.representing, Qt.Key.Key_Return)
    settle(qtbot)
    andi = row_named(view, "Kompol Andi Saputra")
    assert (andi.status, andi.representing) == ("represented", "Kapolres Palopo")
    assert view.banner.text.startswith(
        "Kompol Andi Saputra tercatat hadir mewakili Kapolres Palopo pukul"
    )


def test_enter_on_an_institution_suggestion_only_fills_the_field(qtbot, context, door_meeting):
    workspace = open_workspace(qtbot, context, door_meeting)
    view = workspace.attendance
    open_walk_in(qtbot, view, "Yohanes Tamu")
    institution = view.panel.institution
    institution.setFocus()
    qtbot.keyClicks(institution, "kpu")
    popup = institution.completer().popup()
    qtbot.waitUntil(popup.isVisible)
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    settle(qtbot)
    assert institution.text() == "KPU Kabupaten Lembah Hijau"
    assert not popup.isVisible()
    assert view.panel.isVisible()  # not recorded yet: Mewakili can still be filled
    assert len(view.model.rows()) == 3
    qtbot.keyClicks(view.panel.representing, "Ketua KPU Kabupaten")
    qtbot.keyClick(view.panel.representing, Qt.Key.Key_Return)
    settle(qtbot)
    yohanes = row_named(view, "Yohanes Tamu")
    assert yohanes.representing == "Ketua KPU Kabupaten"
    assert "mewakili Ketua KPU Kabupaten" in view.banner.text  # the case as typed
