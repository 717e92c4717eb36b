"""Completeness checks, revisions and the audit trail of official minutes."""

from __future__ import annotations

import pytest

from rapat.errors import InvalidInput
from rapat.models import Meeting
from rapat.services.finalize import amend, audit_trail, missing_for_final
from rapat.services.meetings import load_meeting


def test_complete_example_lacks_nothing(database, example_meeting):
    with database.session() as session:
        assert missing_for_final(session, example_meeting) == []


def test_missing_items_are_listed(database, example_meeting):
    from datetime import date, time

    from rapat.services.meetings import create_meeting
    from rapat.services.organization import update_profile

    with database.session() as session:
        empty = create_meeting(
            session, title="Rapat", date=date(2026, 1, 5), start_time=time(9), location="Aula"
        )
        update_profile(session, signature_blocks="chair_note_taker")
    with database.session() as session:
        missing = missing_for_final(session, empty)
    assert missing == [
        "Pimpinan rapat (ketua) belum diisi",
        "Notulis belum diisi, padahal notulis ikut menandatangani",
        "Belum ada peserta yang tercatat hadir",
        "Notula belum berisi pembahasan atau keputusan",
    ]


def test_amend_opens_the_next_revision_with_its_reason(database, example_meeting):
    with database.session() as session:
        session.get(Meeting, example_meeting).status = "final"
    with (
        database.session() as session,
        pytest.raises(InvalidInput, match="Alasan revisi: wajib diisi"),
    ):
        amend(session, example_meeting, "  ")
    with database.session() as session:
        assert amend(session, example_meeting, "Salah ketik nama Kasdim") == 2
    with database.session() as session:
        record = load_meeting(session, example_meeting)
        trail = audit_trail(session, example_meeting)
        assert session.get(Meeting, example_meeting).revision_reason == "Salah ketik nama Kasdim"
        with pytest.raises(InvalidInput, match="belum final"):
            amend(session, example_meeting, "lagi")
    assert (record.status, record.revision) == ("draft", 2)
    assert [(row.event, row.detail) for row in trail] == [
        ("amend", "revisi 2: Salah ketik nama Kasdim")
    ]
    assert trail[0].user
