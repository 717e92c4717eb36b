"""The photos of a meeting (Dokumentasi): add, list and remove them, with their captions."""

from __future__ import annotations

import io
import warnings

from sqlalchemy import select
from sqlalchemy.orm import Session

from rapat import limits
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
    kind = check_picture(data, filename)
    if kind not in MEDIA_TYPES:
        raise InvalidInput(
            tr("{file}: bukan foto JPEG atau PNG yang dapat dibaca").format(file=filename)
        )
    return MEDIA_TYPES[kind]


def check_picture(data: bytes, name: str) -> str | None:
    """The image format of data (Pillow's name, e.g. "PNG"), None when it is not a readable image;
    refuses a file or a picture larger than rapat.limits allows, before decoding its pixels."""
    from PIL import Image

    if len(data) > limits.IMAGE_FILE_BYTES:
        raise InvalidInput(
            tr("{file}: gambar terlalu besar ({size} MB; batasnya {limit} MB)").format(
                file=name,
                size=round(len(data) / 1_000_000),
                limit=limits.IMAGE_FILE_BYTES // 1_000_000,
            )
        )
    try:
        with warnings.catch_warnings():  # the pixel limit below is ours, and lower than Pillow's
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)
            image = Image.open(io.BytesIO(data))
        with image:
            width, height = image.size  # from the header: nothing is decoded yet
            kind = image.format
            if width * height <= limits.IMAGE_PIXELS:
                image.verify()
    except Exception:  # Pillow raises many kinds of errors for files that are not images
        return None
    if width * height > limits.IMAGE_PIXELS:
        raise InvalidInput(
            tr(
                "{file}: gambar {width} × {height} piksel ({mp} megapiksel); batasnya {limit} "
                "megapiksel. Perkecil gambar lalu coba lagi."
            ).format(
                file=name,
                width=width,
                height=height,
                mp=round(width * height / 1_000_000),
                limit=limits.IMAGE_PIXELS // 1_000_000,
            )
        )
    return kind
