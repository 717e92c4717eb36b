"""Carry-over: a follow-up meeting brings the open actions of the earlier one, linked to the originals,
and their history reads across both meetings; the follow-up's notula shows each carried status."""

from __future__ import annotations

import io
import re
from datetime import date

import pytest
from pypdf import PdfReader

from rapat.models import Meeting
from rapat.services.actions import (
    ActionFilter,
    action_trail,
    find_actions,
    set_action_status,
)
from rapat.services.follow_up import create_follow_up
from rapat.services.meetings import load_meeting
from rapat.services.search import search

FOLLOW_UP_DAY = date(2025, 11, 4)


@pytest.fixture
def follow_up(database, example_meeting) -> int:
    """The example meeting with its first action done and the meeting made final, then followed up."""
    with database.session() as session:
        first = find_actions(session, ActionFilter(meeting_id=example_meeting))
        done = next(row for row in first if row.description.startswith("Memasang rambu"))
        set_action_status(session, done.id, "done", "Rambu terpasang di kedua desa")
        session.get(Meeting, example_meeting).status = "final"
    with database.session() as session:
        return create_follow_up(session, example_meeting, on=FOLLOW_UP_DAY)


def test_open_and_in_progress_actions_are_carried_with_their_status(
    database, example_meeting, follow_up
):
    with database.session() as session:
        originals = {
            r.id: r for r in find_actions(session, ActionFilter(meeting_id=example_meeting))
        }
        carried = find_actions(session, ActionFilter(meeting_id=follow_up))
    assert sorted(r.description for r in carried) == [
        "Memperbaiki dua unit perahu karet",
        "Menyusun jadwal piket posko siaga",
    ]
    for row in carried:
        original = originals[row.carried_from_id]
        assert (row.description, row.institution, row.person, row.due, row.status) == (
            original.description,
            original.institution,
            original.person,
            original.due,
            original.status,
        )
    assert len(originals) == 3  # the final meeting keeps its own actions as recorded


def test_the_register_shows_each_piece_of_work_once_at_its_newest_meeting(
    database, example_meeting, follow_up
):
    with database.session() as session:
        latest = find_actions(session, ActionFilter(latest_only=True))
        everything = find_actions(session)
    assert len(everything) == 5
    assert sorted((r.meeting_id, r.description) for r in latest) == sorted(
        [
            (example_meeting, "Memasang rambu jalur evakuasi di Desa Tepian dan Desa Muara"),
            (follow_up, "Memperbaiki dua unit perahu karet"),
            (follow_up, "Menyusun jadwal piket posko siaga"),
        ]
    )


def test_history_reads_across_both_meetings(database, example_meeting, follow_up):
    with database.session() as session:
        boat = find_actions(session, ActionFilter(meeting_id=follow_up, institution="Polres"))[0]
        set_action_status(session, boat.id, "done", "Perahu karet sudah diperbaiki bengkel")
    with database.session() as session:
        trail = action_trail(session, boat.id)
        from_original = action_trail(session, boat.carried_from_id)
    assert trail == from_original
    steps = [(e.meeting_id, e.change.new_status, e.change.note) for e in trail]
    assert steps[0] == (example_meeting, "in_progress", None)
    assert steps[1][0] == example_meeting
    assert steps[1][2].startswith("Dibawa ke rapat lanjutan Rapat Koordinasi Kesiapsiagaan")
    assert "4 November 2025" in steps[1][2]
    assert steps[2][0] == follow_up and steps[2][2].startswith("Dibawa dari rapat")
    assert steps[3] == (follow_up, "done", "Perahu karet sudah diperbaiki bengkel")
    assert trail[3].change.old_status == "in_progress" and trail[3].change.user


def test_a_status_update_on_a_final_meeting_keeps_its_minutes(database, example_meeting, follow_up):
    with database.session() as session:
        before = load_meeting(session, example_meeting)
        original = find_actions(session, ActionFilter(meeting_id=example_meeting, status="open"))[0]
        set_action_status(session, original.id, "cancelled", "Tidak diperlukan lagi")
        after = load_meeting(session, example_meeting)
    assert after.status == "final"
    assert [a.description for a in after.actions] == [a.description for a in before.actions]
    with database.session() as session:
        notes = [e.change.note for e in action_trail(session, original.id)]
    assert "Tidak diperlukan lagi" in notes


def test_carried_actions_are_searchable_in_the_follow_up(database, follow_up):
    with database.session() as session:
        found = [hit.meeting_id for hit in search(session, "perahu karet")]
    assert follow_up in found


def test_the_follow_up_notula_shows_each_carried_action_s_status(database, follow_up):
    from rapat.documents.notula import build_notula
    from rapat.services.organization import get_profile

    with database.session() as session:
        boat = find_actions(session, ActionFilter(meeting_id=follow_up, institution="Polres"))[0]
        set_action_status(session, boat.id, "done", "Selesai diperbaiki")
        record, profile = load_meeting(session, follow_up), get_profile(session)
    data = build_notula(record, profile, with_attendance=False).data
    text = " ".join(
        re.sub(r"\s+", " ", page.extract_text()) for page in PdfReader(io.BytesIO(data)).pages
    )
    section = text.split("Tindak Lanjut Rapat Sebelumnya", 1)[1]
    assert "Memperbaiki dua unit perahu karet" in section
    assert "Selesai" in section and "Belum dikerjakan" in section
    assert "Rencana Tindak Lanjut" not in text  # nothing new planned yet
