"""Periksa Keaslian: the one verdict on a signed PDF, which the command line and the window render.

SAH only when the file carries at least one signature and every signature is intact, covers what it
must, chains to a trusted root (the office's own root, the certificates it imported, and any given
for this check), and was made by the officer of the block it sits in; and, when the file names an
archive entry of this database, it is that entry or an earlier signing stage of it. Anything else
is TIDAK SAH, with the main reason first.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field, replace
from datetime import datetime
from io import BytesIO

from cryptography import x509
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from rapat.documents.archive_reference import read_archive_reference
from rapat.documents.signers import BlockOfficer, same_person
from rapat.documents.signing import SignatureReport, verify_pdf
from rapat.errors import InvalidInput
from rapat.i18n import tr
from rapat.models import Meeting, SignedDocument
from rapat.models.vocabulary import SIGNATURE_FIELD_LABELS
from rapat.services.certificates import trust_roots, validation_material
from rapat.services.finalize import block_officers

SAME, EARLIER, LATER, DIFFERENT = "same", "earlier", "later", "different"


@dataclass(frozen=True)
class ArchiveMatch:
    """The archived document a file is, or claims to be, and how the two relate."""

    meeting_id: int
    revision: int
    title: str
    relation: str  # SAME; EARLIER: the archive has since gained signatures; LATER: the file adds
    # signatures or validation data to the archived copy; DIFFERENT: altered
    superseded_by: int | None = None  # a later revision of the meeting that has been archived
    superseded_at: datetime | None = None


@dataclass(frozen=True)
class Verdict:
    """The outcome of one check: SAH or not, the reasons (the main one first), what was found."""

    authentic: bool
    reasons: list[str]  # why the file is not authentic; empty when it is
    signatures: list[SignatureReport]
    archived: ArchiveMatch | None
    notes: list[str] = field(default_factory=list)  # worth knowing either way (a newer revision)


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


def verify(session: Session, pdf: bytes, extra_roots: list[x509.Certificate] = ()) -> Verdict:
    """The verdict on a file, against the office's trust store plus extra_roots.

    Raises InvalidInput when the file is not a readable PDF at all.
    """
    reports = verify_pdf(
        pdf, [*trust_roots(session), *extra_roots], validation_material(session).crls
    )
    archived = find_archived(session, pdf)
    officers = _archived_officers(session, archived) if archived else {}
    reports = [_with_officer(r, officers.get(r.field)) for r in reports]
    reasons = _reasons(reports, archived)
    notes = []
    if archived is not None and archived.relation == LATER:
        notes.append(
            tr(
                "Berkas ini memuat tambahan (tanda tangan atau data validasi) yang belum tersimpan "
                "di arsip."
            )
        )
    if archived is not None and archived.superseded_by is not None:
        notes.append(
            tr("Revisi {n} ini sudah diganti oleh revisi {newer}, tanggal {date}.").format(
                n=archived.revision,
                newer=archived.superseded_by,
                date=_local_date(archived.superseded_at),
            )
        )
    return Verdict(not reasons, reasons, reports, archived, notes)


def signer_fits(report: SignatureReport) -> bool:
    """Whether the signature was made by the officer of its block (true when the block names none)."""
    if report.officer is None:
        return True
    return report.holder is not None and same_person(report.officer, report.holder)


def block_label(name: str) -> str:
    return tr(SIGNATURE_FIELD_LABELS.get(name, name))


def _reasons(reports: list[SignatureReport], archived: ArchiveMatch | None) -> list[str]:
    if not reports:
        return [tr("Berkas ini tidak memuat tanda tangan elektronik.")]
    reasons = [
        tr(
            "Tanda tangan {signer} tidak utuh: isi yang ditandatangani berubah (rusak atau "
            "dipalsukan)."
        ).format(signer=r.signer)
        for r in reports
        if not (r.intact and r.valid)
    ]
    reasons += [
        tr(
            "Berkas diubah setelah {signer} menandatangani, lebih dari sekadar menambah tanda "
            "tangan berikutnya."
        ).format(signer=r.signer)
        for r in reports
        if r.intact and r.valid and r.modified_after
    ]
    if archived is not None and archived.relation == DIFFERENT:
        reasons.append(
            tr("Isi berkas BERBEDA dari arsip “{title}”, revisi {n}, yang disebutnya.").format(
                title=archived.title, n=archived.revision
            )
        )
    reasons += [
        tr(
            "Sertifikat {signer} tidak berasal dari otoritas tepercaya (akar sertifikat "
            "organisasi, sertifikat yang diimpor, atau yang diberikan untuk pemeriksaan ini)."
        ).format(signer=r.signer)
        for r in reports
        if r.intact and r.valid and not r.trusted
    ]
    reasons += [
        tr("{signer} menandatangani blok {block}, padahal blok itu milik {officer}.").format(
            signer=r.signer, block=block_label(r.field), officer=r.officer
        )
        for r in reports
        if r.intact and r.valid and not signer_fits(r)
    ]
    return reasons


def _with_officer(report: SignatureReport, officer: BlockOfficer | None) -> SignatureReport:
    """A report whose block does not name its officer takes the one the archived meeting names."""
    if report.officer is not None or officer is None:
        return report
    return replace(report, officer=officer)


def find_archived(session: Session, pdf: bytes) -> ArchiveMatch | None:
    """The archived document that is this file, or the one the file names as its archive entry.

    A named entry counts only when the archived copy bears the file's title: another office's
    database numbers its meetings too, and its notula is not an altered copy of this one's.
    """
    query = select(
        SignedDocument.meeting_id, SignedDocument.revision, Meeting.title, SignedDocument.data
    ).join(Meeting, Meeting.id == SignedDocument.meeting_id)
    same = session.execute(
        query.where(SignedDocument.sha256 == hashlib.sha256(pdf).hexdigest())
    ).first()
    if same:
        return _match(session, same, SAME)
    subject, title = _document_info(pdf)
    named = read_archive_reference(subject)
    if named is None:
        return None
    meeting_id, revision = named
    row = session.execute(
        query.where(SignedDocument.meeting_id == meeting_id, SignedDocument.revision == revision)
        .order_by(SignedDocument.id.desc())
        .limit(1)
    ).first()
    if row is None or _document_info(row.data)[1] != title:
        return None
    if row.data.startswith(pdf):
        relation = EARLIER
    elif pdf.startswith(row.data):  # what was added is judged with the signatures it follows
        relation = LATER
    else:
        relation = DIFFERENT
    return _match(session, row, relation)


def _match(session: Session, row, relation: str) -> ArchiveMatch:
    newer = session.execute(
        select(SignedDocument.revision, func.min(SignedDocument.created_at))
        .where(SignedDocument.meeting_id == row.meeting_id, SignedDocument.revision > row.revision)
        .group_by(SignedDocument.revision)
        .order_by(SignedDocument.revision.desc())
        .limit(1)
    ).first()
    return ArchiveMatch(
        row.meeting_id,
        row.revision,
        row.title,
        relation,
        superseded_by=newer[0] if newer else None,
        superseded_at=newer[1] if newer else None,
    )


def _archived_officers(session: Session, archived: ArchiveMatch) -> dict[str, BlockOfficer]:
    """The blocks' officers as the archived meeting names them, for files made before the blocks
    named their officers in the file itself."""
    return block_officers(session.get(Meeting, archived.meeting_id))


def _document_info(pdf: bytes) -> tuple[str, str]:
    """The subject (where a finalized notula names its archive entry) and the title of a PDF."""
    import pikepdf

    try:
        with pikepdf.open(BytesIO(pdf)) as document:
            info = document.docinfo
            return str(info.get("/Subject", "")), str(info.get("/Title", ""))
    except pikepdf.PdfError:
        return "", ""


def _local_date(moment: datetime | None) -> str:
    from rapat.dates import plain_date

    return plain_date(moment.date()) if moment else "?"
