"""What a signature on an archived notula carries beyond the signer: the stamp, the timestamp and
the validation data.

Each signature is timestamped by the office's authority when it answers (otherwise made without a
timestamp, with a warning), carries the chain and the office root's CRL, and shows a stamp naming
the signer, the local time and the archive entry. Apart from the archive services (rapat.services.
long_term brings archived documents to B-LTA), so that `rapat sign` loads only what signing needs.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from sqlalchemy.orm import Session

from rapat.documents.archive_reference import archive_reference, read_archive_reference
from rapat.documents.long_term import (
    TimestampAuthority,
    ValidationMaterial,
    reach_timestamp_authority,
)
from rapat.documents.stamp import StampDetails
from rapat.models import Meeting
from rapat.services.certificates import validation_material
from rapat.services.organization import get_profile


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
