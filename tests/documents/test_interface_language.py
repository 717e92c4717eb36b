"""Official documents stay Indonesian whatever the interface language: built with the English
translation installed, the notula, the daftar hadir, the action list and the workbooks read as the
Indonesian forms do."""

from __future__ import annotations

import io
from datetime import date

from openpyxl import load_workbook
from pdf_inspection import text_of

from rapat.documents.action_list import build_action_list, describe_scope
from rapat.documents.attendance import build_attendance
from rapat.documents.notula import build_notula
from rapat.documents.workbook import action_register_workbook, meeting_workbook
from rapat.i18n import tr
from rapat.services.actions import ActionFilter, find_actions


def test_notula_pdf_keeps_its_indonesian_headings(english_interface, example_record, profile):
    assert tr("Pembahasan") == "Discussion"  # the English translation is in force
    text = text_of(build_notula(example_record, profile).data)
    for heading in (
        "NOTULA",
        "Hari/Tanggal : Selasa, 14 Oktober 2025",
        "Pimpinan Sidang/Rapat",
        "Kata Pembukaan",
        "Pembahasan",
        "Keputusan/Kesimpulan",
        "Rencana Tindak Lanjut",
        "DAFTAR HADIR",
    ):
        assert heading in text, heading
    for english in ("Discussion", "Decision", "Minutes", "Present", "Not started", "In progress"):
        assert english not in text, english


def test_attendance_and_action_list_stay_indonesian(
    english_interface, database, example_meeting, example_record, profile
):
    attendance = text_of(build_attendance(example_record, profile).data)
    assert "DAFTAR HADIR" in attendance and "Hadir" in attendance
    assert "Present" not in attendance and "Represented" not in attendance
    with database.session() as session:
        rows = find_actions(session, ActionFilter(meeting_id=example_meeting))
    scope = describe_scope(status="open")
    actions = text_of(build_action_list(rows, profile, date(2025, 10, 27), scope).data)
    assert "Status: Belum dikerjakan" in actions
    assert "Not started" not in actions and "Follow-up" not in actions


def test_workbooks_stay_indonesian(english_interface, database, example_meeting, example_record):
    meeting = load_workbook(io.BytesIO(meeting_workbook(example_record)))
    assert meeting.sheetnames[:2] == ["Rapat", "Daftar Hadir"]
    labels = [row[0] for row in meeting["Rapat"].iter_rows(values_only=True)]
    assert "Judul rapat" in labels and "Hadir" in labels
    assert "Present" not in labels
    with database.session() as session:
        rows = find_actions(session, ActionFilter(meeting_id=example_meeting))
    register = load_workbook(io.BytesIO(action_register_workbook(rows, date(2025, 10, 27))))
    values = {cell for row in register.active.iter_rows(values_only=True) for cell in row if cell}
    assert "Uraian Tindak Lanjut" in values and "Belum dikerjakan" in values
    assert not values & {"Not started", "In progress", "Status: Not started"}
