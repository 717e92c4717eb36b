"""Fixtures for the document tests: an office profile with a logo, and meetings as records."""

from __future__ import annotations

import pytest
from sample_images import png


@pytest.fixture
def profile():
    from rapat.records.organization import ProfileRecord

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
