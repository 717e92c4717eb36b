"""Signatures that outlive certificates, later: an archived document re-proven.

An archived, signed notula can gain a document timestamp over fresh validation data (PAdES B-LTA),
stored as its next stage, e.g. when the laptop is back at the office and online. How each
signature is timestamped and given validation data when it is made: rapat.services.signing_setup.
"""

from __future__ import annotations

import hashlib

from sqlalchemy import select
from sqlalchemy.orm import Session

from rapat.documents.long_term import add_archive_timestamp, reach_timestamp_authority
from rapat.documents.signed_metadata import align_metadata
from rapat.errors import InvalidInput
from rapat.i18n import tr
from rapat.models import SignedDocument
from rapat.models.base import utcnow
from rapat.services.archive import SIGNED, ArchivedDocument, archived_record, archived_row
from rapat.services.audit import record_event
from rapat.services.certificates import validation_material
from rapat.services.organization import get_profile


def refresh_archive(session: Session, document_id: int) -> ArchivedDocument:
    """Add a document timestamp over fresh validation data to an archived, signed document (B-LTA).

    Needs the office's timestamp authority; the result is stored as the document's next stage, an
    incremental update of the same file.
    """
    document = archived_row(session, document_id)
    url = get_profile(session).timestamp_url
    if not url:
        raise InvalidInput(
            tr("Alamat layanan cap waktu belum diisi di Pengaturan › Tanda Tangan Elektronik")
        )
    authority, warning = reach_timestamp_authority(url)
    if authority is None:
        raise InvalidInput(warning)
    data = add_archive_timestamp(
        document.data, authority, validation_material(session), prepare=align_metadata
    )
    document.data = data
    document.sha256 = hashlib.sha256(data).hexdigest()
    document.updated_at = utcnow()
    record_event(session, "archive_timestamp", document.meeting_id, revision=document.revision)
    session.flush()
    return archived_record(document)


def refresh_meeting_archive(session: Session, meeting_id: int) -> list[ArchivedDocument]:
    """Bring every signed document archived for a meeting (each revision) to B-LTA."""
    query = select(SignedDocument.id).where(
        SignedDocument.meeting_id == meeting_id, SignedDocument.state == SIGNED
    )
    documents = list(session.scalars(query.order_by(SignedDocument.revision)))
    if not documents:
        raise InvalidInput(
            tr("Rapat nomor {id} belum punya notula yang ditandatangani lengkap").format(
                id=meeting_id
            )
        )
    return [refresh_archive(session, document_id) for document_id in documents]
