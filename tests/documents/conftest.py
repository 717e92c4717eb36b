"""Fixtures for the document tests: an office profile with a logo, and meetings as records."""

from __future__ import annotations

import io

import pytest
from PIL import Image, ImageDraw


def png(size: tuple[int, int] = (240, 240), colour: str = "darkgreen", mode: str = "RGBA") -> bytes:
    image = Image.new(mode, size, (0, 0, 0, 0) if mode == "RGBA" else "white")
    ImageDraw.Draw(image).ellipse((10, 10, size[0] - 10, size[1] - 10), fill=colour)
    out = io.BytesIO()
    image.save(out, "PNG")
    return out.getvalue()


@pytest.fixture
def profile():
    from rapat.services.organization import ProfileRecord

    return ProfileRecord(
        letterhead="Pemerintah Kabupaten Lembah Hijau\nBadan Penanggulangan Bencana Daerah",
        address="Jl. Jenderal Sudirman No. 12, Lembah Hijau 78111",
        phone="(0561) 765432",
        email="bpbd@lembahhijau.go.id",
        website="bpbd.lembahhijau.go.id",
        logo_png=png(),
        signing_city="Lembah Hijau",
    )


@pytest.fixture
def example_record(database, example_meeting):
    from rapat.services.meetings import load_meeting

    with database.session() as session:
        return load_meeting(session, example_meeting)
