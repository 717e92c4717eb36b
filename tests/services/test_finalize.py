"""Completeness checks, revisions and the audit trail of official minutes."""

from __future__ import annotations

import io

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


ROOT_PASS, CHAIR_PASS, NOTE_PASS = "akar-rahasia", "sandi-ketua", "sandi-notulis"


@pytest.fixture
def officers(database):
    """The office's local root and certificates for the chair and the note-taker of the example."""
    from rapat.services import certificates
    from rapat.services.organization import update_profile

    with database.session() as session:
        update_profile(
            session,
            letterhead="PEMERINTAH KABUPATEN LEMBAH HIJAU\nBADAN PENANGGULANGAN BENCANA DAERAH",
            signing_city="Lembah Hijau",
            signature_blocks="chair_note_taker",
        )
        certificates.create_root(session, "Pemerintah Kabupaten Lembah Hijau", ROOT_PASS)
        chair = certificates.issue_officer(
            session, ROOT_PASS, "Dr. Ir. Bambang Sutrisno, M.T.", CHAIR_PASS
        )
        note = certificates.issue_officer(session, ROOT_PASS, "Dewi Lestari, S.Sos", NOTE_PASS)
    return chair, note


def test_finalize_sign_verify_amend(database, example_meeting, officers, tmp_path):
    from pypdf import PdfReader

    from rapat.documents.signing import empty_signature_fields
    from rapat.errors import ReadOnlyMeeting
    from rapat.services import certificates
    from rapat.services.archive import archived_documents, document_bytes
    from rapat.services.finalize import finalize, sign_archived
    from rapat.services.meetings import update_meeting
    from rapat.services.verification import verify

    chair_cert, note_cert = officers
    with database.session() as session:
        document_id = finalize(session, example_meeting)
    with database.session() as session:
        pdf = document_bytes(session, document_id)
        assert load_meeting(session, example_meeting).status == "final"
        with pytest.raises(ReadOnlyMeeting):
            update_meeting(session, example_meeting, title="Diubah")
    assert empty_signature_fields(pdf) == ["ttd_ketua", "ttd_notulis"]
    reader = PdfReader(io.BytesIO(pdf))
    assert "arsip Rapat #1 revisi 1" in reader.metadata.subject
    assert "arsip Rapat #1 revisi 1" in "".join(page.extract_text() for page in reader.pages)

    with database.session() as session:
        identity = certificates.signing_identity(session, chair_cert, CHAIR_PASS)
        waiting = sign_archived(session, document_id, identity, "ttd_ketua")
    assert (waiting.state, waiting.waiting_for) == ("waiting", ["ttd_notulis"])
    with database.session() as session:
        identity = certificates.signing_identity(session, note_cert, NOTE_PASS)
        done = sign_archived(session, document_id, identity, "ttd_notulis")
        signed = document_bytes(session, document_id)
        result = verify(session, signed)
    assert (done.state, done.waiting_for) == ("signed", [])
    assert signed.startswith(pdf)
    assert result.authentic and [r.signer for r in result.signatures] == [
        "Dr. Ir. Bambang Sutrisno, M.T.",
        "Dewi Lestari, S.Sos",
    ]
    assert (result.archived.meeting_id, result.archived.revision, result.archived.relation) == (
        example_meeting,
        1,
        "same",
    )
    with database.session() as session:
        assert verify(session, pdf).archived.relation == "earlier"
        altered = bytearray(signed)
        altered[pdf.find(b"stream") + 40] ^= 0x01
        assert verify(session, bytes(altered)).archived.relation == "different"
    (tmp_path / "signed.pdf").write_bytes(signed)

    with database.session() as session:
        amend(session, example_meeting, "Nama Kasdim salah ketik")
        update_meeting(session, example_meeting, closing="Rapat ditutup pukul 11.50 WIB.")
    with database.session() as session:
        second = finalize(session, example_meeting)
    with database.session() as session:
        archive = archived_documents(session, example_meeting)
        events = [row.event for row in audit_trail(session, example_meeting)]
        assert "revisi 2" in PdfReader(io.BytesIO(document_bytes(session, second))).metadata.subject
    assert [(d.revision, d.state) for d in archive] == [(2, "waiting"), (1, "signed")]
    assert events == ["finalize", "sign", "sign", "amend", "finalize"]


def test_incomplete_meeting_is_not_finalized(database):
    from datetime import date, time

    from rapat.services.finalize import finalize
    from rapat.services.meetings import create_meeting

    with database.session() as session:
        meeting_id = create_meeting(
            session, title="Rapat", date=date(2026, 1, 5), start_time=time(9), location="Aula"
        )
    with (
        database.session() as session,
        pytest.raises(InvalidInput, match="Rapat belum lengkap: Pimpinan rapat"),
    ):
        finalize(session, meeting_id)
    with database.session() as session:
        assert load_meeting(session, meeting_id).status == "draft"
