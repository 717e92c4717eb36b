"""Periksa Keaslian: check a signed PDF against the trusted roots and the archive of signed minutes."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from io import BytesIO

from cryptography import x509
from sqlalchemy import select
from sqlalchemy.orm import Session

from rapat.documents.archive_reference import read_archive_reference
from rapat.documents.signing import SignatureReport, verify_pdf
from rapat.errors import InvalidInput
from rapat.i18n import tr
from rapat.models import Meeting, SignedDocument
from rapat.services.certificates import trust_roots, validation_material

SAME, EARLIER, DIFFERENT = "same", "earlier", "different"


@dataclass(frozen=True)
class ArchiveMatch:
    """The archived document a file is, or claims to be, and how the two relate."""

    meeting_id: int
    revision: int
    title: str
    relation: str  # SAME; EARLIER: the archive has since gained signatures; DIFFERENT: altered


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
    reports = verify_pdf(
        pdf, [*trust_roots(session), *extra_roots], validation_material(session).crls
    )
    return Verification(reports, find_archived(session, pdf), trust_required=bool(extra_roots))


def find_archived(session: Session, pdf: bytes) -> ArchiveMatch | None:
    """The archived document that is this file, or the one the file names as its archive entry."""
    query = select(SignedDocument.meeting_id, SignedDocument.revision, Meeting.title).join(
        Meeting, Meeting.id == SignedDocument.meeting_id
    )
    same = session.execute(
        query.where(SignedDocument.sha256 == hashlib.sha256(pdf).hexdigest())
    ).first()
    if same:
        return ArchiveMatch(*same, relation=SAME)
    reference = _archive_reference(pdf)
    if reference is None:
        return None
    meeting_id, revision = reference
    rows = session.execute(
        query.add_columns(SignedDocument.data).where(
            SignedDocument.meeting_id == meeting_id, SignedDocument.revision == revision
        )
    ).all()
    for found_id, found_revision, title, data in rows:
        relation = EARLIER if data.startswith(pdf) else DIFFERENT
        return ArchiveMatch(found_id, found_revision, title, relation)
    return None


def _archive_reference(pdf: bytes) -> tuple[int, int] | None:
    """The (meeting id, revision) a finalized notula names in its subject, if it names one."""
    import pikepdf

    try:
        with pikepdf.open(BytesIO(pdf)) as document:
            subject = str(document.docinfo.get("/Subject", ""))
    except pikepdf.PdfError:
        return None
    return read_archive_reference(subject)
