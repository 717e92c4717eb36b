"""The page of naskah dinas: margins and type from the office profile, the usual defaults otherwise."""

from __future__ import annotations

import io

import pytest
from pypdf import PdfReader
from reportlab.lib.units import mm

from rapat.documents.notula import build_notula


def _where(data: bytes, wanted: str) -> tuple[float, float, float]:
    """The x position, the y position and the font size at which a text is first drawn."""
    found: list[tuple[float, float, float]] = []

    def visit(text, cm, tm, _font, size):
        if text.strip().startswith(wanted) and not found:
            x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
            y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
            found.append((x, y, size * tm[0] * cm[0]))

    PdfReader(io.BytesIO(data)).pages[0].extract_text(visitor_text=visit)
    assert found, wanted
    return found[0]


def test_default_margins_and_type_are_those_of_the_rules(example_record, profile):
    data = build_notula(example_record, profile).data
    x, _y, size = _where(data, "Sidang/Rapat")
    assert x == pytest.approx(30 * mm, abs=0.5)
    assert size == pytest.approx(12)
    _x, y, _size = _where(data, "PEMERINTAH")
    assert 297 * mm - y == pytest.approx(20 * mm, abs=8 * mm)  # the kop starts at the top margin


def test_the_office_profile_sets_margins_and_size(example_record, profile):
    profile.margin_left_mm = 40
    profile.font_size = 11
    x, _y, size = _where(build_notula(example_record, profile).data, "Sidang/Rapat")
    assert x == pytest.approx(40 * mm, abs=0.5)
    assert size == pytest.approx(11)


@pytest.mark.parametrize("profile_letterhead", [None, ""])
def test_a_profile_without_a_kop_is_reported(example_record, profile, profile_letterhead):
    from rapat.documents.attendance import build_attendance

    profile.letterhead = profile_letterhead
    for build in (build_notula, build_attendance):
        warnings = build(example_record, profile).warnings
        assert any("belum memuat kop surat" in warning for warning in warnings)


@pytest.mark.parametrize("name", ["palopo", "solok", "gunung_mas"])
def test_short_meetings_of_regional_offices(name, profile):
    """The short meetings looked at page by page: numbered from page 2, every participant listed,
    the signature block with the closing lines, the invitation cited with its date."""
    from pathlib import Path

    from pdf_inspection import page_number_of, page_texts

    from rapat.services.interchange import read_meeting_file

    record = read_meeting_file(Path(__file__).parent.parent / "data" / "naskah" / f"{name}.json")
    pages = page_texts(build_notula(record, profile).data)
    assert [page_number_of(page) for page in pages] == [None, *range(2, len(pages) + 1)]
    text = " ".join(pages)
    assert all(participant.name in text for participant in record.participants)
    assert f"tanggal {record.invitation_date.day} " in text
    block_page = next(page for page in pages if "Pimpinan Sidang/Rapat," in page)
    assert record.closing in block_page
