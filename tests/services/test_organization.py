from __future__ import annotations

import pytest

from rapat.errors import InvalidInput
from rapat.services.organization import get_profile, update_profile


def test_profile_starts_empty_and_keeps_changes(database):
    with database.session() as session:
        assert get_profile(session).letterhead_lines == []
        assert get_profile(session).note_taker_signs
    with database.session() as session:
        update_profile(
            session,
            letterhead="PEMERINTAH KABUPATEN LEMBAH HIJAU\n\nBADAN KESATUAN BANGSA DAN POLITIK",
            signing_city="Lembah Hijau",
            signature_blocks="chair",
        )
    with database.session() as session:
        profile = get_profile(session)
    assert profile.letterhead_lines == [
        "PEMERINTAH KABUPATEN LEMBAH HIJAU",
        "BADAN KESATUAN BANGSA DAN POLITIK",
    ]
    assert profile.signing_city == "Lembah Hijau" and not profile.note_taker_signs


def test_unknown_signature_blocks_refused(database):
    with database.session() as session, pytest.raises(InvalidInput):
        update_profile(session, signature_blocks="everyone")
