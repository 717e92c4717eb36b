"""Photos of a meeting: added in order, listed as plain records, removed; only real images accepted."""

from __future__ import annotations

import io

import pytest
from PIL import Image

from rapat.errors import InvalidInput, NotFound
from rapat.services.attachments import add_photo, list_photos, remove_photo


def _jpeg() -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (64, 48), "teal").save(out, "JPEG")
    return out.getvalue()


def test_add_list_and_remove_photos(database, example_meeting):
    with database.session() as session:
        first = add_photo(session, example_meeting, "buka.jpg", _jpeg(), " Pembukaan ")
        add_photo(session, example_meeting, "paparan.jpg", _jpeg())
    with database.session() as session:
        photos = list_photos(session, example_meeting)
    assert [(p.filename, p.caption, p.media_type) for p in photos] == [
        ("buka.jpg", "Pembukaan", "image/jpeg"),
        ("paparan.jpg", None, "image/jpeg"),
    ]
    with database.session() as session:
        remove_photo(session, first)
    with database.session() as session:
        assert [p.filename for p in list_photos(session, example_meeting)] == ["paparan.jpg"]
        with pytest.raises(NotFound):
            remove_photo(session, first)


def test_a_file_that_is_not_a_photo_is_refused(database, example_meeting):
    with database.session() as session, pytest.raises(InvalidInput, match=r"notula\.docx"):
        add_photo(session, example_meeting, "notula.docx", b"PK\x03\x04 not an image")
