"""Making minutes official: check, freeze, generate the signed PDF's fields, sign, archive, amend.

A final meeting is read-only. Its PDF is archived with its SHA-256 and revision; each signature is an
incremental update of that same file. A correction reopens the meeting as a new revision with a
reason, and the earlier signed documents stay in the archive.
"""

from __future__ import annotations

import dataclasses
import hashlib
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from rapat.errors import InvalidInput, NotFound
from rapat.i18n import tr
from rapat.models import AuditEvent, SignedDocument
from rapat.models.base import check_required, utcnow
from rapat.models.vocabulary import (
    SIGNATURE_FIELD_LABELS,
    AttendanceStatus,
    MeetingStatus,
    SignatureField,
)
from rapat.services.audit import record_event
from rapat.services.meetings import editable_meeting, get_meeting, load_meeting
from rapat.services.organization import get_profile

WAITING = "waiting"  # menunggu tanda tangan
SIGNED = "signed"


@dataclass(frozen=True)
class ArchivedDocument:
    id: int
    meeting_id: int
    revision: int
    state: str
    sha256: str
    created_at: datetime
    updated_at: datetime
    waiting_for: list[str]  # signature fields not yet signed
    warning: str | None = None  # what the user should know about the last signature made


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


def finalize(session: Session, meeting_id: int) -> int:
    """Freeze a complete meeting and archive its notula with every signature field; returns the document id."""
    from rapat.documents.notula import build_notula
    from rapat.documents.signing import add_signature_fields
    from rapat.services.attachments import list_photos

    meeting = editable_meeting(session, meeting_id)
    missing = missing_for_final(session, meeting_id)
    if missing:
        raise InvalidInput(tr("Rapat belum lengkap: {missing}").format(missing="; ".join(missing)))
    meeting.status = MeetingStatus.FINAL.value
    session.flush()
    record = load_meeting(session, meeting_id)
    built = build_notula(
        record, get_profile(session), list_photos(session, meeting_id), for_archive=True
    )
    fields = [
        built.signature_fields[name] for name in SignatureField if name in built.signature_fields
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
    record_event(session, "finalize", meeting_id, tr("revisi {n}").format(n=meeting.revision))
    return document.id


def sign_archived(session: Session, document_id: int, identity, field: str) -> ArchivedDocument:
    """Add one signer's signature to an archived document, as an incremental update."""
    from rapat.documents.signing import empty_signature_fields, sign_pdf
    from rapat.services.long_term import signing_setup

    document = _document(session, document_id)
    profile = get_profile(session)
    setup = signing_setup(session, document.data, identity.owner, field)
    signed = sign_pdf(
        document.data,
        identity,
        field=field,
        location=profile.signing_city,
        reason=tr("Pengesahan notula rapat"),
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
        tr("{who} sebagai {role}, revisi {n}").format(
            who=identity.owner,
            role=tr(SIGNATURE_FIELD_LABELS.get(field, field)),
            n=document.revision,
        ),
    )
    session.flush()
    return dataclasses.replace(_archived(document), warning=setup.warning)


def amend(session: Session, meeting_id: int, reason: str) -> int:
    """Reopen a final meeting as its next revision, for the reason given; returns the new revision."""
    check_required(tr("Alasan revisi"), reason)
    meeting = get_meeting(session, meeting_id)
    if not meeting.is_final:
        raise InvalidInput(tr("Rapat ini belum final; ubah saja langsung"))
    meeting.status = MeetingStatus.DRAFT.value
    meeting.revision += 1
    meeting.revision_reason = reason
    record_event(
        session,
        "amend",
        meeting_id,
        tr("revisi {n}: {reason}").format(n=meeting.revision, reason=reason),
    )
    return meeting.revision


def archived_documents(session: Session, meeting_id: int) -> list[ArchivedDocument]:
    """Every archived document of a meeting, newest revision first."""
    query = (
        select(SignedDocument)
        .where(SignedDocument.meeting_id == meeting_id)
        .order_by(SignedDocument.revision.desc(), SignedDocument.id.desc())
    )
    return [_archived(d) for d in session.scalars(query)]


def document_bytes(session: Session, document_id: int) -> bytes:
    return _document(session, document_id).data


def audit_trail(session: Session, meeting_id: int) -> list[AuditRow]:
    query = select(AuditEvent.at, AuditEvent.user, AuditEvent.event, AuditEvent.detail).where(
        AuditEvent.meeting_id == meeting_id
    )
    return [AuditRow(*row) for row in session.execute(query.order_by(AuditEvent.at, AuditEvent.id))]


def _document(session: Session, document_id: int) -> SignedDocument:
    document = session.get(SignedDocument, document_id)
    if document is None:
        raise NotFound(tr("Dokumen arsip nomor {id} tidak ada").format(id=document_id))
    return document


def _archived(document: SignedDocument) -> ArchivedDocument:
    from rapat.documents.signing import empty_signature_fields

    return ArchivedDocument(
        id=document.id,
        meeting_id=document.meeting_id,
        revision=document.revision,
        state=document.state,
        sha256=document.sha256,
        created_at=document.created_at,
        updated_at=document.updated_at,
        waiting_for=empty_signature_fields(document.data) if document.state == WAITING else [],
    )
