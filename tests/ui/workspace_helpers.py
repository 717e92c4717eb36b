"""Opening a meeting's workspace as a user would, shared by the attendance and invitation tests."""

from __future__ import annotations

from rapat.ui.meeting_workspace import MeetingWorkspace


def open_workspace(qtbot, context, meeting_id) -> MeetingWorkspace:
    """The workspace on screen and active, its check-in suggestions loaded, the field focused."""
    workspace = MeetingWorkspace(context, meeting_id)
    qtbot.addWidget(workspace)
    workspace.resize(1280, 720)
    workspace.show()
    workspace.activateWindow()
    qtbot.waitUntil(
        lambda: (
            workspace.isActiveWindow()
            and workspace.attendance is not None
            and workspace.attendance.loaded
            and workspace.attendance.check_in.pool is not None
        )
    )
    workspace.attendance.field.setFocus()
    return workspace


def row_named(view, name: str):
    return next(r for r in view.model.rows() if r.name == name)


def settle(qtbot) -> None:
    """Wait until the queued writes and the background work have been stored and reported back
    (Context.write runs off the GUI thread)."""
    from rapat.ui.tasks import tasks_running

    qtbot.waitUntil(lambda: not tasks_running(), timeout=10000)


def loaded_notula(qtbot, workspace):
    """The workspace's Notula tab, once the minutes it reads in the background are shown."""
    workspace.show_notula()
    qtbot.waitUntil(lambda: workspace.notula is not None and workspace.notula.loaded)
    return workspace.notula


def ready(qtbot, workspace):
    """The workspace once the meeting it reads in the background is shown (its Daftar Hadir
    with its rows)."""
    qtbot.waitUntil(lambda: workspace.attendance is not None and workspace.attendance.loaded)
    return workspace


def refreshed(qtbot, tab):
    """A Dokumen tab read again (in the background), once what it read is shown."""
    shown = []
    tab.refresh(lambda: shown.append(True))
    qtbot.waitUntil(lambda: bool(shown))
    return tab
