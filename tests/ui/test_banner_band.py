"""Point 1 kept without a blank band: under a meeting's tabs the content starts right below the
tab bar when no message shows, and a message that comes and goes moves nothing and covers nothing
to click (it is laid over the meeting's title)."""

from __future__ import annotations

from PySide6.QtCore import QPoint
from text_fit_helpers import CONTENT_HEIGHT, CONTENT_WIDTH
from workspace_helpers import open_workspace

# The views' own top margin and one layout spacing; a reserved message line was 30 px more.
MOST_GAP = 16


def _top(widget, workspace) -> int:
    return widget.mapTo(workspace, QPoint(0, 0)).y()


def _under_tabs(workspace) -> int:
    bar = workspace.tabs.tabBar()
    return _top(bar, workspace) + bar.height()


def test_the_check_in_field_sits_under_the_tabs_and_a_message_moves_nothing(
    qtbot, context, door_meeting
):
    workspace = open_workspace(qtbot, context, door_meeting)
    workspace.resize(CONTENT_WIDTH, CONTENT_HEIGHT)
    view = workspace.attendance
    qtbot.wait(20)
    field_top = _top(view.field, workspace)
    table_top = _top(view.participants.table, workspace)
    assert 0 <= field_top - _under_tabs(workspace) <= MOST_GAP
    view.banner.show_message("AKP Rafli Hasibuan tercatat hadir pukul 09.12.", "ok")
    qtbot.waitUntil(view.banner.panel.isVisible)
    panel = view.banner.panel
    assert (_top(view.field, workspace), _top(view.participants.table, workspace)) == (
        field_top,
        table_top,
    )
    assert _top(panel, workspace) + panel.height() <= _top(workspace.tabs, workspace)
    view.banner.show_message("Pesan yang panjang sekali " * 30, "error")
    assert _top(view.field, workspace) == field_top
    view.banner.hide()
    assert not panel.isVisible() and _top(view.field, workspace) == field_top


def test_every_tab_starts_under_the_tab_bar(qtbot, context, door_meeting):
    workspace = open_workspace(qtbot, context, door_meeting)
    workspace.resize(CONTENT_WIDTH, CONTENT_HEIGHT)
    notula = workspace.show_notula()
    qtbot.wait(20)
    first = notula.actions_by_name["agenda"].associatedObjects()[-1]
    assert 0 <= _top(first, workspace) - _under_tabs(workspace) <= MOST_GAP
    notula.banner.show_message("Tulis dulu pokok pembahasan.", "error")
    qtbot.waitUntil(notula.banner.panel.isVisible)
    assert _top(notula.banner.panel, workspace) < _top(workspace.tabs, workspace)
    workspace.tabs.setCurrentWidget(workspace.attendance_page)
    assert not notula.banner.panel.isVisible()
    workspace.show_notula()
    assert notula.banner.panel.isVisible()


def test_a_message_goes_with_its_view(qtbot, context, door_meeting):
    """A view rebuilt (a meeting finalized) takes its message laid over the title with it."""
    import shiboken6

    workspace = open_workspace(qtbot, context, door_meeting)
    view = workspace.attendance
    view.banner.show_message("Pesan terakhir sebelum finalisasi.", "error")
    panel = view.banner.panel
    qtbot.waitUntil(panel.isVisible)
    view.deleteLater()
    qtbot.waitUntil(lambda: not shiboken6.isValid(panel))
