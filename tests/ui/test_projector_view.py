"""Tampilkan di layar: the projector window follows the editor, can be frozen, uses large type."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from workspace_helpers import loaded_notula

from rapat.services.meetings import set_agenda
from rapat.ui.meeting_workspace import MeetingWorkspace
from rapat.ui.projector_view import ProjectorContent, ProjectorView

CTRL = Qt.KeyboardModifier.ControlModifier


def test_projector_follows_typing_and_freezes(qtbot, context, database, door_meeting):
    with database.session() as s:
        set_agenda(s, door_meeting, ["Pembukaan", "Kesiapan pengamanan"])
    workspace = MeetingWorkspace(context, door_meeting)
    qtbot.addWidget(workspace)
    workspace.resize(1366, 768)
    workspace.show()
    workspace.activateWindow()
    qtbot.waitUntil(workspace.isActiveWindow)
    notula = loaded_notula(qtbot, workspace)
    notula.sections[1].title.setFocus()
    qtbot.keyClick(notula.sections[1].title, Qt.Key.Key_F5)
    projector = workspace.projector
    qtbot.addWidget(projector)
    assert projector.isVisible() and projector.isWindow()
    # One screen: full screen in front of the editor, with a visible way back.
    assert len(QApplication.screens()) == 1 and projector.isFullScreen()
    qtbot.waitUntil(projector.isActiveWindow)
    assert projector.geometry() == QApplication.primaryScreen().geometry()
    assert projector.back.isVisible() and "Esc" in projector.back.text()
    qtbot.keyClick(projector, Qt.Key.Key_Escape)
    assert not projector.isVisible()
    qtbot.waitUntil(workspace.isActiveWindow)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_F5)  # again, then typing behind it
    assert projector.isVisible() and projector.isFullScreen()
    workspace.activateWindow()
    qtbot.waitUntil(workspace.isActiveWindow)
    notula.sections[1].title.setFocus()

    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return, CTRL)
    qtbot.keyClicks(QApplication.focusWidget(), "raf")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    qtbot.keyClicks(QApplication.focusWidget(), "Personel siap")
    qtbot.waitUntil(lambda: "Personel siap" in projector.main.text(), timeout=1000)
    assert "AKP Rafli Hasibuan" in projector.main.text()
    assert (
        "Sedang dibahas" in projector.main.text() and "Kesiapan pengamanan" in projector.main.text()
    )

    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_B, CTRL)  # Bekukan, from the editor
    assert projector.frozen
    qtbot.keyClicks(QApplication.focusWidget(), " di 120 TPS")
    qtbot.wait(300)
    assert "120 TPS" not in projector.main.text()
    projector.freeze.setChecked(False)
    assert "Personel siap di 120 TPS" in projector.main.text()


def test_large_type_and_long_lists_fit(qtbot):
    view = ProjectorView()
    qtbot.addWidget(view)
    view.show()
    view.resize(1366, 768)
    view.show_content(
        ProjectorContent(
            title="Rakor Pengamanan Natal dan Tahun Baru",
            agenda=["Pembukaan", "Paparan", "Tanya jawab", "Penutup"],
            current=1,
            points=[("Kapolres", "kata " * 200)] * 6,
            decisions=[f"Keputusan {n}" for n in range(9)],
            actions=[f"Tindakan {n} — Dinas" for n in range(9)],
        )
    )
    assert view._px >= 30  # a room can read it
    text = view.main.text()
    assert "Keputusan 8" in text and "Keputusan 3" not in text  # the latest ones
    assert text.count("Kapolres") == 3 and "…" in text
