"""The photos of a meeting (Dokumentasi): add, list and remove them, with their captions."""

from __future__ import annotations

import io

from sqlalchemy import select
from sqlalchemy.orm import Session

from rapat.errors import InvalidInput, NotFound
from rapat.i18n import tr
from rapat.models import Attachment
from rapat.records.attachment import PhotoRecord
from rapat.services.meetings import editable_meeting_row, meeting_row
from rapat.services.ordering import seq_after

MEDIA_TYPES = {"JPEG": "image/jpeg", "PNG": "image/png"}


def add_photo(
    session: Session, meeting_id: int, filename: str, data: bytes, caption: str | None = None
) -> int:
    """Keep a JPEG or PNG photo with a draft meeting, after the ones it has; returns its id."""
    editable_meeting_row(session, meeting_id)
    media_type = _media_type(filename, data)
    photo = Attachment(
        meeting_id=meeting_id,
        seq=seq_after(session, Attachment, meeting_id),
        filename=filename,
        media_type=media_type,
        caption=(caption or "").strip() or None,
        data=data,
    )
    session.add(photo)
    session.flush()
    return photo.id


def list_photos(session: Session, meeting_id: int) -> list[PhotoRecord]:
    """The meeting's photos in the order they were added."""
    meeting_row(session, meeting_id)
    query = (
        select(Attachment)
        .where(Attachment.meeting_id == meeting_id)
        .order_by(Attachment.seq, Attachment.id)
    )
    return [
        PhotoRecord(a.id, a.seq, a.filename, a.media_type, a.caption, a.data)
        for a in session.scalars(query)
    ]


def remove_photo(session: Session, photo_id: int) -> None:
    """Take a photo off a draft meeting."""
    photo = session.get(Attachment, photo_id)
    if photo is None:
        raise NotFound(tr("Foto nomor {id} tidak ada").format(id=photo_id))
    editable_meeting_row(session, photo.meeting_id)
    session.delete(photo)


def _media_type(filename: str, data: bytes) -> str:
    from PIL import Image

    try:
        with Image.open(io.BytesIO(data)) as image:
            image.verify()
            kind = image.format
    except Exception:  # Pillow raises many kinds of errors for files that are not images
        kind = None
    if kind not in MEDIA_TYPES:
        raise InvalidInput(
            tr("{file}: bukan foto JPEG atau PNG yang dapat dibaca").format(file=filename)
        )
    return MEDIA_TYPES[kind]
