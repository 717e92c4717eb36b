"""Making minutes official: check, freeze, generate the signed PDF's fields, sign, archive, amend.

A final meeting is read-only. Its PDF is archived with its SHA-256 and revision; each signature is an
incremental update of that same file. A correction reopens the meeting as a new revision with a
reason, and the earlier signed documents stay in the archive.
"""

from __future__ import annotations

import dataclasses
import hashlib
import os
from dataclasses import dataclass, replace
from datetime import datetime

from cryptography import x509
from sqlalchemy import select, update
from sqlalchemy.orm import Session

from rapat import backup
from rapat.documents.signers import BlockOfficer, certificate_holder, same_person
from rapat.errors import InvalidInput, NotFound
from rapat.i18n import tr
from rapat.models import AuditEvent, Certificate, Meeting, SignedDocument
from rapat.models.base import check_required, utcnow
from rapat.models.vocabulary import (
    SIGNATURE_FIELD_LABELS,
    AttendanceStatus,
    CertificateKind,
    MeetingStatus,
    SignatureField,
)
from rapat.records.output import SavedFile
from rapat.services.archive import (
    SIGNED,
    WAITING,
    ArchivedDocument,
    archived_record,
    save_archived,
)
from rapat.services.audit import describe, record_event
from rapat.services.meetings import editable_meeting_row, load_meeting, meeting_row
from rapat.services.organization import get_profile
from rapat.services.outputs import notula_document
from rapat.services.signing_setup import signing_setup


@dataclass(frozen=True)
class AuditRow:
    at: datetime
    user: str | None
    event: str
    detail: str | None


def missing_for_final(session: Session, meeting_id: int) -> list[str]:
    """What a meeting still lacks before it can be made final, in words for the user."""
    record = load_meeting(session, meeting_id)
    profile = get_profile(session)
    missing = []
    if not record.chair.name:
        missing.append(tr("Pimpinan rapat (ketua) belum diisi"))
    if profile.note_taker_signs and not record.note_taker.name:
        missing.append(tr("Notulis belum diisi, padahal notulis ikut menandatangani"))
    if not any(
        p.status in (AttendanceStatus.PRESENT, AttendanceStatus.REPRESENTED)
        for p in record.participants
    ):
        missing.append(tr("Belum ada peserta yang tercatat hadir"))
    if not (record.discussion or record.decisions):
        missing.append(tr("Notula belum berisi pembahasan atau keputusan"))
    return missing


def finalize_check(session: Session, meeting_id: int) -> list[str]:
    """Everything that stops the meeting being made final, in words for the user: what the meeting
    lacks, and a letterhead, without which the frozen notula would carry no kop surat."""
    missing = missing_for_final(session, meeting_id)
    if not get_profile(session).letterhead_lines:
        missing.append(
            tr(
                "Profil kantor belum berisi kop surat (nama pemerintah daerah dan unit kerja); "
                "isi di Pengaturan atau dengan `rapat profile set`"
            )
        )
    return missing


def finalize(session: Session, meeting_id: int) -> int:
    """Freeze a complete meeting and archive its notula with every signature field; returns the document id."""
    from rapat.documents.signing import add_signature_fields

    meeting = editable_meeting_row(session, meeting_id)
    missing = finalize_check(session, meeting_id)
    if missing:
        raise InvalidInput(tr("Rapat belum lengkap: {missing}").format(missing="; ".join(missing)))
    backup.before_finalizing(session.get_bind())
    # Written first: from here the transaction holds the meeting (SQLite's write lock, the row on
    # PostgreSQL), so the notula below is built from a snapshot no later edit can reach.
    meeting.status = MeetingStatus.FINAL.value
    session.flush()
    built = notula_document(session, meeting_id, for_archive=True)
    officers = block_officers(meeting)
    fields = [
        replace(built.signature_fields[name], officer=officers.get(name))
        for name in SignatureField
        if name in built.signature_fields
    ]
    pdf = add_signature_fields(built.data, fields)
    document = SignedDocument(
        meeting_id=meeting_id,
        revision=meeting.revision,
        state=WAITING,
        sha256=hashlib.sha256(pdf).hexdigest(),
        data=pdf,
    )
    session.add(document)
    session.flush()
    record_event(session, "finalize", meeting_id, revision=meeting.revision)
    return document.id


def sign_archived(session: Session, document_id: int, identity, field: str) -> ArchivedDocument:
    """Add one signer's signature to an archived document, as an incremental update.

    Signers take turns: the document's row is locked before its bytes are read, so a second signer
    at the same moment waits and then signs on top of the first one's signature, never beside it.
    A certificate that is not the block officer's is refused before anything is written.
    """
    from rapat.documents.signing import check_signer_fits, empty_signature_fields, sign_pdf

    document = _locked_document(session, document_id)
    meeting = session.get(Meeting, document.meeting_id)
    check_signer_fits(
        block_officers(meeting).get(field),
        identity.certificate,
        tr(SIGNATURE_FIELD_LABELS.get(field, field)),
    )
    profile = get_profile(session)
    setup = signing_setup(session, document.data, identity.owner, field)
    signed = sign_pdf(
        document.data,
        identity,
        field=field,
        location=profile.signing_city,
        reason="Pengesahan notula rapat",  # part of the signed document: Indonesian
        **setup.options,
    )
    document.data = signed
    document.sha256 = hashlib.sha256(signed).hexdigest()
    document.state = WAITING if empty_signature_fields(signed) else SIGNED
    document.updated_at = utcnow()
    record_event(
        session,
        "sign",
        document.meeting_id,
        signer=identity.owner,
        field=field,
        revision=document.revision,
    )
    session.flush()
    return dataclasses.replace(archived_record(document), warning=setup.warning)


def block_officers(meeting: Meeting) -> dict[str, BlockOfficer]:
    """The officer of each signature block of a meeting's notula, by field name."""
    officers = {}
    for name, officer in (
        (SignatureField.CHAIR, meeting.chair),
        (SignatureField.NOTE_TAKER, meeting.note_taker),
    ):
        if officer.name:
            officers[name.value] = BlockOfficer(officer.name, officer.nip)
    return officers


def fitting_certificates(session: Session, meeting_id: int) -> dict[str, list[int]]:
    """For each signature block of the meeting, the stored officer certificates (with their key)
    that belong to the block's officer."""
    officers = block_officers(meeting_row(session, meeting_id))
    query = select(Certificate.id, Certificate.certificate_pem).where(
        Certificate.kind == CertificateKind.OFFICER, Certificate.pkcs12.is_not(None)
    )
    holders = [
        (row_id, certificate_holder(x509.load_pem_x509_certificate(pem.encode("ascii"))))
        for row_id, pem in session.execute(query.order_by(Certificate.owner))
    ]
    return {
        field: [row_id for row_id, holder in holders if same_person(officer, holder)]
        for field, officer in officers.items()
    }


def amend(session: Session, meeting_id: int, reason: str) -> int:
    """Reopen a final meeting as its next revision, for the reason given; returns the new revision."""
    check_required(tr("Alasan revisi"), reason)
    meeting = meeting_row(session, meeting_id)
    if not meeting.is_final:
        raise InvalidInput(tr("Rapat ini belum final; ubah saja langsung"))
    meeting.status = MeetingStatus.DRAFT.value
    meeting.revision += 1
    meeting.revision_reason = reason
    record_event(
        session,
        "amend",
        meeting_id,
        revision=meeting.revision,
        reason=reason,
    )
    return meeting.revision


def finalize_to_file(session: Session, meeting_id: int, path: str | os.PathLike) -> SavedFile:
    """Finalize the meeting, then write its archived notula (waiting for signatures) to a file."""
    return save_archived(session, finalize(session, meeting_id), path)


def audit_trail(session: Session, meeting_id: int) -> list[AuditRow]:
    query = select(AuditEvent.at, AuditEvent.user, AuditEvent.event, AuditEvent.detail).where(
        AuditEvent.meeting_id == meeting_id
    )
    rows = session.execute(query.order_by(AuditEvent.at, AuditEvent.id))
    return [AuditRow(at, user, event, describe(event, detail)) for at, user, event, detail in rows]


def _locked_document(session: Session, document_id: int) -> SignedDocument:
    """The archived document, read after taking the write lock on its row.

    Touching the row first makes SQLite take its write lock (a second writer waits for the first to
    commit) and PostgreSQL lock the row; the read that follows then sees the latest signed bytes.
    """
    touched = session.execute(
        update(SignedDocument)
        .where(SignedDocument.id == document_id)
        .values(updated_at=SignedDocument.updated_at)
        .execution_options(synchronize_session=False)
    )
    if touched.rowcount == 0:
        raise NotFound(tr("Dokumen arsip nomor {id} tidak ada").format(id=document_id))
    return session.scalars(
        select(SignedDocument)
        .where(SignedDocument.id == document_id)
        .execution_options(populate_existing=True)
    ).one()
