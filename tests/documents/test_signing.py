"""Signing and verifying with certificates made here, checked by pyHanko's own validator."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from io import BytesIO

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from cryptography.hazmat.primitives.serialization import BestAvailableEncryption, pkcs12
from cryptography.x509.oid import NameOID

from rapat.db import open_database
from rapat.documents.signing import (
    FieldSpec,
    add_signature_fields,
    empty_signature_fields,
    open_pkcs12,
    sign_pdf,
    verify_pdf,
)
from rapat.errors import InvalidInput
from rapat.services import certificates

ROOT_PASS, CHAIR_PASS, NOTE_PASS = "akar-rahasia", "sandi-ketua", "sandi-notulis"


@pytest.fixture(scope="module")
def office(tmp_path_factory):
    """A database with the office's local root and two officers' certificates."""
    path = tmp_path_factory.mktemp("office") / "rapat.db"
    database = open_database(str(path))
    with database.session() as session:
        certificates.create_root(session, "Pemerintah Kabupaten Lembah Hijau", ROOT_PASS)
        chair = certificates.issue_officer(
            session,
            ROOT_PASS,
            "Dr. Ir. Bambang Sutrisno, M.T.",
            CHAIR_PASS,
            position="Sekretaris Daerah",
        )
        note = certificates.issue_officer(session, ROOT_PASS, "Dewi Lestari, S.Sos", NOTE_PASS)
    yield database, path, chair, note
    database.close()


def _identity(office, which: str):
    database, _path, chair, note = office
    with database.session() as session:
        if which == "chair":
            return certificates.signing_identity(session, chair, CHAIR_PASS)
        return certificates.signing_identity(session, note, NOTE_PASS)


def _roots(office):
    with office[0].session() as session:
        return certificates.trust_roots(session)


@pytest.fixture(scope="module")
def unsigned() -> bytes:
    """A two-page PDF with the two signature fields of a notula."""
    from reportlab.pdfgen import canvas

    buffer = BytesIO()
    page = canvas.Canvas(buffer)
    for text in ("NOTULA Rapat Koordinasi", "Daftar hadir"):
        page.drawString(72, 760, text)
        page.showPage()
    page.save()
    return add_signature_fields(
        buffer.getvalue(),
        [
            FieldSpec("ttd_ketua", 0, (60, 80, 260, 150)),
            FieldSpec("ttd_notulis", 0, (330, 80, 530, 150)),
        ],
    )


@pytest.fixture(scope="module")
def signed_twice(office, unsigned) -> bytes:
    once = sign_pdf(
        unsigned, _identity(office, "chair"), field="ttd_ketua", location="Lembah Hijau"
    )
    return sign_pdf(once, _identity(office, "note"))


def _pyhanko_statuses(pdf: bytes, roots):
    from asn1crypto import x509 as asn1_x509
    from cryptography.hazmat.primitives.serialization import Encoding
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.validation import validate_pdf_signature
    from pyhanko_certvalidator import ValidationContext

    trust = [asn1_x509.Certificate.load(c.public_bytes(Encoding.DER)) for c in roots]
    reader = PdfFileReader(BytesIO(pdf))
    return [
        validate_pdf_signature(s, ValidationContext(trust_roots=trust))
        for s in reader.embedded_signatures
    ]


def test_two_signers_both_valid_by_pyhanko(office, signed_twice):
    statuses = _pyhanko_statuses(signed_twice, _roots(office))
    assert len(statuses) == 2
    assert all(s.intact and s.valid and s.trusted for s in statuses)
    assert [s.signing_cert.subject.native["common_name"] for s in statuses] == [
        "Dr. Ir. Bambang Sutrisno, M.T.",
        "Dewi Lestari, S.Sos",
    ]
    assert (
        "PAdES" in str(statuses[0].pkcs7_signature_mechanism)
        or statuses[0].md_algorithm == "sha256"
    )


def test_fields_made_first_and_filled_in_order(unsigned, signed_twice, office):
    assert empty_signature_fields(unsigned) == ["ttd_ketua", "ttd_notulis"]
    assert empty_signature_fields(signed_twice) == []
    assert signed_twice.startswith(
        unsigned
    )  # incremental: the earlier revisions stay byte for byte


def test_our_verification_report(office, signed_twice):
    reports = verify_pdf(signed_twice, _roots(office))
    assert [(r.field, r.intact, r.valid, r.trusted, r.modified_after) for r in reports] == [
        ("ttd_ketua", True, True, True, False),
        ("ttd_notulis", True, True, True, False),
    ]
    assert all(abs(r.signed_at - datetime.now(UTC)) < timedelta(minutes=5) for r in reports)
    assert not any(r.trusted for r in verify_pdf(signed_twice, []))


def test_a_flipped_byte_is_found(office, unsigned, signed_twice):
    tampered = bytearray(signed_twice)
    tampered[unsigned.find(b"stream") + 20] ^= 0x01  # inside the first page's content
    reports = verify_pdf(bytes(tampered), _roots(office))
    assert reports and not all(r.sound for r in reports)
    assert not all(s.intact for s in _pyhanko_statuses(bytes(tampered), _roots(office)))


def test_visible_stamp_uses_an_embedded_font(signed_twice):
    import pikepdf

    with pikepdf.open(BytesIO(signed_twice)) as pdf:
        fonts = []
        for annotation in pdf.pages[0].Annots:
            appearance = annotation.get("/AP")
            if appearance is None:
                continue
            resources = appearance.N.get("/Resources")
            for xobject in (resources.get("/XObject") or {}).values() if resources else []:
                for font in (xobject.get("/Resources", {}).get("/Font") or {}).values():
                    fonts.append(font)
            for font in (resources.get("/Font") or {}).values() if resources else []:
                fonts.append(font)
        assert fonts
        for font in fonts:
            descriptor = font.get("/FontDescriptor") or font.DescendantFonts[0].FontDescriptor
            assert "/FontFile2" in descriptor or "/FontFile3" in descriptor
            assert "NotoSans" in str(descriptor.FontName)


def _make_p12(
    tmp_path,
    *,
    not_before,
    not_after,
    usage: x509.KeyUsage | None,
    passphrase="sandi-rahasia",
    key=None,
):
    key = key or rsa.generate_private_key(public_exponent=65537, key_size=2048)
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Pejabat Uji")])
    builder = (
        x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(key.public_key())
        .serial_number(x509.random_serial_number()).not_valid_before(not_before).not_valid_after(not_after)
    )  # fmt: skip
    if usage is not None:
        builder = builder.add_extension(usage, critical=True)
    certificate = builder.sign(key, hashes.SHA256())
    data = pkcs12.serialize_key_and_certificates(
        b"uji", key, certificate, None, BestAvailableEncryption(passphrase.encode())
    )
    path = tmp_path / "pejabat.p12"
    path.write_bytes(data)
    return path


def _usage(**flags) -> x509.KeyUsage:
    names = [
        "digital_signature",
        "content_commitment",
        "key_encipherment",
        "data_encipherment",
        "key_agreement",
        "key_cert_sign",
        "crl_sign",
        "encipher_only",
        "decipher_only",
    ]
    return x509.KeyUsage(**{n: flags.get(n, False) for n in names})


NOW = datetime.now(UTC)


@pytest.mark.parametrize(
    ("validity", "usage", "message"),
    [
        (
            (NOW - timedelta(days=400), NOW - timedelta(days=1)),
            _usage(digital_signature=True),
            "sudah kedaluwarsa",
        ),
        (
            (NOW + timedelta(days=2), NOW + timedelta(days=400)),
            _usage(digital_signature=True),
            "belum berlaku",
        ),
        (
            (NOW - timedelta(days=1), NOW + timedelta(days=400)),
            _usage(key_encipherment=True),
            "tidak boleh dipakai untuk tanda tangan",
        ),
    ],
    ids=["expired", "not-yet-valid", "no-signing-usage"],
)
def test_unusable_certificates_are_refused(tmp_path, validity, usage, message):
    path = _make_p12(tmp_path, not_before=validity[0], not_after=validity[1], usage=usage)
    with pytest.raises(InvalidInput, match=message):
        open_pkcs12(path.read_bytes(), "sandi-rahasia")


def test_wrong_passphrase_and_corrupt_p12(tmp_path):
    path = _make_p12(
        tmp_path, not_before=NOW - timedelta(days=1), not_after=NOW + timedelta(days=9), usage=None
    )
    with pytest.raises(InvalidInput, match="Kata sandi sertifikat salah"):
        open_pkcs12(path.read_bytes(), "bukan-ini")
    with pytest.raises(InvalidInput, match="rusak atau bukan PKCS#12"):
        open_pkcs12(b"\x30\x82" + os.urandom(300), "sandi-rahasia")


def test_an_elliptic_curve_key_signs_as_well(unsigned, tmp_path):
    """The signer signs with the key the PKCS#12 opened to; an ECDSA key works like an RSA one."""
    path = _make_p12(
        tmp_path,
        not_before=NOW - timedelta(days=1),
        not_after=NOW + timedelta(days=9),
        usage=_usage(digital_signature=True),
        key=ec.generate_private_key(ec.SECP256R1()),
    )
    identity = open_pkcs12(path.read_bytes(), "sandi-rahasia")
    signed = sign_pdf(unsigned, identity, field="ttd_ketua")
    (status,) = _pyhanko_statuses(signed, [identity.certificate])
    assert status.intact and status.valid and status.trusted
    assert status.pkcs7_signature_mechanism == "sha256_ecdsa"


def _cli(*args: str, passphrase: str | None = None, db=None):
    env = dict(os.environ)
    env.pop("RAPAT_P12_PASSPHRASE", None)
    if passphrase is not None:
        env["RAPAT_P12_PASSPHRASE"] = passphrase
    command = [sys.executable, "-m", "rapat", *(["--db", str(db)] if db else []), *args]
    return subprocess.run(
        command, capture_output=True, text=True, env=env, stdin=subprocess.DEVNULL, timeout=120
    )


def test_cli_sign_and_verify(office, unsigned, tmp_path):
    database, db_path, chair, _note = office
    with database.session() as session:
        p12 = certificates.pkcs12_data(session, chair)
        root = certificates.root_pem(session)
    (tmp_path / "ketua.p12").write_bytes(p12)
    (tmp_path / "akar.pem").write_text(root)
    (tmp_path / "in.pdf").write_bytes(unsigned)
    out = tmp_path / "out.pdf"
    result = _cli(
        "sign",
        str(tmp_path / "in.pdf"),
        "-o",
        str(out),
        "--p12",
        str(tmp_path / "ketua.p12"),
        "--field",
        "ttd_ketua",
        passphrase=CHAIR_PASS,
    )
    assert result.returncode == 0, result.stderr
    assert "Bambang Sutrisno" in result.stdout
    fresh_db = tmp_path / "penerima.db"  # someone else's Rapat: trusts only what --trust names
    checked = _cli("verify", str(out), "--trust", str(tmp_path / "akar.pem"), db=fresh_db)
    assert checked.returncode == 0, checked.stdout + checked.stderr
    assert "utuh, tepercaya" in checked.stdout and "Hasil: SAH" in checked.stdout
    untrusted = _cli("verify", str(out), "--trust", str(_other_root(tmp_path)), db=fresh_db)
    assert untrusted.returncode == 1 and "TIDAK tepercaya" in untrusted.stdout
    assert _cli("verify", str(out), db=db_path).returncode == 0  # the office's own root is trusted


def test_verify_in_a_callers_process_leaves_its_collector_as_it_was(unsigned, tmp_path, capsys):
    """`rapat verify` and `rapat sign` hold Python's cycle collector while they run (a process that
    does one thing and exits); called in a longer-lived process, they give it back."""
    import gc

    from rapat.cli import EXIT_FAILED, main

    (tmp_path / "in.pdf").write_bytes(unsigned)
    database = str(tmp_path / "rapat.db")
    assert gc.isenabled()
    assert main(["--db", database, "verify", str(tmp_path / "in.pdf")]) == EXIT_FAILED
    assert "tidak ada tanda tangan" in capsys.readouterr().out
    assert gc.isenabled()
    gc.disable()
    try:
        main(["--db", database, "verify", str(tmp_path / "in.pdf")])
        assert not gc.isenabled()
    finally:
        gc.enable()


def _other_root(tmp_path):
    from cryptography.hazmat.primitives.serialization import Encoding

    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Akar Lain")])
    cert = (
        x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(key.public_key())
        .serial_number(1).not_valid_before(NOW - timedelta(days=1)).not_valid_after(NOW + timedelta(days=9))
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True).sign(key, hashes.SHA256())
    )  # fmt: skip
    path = tmp_path / "lain.pem"
    path.write_bytes(cert.public_bytes(Encoding.PEM))
    return path


def test_cli_refusals_leave_no_output(office, unsigned, tmp_path):
    database, _db, chair, _note = office
    with database.session() as session:
        (tmp_path / "ketua.p12").write_bytes(certificates.pkcs12_data(session, chair))
    (tmp_path / "in.pdf").write_bytes(unsigned)
    out = tmp_path / "out.pdf"
    cases = {
        "wrong passphrase": (
            ["sign", str(tmp_path / "in.pdf"), "--p12", str(tmp_path / "ketua.p12")],
            "salah",
            "salah",
        ),
        "no passphrase": (
            ["sign", str(tmp_path / "in.pdf"), "--p12", str(tmp_path / "ketua.p12")],
            None,
            "RAPAT_P12_PASSPHRASE",
        ),
        "unknown field": (
            [
                "sign",
                str(tmp_path / "in.pdf"),
                "--p12",
                str(tmp_path / "ketua.p12"),
                "--field",
                "ttd_bupati",
            ],
            CHAIR_PASS,
            "ttd_bupati",
        ),
    }
    for name, (args, passphrase, expected) in cases.items():
        result = _cli(*args, "-o", str(out), passphrase=passphrase)
        assert result.returncode == 2, name
        assert expected in result.stderr and "Traceback" not in result.stderr, name
        assert not out.exists(), name


def test_foreign_and_truncated_pdfs(office, unsigned, tmp_path):
    from reportlab.pdfgen import canvas

    buffer = BytesIO()
    canvas.Canvas(buffer).save()
    with pytest.raises(InvalidInput, match="tidak punya kolom tanda tangan"):
        sign_pdf(buffer.getvalue(), _identity(office, "chair"))
    with pytest.raises(InvalidInput, match="rusak atau terpotong"):
        sign_pdf(unsigned[: len(unsigned) // 2], _identity(office, "chair"))
    with pytest.raises(InvalidInput, match="Berkas bukan PDF"):
        sign_pdf(b"PK\x03\x04 bukan pdf", _identity(office, "chair"))
    (tmp_path / "potong.pdf").write_bytes(unsigned[: len(unsigned) // 2])
    result = _cli("verify", str(tmp_path / "potong.pdf"), db=tmp_path / "x.db")
    assert result.returncode == 2 and "rusak atau terpotong" in result.stderr
    (tmp_path / "polos.pdf").write_bytes(buffer.getvalue())
    result = _cli("verify", str(tmp_path / "polos.pdf"), db=tmp_path / "x.db")
    assert result.returncode == 1 and "tidak ada tanda tangan" in result.stdout


def test_certificate_list_and_expiry_warning(office):
    with office[0].session() as session:
        rows = certificates.list_certificates(session)
    assert [r.kind for r in rows] == ["officer", "officer", "root"]
    assert all(r.has_key for r in rows)
    now = datetime.now(UTC)
    assert not any(r.expires_soon(now) for r in rows)
    assert rows[0].expires_soon(rows[0].not_after - timedelta(days=10))


def test_bad_certificate_inputs(office):
    with office[0].session() as session:
        with pytest.raises(InvalidInput, match="sudah ada"):
            certificates.create_root(session, "Lain", "sandi-panjang")
        with pytest.raises(InvalidInput, match="Kata sandi akar sertifikat salah"):
            certificates.issue_officer(session, "salah-sandi", "Pejabat", "sandi-panjang")
        with pytest.raises(InvalidInput, match="minimal 8"):
            certificates.issue_officer(session, ROOT_PASS, "Pejabat", "pendek")
        with pytest.raises(InvalidInput, match=r"bukan sertifikat X\.509"):
            certificates.import_trusted(
                session, b"-----BEGIN CERTIFICATE-----\nxx\n-----END CERTIFICATE-----\n"
            )
