"""Periksa Keaslian: check a signed PDF against the trusted roots and the archive of signed minutes."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from cryptography import x509
from sqlalchemy import select
from sqlalchemy.orm import Session

from rapat.documents.signing import SignatureReport, verify_pdf
from rapat.errors import InvalidInput
from rapat.i18n import tr
from rapat.models import Meeting, SignedDocument
from rapat.services.certificates import trust_roots


@dataclass(frozen=True)
class ArchiveMatch:
    meeting_id: int
    revision: int
    title: str


@dataclass(frozen=True)
class Verification:
    signatures: list[SignatureReport]
    archived: ArchiveMatch | None
    trust_required: bool

    @property
    def passed(self) -> bool:
        """At least one signature, every one intact and unmodified (and trusted when required)."""
        return bool(self.signatures) and all(
            r.sound and (r.trusted or not self.trust_required) for r in self.signatures
        )


def load_trusted(pem: bytes, source: str) -> list[x509.Certificate]:
    """The certificates in a PEM (or DER) file given with --trust."""
    try:
        if b"-----BEGIN" in pem:
            return x509.load_pem_x509_certificates(pem)
        return [x509.load_der_x509_certificate(pem)]
    except ValueError:
        raise InvalidInput(
            tr("{file}: bukan sertifikat X.509 (PEM atau DER)").format(file=source)
        ) from None


def verify_document(
    session: Session, pdf: bytes, extra_roots: list[x509.Certificate] = ()
) -> Verification:
    """Every signature of the file, checked against the office's roots plus extra_roots."""
    reports = verify_pdf(pdf, [*trust_roots(session), *extra_roots])
    return Verification(reports, find_archived(session, pdf), trust_required=bool(extra_roots))


def find_archived(session: Session, pdf: bytes) -> ArchiveMatch | None:
    """The archived signed document that is byte for byte this file, if any."""
    digest = hashlib.sha256(pdf).hexdigest()
    row = session.execute(
        select(SignedDocument.meeting_id, SignedDocument.revision, Meeting.title)
        .join(Meeting, Meeting.id == SignedDocument.meeting_id)
        .where(SignedDocument.sha256 == digest)
        .limit(1)
    ).first()
    return ArchiveMatch(*row) if row else None
