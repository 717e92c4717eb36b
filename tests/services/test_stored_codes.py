"""What Rapat writes into the database itself is codes and data, worded in the reader's language."""

from __future__ import annotations

import json

from sqlalchemy import select

from rapat.models import AuditEvent
from rapat.services.audit import record_event, record_export
from rapat.services.finalize import audit_trail


def test_audit_events_are_stored_as_data_and_read_in_the_interface_language(
    database, example_meeting, english_interface
):
    with database.session() as session:
        record_export(session, example_meeting, "notula_pdf", "notula.pdf")
        record_export(session, example_meeting, "archived_notula", "arsip.pdf", revision=2)
        record_event(
            session, "sign", example_meeting, signer="Dewi", field="ttd_notulis", revision=2
        )
    with database.session() as session:
        stored = session.scalars(select(AuditEvent.detail).order_by(AuditEvent.id)).all()
        shown = [row.detail for row in audit_trail(session, example_meeting)]
    assert json.loads(stored[0]) == {"document": "notula_pdf", "file": "notula.pdf"}
    assert shown == [
        "minutes PDF: notula.pdf",
        "archived minutes, revision 2: arsip.pdf",
        "Dewi as Note-taker, revision 2",
    ]


def test_without_a_translation_the_events_read_in_indonesian(database, example_meeting):
    with database.session() as session:
        record_event(session, "amend", example_meeting, revision=3, reason="Salah ketik")
        record_export(session, example_meeting, "workbook", "rapat.xlsx")
    with database.session() as session:
        shown = [row.detail for row in audit_trail(session, example_meeting)]
    assert shown == ["revisi 3: Salah ketik", "buku kerja Excel: rapat.xlsx"]
