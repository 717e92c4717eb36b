"""Migration 0006: audit details and carry-over notes written as prose become codes and data, and the
screens still read them the same way."""

from __future__ import annotations

import json

from alembic import command
from alembic.config import Config
from sqlalchemy import text

from rapat import location
from rapat.services.actions import action_history
from rapat.services.finalize import audit_trail

PROSE_EVENTS = [
    ("finalize", "revisi 1"),
    ("sign", "Dr. H. Ahmad, M.Si sebagai Pimpinan Rapat, revisi 1"),
    ("amend", "revisi 2: Salah ketik, nama Kasdim"),
    ("export", "notula PDF: notula.pdf"),
    ("export", "notula arsip revisi 1: notula-r1.pdf"),
    ("export", "JSON: stdout"),
    ("export", "dikirim lewat surel"),
]
INSERTED = "WHERE at LIKE '2025-11-04%'"  # the rows this test writes
CARRIED = "Dibawa ke rapat lanjutan Rapat Koordinasi, Lanjutan, 4 November 2025"


def _migrate(database, how, revision: str) -> None:
    config = Config()
    config.set_main_option("script_location", str(location.MIGRATIONS))
    with database.engine.begin() as connection:
        config.attributes["connection"] = connection
        how(config, revision)


def _action_id(database, meeting_id: int) -> int:
    with database.engine.connect() as connection:
        query = text("SELECT id FROM action_items WHERE meeting_id = :m ORDER BY seq LIMIT 1")
        return connection.execute(query, {"m": meeting_id}).scalar()


def test_prose_rows_become_codes_and_read_the_same(database, example_meeting):
    action = _action_id(database, example_meeting)
    _migrate(database, command.downgrade, "0005-1")
    with database.engine.begin() as connection:
        for event, detail in PROSE_EVENTS:
            connection.execute(
                text(
                    "INSERT INTO audit_events (at, event, meeting_id, detail) VALUES (:at, :e, :m, :d)"
                ),
                {"at": "2025-11-04 02:00:00", "e": event, "m": example_meeting, "d": detail},
            )
        connection.execute(
            text(
                "INSERT INTO action_status_changes (action_id, at, old_status, new_status, note) "
                "VALUES (:a, '2025-11-04 02:00:00', 'open', 'open', :n), "
                "(:a, '2025-11-04 03:00:00', 'open', 'done', 'Sudah diperbaiki')"
            ),
            {"a": action, "n": CARRIED},
        )
    _migrate(database, command.upgrade, "head")

    with database.engine.connect() as connection:
        stored = connection.execute(
            text("SELECT event, detail FROM audit_events ORDER BY id")
        ).all()
        notes = connection.execute(
            text(f"SELECT note, code, data FROM action_status_changes {INSERTED} ORDER BY id")
        ).all()
    assert json.loads(stored[1].detail) == {
        "signer": "Dr. H. Ahmad, M.Si",
        "field": "ttd_ketua",
        "revision": 1,
    }
    assert json.loads(stored[2].detail) == {"revision": 2, "reason": "Salah ketik, nama Kasdim"}
    assert json.loads(stored[3].detail) == {"document": "notula_pdf", "file": "notula.pdf"}
    assert json.loads(stored[6].detail) == {"text": "dikirim lewat surel"}
    assert notes[0].note is None and notes[0].code == "carried_to"
    assert json.loads(notes[0].data) == {
        "title": "Rapat Koordinasi, Lanjutan",
        "date": "2025-11-04",
    }
    assert notes[1].note == "Sudah diperbaiki" and notes[1].code is None

    with database.session() as session:
        details = [row.detail for row in audit_trail(session, example_meeting)]
        history = [
            change.note
            for change in action_history(session, action)
            if change.at.date().isoformat() == "2025-11-04"
        ]
    assert details == [detail for _, detail in PROSE_EVENTS]
    assert history == [CARRIED, "Sudah diperbaiki"]

    _migrate(database, command.downgrade, "0005-1")
    with database.engine.connect() as connection:
        details = connection.execute(text("SELECT detail FROM audit_events ORDER BY id")).scalars()
        notes = connection.execute(
            text(f"SELECT note FROM action_status_changes {INSERTED} ORDER BY id")
        )
        assert list(details) == [detail for _, detail in PROSE_EVENTS]
        assert list(notes.scalars()) == [CARRIED, "Sudah diperbaiki"]
