"""Point 11 of the newcomer's list: a 121-point notula at 1366x768 — an outline of the agenda to
jump by (click or Enter), a click inside a long point that keeps the view where it was, and a
Penutup that comes into view when it takes the focus."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtWidgets import QApplication, QInputDialog, QLineEdit
from text_fit_helpers import CONTENT_HEIGHT, CONTENT_WIDTH
from workspace_helpers import loaded_notula, ready, settle

from rapat.services.meetings import set_agenda
from rapat.services.minutes import add_point, load_minutes

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


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


def _agenda(outline) -> list[tuple[str, int]]:
    """The agenda items the outline lists under Pembahasan, with how many points each has."""
    discussion = outline.topLevelItem(1)
    return [
        (discussion.child(i).text(0), discussion.child(i).childCount())
        for i in range(discussion.childCount())
    ]


def _active_again(qtbot, widget) -> None:
    """Its window active again, as a window manager makes it after a prompt or a removed field
    (the offscreen platform leaves it inactive)."""
    widget.window().activateWindow()
    qtbot.waitUntil(widget.window().isActiveWindow)


def _answer(qtbot, text: str) -> None:
    """Type text into the prompt about to open (modal: it runs its own event loop) and press
    Enter."""

    def type_in() -> None:
        prompt = QApplication.activeModalWidget()
        if not isinstance(prompt, QInputDialog):
            QTimer.singleShot(10, type_in)
            return
        field = prompt.findChild(QLineEdit)
        qtbot.keyClicks(field, text)
        qtbot.keyClick(field, Qt.Key.Key_Return)

    QTimer.singleShot(0, type_in)


def test_the_outline_follows_the_agenda_and_its_points_as_they_change(qtbot, notula):
    """Within a second of each change, by keyboard: a retitled, added and removed agenda item,
    an added and a removed point."""
    outline = notula.outline
    shortly = 1000
    assert _agenda(outline) == [
        ("1. Pembukaan", 41),
        ("2. Kesiapan pengamanan", 40),
        ("3. Logistik", 40),
    ]
    title = notula.sections[2].title
    title.setFocus()
    qtbot.keyClick(title, Qt.Key.Key_End)
    qtbot.keyClicks(title, " dan distribusi")
    qtbot.waitUntil(
        lambda: _agenda(outline)[2] == ("3. Logistik dan distribusi", 40), timeout=shortly
    )

    notula.focus_point(0)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return, CTRL)
    qtbot.waitUntil(lambda: _agenda(outline)[0] == ("1. Pembukaan", 42), timeout=shortly)
    qtbot.keyClicks(QApplication.focusWidget(), "Kapolres")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    qtbot.keyClicks(QApplication.focusWidget(), "Personel siap di semua TPS")
    qtbot.waitUntil(
        lambda: outline.topLevelItem(1).child(0).child(1).text(0) == "Personel siap di semua TPS",
        timeout=shortly,
    )
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Delete, CTRL | SHIFT)
    qtbot.waitUntil(lambda: _agenda(outline)[0] == ("1. Pembukaan", 41), timeout=shortly)

    _active_again(qtbot, notula)
    assert notula.sections[0].rows[1].isAncestorOf(QApplication.focusWidget())  # the next point
    _answer(qtbot, "Kesiapan logistik pemilu")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_A, CTRL | SHIFT)
    qtbot.waitUntil(
        lambda: ("2. Kesiapan logistik pemilu", 0) in _agenda(outline), timeout=shortly * 5
    )
    assert [label for label, _n in _agenda(outline)] == [
        "1. Pembukaan",
        "2. Kesiapan logistik pemilu",
        "3. Kesiapan pengamanan",
        "4. Logistik dan distribusi",
    ]
    _active_again(qtbot, notula)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is notula.sections[1].title)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Delete, CTRL | SHIFT)
    qtbot.waitUntil(
        lambda: (
            [label for label, _n in _agenda(outline)]
            == ["1. Pembukaan", "2. Kesiapan pengamanan", "3. Logistik dan distribusi"]
        ),
        timeout=shortly * 5,
    )


def test_typing_in_a_point_keeps_its_entry_in_view_in_the_outline(qtbot, notula):
    """The outline shows the point being typed in, and a label changed by typing is changed in
    place: the outline does not jump back to its top at each pause."""
    outline = notula.outline
    row = notula.focus_point(38)
    item = outline.item_for(("point", row.key))
    qtbot.waitUntil(lambda: outline.viewport().rect().contains(outline.visualItemRect(item)))
    scrolled = outline.verticalScrollBar().value()
    assert scrolled > 0
    qtbot.keyClick(row.box, Qt.Key.Key_Home, CTRL)
    qtbot.keyClicks(row.box, "Ralat: ")
    qtbot.waitUntil(lambda: item.text(0).startswith("Ralat: Poin "), timeout=1000)
    assert outline.verticalScrollBar().value() == scrolled
    assert outline.viewport().rect().contains(outline.visualItemRect(item))
