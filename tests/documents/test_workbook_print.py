"""The meeting workbook as a reviewer prints it, converted to PDF by LibreOffice and read back."""

from __future__ import annotations

import io
import shutil
import subprocess

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


def _printed(data: bytes, tmp_path) -> PdfReader:
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
    return PdfReader(io.BytesIO((tmp_path / "rapat.pdf").read_bytes()))


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
    pdf = _printed(meeting_workbook(record), tmp_path)
    texts = [" ".join((page.extract_text() or "").split()) for page in pdf.pages]
    whole = " ".join(texts)
    for participant in record.participants:
        assert participant.name in whole, participant.name
    assert ending in whole  # a long text is shown whole, not cut by its row's height
    attendance_pages = [t for t in texts if t.startswith("Daftar Hadir")]  # the page header
    assert len(attendance_pages) >= 2
    for page in attendance_pages:  # the heading row on every page, no heading cut short
        assert (
            "No Nama Jabatan Instansi NIP Pangkat/Golongan No. HP Keterangan Mewakili Jam Hadir"
            in page
        )
    sizes = [size for page in pdf.pages for size in _sizes(page)]
    assert sizes and min(sizes) >= 8.0, min(sizes)  # 11 pt printed at about 75 % or more
