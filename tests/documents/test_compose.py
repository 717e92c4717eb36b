"""Plain user text is laid out exactly as ReportLab's markup parser would have read it."""

from __future__ import annotations

import io

import pytest
from reportlab.platypus import Paragraph, SimpleDocTemplate

from rapat.documents.compose import Composer, escape

TEXTS = [
    "Rapat Koordinasi",
    "  spasi   ganda\tdan tab  di   tepi  ",
    "tanpa\u00a0putus dan\u2003em\u2009tipis",
    "Kepala Badan Kesatuan Bangsa dan Politik Kabupaten Lembah Hijau, yang membuka rapat",
    "Disepakati 👍",
]


def one_paragraph_pdf(paragraph: Paragraph) -> bytes:
    out = io.BytesIO()
    SimpleDocTemplate(out, invariant=1, pagesize=(200, 400)).build([paragraph])
    return out.getvalue()


@pytest.mark.parametrize("text", TEXTS)
def test_a_plain_paragraph_prints_as_the_parsed_one(text):
    composer = Composer()
    for style in (composer.styles.cell, composer.styles.justified):
        made = composer.para(text, style, bullet="–")
        parsed = Paragraph(escape(text), style, bulletText="–")
        assert one_paragraph_pdf(made) == one_paragraph_pdf(parsed)


def test_text_with_markup_characters_or_lines_still_goes_through_the_parser():
    composer = Composer()
    made = composer.para("A & B <c>\nbaris kedua", composer.styles.cell)
    assert made.getPlainText() == "A & B <c>baris kedua"
    assert [frag.lineBreak for frag in made.frags if hasattr(frag, "lineBreak")] == [True]
