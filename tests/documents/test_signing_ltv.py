"""Signatures that outlive their certificates, against a real RFC 3161 authority on 127.0.0.1.

Each signature of an archived notula is timestamped and carries the chain and the office's CRL;
pyHanko's own validators judge the result, also at a moment after the signer's certificate expired.
Every stage (finalized, each signature, the archive timestamp) stays PDF/A-2b: document info and
XMP agree and every font is embedded.
"""

from __future__ import annotations

import asyncio
import hashlib
import io
import shutil
import socket
import subprocess
import threading
import time
from datetime import UTC, datetime, timedelta

import pikepdf
import pytest
from cryptography.hazmat.primitives.serialization import Encoding
from timestamp_authority import TimestampAuthority

from rapat.documents.signing import finalized_copy, open_pkcs12, sign_pdf
from rapat.errors import InvalidInput
from rapat.services import certificates
from rapat.services.archive import document_bytes
from rapat.services.finalize import audit_trail, finalize, sign_archived
from rapat.services.long_term import refresh_archive
from rapat.services.organization import update_profile

ROOT_PASS, CHAIR_PASS, NOTE_PASS = "akar-rahasia", "sandi-ketua", "sandi-notulis"
AFTER_EXPIRY = datetime.now(UTC) + timedelta(days=365 * 4)  # officers' certificates last three


@pytest.fixture(scope="module")
def authority():
    with TimestampAuthority() as tsa:
        yield tsa


@pytest.fixture
def office(database, example_meeting, authority):
    """The example meeting finalized by an office with its root, two officers and a timestamp URL."""
    with database.session() as session:
        update_profile(
            session,
            letterhead="PEMERINTAH KABUPATEN LEMBAH HIJAU\nBADAN PENANGGULANGAN BENCANA DAERAH",
            signing_city="Lembah Hijau",
            signature_blocks="chair_note_taker",
            timestamp_url=authority.url,
        )
        certificates.create_root(session, "Pemerintah Kabupaten Lembah Hijau", ROOT_PASS)
        chair = certificates.issue_officer(
            session, ROOT_PASS, "Dr. Ir. Bambang Sutrisno, M.T.", CHAIR_PASS
        )
        note = certificates.issue_officer(session, ROOT_PASS, "Dewi Lestari, S.Sos", NOTE_PASS)
        certificates.import_trusted(session, authority.root.public_bytes(Encoding.PEM))
    with database.session() as session:
        document = finalize(session, example_meeting)
    return database, document, chair, note


def _sign(database, document: int, certificate: int, passphrase: str, field: str):
    with database.session() as session:
        identity = certificates.signing_identity(session, certificate, passphrase)
        return sign_archived(session, document, identity, field)


def _bytes(database, document: int) -> bytes:
    with database.session() as session:
        return document_bytes(session, document)


def _signatures(pdf: bytes):
    from pyhanko.pdf_utils.reader import PdfFileReader

    return PdfFileReader(io.BytesIO(pdf), strict=False).embedded_regular_signatures


def _ades_lta(signature, roots, tsa_root, moment: datetime, crls: list[bytes] = ()):
    """pyHanko's PAdES validation (ETSI EN 319 102-1 with the document timestamps as evidence),
    requiring a CRL for the officer's certificate and nothing fetched."""
    from asn1crypto import crl as asn1_crl
    from asn1crypto import x509 as asn1_x509
    from pyhanko.sign.validation.ades import ades_lta_validation
    from pyhanko.sign.validation.policy_decl import (
        LocalKnowledge,
        PdfSignatureValidationSpec,
        RevinfoOnlineFetchingRule,
        RevocationInfoGatheringSpec,
        SignatureValidationSpec,
    )
    from pyhanko_certvalidator.context import CertValidationPolicySpec
    from pyhanko_certvalidator.ltv.types import ValidationTimingInfo
    from pyhanko_certvalidator.policy_decl import (
        CertRevTrustPolicy,
        RevocationCheckingPolicy,
        RevocationCheckingRule,
    )
    from pyhanko_certvalidator.registry import SimpleTrustManager
    from pyhanko_certvalidator.revinfo.archival import CRLContainer

    def anchors(certs):
        return SimpleTrustManager.build(
            trust_roots=[asn1_x509.Certificate.load(c.public_bytes(Encoding.DER)) for c in certs]
        )

    def revocation(rule):
        return CertRevTrustPolicy(
            RevocationCheckingPolicy(
                ee_certificate_rule=rule,
                intermediate_ca_cert_rule=RevocationCheckingRule.NO_CHECK,
            )
        )

    spec = SignatureValidationSpec(
        cert_validation_policy=CertValidationPolicySpec(
            trust_manager=anchors(roots),
            revinfo_policy=revocation(RevocationCheckingRule.CRL_REQUIRED),
        ),
        ts_cert_validation_policy=CertValidationPolicySpec(
            trust_manager=anchors([tsa_root]),
            revinfo_policy=revocation(RevocationCheckingRule.NO_CHECK),
        ),
        revinfo_gathering_policy=RevocationInfoGatheringSpec(
            online_fetching_rule=RevinfoOnlineFetchingRule.LOCAL_ONLY
        ),
        local_knowledge=LocalKnowledge(
            known_crls=[CRLContainer(asn1_crl.CertificateList.load(c)) for c in crls]
        ),
    )
    timing = ValidationTimingInfo(
        validation_time=moment, best_signature_time=moment, point_in_time_validation=True
    )
    result = asyncio.run(
        ades_lta_validation(signature, PdfSignatureValidationSpec(spec), timing_info=timing)
    )
    return result.ades_subindic


def test_timestamped_notula_outlives_its_certificates(office, authority):
    from pyhanko.sign.ades.report import AdESPassed
    from pyhanko.sign.validation import validate_pdf_signature
    from pyhanko_certvalidator import ValidationContext

    from rapat.documents.long_term import validate_signature
    from rapat.services.verification import verify

    database, document, chair, note = office
    finalized = _bytes(database, document)
    first = _sign(database, document, chair, CHAIR_PASS, "ttd_ketua")
    done = _sign(database, document, note, NOTE_PASS, "ttd_notulis")
    assert (first.warning, done.warning, done.state) == (None, None, "signed")
    signed = _bytes(database, document)
    assert signed.startswith(finalized)
    assert hashlib.sha256(finalized_copy(signed)).digest() == hashlib.sha256(finalized).digest()

    with database.session() as session:
        roots = certificates.trust_roots(session)
        office_roots = [c for c in roots if c != authority.root]
        crl = certificates.crl_der(session)
    with pikepdf.open(io.BytesIO(signed)) as pdf:
        dss = pdf.Root.DSS
        assert [bytes(s.read_bytes()) for s in dss.CRLs] == [crl]  # B-LT: the office's CRL
        assert len(dss.Certs) >= 2
    for signature in _signatures(signed):
        status = validate_signature(signature, roots)
        assert status.bottom_line and status.timestamp_validity.trusted  # B-T by our authority
        # Judged plainly four years on, the expired certificate fails; the timestamp saves it.
        later = ValidationContext(
            trust_roots=[_asn1(office_roots[0])],
            moment=AFTER_EXPIRY,
            allow_fetching=False,
        )
        assert not validate_pdf_signature(signature, later).bottom_line
    with database.session() as session:
        assert verify(session, signed).authentic

    with database.session() as session:
        refreshed = refresh_archive(session, document)
        events = [row.event for row in audit_trail(session, refreshed.meeting_id)]
        verdict = verify(session, _bytes(database, document))
    archived = _bytes(database, document)
    assert archived.startswith(signed) and refreshed.sha256 == hashlib.sha256(archived).hexdigest()
    assert events[-1] == "archive_timestamp"
    assert verdict.authentic and len(verdict.signatures) == 2
    for signature in _signatures(archived):
        assert _ades_lta(signature, office_roots, authority.root, AFTER_EXPIRY) == AdESPassed.OK


def test_revocation_splits_signatures_at_their_timestamps(office, authority):
    from pyhanko.sign.ades.report import AdESPassed

    from rapat.documents.long_term import validate_signature

    database, document, chair, note = office
    _sign(database, document, chair, CHAIR_PASS, "ttd_ketua")
    with database.session() as session:
        material_before = certificates.validation_material(session)
        p12 = certificates.pkcs12_data(session, note)
    time.sleep(1)  # the revocation falls strictly after the chair's timestamp
    with database.session() as session:
        certificates.revoke(session, chair, "Pensiun", ROOT_PASS)
        certificates.revoke(session, note, "Kunci hilang", ROOT_PASS)
        crl = certificates.crl_der(session)
        roots = certificates.trust_roots(session)
        with pytest.raises(InvalidInput, match="sudah dicabut"):
            certificates.signing_identity(session, note, NOTE_PASS)
    time.sleep(1)
    # A signature made after the revocation, with a copy of the key and the older CRL.
    from rapat.documents.long_term import reach_timestamp_authority

    tsa, warning = reach_timestamp_authority(authority.url)
    late = sign_pdf(
        _bytes(database, document),
        open_pkcs12(p12, NOTE_PASS),
        field="ttd_notulis",
        authority=tsa,
        validation=material_before,
    )
    chair_signature, note_signature = _signatures(late)
    assert warning is None
    assert validate_signature(chair_signature, roots, [crl]).bottom_line
    late_status = validate_signature(note_signature, roots, [crl])
    assert late_status.revoked and not late_status.bottom_line

    office_roots = [c for c in roots if c != authority.root]
    with database.session() as session:
        record = certificates.list_certificates(session)
    assert {r.owner: r.revocation_reason for r in record if r.kind == "officer"} == {
        "Dr. Ir. Bambang Sutrisno, M.T.": "Pensiun",
        "Dewi Lestari, S.Sos": "Kunci hilang",
    }
    from rapat.documents.long_term import add_archive_timestamp

    with database.session() as session:
        archived = add_archive_timestamp(late, tsa, certificates.validation_material(session))
    chair_signature, note_signature = _signatures(archived)
    now = datetime.now(UTC)
    for moment in (now, AFTER_EXPIRY):
        assert _ades_lta(chair_signature, office_roots, authority.root, moment) == AdESPassed.OK
    assert _ades_lta(note_signature, office_roots, authority.root, now) != AdESPassed.OK
    assert not validate_signature(_signatures(archived)[1], roots).bottom_line


def test_signature_timestamped_after_expiry_is_invalid(office, authority):
    """A timestamp later than the certificate's end proves the signature came too late."""
    from rapat.documents.long_term import reach_timestamp_authority, validate_signature

    database, document, chair, _note = office
    with database.session() as session:
        identity = certificates.signing_identity(session, chair, CHAIR_PASS)
        material = certificates.validation_material(session)
        roots = certificates.trust_roots(session)
    authority.clock = AFTER_EXPIRY
    try:
        tsa, _warning = reach_timestamp_authority(authority.url)
        late = sign_pdf(
            _bytes(database, document), identity, field="ttd_ketua", authority=tsa,
            validation=material,
        )  # fmt: skip
    finally:
        authority.clock = None
    (signature,) = _signatures(late)
    status = validate_signature(signature, roots)
    assert status.timestamp_validity.timestamp == AFTER_EXPIRY
    assert not status.bottom_line


def _closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture
def silent_server():
    """A server that accepts connections and never answers."""
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(8)
    held: list[socket.socket] = []
    stop = threading.Event()

    def accept() -> None:
        listener.settimeout(0.2)
        while not stop.is_set():
            try:
                held.append(listener.accept()[0])
            except OSError:
                continue

    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{listener.getsockname()[1]}/tsa"
    stop.set()
    thread.join()
    for connection in held:
        connection.close()
    listener.close()


@pytest.mark.parametrize("which", ["refused", "silent"])
def test_unreachable_authority_signs_at_b_b_and_says_so(office, which, request):
    from rapat.documents.long_term import validate_signature

    database, document, chair, _note = office
    url = (
        f"http://127.0.0.1:{_closed_port()}/tsa"
        if which == "refused"
        else request.getfixturevalue("silent_server")
    )
    with database.session() as session:
        update_profile(session, timestamp_url=url)
    started = time.monotonic()
    signed = _sign(database, document, chair, CHAIR_PASS, "ttd_ketua")
    assert time.monotonic() - started < 10
    assert "tidak dapat dihubungi" in signed.warning and "PAdES B-B" in signed.warning
    reason = "tidak tersambung" if which == "refused" else "tidak menjawab dalam 5 detik"
    assert reason in signed.warning
    with database.session() as session:
        roots = certificates.trust_roots(session)
        refused = pytest.raises(InvalidInput, match="tidak dapat dihubungi")
        with refused:
            refresh_archive(session, document)
    (signature,) = _signatures(_bytes(database, document))
    status = validate_signature(signature, roots)
    assert status.bottom_line and status.timestamp_validity is None


def _xmp_agrees_with_docinfo(pdf: bytes) -> None:
    """PDF/A: every document info entry has its XMP twin with the same value."""
    twins = {
        "/Title": "dc:title",
        "/Author": "dc:creator",
        "/Subject": "dc:description",
        "/Producer": "pdf:Producer",
        "/Creator": "xmp:CreatorTool",
        "/Keywords": "pdf:Keywords",
        "/CreationDate": "xmp:CreateDate",
        "/ModDate": "xmp:ModifyDate",
    }
    with pikepdf.open(io.BytesIO(pdf)) as document:
        meta = document.open_metadata()
        assert (meta["pdfaid:part"], meta["pdfaid:conformance"]) == ("2", "B")
        for key, value in document.docinfo.items():
            xmp = meta.get(twins[key])
            if key.endswith("Date"):
                assert pikepdf.models.metadata.decode_pdf_date(
                    str(value)
                ) == datetime.fromisoformat(xmp), key
            elif key == "/Author":
                assert xmp == [str(value)], key
            else:
                assert xmp == str(value), key


def _fonts_embedded(pdf: bytes, tmp_path) -> None:
    path = tmp_path / "stage.pdf"
    path.write_bytes(pdf)
    listing = subprocess.run(
        ["pdffonts", str(path)], capture_output=True, text=True, check=True
    ).stdout.splitlines()[2:]
    assert listing
    for line in listing:
        assert line.split()[-5] == "yes", line  # the "emb" column


def test_every_stage_stays_pdfa(office, tmp_path):
    if shutil.which("pdffonts") is None:
        pytest.skip("pdffonts (poppler-utils) is not installed: fonts cannot be listed")
    database, document, chair, note = office
    stages = [_bytes(database, document)]
    _sign(database, document, chair, CHAIR_PASS, "ttd_ketua")
    stages.append(_bytes(database, document))
    _sign(database, document, note, NOTE_PASS, "ttd_notulis")
    stages.append(_bytes(database, document))
    with database.session() as session:
        refresh_archive(session, document)
    stages.append(_bytes(database, document))
    for stage in stages:
        _xmp_agrees_with_docinfo(stage)
        _fonts_embedded(stage, tmp_path)


def test_stamp_names_the_signer_local_time_and_what_to_check(office, tmp_path):
    from rapat.documents.stamp import StampDetails, local_time, stamp_parameters

    database, document, chair, _note = office
    finalized = _bytes(database, document)
    _sign(database, document, chair, CHAIR_PASS, "ttd_ketua")
    signed = _bytes(database, document)
    assert local_time(datetime(2024, 11, 5, 4, 31, tzinfo=UTC), "WITA") == (
        "5 November 2024 12.31 WITA"
    )
    assert local_time(datetime(2024, 11, 5, 4, 31, tzinfo=UTC), None).endswith("11.31 WIB")
    details = StampDetails(
        "Dr. Ir. Bambang Sutrisno, M.T.",
        "196805121994031007",
        "WITA",
        "arsip Rapat #1 revisi 1",
        hashlib.sha256(finalized).hexdigest(),
    )
    parameters = stamp_parameters(details, datetime(2024, 11, 5, 4, 31, tzinfo=UTC))
    assert parameters["when"] == "5 November 2024 12.31 WITA"
    assert "arsip Rapat #1 revisi 1" in parameters["url"]
    assert hashlib.sha256(finalized).hexdigest() in parameters["url"]

    # The stamp fills the blank room of the chair's block: above the printed name, below the title.
    with pikepdf.open(io.BytesIO(signed)) as pdf:
        (widget,) = [
            annot
            for page in pdf.pages
            for annot in page.get("/Annots", [])
            if annot.get("/T") == "ttd_ketua"
        ]
        assert "/AP" in widget and widget.AP.N.Resources.XObject
        page_number = next(
            n for n, page in enumerate(pdf.pages) if widget.objgen in
            [a.objgen for a in page.get("/Annots", [])]
        )  # fmt: skip
        left, bottom, right, top = (float(v) for v in widget.Rect)
    from pypdf import PdfReader

    lines: dict[str, tuple[float, float, float]] = {}  # text: x, baseline, size

    def seen(text, cm, tm, _font, size) -> None:
        if text.strip():  # where the text matrix's origin lands on the page
            x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
            y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
            lines.setdefault(text.strip(), (x, y, size))

    PdfReader(io.BytesIO(signed)).pages[page_number].extract_text(visitor_text=seen)
    name_x, name_baseline, name_size = lines["Dr. Ir. Bambang Sutrisno, M.T."]
    assert name_baseline + 0.75 * name_size <= bottom  # the name's capitals sit below the stamp
    assert left <= name_x <= right
    position = "Sekretaris Daerah Kabupaten Lembah Hijau"  # wrapped over lines of the chair's block
    position_baseline = min(
        y for text, (x, y, _size) in lines.items() if text in position and x > left - 72
    )
    assert position_baseline >= top  # and the officer's position above it
    if shutil.which("pdftoppm"):
        path = tmp_path / "signed.pdf"
        path.write_bytes(signed)
        subprocess.run(
            ["pdftoppm", "-png", "-r", "60", str(path), str(tmp_path / "page")], check=True
        )
        assert list(tmp_path.glob("page-*.png"))


def _asn1(certificate):
    from asn1crypto import x509 as asn1_x509

    return asn1_x509.Certificate.load(certificate.public_bytes(Encoding.DER))


def test_stamp_font_is_the_latin_cut_unless_a_character_needs_the_full_font():
    from rapat.documents.stamp import FULL_FONT, STAMP_FONT, stamp_font
    from rapat.resources import resource_path

    assert stamp_font("Dr. Ir. Bambang Sutrisno, M.T. — NIP 19680512 “5 November”") == (
        resource_path(*STAMP_FONT)
    )
    assert stamp_font("oleh Nguyễn Đặng") == resource_path(*FULL_FONT)
