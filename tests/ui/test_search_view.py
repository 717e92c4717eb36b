"""Searching the archive from the window: results as you type, highlighted, Enter opens the meeting."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from rapat.ui.main_window import MainWindow
from rapat.ui.search_view import HTML_ROLE, SearchView


@pytest.fixture
def view(qtbot, context, example_meeting):
    view = SearchView(context)
    qtbot.addWidget(view)
    view.resize(1200, 600)
    view.show()
    return view


def test_results_as_you_type_with_the_words_highlighted(qtbot, view, example_meeting):
    qtbot.keyClicks(view.field, "perahu kar")
    qtbot.waitUntil(lambda: view.model.rowCount() == 1)
    html = view.model.index(0, 0).data(HTML_ROLE)
    assert "Rapat Koordinasi Kesiapsiagaan Menghadapi Musim Hujan" in html
    assert ">perahu</span>" in html and ">karet</span>" in html
    assert "Tindak lanjut" in html  # what matched: an action
    assert view.summary.text().startswith("1 rapat")
    with qtbot.waitSignal(view.open_meeting) as opened:
        qtbot.keyClick(view.field, Qt.Key.Key_Return)
    assert opened.args == [example_meeting]


@pytest.mark.parametrize("typed", ['"NEAR(perahu', "AND OR NOT", "*^:", "!!!"])
def test_query_syntax_and_punctuation_are_just_words(qtbot, view, typed):
    qtbot.keyClicks(view.field, typed)
    qtbot.waitUntil(lambda: "Tidak ada rapat" in view.summary.text() or view.model.rowCount())
    assert not view.banner.isVisible()


def test_nothing_found_says_so(qtbot, view):
    qtbot.keyClicks(view.field, "tidakadadiarsip")
    qtbot.waitUntil(lambda: "Tidak ada rapat yang memuat" in view.summary.text())
    assert not view.results.isVisible()


def test_hits_model_passes_the_model_tester(qtbot, qtmodeltester, view):
    qtbot.keyClicks(view.field, "posko")
    qtbot.waitUntil(lambda: view.model.rowCount() == 1)
    qtmodeltester.check(view.model)


def test_ctrl_k_opens_search_and_a_hit_opens_the_workspace(qtbot, context, example_meeting):
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    search = window.page("search")
    qtbot.waitUntil(lambda: window.stack.currentWidget() is search)  # the button clicks animated
    qtbot.keyClicks(search.field, "jalur evakuasi")
    qtbot.waitUntil(lambda: search.model.rowCount() == 1)
    qtbot.keyClick(search.field, Qt.Key.Key_Return)
    assert window.workspace is not None and window.workspace.meeting_id == example_meeting
    window.close()
