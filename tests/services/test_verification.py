"""The one verdict on a signed notula: the genuine file and each signing stage pass, every forgery
and every bad input fails with its reason first; pyHanko's own validator checks the genuine file."""

from __future__ import annotations

from io import BytesIO

import pytest
from signed_notula import (
    CHAIR,
    CHAIR_NIP,
    NOTE_TAKER,
    STRANGER,
    STRANGER_PASS,
    edit_document_info,
    edit_xmp,
    lookalike_forgery,
    make_office,
    whiteout_decision,
)

from rapat.db import open_database
from rapat.errors import InvalidInput
from rapat.services import certificates
from rapat.services.archive import archived_documents
from rapat.services.finalize import amend, audit_trail, finalize
from rapat.services.verification import load_trusted, verify

NOTE_NIP = "199104232019032011"


@pytest.fixture(scope="module")
def office(tmp_path_factory):
    office = make_office(tmp_path_factory.mktemp("office") / "rapat.db")
    yield office
    office.database.close()


@pytest.fixture(scope="module")
def stranger_db(tmp_path_factory):
    """Another office's Rapat: an empty database that knows nothing of the notula or its root."""
    database = open_database(str(tmp_path_factory.mktemp("elsewhere") / "rapat.db"))
    yield database
    database.close()


def _verdict(database, pdf: bytes, extra=()):
    with database.session() as session:
        return verify(session, pdf, list(extra))


def _pyhanko(pdf: bytes, root_pem: bytes):
    from asn1crypto import x509 as asn1_x509
    from cryptography.hazmat.primitives.serialization import Encoding
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.validation import validate_pdf_signature
    from pyhanko_certvalidator import ValidationContext

    roots = [
        asn1_x509.Certificate.load(c.public_bytes(Encoding.DER))
        for c in load_trusted(root_pem, "akar.pem")
    ]
    reader = PdfFileReader(BytesIO(pdf))
    return [
        validate_pdf_signature(s, ValidationContext(trust_roots=roots, allow_fetching=False))
        for s in reader.embedded_signatures
    ]


def test_the_signed_notula_is_authentic_and_pyhanko_agrees(office):
    from pyhanko.sign.diff_analysis import ModificationLevel
    from pyhanko.sign.validation.status import SignatureCoverageLevel

    verdict = _verdict(office.database, office.signed)
    assert verdict.authentic and verdict.reasons == [] and verdict.notes == []
    assert verdict.archived.relation == "same"
    assert [(r.field, r.signer, str(r.officer)) for r in verdict.signatures] == [
        ("ttd_ketua", CHAIR, f"{CHAIR} (NIP {CHAIR_NIP})"),
        ("ttd_notulis", NOTE_TAKER, f"{NOTE_TAKER} (NIP {NOTE_NIP})"),
    ]
    chair, note = _pyhanko(office.signed, office.root_pem)
    assert all(s.bottom_line and s.intact and s.valid and s.trusted for s in (chair, note))
    assert chair.modification_level == ModificationLevel.FORM_FILLING
    assert note.coverage == SignatureCoverageLevel.ENTIRE_FILE


def test_each_signing_stage_is_an_earlier_stage_of_the_archive(office):
    verdict = _verdict(office.database, office.half)
    assert verdict.authentic and verdict.archived.relation == "earlier"
    assert [r.field for r in verdict.signatures] == ["ttd_ketua"]


def test_the_blocks_name_their_officers_in_the_file(office):
    from rapat.documents.signing import block_officers

    officers = block_officers(office.unsigned)
    assert {k: (v.name, v.nip) for k, v in officers.items()} == {
        "ttd_ketua": (CHAIR, CHAIR_NIP),
        "ttd_notulis": (NOTE_TAKER, NOTE_NIP),
    }


def _flipped(pdf: bytes) -> bytes:
    data = bytearray(pdf)
    data[pdf.find(b"stream") + 40] ^= 0x01
    return bytes(data)


@pytest.mark.parametrize(
    ("forge", "reason"),
    [
        (_flipped, "tidak utuh"),
        (whiteout_decision, "Berkas diubah setelah"),
        (edit_document_info, "Berkas diubah setelah"),
        (edit_xmp, "Berkas diubah setelah"),
    ],
    ids=["tampered-byte", "decision-whited-out", "document-info-edited", "xmp-edited"],
)
def test_changes_after_signing_are_not_authentic(office, stranger_db, forge, reason):
    forged = forge(office.signed)
    for database, extra in ((office.database, ()), (stranger_db, [office.root_pem])):
        roots = [c for pem in extra for c in load_trusted(pem, "akar.pem")]
        verdict = _verdict(database, forged, roots)
        assert not verdict.authentic
        assert reason in verdict.reasons[0]


def test_pyhanko_alone_lets_metadata_change(office):
    """Why Rapat compares the metadata itself: pyHanko's difference analysis accepts the edit."""
    for forged in (edit_document_info(office.signed), edit_xmp(office.signed)):
        assert all(s.bottom_line for s in _pyhanko(forged, office.root_pem))


def test_a_lookalike_root_is_not_trusted(office, stranger_db):
    forged, fake_root = lookalike_forgery(office)
    verdict = _verdict(office.database, forged)
    assert not verdict.authentic
    assert verdict.archived.relation == "different"
    assert "BERBEDA dari arsip" in verdict.reasons[0]
    assert any("tidak berasal dari otoritas tepercaya" in r for r in verdict.reasons)
    assert all(r.intact and r.valid and not r.trusted for r in verdict.signatures)
    elsewhere = _verdict(stranger_db, forged, load_trusted(office.root_pem, "akar.pem"))
    assert not elsewhere.authentic
    assert "tidak berasal dari otoritas tepercaya" in elsewhere.reasons[0]
    genuine_elsewhere = _verdict(stranger_db, office.signed, load_trusted(fake_root, "x.pem"))
    assert not genuine_elsewhere.authentic  # nor does the look-alike vouch for the genuine file


def test_another_office_checks_from_the_file_alone(office, stranger_db):
    verdict = _verdict(stranger_db, office.signed, load_trusted(office.root_pem, "akar.pem"))
    assert verdict.authentic and verdict.archived is None
    assert [r.officer.nip for r in verdict.signatures] == [CHAIR_NIP, NOTE_NIP]
    untrusted = _verdict(stranger_db, office.signed)
    assert not untrusted.authentic
    assert "tidak berasal dari otoritas tepercaya" in untrusted.reasons[0]


def test_unsigned_truncated_and_foreign_files(office):
    verdict = _verdict(office.database, office.unsigned)
    assert not verdict.authentic
    assert verdict.reasons[0] == "Berkas ini tidak memuat tanda tangan elektronik."
    with pytest.raises(InvalidInput, match="rusak atau terpotong"):
        _verdict(office.database, office.signed[: len(office.signed) // 2])
    with pytest.raises(InvalidInput, match="Berkas bukan PDF"):
        _verdict(office.database, b"PK\x03\x04 bukan pdf")


@pytest.fixture
def waiting(tmp_path):
    """A finalized notula nobody has signed yet."""
    office = make_office(tmp_path / "rapat.db", sign=False)
    yield office
    office.database.close()


def test_a_wrong_signer_is_refused_before_anything_is_written(waiting):
    from rapat.documents.signing import sign_pdf
    from rapat.services.archive import document_bytes
    from rapat.services.finalize import sign_archived

    stranger = waiting.identity(waiting.stranger, STRANGER_PASS)
    note = waiting.identity(waiting.note, "sandi-notulis")
    for identity in (stranger, note):
        with waiting.database.session() as session, pytest.raises(InvalidInput) as refused:
            sign_archived(session, waiting.document_id, identity, "ttd_ketua")
        assert identity.owner in refused.value.message and CHAIR in refused.value.message
    with pytest.raises(InvalidInput, match=f"{STRANGER}.*{CHAIR}"):
        sign_pdf(waiting.unsigned, stranger, field="ttd_ketua")
    with pytest.raises(InvalidInput, match="Pilih blok"):
        sign_pdf(waiting.unsigned, waiting.identity(waiting.chair, "sandi-ketua"))
    with waiting.database.session() as session:
        assert document_bytes(session, waiting.document_id) == waiting.unsigned
        assert [row.event for row in audit_trail(session, waiting.meeting_id)] == ["finalize"]


def test_a_signature_in_someone_elses_block_is_not_authentic(waiting):
    """Made without Rapat's check (pyHanko directly): verification still names both people."""
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign import signers

    signer = signers.SimpleSigner.load_pkcs12_data(
        waiting.p12(waiting.stranger), [], STRANGER_PASS.encode()
    )
    out = BytesIO()
    signers.sign_pdf(
        IncrementalPdfFileWriter(BytesIO(waiting.unsigned)),
        signers.PdfSignatureMetadata(field_name="ttd_ketua"),
        signer=signer,
        output=out,
        existing_fields_only=True,
    )
    verdict = _verdict(waiting.database, out.getvalue())
    assert not verdict.authentic
    assert verdict.archived.relation == "later"  # the archived copy, with a signature added
    assert verdict.reasons == [
        f"{STRANGER} menandatangani blok Pimpinan Rapat, padahal blok itu milik "
        f"{CHAIR} (NIP {CHAIR_NIP})."
    ]


def test_a_nip_in_the_certificate_binds_it(waiting):
    """A certificate with the chair's NIP fits the chair's block whatever its name's spelling;
    one with the chair's name but another NIP does not."""
    from rapat.services.finalize import fitting_certificates

    with waiting.database.session() as session:
        same_nip = certificates.issue_officer(
            session, "akar-rahasia", "BAMBANG SUTRISNO", "sandi-panjang", nip=CHAIR_NIP
        )
        other_nip = certificates.issue_officer(
            session, "akar-rahasia", CHAIR, "sandi-lainnya", nip=NOTE_NIP
        )
        fitting = fitting_certificates(session, waiting.meeting_id)
    assert sorted(fitting["ttd_ketua"]) == sorted([waiting.chair, same_nip])
    assert other_nip not in fitting["ttd_ketua"] and other_nip in fitting["ttd_notulis"]


def test_a_superseded_revision_says_so(tmp_path):
    office = make_office(tmp_path / "rapat.db")
    try:
        with office.database.session() as session:
            amend(session, office.meeting_id, "Nama Kasdim salah ketik")
        with office.database.session() as session:
            finalize(session, office.meeting_id)
            newer = archived_documents(session, office.meeting_id)[0]
        verdict = _verdict(office.database, office.signed)
        assert verdict.authentic and verdict.archived.superseded_by == 2
        assert verdict.notes[0].startswith("Revisi 1 ini sudah diganti oleh revisi 2, tanggal ")
        assert str(newer.created_at.year) in verdict.notes[0]
    finally:
        office.database.close()


def test_validation_data_added_after_the_last_signature_is_accepted(office):
    """B-LT: the chain stored in a Document Security Store after signing changes no verdict."""
    from asn1crypto import x509 as asn1_x509
    from cryptography.hazmat.primitives.serialization import Encoding
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.validation.dss import DocumentSecurityStore

    reader = PdfFileReader(BytesIO(office.signed))
    writer = IncrementalPdfFileWriter(BytesIO(office.signed))
    chain = [
        asn1_x509.Certificate.load(c.public_bytes(Encoding.DER))
        for c in load_trusted(office.root_pem, "akar.pem")
    ]
    for signature in reader.embedded_signatures:
        DocumentSecurityStore.supply_dss_in_writer(
            writer, signature.pkcs7_content, certs=[signature.signer_cert, *chain]
        )
    out = BytesIO()
    writer.write(out)
    with_dss = out.getvalue()
    assert b"/DSS" in with_dss[len(office.signed) :]
    verdict = _verdict(office.database, with_dss)
    assert verdict.authentic, verdict.reasons
    assert verdict.archived.relation == "later"
    assert "belum tersimpan di arsip" in verdict.notes[0]


def test_a_field_added_after_the_first_signature_is_a_change(office):
    """A later signer could lay a new field's appearance over the signed text: every field of a
    notula is made before anyone signs, so one added afterwards fails the earlier signatures."""
    from rapat.documents.signing import FieldSpec, add_signature_fields, sign_pdf

    covered = add_signature_fields(office.half, [FieldSpec("ttd_tambahan", 0, (60, 300, 540, 360))])
    forged = sign_pdf(covered, office.identity(office.note, "sandi-notulis"), field="ttd_notulis")
    verdict = _verdict(office.database, forged)
    assert not verdict.authentic
    assert verdict.reasons[0].startswith(f"Berkas diubah setelah {CHAIR} menandatangani")


def test_a_stamp_made_in_another_office_still_names_the_officer_and_the_archive(
    office, stranger_db
):
    """The notula itself names its archive entry and each block's officer: signed on a laptop
    whose database never saw the meeting, the stamp still carries the NIP and the QR code."""
    from rapat.services.signing_setup import signing_setup

    with stranger_db.session() as session:
        setup = signing_setup(session, office.unsigned, "Dr. Bambang Sutrisno", "ttd_ketua")
    assert setup.stamp.nip == CHAIR_NIP
    assert setup.stamp.qr_text is not None and "arsip Rapat #" in setup.stamp.qr_text
