"""Actions across meetings: filters, overdue days, and the status history."""

from __future__ import annotations

from datetime import date

import pytest

from rapat.errors import InvalidInput, NotFound
from rapat.models import Meeting
from rapat.services.actions import ActionFilter, action_history, find_actions, set_action_status


def test_filters(database, example_meeting):
    with database.session() as session:
        everything = find_actions(session)
        polres = find_actions(session, ActionFilter(institution="polres"))
        open_ = find_actions(session, ActionFilter(status="open"))
        overdue = find_actions(session, ActionFilter(overdue_on=date(2025, 10, 25)))
        late_due = find_actions(session, ActionFilter(due_from=date(2025, 10, 21)))
    assert [a.due for a in everything] == [
        date(2025, 10, 20),
        date(2025, 10, 24),
        date(2025, 10, 31),
    ]
    assert [a.institution for a in polres] == ["Polres Lembah Hijau"]
    assert {a.status for a in open_} == {"open"} and len(open_) == 2
    assert [a.description for a in overdue] == [
        "Menyusun jadwal piket posko siaga",
        "Memperbaiki dua unit perahu karet",
    ]
    assert overdue[0].days_overdue(date(2025, 10, 25)) == 5
    assert len(late_due) == 2
    assert everything[0].meeting_title.startswith("Rapat Koordinasi Kesiapsiagaan")


def test_status_change_keeps_history_even_for_final_meetings(database, example_meeting):
    with database.session() as session:
        action = find_actions(session, ActionFilter(institution="Polres"))[0]
        session.get(Meeting, example_meeting).status = "final"
    with database.session() as session:
        set_action_status(session, action.id, "done", note="Perahu sudah diperbaiki bengkel")
    with database.session() as session:
        history = action_history(session, action.id)
        assert find_actions(session, ActionFilter(status="done"))[0].id == action.id
        assert session.get(Meeting, example_meeting).status == "final"
    assert [(h.old_status, h.new_status) for h in history] == [
        (None, "in_progress"),
        ("in_progress", "done"),
    ]
    assert history[-1].note == "Perahu sudah diperbaiki bengkel" and history[-1].user


def test_bad_status_changes(database, example_meeting):
    with database.session() as session, pytest.raises(InvalidInput):
        set_action_status(session, find_actions(session)[0].id, "selesai")
    with database.session() as session, pytest.raises(NotFound):
        set_action_status(session, 999, "done")
