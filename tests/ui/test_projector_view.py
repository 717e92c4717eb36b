"""Tampilkan di layar: the projector window follows the editor, can be frozen, uses large type."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta, timezone

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from workspace_helpers import loaded_notula

from rapat.models.officer import Officer
from rapat.records.meeting import MeetingRecord
from rapat.services.meetings import set_agenda
from rapat.ui.meeting_workspace import MeetingWorkspace
from rapat.ui.projector_view import ProjectorContent, ProjectorView
from rapat.ui.text import meeting_state

CTRL = Qt.KeyboardModifier.ControlModifier
WITA = timezone(timedelta(hours=8))


def _meeting(title: str, day: date, start: time, **more) -> MeetingRecord:
    return MeetingRecord(title, day, start, "Aula Kantor Bupati", Officer(), **more)


def _notula(qtbot, context, meeting_id: int):
    """The meeting's workspace on screen and active, and its Notula, loaded."""
    workspace = MeetingWorkspace(context, meeting_id)
    qtbot.addWidget(workspace)
    workspace.resize(1366, 768)
    workspace.show()
    workspace.activateWindow()
    qtbot.waitUntil(workspace.isActiveWindow)
    return workspace, loaded_notula(qtbot, workspace)


def _projected(qtbot, meeting: MeetingRecord) -> ProjectorView:
    """The projector showing a meeting whose notula is still empty."""
    view = ProjectorView()
    qtbot.addWidget(view)
    view.resize(1366, 768)
    view.show()
    view.show_content(ProjectorContent(meeting=meeting))
    return view


def test_projector_follows_typing_and_freezes(qtbot, context, database, door_meeting):
    with database.session() as s:
        set_agenda(s, door_meeting, ["Pembukaan", "Kesiapan pengamanan"])
    workspace, notula = _notula(qtbot, context, door_meeting)
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
            meeting=_meeting("Rakor Pengamanan Natal dan Tahun Baru", date(2024, 12, 20), time(9)),
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


def test_the_projector_of_a_meeting_that_has_ended_does_not_say_it_has_not_started(
    qtbot, context, door_meeting
):
    """F5 on a meeting of 5 November 2024 whose notula is still empty."""
    workspace, notula = _notula(qtbot, context, door_meeting)
    qtbot.keyClick(QApplication.focusWidget() or notula, Qt.Key.Key_F5)
    projector = workspace.projector
    qtbot.addWidget(projector)
    assert "Rapat telah selesai." in projector.main.text()
    assert "belum dimulai" not in projector.main.text()


def test_the_projector_says_where_the_meeting_stands(qtbot):
    today = datetime.now(WITA).date()
    upcoming = _meeting("Rakor", today + timedelta(days=3), time(9), timezone="WITA")
    assert "belum dimulai; dijadwalkan" in _projected(qtbot, upcoming).main.text()
    under_way = _meeting("Rakor", today, time(0), timezone="WITA")  # no end: all its day
    assert "sedang berlangsung" in _projected(qtbot, under_way).main.text()
    final = _meeting("Rakor", today - timedelta(days=1), time(9), timezone="WITA", status="final")
    assert "notulanya sudah final" in _projected(qtbot, final).main.text()


def test_the_projector_shows_the_meeting_begin_on_time(qtbot):
    """Left open before the meeting, the projector's "belum dimulai" turns into "sedang
    berlangsung" at the start time, without anyone typing."""
    start = datetime.now(WITA) + timedelta(seconds=2)
    if start.date() != (start + timedelta(seconds=10)).date():
        start += timedelta(seconds=20)  # not across midnight, where the meeting's day ends
    view = _projected(qtbot, _meeting("Rakor", start.date(), start.time(), timezone="WITA"))
    assert "belum dimulai" in view.main.text()
    qtbot.waitUntil(lambda: "sedang berlangsung" in view.main.text(), timeout=30000)


def test_the_state_is_judged_on_the_clock_of_the_meeting_s_zone():
    """09.00-11.00 WITA is 01.00-03.00 UTC: a computer running in UTC sees it under way at
    01.30, not "not started yet" as its own clock would say."""
    meeting = _meeting("Rakor", date(2024, 11, 5), time(9), end_time=time(11), timezone="WITA")

    def at(hour: int, minute: int) -> tuple[str, datetime | None]:
        return meeting_state(meeting, datetime(2024, 11, 5, hour, minute, tzinfo=UTC))

    assert at(0, 30) == (
        "Rapat belum dimulai; mulai pukul 09.00 WITA.",
        datetime(2024, 11, 5, 1, tzinfo=UTC),
    )
    assert at(1, 30) == ("Rapat sedang berlangsung.", datetime(2024, 11, 5, 3, tzinfo=UTC))
    assert at(3, 0) == ("Rapat telah selesai.", None)
