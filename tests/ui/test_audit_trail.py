"""The Dokumen tab's audit trail as a widget of its own: the meeting's events, newest first, with
their names and details in the interface language."""

from __future__ import annotations

import pytest

from rapat.models.tracking import os_user
from rapat.services.audit import record_event
from rapat.ui.audit_trail import AuditTrail


@pytest.fixture
def trail(qtbot, context, database, example_meeting):
    with database.session() as session:
        record_event(session, "finalize", example_meeting, revision=1)
        record_event(session, "invitation", example_meeting, number="005/12/2026")
        record_event(session, "archive_timestamp", example_meeting, revision=1)
        record_event(session, "finalize", None, revision=9)  # another meeting's: not shown
    widget = AuditTrail(context, example_meeting)
    qtbot.addWidget(widget)
    with qtbot.waitSignal(widget.loaded):
        widget.load()
    return widget


def _rows(table) -> list[list[str]]:
    return [
        [table.item(row, column).text() for column in range(table.columnCount())]
        for row in range(table.rowCount())
    ]


def test_the_meeting_s_events_read_newest_first(trail):
    rows = _rows(trail)
    assert [row[1:] for row in rows] == [
        [os_user(), "Validasi arsip", "validasi arsip diperbarui, revisi 1"],
        [os_user(), "Nomor undangan", "nomor 005/12/2026"],
        [os_user(), "Finalisasi", "revisi 1"],
    ]
    assert all(row[0] for row in rows)  # the local time of each event
    assert trail.item(1, 3).toolTip() == "nomor 005/12/2026"  # long details stay readable


def test_a_new_event_shows_when_the_trail_loads_again(qtbot, trail, database, example_meeting):
    with database.session() as session:
        record_event(
            session, "sign", example_meeting, field="ttd_ketua", signer="Bambang", revision=1
        )
    with qtbot.waitSignal(trail.loaded):
        trail.load()
    assert trail.rowCount() == 4
    assert trail.item(0, 2).text() == "Tanda tangan"


def test_event_names_follow_the_interface_language(
    qtbot, context, database, example_meeting, english_interface
):
    with database.session() as session:
        record_event(session, "archive_timestamp", example_meeting, revision=2)
    trail = AuditTrail(context, example_meeting)
    qtbot.addWidget(trail)
    with qtbot.waitSignal(trail.loaded):
        trail.load()
    header = [trail.horizontalHeaderItem(c).text() for c in range(trail.columnCount())]
    assert header[2] == "Event"
    assert trail.item(0, 2).text() == "Archive validation"
