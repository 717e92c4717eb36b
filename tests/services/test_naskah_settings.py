"""The naskah dinas settings of the office profile: every face's values checked in one place."""

from __future__ import annotations

import pytest

from rapat.errors import InvalidInput
from rapat.services.organization import get_profile, update_profile


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"margin_left_mm": 5.0}, "Margin kiri harus antara 1 dan 6 cm"),
        ({"margin_bottom_mm": 61}, "Margin bawah harus antara 1 dan 6 cm"),
        ({"margin_top_mm": "20"}, "Margin atas"),
        ({"margin_right_mm": True}, "Margin kanan"),
        ({"typeface": "arial"}, "Jenis huruf harus salah satu dari: liberation, noto"),
        ({"font_size": 9.5}, "Ukuran huruf harus antara 10 dan 14 pt"),
        ({"invitation_pattern": "005/{tahun}"}, "tidak memuat {n}"),
        ({"invitation_pattern": "005/{n}/{unit}"}, "hanya boleh memuat {n}, {bulan} dan {tahun}"),
        ({"invitation_pattern": "005/{n}/" + "x" * 100}, "paling panjang 100 karakter"),
        ({"invitation_pattern": "   "}, "harus berupa teks"),
    ],
)
def test_a_value_outside_the_rules_is_refused_and_nothing_changes(database, changes, message):
    with database.session() as session:
        update_profile(session, margin_left_mm=35.0, letterhead="PEMERINTAH KOTA SOLOK")
    with (
        database.session() as session,
        pytest.raises(InvalidInput, match=message.replace("{", r"\{")),
    ):
        update_profile(session, signing_city="Solok", **changes)
    with database.session() as session:
        profile = get_profile(session)
    assert (profile.margin_left_mm, profile.signing_city) == (35.0, None)


def test_allowed_values_and_empty_ones_are_stored(database):
    allowed = {
        "margin_left_mm": 10,
        "margin_right_mm": 60.0,
        "typeface": "noto",
        "font_size": 14,
        "invitation_pattern": "005/{n}/Kesbangpol/{bulan}/{tahun}",
    }
    with database.session() as session:
        update_profile(session, **allowed)
    with database.session() as session:
        assert {key: getattr(get_profile(session), key) for key in allowed} == allowed
        update_profile(session, **dict.fromkeys(allowed))
    with database.session() as session:
        assert all(getattr(get_profile(session), key) is None for key in allowed)
