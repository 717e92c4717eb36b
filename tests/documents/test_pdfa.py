"""PDF/A-2b as far as offline tools can tell: XMP identification, docinfo, output intent, fonts."""

from __future__ import annotations

import io

import pikepdf
import pytest
from pdf_inspection import fonts_of

from rapat.documents.notula import build_notula


@pytest.fixture
def pdf(example_record, profile):
    document = build_notula(example_record, profile)
    with pikepdf.open(io.BytesIO(document.data)) as opened:
        yield opened


def test_xmp_identifies_pdfa_2b_and_matches_the_docinfo(pdf, example_record):
    meta = pdf.open_metadata()
    assert meta["pdfaid:part"] == "2"
    assert meta["pdfaid:conformance"] == "B"
    assert meta.pdfa_status == "2B"
    title = str(pdf.docinfo["/Title"])
    assert title == f"Notula {example_record.title}"
    assert meta["dc:title"] == title
    assert str(pdf.docinfo["/Author"]) == "Dewi Lestari, S.Sos"
    assert meta["dc:creator"] == ["Dewi Lestari, S.Sos"]
    assert meta["dc:description"] == str(pdf.docinfo["/Subject"])
    assert meta["pdf:Producer"] == str(pdf.docinfo["/Producer"])
    assert "/Filter" not in pdf.Root.Metadata  # PDF/A wants the XMP readable without decoding


def test_srgb_output_intent_is_present(pdf):
    intents = pdf.Root.OutputIntents
    assert len(intents) == 1
    intent = intents[0]
    assert intent.S == "/GTS_PDFA1"
    profile = intent.DestOutputProfile
    assert profile.N == 3
    assert profile.read_bytes()[36:40] == b"acsp"  # an ICC profile's signature


def test_nothing_pdfa_forbids(pdf):
    assert not pdf.is_encrypted
    assert "/Encrypt" not in pdf.trailer
    assert "/JavaScript" not in pdf.Root.get("/Names", {})
    assert "/OpenAction" not in pdf.Root and "/AA" not in pdf.Root
    for page in pdf.pages:
        assert "/AA" not in page.obj
        for annotation in page.obj.get("/Annots", []):
            assert annotation.get("/S") != "/JavaScript"
    assert "/ID" in pdf.trailer


def test_every_font_is_embedded(example_record, profile):
    fonts = fonts_of(build_notula(example_record, profile).data)
    assert len(fonts) >= 2  # regular and bold at least
    assert all(fonts.values()), fonts
    assert all("LiberationSans" in name for name in fonts)  # the default, Arial-metric face


def test_the_office_may_choose_noto_sans(example_record, profile):
    profile.typeface = "noto"
    fonts = fonts_of(build_notula(example_record, profile).data)
    assert fonts and all(fonts.values()), fonts
    assert all("NotoSans" in name for name in fonts)


def test_xmp_holds_a_title_with_markup_characters_as_the_docinfo_does(example_record, profile):
    example_record.title = 'Rapat "Hulu & Hilir" <Terpadu>'
    document = build_notula(example_record, profile)
    with pikepdf.open(io.BytesIO(document.data)) as pdf:
        meta = pdf.open_metadata()
        assert str(pdf.docinfo["/Title"]) == 'Notula Rapat "Hulu & Hilir" <Terpadu>'
        assert meta["dc:title"] == str(pdf.docinfo["/Title"])
        assert meta.pdfa_status == "2B"
