"""The office's root revokes officers' certificates and publishes its CRL."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from cryptography import x509

from rapat.errors import InvalidInput, NotFound
from rapat.services import certificates

ROOT_PASS, OFFICER_PASS = "akar-rahasia", "sandi-pejabat"


@pytest.fixture
def office(database):
    with database.session() as session:
        certificates.create_root(session, "Pemerintah Kota Tepian", ROOT_PASS)
        officer = certificates.issue_officer(session, ROOT_PASS, "Rina Marlina, S.E.", OFFICER_PASS)
    return database, officer


def _crl(database) -> x509.CertificateRevocationList:
    with database.session() as session:
        return x509.load_der_x509_crl(certificates.crl_der(session))


def test_root_publishes_an_empty_crl_signed_by_itself(office):
    database, _officer = office
    crl = _crl(database)
    with database.session() as session:
        root = x509.load_pem_x509_certificate(certificates.root_pem(session).encode())
        material = certificates.validation_material(session)
    assert crl.is_signature_valid(root.public_key())
    assert crl.issuer == root.subject and len(crl) == 0
    assert crl.next_update_utc > datetime.now(UTC) + timedelta(days=300)
    assert material.crls == [crl.public_bytes(certificates.Encoding.DER)]
    assert material.trust_roots == [root]


def test_revoking_lists_the_certificate_and_refuses_it_for_signing(office):
    database, officer = office
    with database.session() as session:
        serial = x509.load_pem_x509_certificate(
            session.get(certificates.Certificate, officer).certificate_pem.encode()
        ).serial_number
        certificates.revoke(session, officer, "Pindah tugas ke provinsi", ROOT_PASS)
    crl = _crl(database)
    entry = crl.get_revoked_certificate_by_serial_number(serial)
    assert entry is not None and entry.revocation_date_utc <= crl.last_update_utc
    with database.session() as session:
        (row,) = [r for r in certificates.list_certificates(session) if r.id == officer]
        assert row.revocation_reason == "Pindah tugas ke provinsi" and row.revoked_at
        with pytest.raises(InvalidInput, match=r"Rina Marlina, S\.E\. sudah dicabut sejak"):
            certificates.signing_identity(session, officer, OFFICER_PASS)
        with pytest.raises(InvalidInput, match="sudah dicabut"):
            certificates.revoke(session, officer, "lagi", ROOT_PASS)


def test_revocation_needs_a_reason_the_root_passphrase_and_an_own_certificate(office):
    database, officer = office
    with database.session() as session:
        root_id = next(r.id for r in certificates.list_certificates(session) if r.kind == "root")
        with pytest.raises(InvalidInput, match="Alasan pencabutan"):
            certificates.revoke(session, officer, " ", ROOT_PASS)
        with pytest.raises(InvalidInput, match="Kata sandi akar sertifikat salah"):
            certificates.revoke(session, officer, "Pensiun", "bukan-sandinya")
        with pytest.raises(InvalidInput, match="Hanya sertifikat yang diterbitkan"):
            certificates.revoke(session, root_id, "Pensiun", ROOT_PASS)
        with pytest.raises(NotFound):
            certificates.revoke(session, 999, "Pensiun", ROOT_PASS)
    with database.session() as session:
        assert all(r.revoked_at is None for r in certificates.list_certificates(session))
    assert len(_crl(database)) == 0


def test_no_root_no_crl(database):
    with database.session() as session:
        with pytest.raises(NotFound, match="Belum ada akar"):
            certificates.crl_der(session)
        assert certificates.validation_material(session).crls == []
