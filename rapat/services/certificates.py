"""Signing certificates: the office's local root, officers' certificates it issues, imported ones.

Private keys are stored only inside PKCS#12 data encrypted with the owner's passphrase, which Rapat
asks for when it is needed and never keeps.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from cryptography import x509
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.hazmat.primitives.serialization import Encoding, PrivateFormat, pkcs12
from cryptography.x509.oid import NameOID
from sqlalchemy import select
from sqlalchemy.orm import Session

from rapat.documents.long_term import ValidationMaterial
from rapat.documents.signers import fold_nip
from rapat.documents.signing import SigningIdentity, common_name, open_pkcs12
from rapat.errors import InvalidInput, NotFound
from rapat.i18n import tr
from rapat.models import Certificate
from rapat.models.base import check_required
from rapat.models.vocabulary import CertificateKind

ROOT_YEARS = 10
OFFICER_YEARS = 3
CRL_DAYS = 365  # a CRL's next update; issuing or revoking a certificate publishes a new one
EXPIRY_WARNING = timedelta(days=30)
MIN_PASSPHRASE = 8
PKCS12_KDF_ROUNDS = 600_000


@dataclass(frozen=True)
class CertificateRow:
    """A certificate as the settings screen lists it."""

    id: int
    kind: str
    owner: str
    issuer: str
    not_before: datetime
    not_after: datetime
    fingerprint: str
    has_key: bool
    revoked_at: datetime | None = None
    revocation_reason: str | None = None

    def expires_soon(self, now: datetime) -> bool:
        return now <= self.not_after < now + EXPIRY_WARNING

    def expired(self, now: datetime) -> bool:
        return self.not_after < now


def create_root(session: Session, organization: str, passphrase: str) -> int:
    """The office's own certificate authority, for offices without one; at most one per database."""
    check_required(tr("Nama organisasi"), organization)
    _check_passphrase(passphrase)
    if session.scalar(select(Certificate.id).where(Certificate.kind == CertificateKind.ROOT)):
        raise InvalidInput(tr("Akar sertifikat organisasi sudah ada"))
    key = rsa.generate_private_key(public_exponent=65537, key_size=3072)
    name = x509.Name(
        [
            x509.NameAttribute(NameOID.COMMON_NAME, f"{organization} — Akar TTE"),
            x509.NameAttribute(NameOID.ORGANIZATION_NAME, organization),
        ]
    )
    now = datetime.now(UTC)
    certificate = (
        _builder(name, name, key.public_key(), now, ROOT_YEARS)
        .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
        .add_extension(_usage(cert_sign=True), critical=True)
        .sign(key, hashes.SHA256())
    )
    root_id = _store(
        session, CertificateKind.ROOT, certificate, _pkcs12(key, certificate, [], passphrase)
    )
    _publish_crl(session, session.get(Certificate, root_id), key)
    return root_id


def issue_officer(
    session: Session,
    root_passphrase: str,
    name: str,
    passphrase: str,
    *,
    position: str | None = None,
    nip: str | None = None,
) -> int:
    """A signing certificate for an officer, issued by the local root (digital signature, non-repudiation).

    The officer's NIP goes into the subject's serial number, which binds the certificate to the
    signature blocks of that officer."""
    check_required(tr("Nama pejabat"), name)
    _check_passphrase(passphrase)
    root_row = session.scalar(select(Certificate).where(Certificate.kind == CertificateKind.ROOT))
    if root_row is None:
        raise InvalidInput(tr("Buat akar sertifikat organisasi lebih dulu"))
    root = _open(root_row, root_passphrase, check_validity=True)
    key = rsa.generate_private_key(public_exponent=65537, key_size=3072)
    attributes = [x509.NameAttribute(NameOID.COMMON_NAME, name.strip())]
    if position:
        attributes.append(x509.NameAttribute(NameOID.TITLE, position.strip()))
    if nip and fold_nip(nip):
        attributes.append(x509.NameAttribute(NameOID.SERIAL_NUMBER, fold_nip(nip)))
    organization = root.certificate.subject.get_attributes_for_oid(NameOID.ORGANIZATION_NAME)
    attributes += list(organization)
    now = datetime.now(UTC)
    certificate = (
        _builder(
            x509.Name(attributes), root.certificate.subject, key.public_key(), now, OFFICER_YEARS
        )
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(_usage(signing=True), critical=True)
        .add_extension(
            x509.AuthorityKeyIdentifier.from_issuer_public_key(root.certificate.public_key()),
            critical=False,
        )
        .sign(root.key, hashes.SHA256())
    )
    officer_id = _store(
        session,
        CertificateKind.OFFICER,
        certificate,
        _pkcs12(key, certificate, [root.certificate], passphrase),
    )
    _publish_crl(session, root_row, root.key)
    return officer_id


def revoke(session: Session, certificate_id: int, reason: str, root_passphrase: str) -> None:
    """Revoke an officer's certificate issued by the office's root, and publish the new CRL.

    Signatures timestamped before this moment stay valid; the certificate signs nothing after it.
    """
    check_required(tr("Alasan pencabutan"), reason)
    row = _row(session, certificate_id)
    root_row = _root_row(session)
    if row.kind != CertificateKind.OFFICER or row.issuer != root_row.owner:
        raise InvalidInput(
            tr("Hanya sertifikat yang diterbitkan akar organisasi ini yang dapat dicabut")
        )
    if row.revoked_at is not None:
        raise InvalidInput(tr("Sertifikat {owner} sudah dicabut").format(owner=row.owner))
    root = _open(root_row, root_passphrase, check_validity=False)
    row.revoked_at = datetime.now(UTC)
    row.revocation_reason = reason.strip()
    _publish_crl(session, root_row, root.key)


def crl_der(session: Session) -> bytes:
    """The office root's certificate revocation list as last published (DER)."""
    crl = _root_row(session).crl
    if crl is None:
        raise NotFound(tr("Akar sertifikat organisasi belum menerbitkan daftar pencabutan"))
    return crl


def validation_material(session: Session) -> ValidationMaterial:
    """The trusted roots and the office's CRL, for validation data embedded while signing."""
    crl = session.scalar(
        select(Certificate.crl).where(
            Certificate.kind == CertificateKind.ROOT, Certificate.crl.is_not(None)
        )
    )
    return ValidationMaterial(trust_roots(session), [crl] if crl else [])


def import_pkcs12(session: Session, data: bytes, passphrase: str) -> int:
    """Keep an officer's .p12/.pfx (still encrypted); the passphrase only opens it to read its owner."""
    identity = open_pkcs12(data, passphrase)
    return _store(session, CertificateKind.OFFICER, identity.certificate, data)


def import_trusted(session: Session, pem: bytes) -> int:
    """Trust another authority's certificate (PEM or DER) when verifying documents."""
    try:
        certificate = (
            x509.load_pem_x509_certificate(pem)
            if b"-----BEGIN" in pem
            else x509.load_der_x509_certificate(pem)
        )
    except ValueError:
        raise InvalidInput(tr("Berkas bukan sertifikat X.509 (PEM atau DER)")) from None
    return _store(session, CertificateKind.TRUSTED, certificate, None)


def list_certificates(session: Session) -> list[CertificateRow]:
    query = select(Certificate).order_by(Certificate.kind, Certificate.owner)
    return [
        CertificateRow(
            c.id,
            c.kind,
            c.owner,
            c.issuer,
            c.not_before,
            c.not_after,
            c.fingerprint,
            c.pkcs12 is not None,
            c.revoked_at,
            c.revocation_reason,
        )
        for c in session.scalars(query)
    ]


def root_pem(session: Session) -> str:
    """The local root as PEM, for others to trust when they verify the office's documents."""
    row = session.scalar(select(Certificate).where(Certificate.kind == CertificateKind.ROOT))
    if row is None:
        raise NotFound(tr("Belum ada akar sertifikat organisasi"))
    return row.certificate_pem


def pkcs12_data(session: Session, certificate_id: int) -> bytes:
    """The encrypted PKCS#12 of an officer, to hand over or back up."""
    row = _row(session, certificate_id)
    if row.pkcs12 is None:
        raise InvalidInput(tr("Sertifikat ini tidak menyimpan kunci"))
    return row.pkcs12


def signing_identity(session: Session, certificate_id: int, passphrase: str) -> SigningIdentity:
    """Open an officer's stored certificate for signing, checking passphrase, validity and key usage."""
    row = _row(session, certificate_id)
    if row.kind != CertificateKind.OFFICER or row.pkcs12 is None:
        raise InvalidInput(tr("Sertifikat ini tidak dapat dipakai untuk menandatangani"))
    if row.revoked_at is not None:
        raise InvalidInput(
            tr("Sertifikat {owner} sudah dicabut sejak {date} ({reason})").format(
                owner=row.owner,
                date=row.revoked_at.strftime("%d-%m-%Y"),
                reason=row.revocation_reason,
            )
        )
    return open_pkcs12(row.pkcs12, passphrase)


def trust_roots(session: Session) -> list[x509.Certificate]:
    """The certificates that verification trusts: the local root and those the user imported."""
    query = select(Certificate.certificate_pem).where(
        Certificate.kind.in_([CertificateKind.ROOT, CertificateKind.TRUSTED])
    )
    return [x509.load_pem_x509_certificate(pem.encode("ascii")) for pem in session.scalars(query)]


def _builder(subject, issuer, public_key, now: datetime, years: int) -> x509.CertificateBuilder:
    return (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(issuer)
        .public_key(public_key)
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - timedelta(minutes=5))
        .not_valid_after(now + timedelta(days=365 * years))
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(public_key), critical=False)
    )


def _usage(*, cert_sign: bool = False, signing: bool = False) -> x509.KeyUsage:
    return x509.KeyUsage(
        digital_signature=signing, content_commitment=signing, key_encipherment=False,
        data_encipherment=False, key_agreement=False, key_cert_sign=cert_sign, crl_sign=cert_sign,
        encipher_only=False, decipher_only=False,
    )  # fmt: skip


def _pkcs12(
    key, certificate: x509.Certificate, chain: list[x509.Certificate], passphrase: str
) -> bytes:
    # AES-256-CBC keyed by PBKDF2-HMAC-SHA256 at OWASP's 2023 count (600,000 rounds), an
    # HMAC-SHA256 MAC; keys stored earlier (20,000 rounds) still open with their passphrase.
    encryption = (
        PrivateFormat.PKCS12.encryption_builder()
        .kdf_rounds(PKCS12_KDF_ROUNDS)
        .key_cert_algorithm(pkcs12.PBES.PBESv2SHA256AndAES256CBC)
        .hmac_hash(hashes.SHA256())
        .build(passphrase.encode("utf-8"))
    )
    return pkcs12.serialize_key_and_certificates(
        common_name(certificate.subject).encode("utf-8"), key, certificate, chain or None,
        encryption,
    )  # fmt: skip


def _check_passphrase(passphrase: str) -> None:
    if len(passphrase) < MIN_PASSPHRASE:
        raise InvalidInput(tr("Kata sandi minimal {n} karakter").format(n=MIN_PASSPHRASE))


def _store(
    session: Session, kind: CertificateKind, certificate: x509.Certificate, p12: bytes | None
) -> int:
    fingerprint = certificate.fingerprint(hashes.SHA256()).hex()
    if session.scalar(select(Certificate.id).where(Certificate.fingerprint == fingerprint)):
        raise InvalidInput(
            tr("Sertifikat {owner} sudah tersimpan").format(owner=common_name(certificate.subject))
        )
    row = Certificate(
        kind=kind.value,
        owner=common_name(certificate.subject),
        subject=certificate.subject.rfc4514_string(),
        issuer=common_name(certificate.issuer),
        not_before=certificate.not_valid_before_utc,
        not_after=certificate.not_valid_after_utc,
        fingerprint=fingerprint,
        certificate_pem=certificate.public_bytes(Encoding.PEM).decode("ascii"),
        pkcs12=p12,
    )
    session.add(row)
    session.flush()
    return row.id


def _root_row(session: Session) -> Certificate:
    row = session.scalar(select(Certificate).where(Certificate.kind == CertificateKind.ROOT))
    if row is None:
        raise NotFound(tr("Belum ada akar sertifikat organisasi"))
    return row


def _publish_crl(session: Session, root_row: Certificate, root_key) -> None:
    """Sign a fresh CRL listing every revoked certificate the root issued, and keep it on the root."""
    root = x509.load_pem_x509_certificate(root_row.certificate_pem.encode("ascii"))
    revoked = session.scalars(
        select(Certificate).where(
            Certificate.kind == CertificateKind.OFFICER,
            Certificate.issuer == root_row.owner,
            Certificate.revoked_at.is_not(None),
        )
    )
    now = datetime.now(UTC)
    builder = (
        x509.CertificateRevocationListBuilder()
        .issuer_name(root.subject)
        .last_update(now)
        .next_update(now + timedelta(days=CRL_DAYS))
        .add_extension(
            x509.AuthorityKeyIdentifier.from_issuer_public_key(root.public_key()), critical=False
        )
        .add_extension(x509.CRLNumber(int(now.timestamp() * 1000)), critical=False)
    )
    for row in revoked:
        certificate = x509.load_pem_x509_certificate(row.certificate_pem.encode("ascii"))
        builder = builder.add_revoked_certificate(
            x509.RevokedCertificateBuilder()
            .serial_number(certificate.serial_number)
            .revocation_date(row.revoked_at)
            .build()
        )
    root_row.crl = builder.sign(root_key, hashes.SHA256()).public_bytes(Encoding.DER)
    session.flush()


def _row(session: Session, certificate_id: int) -> Certificate:
    row = session.get(Certificate, certificate_id)
    if row is None:
        raise NotFound(tr("Sertifikat nomor {id} tidak ada").format(id=certificate_id))
    return row


def _open(row: Certificate, passphrase: str, *, check_validity: bool) -> SigningIdentity:
    try:
        key, certificate, chain = pkcs12.load_key_and_certificates(
            row.pkcs12, passphrase.encode("utf-8")
        )
    except ValueError:
        raise InvalidInput(tr("Kata sandi akar sertifikat salah")) from None
    if check_validity and certificate.not_valid_after_utc < datetime.now(UTC):
        raise InvalidInput(tr("Akar sertifikat organisasi sudah kedaluwarsa"))
    return SigningIdentity(certificate, key, list(chain or []))
