"""Point 11 of the newcomer's list: a 121-point notula at 1366x768 — an outline of the agenda to
jump by (click or Enter), a click inside a long point that keeps the view where it was, and a
Penutup that comes into view when it takes the focus."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication
from text_fit_helpers import CONTENT_HEIGHT, CONTENT_WIDTH
from workspace_helpers import loaded_notula, ready, settle

from rapat.services.meetings import set_agenda
from rapat.services.minutes import add_point, load_minutes

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def long_notula(database, door_meeting) -> int:
    """Three agenda items and 121 points, every fifth one a long speech."""
    with database.session() as s:
        set_agenda(s, door_meeting, ["Pembukaan", "Kesiapan pengamanan", "Logistik"])
    with database.session() as s:
        items = [i for i, _t in load_minutes(s, door_meeting).agenda]
        for n in range(121):
            words = "pengamanan tempat pemungutan suara di desa terpencil " * (
                60 if n % 5 == 0 else 3
            )
            add_point(s, door_meeting, f"Poin {n}. {words}", "Siti Aminah, S.H.", items[n % 3])
    return door_meeting


@pytest.fixture
def notula(qtbot, context, long_notula):
    from rapat.ui.meeting_workspace import MeetingWorkspace

    workspace = MeetingWorkspace(context, long_notula)
    qtbot.addWidget(workspace)
    workspace.resize(CONTENT_WIDTH, CONTENT_HEIGHT)
    workspace.show()
    workspace.activateWindow()
    qtbot.waitUntil(workspace.isActiveWindow)
    view = loaded_notula(qtbot, ready(qtbot, workspace))
    qtbot.waitUntil(lambda: view.outline.item_for(("point", view.rows()[-1].key)) is not None)
    yield view
    settle(qtbot)


def _top_in_viewport(view, widget) -> int:
    return widget.mapTo(view.scroll.viewport(), QPoint(0, 0)).y()


def test_the_outline_lists_the_agenda_and_its_points(notula):
    outline = notula.outline
    labels = [outline.topLevelItem(i).text(0) for i in range(outline.topLevelItemCount())]
    assert labels == ["1. Kata Pembukaan", "2. Pembahasan", "3. Keputusan / Kesimpulan", "Penutup"]
    discussion = outline.topLevelItem(1)
    assert [discussion.child(i).text(0) for i in range(3)] == [
        "1. Pembukaan",
        "2. Kesiapan pengamanan",
        "3. Logistik",
    ]
    assert discussion.child(1).childCount() == 40
    point = discussion.child(1).child(0)
    assert point.text(0).startswith("Poin 1. pengamanan")
    assert point.toolTip(0).startswith("Siti Aminah, S.H.: Poin 1.")


def test_a_click_in_the_outline_shows_the_point_at_the_top_and_puts_the_cursor_in_it(qtbot, notula):
    outline = notula.outline
    row = notula.rows()[100]
    item = outline.item_for(("point", row.key))
    item.parent().setExpanded(True)
    outline.scrollToItem(item)
    qtbot.mouseClick(
        outline.viewport(), Qt.MouseButton.LeftButton, pos=outline.visualItemRect(item).center()
    )
    qtbot.waitUntil(lambda: QApplication.focusWidget() is row.box)
    qtbot.waitUntil(lambda: 0 <= _top_in_viewport(notula, row) <= 40)


def test_ctrl_j_then_the_keyboard_reaches_the_penutup_and_shows_it(qtbot, notula):
    notula.focus_point(3)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_J, CTRL)
    assert QApplication.focusWidget() is notula.outline
    qtbot.keyClick(notula.outline, Qt.Key.Key_End)
    assert notula.outline.currentItem().text(0) == "Penutup"
    qtbot.keyClick(notula.outline, Qt.Key.Key_Return)
    assert QApplication.focusWidget() is notula.closing
    viewport = notula.scroll.viewport()

    def on_screen() -> bool:
        top = _top_in_viewport(notula, notula.closing)
        return top >= 0 and top + notula.closing.height() <= viewport.height()

    qtbot.waitUntil(on_screen, timeout=1000)


def test_the_outline_marks_the_agenda_item_being_typed_in(qtbot, notula):
    notula.focus_point(40)
    section = notula.current_section()
    qtbot.waitUntil(
        lambda: (
            notula.outline.currentItem() is not None
            and notula.outline.currentItem().data(0, Qt.ItemDataRole.UserRole)
            == ("section", section.item_id)
        )
    )


def test_a_click_inside_a_long_point_keeps_the_view_and_the_clicked_word(qtbot, notula):
    """The painted point opens its editors in place: the view does not move, the text is not
    scrolled to its end and the cursor stands where the click landed."""
    bar = notula.scroll.verticalScrollBar()
    long_rows = [row for row in notula.rows() if len(row.text) > 2000]
    for row in (long_rows[10], long_rows[-1]):
        assert not row.editable
        notula.scroll.ensureWidgetVisible(row, 0, 0)
        qtbot.wait(20)
        before = bar.value()
        spot = QPoint(row.width() // 2, 20)
        qtbot.mouseClick(row, Qt.MouseButton.LeftButton, pos=spot)
        qtbot.waitUntil(lambda row=row: QApplication.focusWidget() is row.box)
        qtbot.wait(50)
        assert bar.value() == before
        assert row.box.verticalScrollBar().value() == 0
        position = row.box.textCursor().position()
        assert 0 < position < 200, position
        cursor = row.box.viewport().mapTo(row, row.box.cursorRect().center())
        assert abs(cursor.y() - spot.y()) < row.fontMetrics().lineSpacing()


def test_alt_3_puts_the_cursor_in_the_notula_and_ctrl_j_reaches_the_outline(
    qtbot, context, door_meeting
):
    """From the check-in field, Alt+3 opens the Notula with the cursor in its first field (the
    field left behind is hidden: typing went nowhere), and Ctrl+J from there reaches the outline."""
    from workspace_helpers import open_workspace

    workspace = open_workspace(qtbot, context, door_meeting)
    qtbot.keyClick(workspace.attendance.field, Qt.Key.Key_3, Qt.KeyboardModifier.AltModifier)
    notula = workspace.notula
    qtbot.waitUntil(lambda: notula.loaded)
    assert QApplication.focusWidget() is notula.opening
    qtbot.keyClicks(QApplication.focusWidget(), "Rapat dibuka")
    assert notula.opening.text() == "Rapat dibuka"
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_J, CTRL)
    assert QApplication.focusWidget() is notula.outline
    qtbot.keyClick(notula.outline, Qt.Key.Key_4, Qt.KeyboardModifier.AltModifier)
    page = workspace.tabs.currentWidget()
    assert page is workspace.actions_page and page.isAncestorOf(QApplication.focusWidget())
