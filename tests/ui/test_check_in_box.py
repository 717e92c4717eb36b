"""The check-in box on its own: what typing, the arrows and Enter choose, before anything is stored."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QVBoxLayout, QWidget

from rapat.services.attendance_list import Suggestion, SuggestionPool
from rapat.ui.check_in_box import CheckInBox

RAFLI = Suggestion("AKP Rafli Hasibuan", "Polres Lembah Hijau", "Kabag Ops", participant_id=2)
RAHMA = Suggestion("Rahma Dewi", "Dinas Kominfo", "Kabid", person_id=9)


def shown_box(qtbot) -> tuple[QWidget, CheckInBox]:
    page = QWidget()
    box = CheckInBox(page)
    QVBoxLayout(page).addWidget(box)
    qtbot.addWidget(page)
    page.resize(900, 400)
    page.show()
    qtbot.waitExposed(page)
    box.field.setFocus()
    return page, box


def test_arrows_pick_a_suggestion_and_enter_chooses_it(qtbot):
    _page, box = shown_box(qtbot)
    box.set_pool(SuggestionPool([(RAFLI, None), (RAHMA, None)]))
    qtbot.keyClicks(box.field, "ra")
    assert box.suggestions.isVisible() and box.suggestions.count() == 3  # and the walk-in line
    assert box.suggestions.geometry().top() >= box.field.geometry().bottom()
    qtbot.keyClick(box.field, Qt.Key.Key_Down)
    with qtbot.waitSignal(box.chosen) as chosen:
        qtbot.keyClick(box.field, Qt.Key.Key_Return)
    assert chosen.args == [RAHMA]


def test_enter_with_no_match_or_ctrl_enter_asks_for_a_walk_in(qtbot):
    _page, box = shown_box(qtbot)
    box.set_pool(SuggestionPool([(RAFLI, None)]))
    qtbot.keyClicks(box.field, "Budi Santoso")
    with qtbot.waitSignal(box.walk_in) as walk_in:
        qtbot.keyClick(box.field, Qt.Key.Key_Return)
    assert walk_in.args == ["Budi Santoso"]
    box.field.clear()
    qtbot.keyClicks(box.field, "rafli")
    with qtbot.waitSignal(box.walk_in) as walk_in:
        qtbot.keyClick(box.field, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert walk_in.args == ["rafli"]


def test_enter_before_the_suggestions_load_waits_for_them(qtbot):
    _page, box = shown_box(qtbot)
    chosen = []
    box.chosen.connect(chosen.append)
    qtbot.keyClicks(box.field, "rafli")
    qtbot.keyClick(box.field, Qt.Key.Key_Return)
    assert chosen == []
    box.set_pool(SuggestionPool([(RAFLI, None)]))
    assert chosen == [RAFLI]


def test_enter_on_an_empty_field_and_escape(qtbot):
    _page, box = shown_box(qtbot)
    with qtbot.waitSignal(box.nothing_typed):
        qtbot.keyClick(box.field, Qt.Key.Key_Return)
    qtbot.keyClicks(box.field, "ra")
    qtbot.keyClick(box.field, Qt.Key.Key_Escape)
    assert box.field.text() == "" and box.suggestions.isHidden()


def test_while_the_directory_loads_enter_takes_a_waiting_invitee_at_once(qtbot):
    _page, box = shown_box(qtbot)
    chosen, walk_ins = [], []
    box.chosen.connect(chosen.append)
    box.walk_in.connect(walk_ins.append)
    box.set_pool(SuggestionPool([(RAFLI, None)], complete=False))
    qtbot.keyClicks(box.field, "rafli")
    qtbot.keyClick(box.field, Qt.Key.Key_Return)
    assert chosen == [RAFLI]
    # Nobody invited matches: the directory may know the name, so Enter waits for it.
    box.field.clear()
    qtbot.keyClicks(box.field, "rahma")
    qtbot.keyClick(box.field, Qt.Key.Key_Return)
    assert chosen == [RAFLI] and walk_ins == []
    box.pool.add_directory([(RAHMA, None)])
    box.set_pool(box.pool)
    assert chosen == [RAFLI, RAHMA] and walk_ins == []


def test_the_walk_in_line_chosen_with_the_arrows_does_not_wait_for_the_directory(qtbot):
    _page, box = shown_box(qtbot)
    box.set_pool(SuggestionPool([(RAFLI, None)], complete=False))
    qtbot.keyClicks(box.field, "rafli")
    qtbot.keyClick(box.field, Qt.Key.Key_Down)  # the walk-in line below Rafli
    with qtbot.waitSignal(box.walk_in) as walk_in:
        qtbot.keyClick(box.field, Qt.Key.Key_Return)
    assert walk_in.args == ["rafli"]
