"""The stamp's text font: the Latin cut of Noto Sans embedded as a simple WinAnsi TrueType font,
or pyHanko's subset for text WinAnsi cannot write; either way PDF/A (embedded, widths of the
program) and read back as written."""

from __future__ import annotations

import io
import shutil
import subprocess
from datetime import UTC, datetime, timedelta

import pikepdf
import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.x509.oid import NameOID

from rapat.documents.signing import (
    FieldSpec,
    SigningIdentity,
    add_signature_fields,
    sign_pdf,
    verify_pdf,
)
from rapat.documents.stamp import STAMP_FONT, StampDetails
from rapat.documents.winansi_font import latin_cut
from rapat.resources import resource_path


def test_stamp_font_metrics_are_the_programs_own():
    """PDF/A: a simple font's widths agree with its program; read here without fontTools,
    checked against fontTools for every WinAnsi code the cut has."""
    from fontTools.ttLib import TTFont

    font = latin_cut()
    program = TTFont(resource_path(*STAMP_FONT))
    cmap, hmtx = program.getBestCmap(), program["hmtx"]
    assert program["head"].unitsPerEm == 1000
    expected = {}
    for code in range(0x20, 0x100):
        try:
            character = bytes([code]).decode("cp1252")
        except UnicodeDecodeError:
            continue
        if ord(character) in cmap:
            expected[code] = hmtx[cmap[ord(character)]][0]
    assert font.widths == expected and len(expected) > 200
    assert font.name == program["name"].getDebugName(6)
    assert font.encodes("Dr. Ir. Bambang Sutrisno, M.T. — NIP 19680512 “5 November” é")
    assert not font.encodes("oleh Nguyễn Đặng") and not font.encodes(
        "Ş"
    )  # the cut has Ş, not WinAnsi


def _identity(name: str) -> SigningIdentity:
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    subject = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, name)])
    now = datetime.now(UTC)
    certificate = (
        x509.CertificateBuilder().subject_name(subject).issuer_name(subject)
        .public_key(key.public_key()).serial_number(x509.random_serial_number())
        .not_valid_before(now - timedelta(days=1)).not_valid_after(now + timedelta(days=9))
        .sign(key, hashes.SHA256())
    )  # fmt: skip
    return SigningIdentity(certificate, key, [])


def _two_fields() -> bytes:
    from reportlab.pdfgen import canvas

    buffer = io.BytesIO()
    page = canvas.Canvas(buffer)
    page.drawString(72, 760, "NOTULA")
    page.save()
    return add_signature_fields(
        buffer.getvalue(),
        [
            FieldSpec("ttd_ketua", 0, (60, 80, 300, 150)),
            FieldSpec("ttd_notulis", 0, (320, 80, 560, 150)),
        ],
    )


def _stamp_fonts(document: pikepdf.Pdf, field: str) -> list:
    """The font dictionaries the stamp of a signature field uses."""
    (widget,) = [
        annot
        for page in document.pages
        for annot in page.get("/Annots", [])
        if annot.get("/T") == field
    ]
    fonts, forms = [], [widget.AP.N]
    while forms:
        form = forms.pop()
        resources = form.get("/Resources", {})
        fonts += list((resources.get("/Font") or {}).values())
        forms += list((resources.get("/XObject") or {}).values())
    return fonts


@pytest.mark.parametrize(
    ("name", "subtype"),
    [("Dr. Ir. Bambang Sutrisno, M.T.", "/TrueType"), ("Nguyễn Đặng", "/Type0")],
    ids=["winansi", "other-characters"],
)
def test_stamp_text_in_an_embedded_font_that_reads_back(tmp_path, name, subtype):
    """A name WinAnsi can write is set in the embedded Latin cut as a simple font, its widths
    from the program; any other goes through pyHanko's subset of Noto Sans. Either way the
    stamp's text is extracted as written, and the font is embedded."""
    signed = sign_pdf(
        _two_fields(),
        _identity(name),
        field="ttd_ketua",
        stamp=StampDetails(name, "196805121994031007", "WITA"),
    )
    with pikepdf.open(io.BytesIO(signed)) as document:
        (font,) = _stamp_fonts(document, "ttd_ketua")
        assert font.Subtype == subtype
        if subtype == "/TrueType":
            assert font.Encoding == "/WinAnsiEncoding"
            program = font.FontDescriptor.FontFile2
            assert int(program.Length1) == len(program.read_bytes()) == len(latin_cut().program)
            assert [int(w) for w in font.Widths] == [
                latin_cut().widths.get(code, 0) for code in range(int(font.FirstChar), 256)
            ]
        else:
            assert "/FontFile2" in font.DescendantFonts[0].FontDescriptor
    path = tmp_path / "signed.pdf"
    path.write_bytes(signed)
    if shutil.which("pdftotext"):
        text = subprocess.run(
            ["pdftotext", str(path), "-"], capture_output=True, text=True, check=True
        ).stdout
        assert f"oleh {name}" in text and "NIP 196805121994031007" in text
    if shutil.which("pdffonts"):
        listing = subprocess.run(
            ["pdffonts", str(path)], capture_output=True, text=True, check=True
        ).stdout.splitlines()[2:]
        stamp = [line for line in listing if "NotoSans" in line]
        assert stamp and all(line.split()[-5] == "yes" for line in stamp)  # the "emb" column


def test_the_second_stamp_uses_the_font_the_first_embedded():
    """One copy of the font program for both signers: the second stamp refers to the first's
    font, added in an earlier revision, and both signatures stay whole for pyHanko."""
    chair, note = _identity("Dr. Ir. Bambang Sutrisno, M.T."), _identity("Dewi Lestari, S.Sos")
    once = sign_pdf(_two_fields(), chair, field="ttd_ketua")
    twice = sign_pdf(once, note, field="ttd_notulis")
    with pikepdf.open(io.BytesIO(twice)) as document:
        (first,) = _stamp_fonts(document, "ttd_ketua")
        (second,) = _stamp_fonts(document, "ttd_notulis")
        assert first.objgen == second.objgen and first.Subtype == "/TrueType"
    reports = verify_pdf(twice, [chair.certificate, note.certificate])
    assert [(r.sound, r.trusted) for r in reports] == [(True, True), (True, True)]
