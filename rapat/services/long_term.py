"""Signatures that outlive certificates: how an archived notula is signed, and later re-proven.

Each signature is timestamped by the office's authority when it answers (otherwise made without a
timestamp, with a warning), carries the chain and the office root's CRL, and shows a stamp naming
the signer, the local time and the archive entry. An archived document can later gain a document
timestamp over fresh validation data (PAdES B-LTA), stored as its next stage.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session

from rapat.documents.archive_reference import archive_reference, read_archive_reference
from rapat.documents.long_term import (
    TimestampAuthority,
    ValidationMaterial,
    add_archive_timestamp,
    reach_timestamp_authority,
)
from rapat.documents.stamp import StampDetails
from rapat.errors import InvalidInput
from rapat.i18n import tr
from rapat.models import Meeting, SignedDocument
from rapat.services.certificates import validation_material
from rapat.services.organization import get_profile

if TYPE_CHECKING:
    from rapat.services.archive import ArchivedDocument


@dataclass(frozen=True)
class SigningSetup:
    """What sign_pdf needs beyond the signer, and what the user should hear about it."""

    stamp: StampDetails
    authority: TimestampAuthority | None
    validation: ValidationMaterial
    warning: str | None

    @property
    def options(self) -> dict:
        return {"stamp": self.stamp, "authority": self.authority, "validation": self.validation}


def signing_setup(session: Session, pdf: bytes, signer: str, field: str | None) -> SigningSetup:
    """The stamp, the timestamp authority (asked now: this may wait up to ten seconds) and the
    validation data for signing `field` of `pdf`. A notula names its archive entry and each block's
    officer itself, so its stamp carries the officer's NIP and the QR code wherever it is signed;
    the meeting's zone comes from this database when it holds the meeting (else WIB).
    """
    from rapat.documents.signing import block_officers, document_info, finalized_copy

    entry = read_archive_reference(document_info(pdf).get("/Subject", ""))
    officer = block_officers(pdf).get(field) if field else None
    meeting = session.get(Meeting, entry[0]) if entry is not None else None
    stamp = StampDetails(
        signer=signer,
        nip=officer.nip if officer is not None else None,
        zone=meeting.timezone if meeting is not None else None,
        reference=archive_reference(*entry) if entry is not None else None,
        finalized_sha256=(
            hashlib.sha256(finalized_copy(pdf)).hexdigest() if entry is not None else None
        ),
    )
    authority, warning = reach_timestamp_authority(get_profile(session).timestamp_url)
    return SigningSetup(stamp, authority, validation_material(session), warning)


def refresh_archive(session: Session, document_id: int) -> ArchivedDocument:
    """Add a document timestamp over fresh validation data to an archived, signed document (B-LTA).

    Needs the office's timestamp authority; the result is stored as the document's next stage, an
    incremental update of the same file.
    """
    from rapat.documents.signed_metadata import align_metadata
    from rapat.models.base import utcnow
    from rapat.services.archive import archived_record, archived_row
    from rapat.services.audit import record_event

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
    from rapat.services.archive import SIGNED

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
