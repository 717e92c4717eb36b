"""Point 9 of the newcomer's list: the arrival time is the meeting's local time (its zone), not the
zone of the computer's clock — a laptop set to Jakarta time (WIB) at a meeting in WITA."""

from __future__ import annotations

import os
import time as clock
from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from workspace_helpers import open_workspace, row_named, settle

from rapat.services.attendance_list import now_minute


@pytest.fixture
def jakarta_clock():
    """The process's clock in Jakarta (UTC+7), as on a laptop bought in Java."""
    before = os.environ.get("TZ")
    os.environ["TZ"] = "Asia/Jakarta"
    clock.tzset()
    yield
    if before is None:
        os.environ.pop("TZ")
    else:
        os.environ["TZ"] = before
    clock.tzset()


def _minutes_apart(a, b) -> int:
    day = datetime(2000, 1, 1)
    gap = abs(datetime.combine(day, a) - datetime.combine(day, b))
    return min(gap, timedelta(days=1) - gap) // timedelta(minutes=1)


def test_the_check_in_at_the_door_is_written_in_the_meetings_zone(
    qtbot, context, door_meeting, jakarta_clock
):
    assert datetime.now().astimezone().utcoffset() == timedelta(hours=7)
    wita = (datetime.now(UTC) + timedelta(hours=8)).time()
    workspace = open_workspace(qtbot, context, door_meeting)  # a meeting in WITA
    view = workspace.attendance
    qtbot.keyClicks(view.field, "rafli")
    qtbot.keyClick(view.field, Qt.Key.Key_Return)
    settle(qtbot)
    arrived = row_named(view, "AKP Rafli Hasibuan").check_in
    assert _minutes_apart(arrived, wita) <= 1, (arrived, wita)


def test_the_time_taken_follows_each_of_indonesias_zones(jakarta_clock):
    now = datetime.now(UTC)
    for zone, hours in (("WIB", 7), ("WITA", 8), ("WIT", 9)):
        assert _minutes_apart(now_minute(zone), (now + timedelta(hours=hours)).time()) <= 1


def test_the_registers_history_shows_the_meetings_clock(
    qtbot, context, database, door_meeting, jakarta_clock
):
    """The register's history of an action made at a WITA meeting reads in WITA on a laptop set
    to Jakarta time (it read the computer's clock, an hour early and without a zone)."""
    from rapat.services.actions import add_action
    from rapat.ui.register_view import RegisterView

    with database.session() as s:
        add_action(s, door_meeting, "Menyiapkan pos pengamanan", "Polres Lembah Hijau")
    wita = datetime.now(UTC) + timedelta(hours=8)
    view = RegisterView(context)
    qtbot.addWidget(view)
    view.show()
    view.refresh()
    qtbot.waitUntil(lambda: view.model.rowCount() == 1)
    view.table.selectRow(0)
    qtbot.waitUntil(lambda: view.history.count() == 1)
    first_line = view.history.item(0).text().splitlines()[0]
    stamp = first_line.split(" · ")[0]
    assert stamp.endswith(" WITA"), stamp
    shown = datetime.strptime(stamp.split()[-2], "%H.%M").time()
    assert _minutes_apart(shown, wita.time()) <= 1, (stamp, wita)
