"""Paragraphs made from a parsed template print exactly as the markup parser would have read them."""

from __future__ import annotations

import io

import pytest
from reportlab.platypus import Paragraph, SimpleDocTemplate

from rapat.documents.compose import Composer, escape

TEXTS = [
    "Rapat Koordinasi",
    "Kepala Badan Kesatuan Bangsa dan Politik Kabupaten Lembah Hijau, yang membuka rapat",
    "PT <Maju> & Sejahtera",
    "Ḥusain ʿAbdullāh",
    "Disepakati 👍",
    "kode \ue000 pribadi",  # a private-use character, as a template's slots are while parsed
    # what the parser itself changes: these go through it
    "  spasi   ganda\tdan tab  di   tepi  ",
    "tanpa\u00a0putus dan\u2003em",
    "baris pertama\nbaris kedua",
    "",
]
TEMPLATES = ["{}", "<b>{}</b>: {}", '<b>{}</b><br/><font size="8">NIP. {}</font>', "<i>{}</i>"]


def one_paragraph_pdf(paragraph: Paragraph) -> bytes:
    out = io.BytesIO()
    SimpleDocTemplate(out, invariant=1, pagesize=(200, 600)).build([paragraph])
    return out.getvalue()


@pytest.mark.parametrize("text", TEXTS)
@pytest.mark.parametrize("template", TEMPLATES)
def test_a_shaped_paragraph_prints_as_its_parsed_markup(template, text):
    composer = Composer()
    texts = [text, "Kami mengusulkan jalur evakuasi baru dan rambu segera"][: template.count("{}")]
    for style in (composer.styles.cell, composer.styles.justified):
        made = composer.shaped(template, style, *texts, bullet="–")
        markup = template.format(*(escape(t).replace("\n", "<br/>") for t in texts))
        parsed = Paragraph(markup, style, bulletText="–")
        assert one_paragraph_pdf(made) == one_paragraph_pdf(parsed)


def test_the_same_shape_is_parsed_once_and_filled_for_each_paragraph():
    composer = Composer()
    first = composer.shaped("<b>{}</b>: {}", composer.styles.cell, "Ketua", "membuka")
    second = composer.shaped("<b>{}</b>: {}", composer.styles.cell, "Sekretaris", "mencatat")
    assert first.getPlainText() == "Ketua: membuka"
    assert second.getPlainText() == "Sekretaris: mencatat"
    assert [f.bold for f in second.frags] == [1, 0]
    assert first.frags[0] is not second.frags[0]


def test_characters_the_font_lacks_are_reported_from_shaped_text():
    composer = Composer()
    composer.shaped("<b>{}</b>", composer.styles.cell, "Wang 王")
    composer.para("Disepakati 👍", composer.styles.body)
    assert "王 (U+738B)" in composer.warnings()[0] and "U+1F44D" in composer.warnings()[0]
