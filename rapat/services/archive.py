"""The archive of signed minutes: each stored notula with its revision, its signing stage and its
bytes, as the finalizing, signing and long-term validation use cases leave it."""

from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from rapat.errors import NotFound
from rapat.i18n import tr
from rapat.models import SignedDocument
from rapat.records.output import SavedFile
from rapat.services.outputs import save_output

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


def save_archived(session: Session, document_id: int, path: str | os.PathLike) -> SavedFile:
    """Write an archived notula (as signed so far) to a file, recorded as an export."""
    document = archived_row(session, document_id)
    return save_output(
        session,
        document.meeting_id,
        "archived_notula",
        document.data,
        path,
        revision=document.revision,
    )


def archived_documents(session: Session, meeting_id: int) -> list[ArchivedDocument]:
    """Every archived document of a meeting, newest revision first."""
    query = (
        select(SignedDocument)
        .where(SignedDocument.meeting_id == meeting_id)
        .order_by(SignedDocument.revision.desc(), SignedDocument.id.desc())
    )
    return [archived_record(d) for d in session.scalars(query)]


def document_bytes(session: Session, document_id: int) -> bytes:
    return archived_row(session, document_id).data


def archived_row(session: Session, document_id: int) -> SignedDocument:
    document = session.get(SignedDocument, document_id)
    if document is None:
        raise NotFound(tr("Dokumen arsip nomor {id} tidak ada").format(id=document_id))
    return document


def archived_record(document: SignedDocument) -> ArchivedDocument:
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
