"""The meeting workbook as a reviewer prints it, converted to PDF by LibreOffice and read back."""

from __future__ import annotations

import io
import shutil
import subprocess
from dataclasses import replace

import pikepdf
import pytest
from pypdf import PdfReader

from rapat.documents.workbook import meeting_workbook
from rapat.records.meeting import PointRecord
from rapat.services.meetings import load_meeting

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
pytestmark = pytest.mark.skipif(
    SOFFICE is None,
    reason="LibreOffice (soffice) is not installed: apt-get install libreoffice-calc-nogui",
)


def _printed(data: bytes, tmp_path) -> bytes:
    source = tmp_path / "rapat.xlsx"
    source.write_bytes(data)
    subprocess.run(
        [
            SOFFICE,
            f"-env:UserInstallation=file://{tmp_path / 'profile'}",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(tmp_path),
            str(source),
        ],
        check=True,
        capture_output=True,
        timeout=180,
    )
    return (tmp_path / "rapat.pdf").read_bytes()


def _rules(page: pikepdf.Page) -> list[tuple[float, float, float]]:
    """The page's horizontal lines (the printed grid between rows): (y, left x, right x)."""
    found, start = [], None
    for operands, operator in pikepdf.parse_content_stream(page):
        if str(operator) == "m":
            start = tuple(map(float, operands))
        elif str(operator) == "l" and start is not None:
            x, y = map(float, operands)
            if abs(y - start[1]) < 0.01:
                found.append((y, min(x, start[0]), max(x, start[0])))
            start = (x, y)
    return found


def _cut_texts(data: bytes) -> list[tuple[int, str]]:
    """Printed lines of text that a row's bottom edge runs through: text taller than its row,
    drawn over the edge and cut off on paper (text extraction still finds it whole)."""
    cut: list[tuple[int, str]] = []
    with pikepdf.open(io.BytesIO(data)) as pdf:
        for number, page in enumerate(PdfReader(io.BytesIO(data)).pages, start=1):
            rules = _rules(pdf.pages[number - 1])

            def visit(text, _cm, tm, _font, size, number=number, rules=rules):
                x, baseline = tm[4], tm[5]
                top = baseline + 0.7 * size * tm[3]
                if text.strip() and any(
                    left <= x + 1 <= right and baseline + 0.5 < y < top for y, left, right in rules
                ):
                    cut.append((number, text.strip()))

            page.extract_text(visitor_text=visit)
    return cut


def _sizes(page) -> list[float]:
    found: list[float] = []

    def visit(text, cm, tm, _font, size):
        if text.strip():
            found.append(abs(size * tm[0] * cm[0]) or abs(size * tm[3] * cm[3]))

    page.extract_text(visitor_text=visit)
    return found


@pytest.mark.slow
def test_printed_workbook_is_whole_and_readable(database, big_meeting, tmp_path):
    with database.session() as session:
        record = load_meeting(session, big_meeting)
    ending = "dan seluruhnya dicatat sampai kata terakhir ini"
    record.discussion.append(
        PointRecord("Paparan panjang tentang kesiapan posko. " * 40 + ending, "Kepala BPBD", 1)
    )
    record.participants[0] = replace(  # words wider than their columns run on over extra lines
        record.participants[0],
        name="Letkol Inf. Andi Muh. Yusuf",
        position="Dandim 1403/Sawerigading",
        institution="Kodim 1403/Sawerigading",
        rank=None,
        representing=None,
    )
    printed = _printed(meeting_workbook(record), tmp_path)
    pdf = PdfReader(io.BytesIO(printed))
    texts = [" ".join((page.extract_text() or "").split()) for page in pdf.pages]
    whole = " ".join(texts)
    for participant in record.participants:
        assert participant.name in whole, participant.name
    assert ending in whole
    assert _cut_texts(printed) == []  # every row tall enough for its text: nothing cut on paper
    attendance_pages = [t for t in texts if t.startswith("Daftar Hadir")]  # the page header
    assert len(attendance_pages) >= 2
    for page in attendance_pages:  # the heading row on every page, no heading cut short
        assert (
            "No Nama Jabatan Instansi NIP Pangkat/Golongan No. HP Keterangan Mewakili Jam Hadir"
            in page
        )
    faces = {
        str(font["/BaseFont"]).split("+")[-1].split("-")[0]
        for page in pdf.pages
        for font in page["/Resources"]["/Font"].values()
    }
    assert len(faces) == 1, faces  # headings in the bold of the cells' face, not a fallback
    sizes = [size for page in pdf.pages for size in _sizes(page)]
    assert sizes and min(sizes) >= 8.0, min(sizes)  # 11 pt printed at about 75 % or more
