"""The output use cases: each file written whole, recorded in the audit trail, reported back."""

from __future__ import annotations

from datetime import date

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from rapat.errors import InvalidInput
from rapat.services import outputs
from rapat.services.action_list import action_list_scope, write_action_list
from rapat.services.actions import ActionFilter
from rapat.services.finalize import audit_trail, finalize

TODAY = date(2025, 10, 27)


def _details(database, meeting_id) -> list[str]:
    with database.session() as session:
        return [row.detail for row in audit_trail(session, meeting_id)]


def test_a_written_pdf_is_reported_with_its_pages_and_recorded(database, example_meeting, tmp_path):
    target = tmp_path / "notula.pdf"
    with database.session() as session:
        saved = outputs.write_notula(session, example_meeting, target)
    assert saved.path == str(target) and saved.pages == len(PdfReader(target).pages) >= 2
    assert saved.warnings == []
    assert _details(database, example_meeting) == ["notula PDF: notula.pdf"]


def test_nothing_is_recorded_when_the_file_cannot_be_written(database, example_meeting, tmp_path):
    with database.session() as session, pytest.raises(InvalidInput, match="tidak dapat ditulis"):
        outputs.write_workbook(session, example_meeting, tmp_path / "tidak-ada" / "rapat.xlsx")
    assert _details(database, example_meeting) == []


def test_one_heading_for_the_pdf_and_the_workbook(database, example_meeting, tmp_path):
    criteria = ActionFilter(
        institution="polres",
        meeting_id=example_meeting,
        unfinished=True,
        due_from=date(2025, 10, 1),
    )
    with database.session() as session:
        scope = action_list_scope(session, criteria)
        pdf = write_action_list(session, criteria, TODAY, tmp_path / "tl.pdf")
        xlsx = write_action_list(session, criteria, TODAY, tmp_path / "tl.xlsx")
    assert scope.startswith("Rapat: Rapat Koordinasi")
    assert "Instansi: polres" in scope and "Belum selesai" in scope
    assert "Tenggat 1 Oktober 2025 s.d. …" in scope
    text = " ".join(" ".join(page.extract_text().split()) for page in PdfReader(pdf.path).pages)
    assert scope in text
    sheet = load_workbook(xlsx.path).active
    assert sheet.oddHeader.center.text == f"Daftar Tindak Lanjut — {scope}"
    assert (pdf.pages, xlsx.pages) == (1, None)
    assert _details(database, example_meeting) == [
        "matriks tindak lanjut PDF: tl.pdf",
        "matriks tindak lanjut Excel: tl.xlsx",
    ]


def test_an_unknown_suffix_is_refused_before_anything_is_written(
    database, example_meeting, tmp_path
):
    with (
        database.session() as session,
        pytest.raises(InvalidInput, match=r"'\.docx' tidak didukung"),
    ):
        write_action_list(session, ActionFilter(), TODAY, tmp_path / "tl.docx")
    assert not (tmp_path / "tl.docx").exists()


def test_finalize_refuses_a_profile_without_letterhead(database, example_meeting):
    with database.session() as session, pytest.raises(InvalidInput, match="kop surat"):
        finalize(session, example_meeting)
    assert _details(database, example_meeting) == []
