"""The meeting workbook and the action register, read back with openpyxl as Excel would see them."""

from __future__ import annotations

from datetime import date, datetime, time
from io import BytesIO

import pytest
from openpyxl import load_workbook

from rapat.documents.workbook import (
    CELL_LIMIT,
    action_register_workbook,
    meeting_workbook,
    text_pieces,
)
from rapat.models import Officer
from rapat.records.meeting import (
    ActionRecord,
    MeetingRecord,
    ParticipantRecord,
    PointRecord,
    by_institution,
)
from rapat.services.actions import ActionFilter, find_actions
from rapat.services.meetings import load_meeting

SHEETS = ["Rapat", "Daftar Hadir", "Pembahasan", "Keputusan", "Tindak Lanjut"]


def _open(data: bytes):
    return load_workbook(BytesIO(data))


def _column(sheet, header: str) -> list:
    headers = [cell.value for cell in sheet[1]]
    index = headers.index(header) + 1
    return [sheet.cell(row=r, column=index).value for r in range(2, sheet.max_row + 1)]


def _assert_no_formulas(workbook) -> None:
    for sheet in workbook.worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                assert cell.data_type != "f", f"{sheet.title}!{cell.coordinate} is a formula"


def _record(**changes) -> MeetingRecord:
    record = MeetingRecord(
        title="Rakor Pengamanan Natal dan Tahun Baru",
        date=date(2024, 12, 17),
        start_time=time(9, 0),
        end_time=time(11, 30),
        timezone="WITA",
        location="Aula Kantor Wali Kota",
        chair=Officer("H. Zul Elfian Umar, SH, M.Si", "Wali Kota"),
        agenda=["Pembukaan", "Paparan kesiapan pengamanan"],
        participants=[
            ParticipantRecord("=SUM(A1:A9)", "Polres", "present", check_in=time(8, 55)),
            ParticipantRecord("+62 Tokoh", "@FKUB", "absent", position="-Ketua-"),
        ],
        discussion=[PointRecord("Pos pengamanan disiapkan.", "Kapolres", agenda_item=2)],
        decisions=["=1+1 bukan rumus"],
        actions=[ActionRecord("Menyiapkan pos", "Polres", "AKP Rafli", date(2024, 12, 20))],
    )
    for key, value in changes.items():
        setattr(record, key, value)
    return record


def test_meeting_workbook_has_every_participant_and_action(database, big_meeting):
    with database.session() as session:
        record = load_meeting(session, big_meeting)
    workbook = _open(meeting_workbook(record))

    assert workbook.sheetnames == SHEETS
    attendance = workbook["Daftar Hadir"]
    # Grouped like the daftar hadir: a heading row per institution (its cells empty but the first)
    # before its participants.
    grouped = [[None, *members] for members in by_institution(record.participants).values()]
    listed = [p for group in grouped for p in group]
    assert _column(attendance, "Nama") == [p and p.name for p in listed]
    assert _column(attendance, "Instansi") == [p and p.institution for p in listed]
    assert _column(attendance, "NIP") == [p and p.nip for p in listed]
    actions = workbook["Tindak Lanjut"]
    assert _column(actions, "Uraian Tindak Lanjut") == [a.description for a in record.actions]
    assert _column(workbook["Keputusan"], "Keputusan / Kesimpulan") == record.decisions
    assert _column(workbook["Pembahasan"], "Isi Pembahasan") == [p.text for p in record.discussion]
    _assert_no_formulas(workbook)


def test_headers_are_bold_frozen_filtered_and_printed_on_every_page(database, example_meeting):
    with database.session() as session:
        record = load_meeting(session, example_meeting)
    workbook = _open(meeting_workbook(record))

    for sheet in workbook.worksheets:
        assert sheet.freeze_panes == "A2"
        assert all(cell.font.b for cell in sheet[1])
        assert sheet.auto_filter.ref.startswith("A1:")
        assert sheet.auto_filter.ref.endswith(str(sheet.max_row))
        assert sheet.print_title_rows == "$1:$1"
        assert int(sheet.page_setup.paperSize) == 9  # A4
        assert sheet.page_setup.fitToWidth == 1
        assert sheet.sheet_properties.pageSetUpPr.fitToPage
    assert workbook["Daftar Hadir"].page_setup.orientation == "landscape"
    assert workbook["Keputusan"].page_setup.orientation == "portrait"
    widths = workbook["Pembahasan"].column_dimensions
    assert widths["D"].width > widths["A"].width
    text = workbook["Pembahasan"]["D2"]
    assert text.alignment.wrap_text


def test_dates_and_times_are_real_excel_dates(database, example_meeting):
    with database.session() as session:
        record = load_meeting(session, example_meeting)
    workbook = _open(meeting_workbook(record))

    identity = {row[0].value: row[1] for row in workbook["Rapat"].iter_rows(min_row=2)}
    assert identity["Hari/Tanggal"].is_date
    assert identity["Hari/Tanggal"].value == datetime(2025, 10, 14)
    assert "dddd" in identity["Hari/Tanggal"].number_format
    assert identity["Jam mulai"].value == time(9, 0)
    check_in = workbook["Daftar Hadir"]["J3"]  # under the first institution's heading
    assert check_in.is_date and check_in.value == time(8, 52)
    assert check_in.number_format == 'hh"."mm'
    due = workbook["Tindak Lanjut"]["E2"]
    assert due.is_date and due.value == datetime(2025, 10, 31)


def test_text_that_looks_like_a_formula_stays_text():
    workbook = _open(meeting_workbook(_record()))

    attendance = workbook["Daftar Hadir"]  # rows 2 and 4 head the institutions
    assert attendance["B3"].value == "=SUM(A1:A9)"
    assert attendance["B3"].data_type == "s"
    assert attendance["B3"].quotePrefix
    assert attendance["A4"].value == "@FKUB"
    assert attendance["A4"].quotePrefix
    assert attendance["B5"].value == "+62 Tokoh"
    assert attendance["C5"].value == "-Ketua-"
    assert attendance["D5"].value == "@FKUB"
    assert workbook["Keputusan"]["B2"].value == "=1+1 bukan rumus"
    _assert_no_formulas(workbook)


def test_a_text_longer_than_a_cell_continues_in_the_next_columns(tmp_path):
    long_text = ("Pembahasan panjang dengan 😀 tanda. " * 3000)[: CELL_LIMIT * 2 + 500]
    path = tmp_path / "rapat.xlsx"
    path.write_bytes(meeting_workbook(_record(decisions=["Pendek", long_text])))
    sheet = load_workbook(path)["Keputusan"]

    headers = [cell.value for cell in sheet[1]]
    assert headers == [
        "No",
        "Keputusan / Kesimpulan",
        "Keputusan / Kesimpulan (lanjutan 1)",
        "Keputusan / Kesimpulan (lanjutan 2)",
    ]
    pieces = [cell.value for cell in sheet[3][1:]]
    assert "".join(pieces) == long_text
    assert all(len(piece.encode("utf-16-le")) // 2 <= CELL_LIMIT for piece in pieces)
    assert [cell.value for cell in sheet[2][1:]] == ["Pendek", None, None]


def test_text_pieces_never_split_a_character_counted_twice():
    text = "😀" * CELL_LIMIT
    pieces = text_pieces(text)
    assert "".join(pieces) == text
    assert [len(p) for p in pieces] == [CELL_LIMIT // 2, CELL_LIMIT // 2, 1]


def test_control_characters_do_not_break_the_file():
    workbook = _open(meeting_workbook(_record(decisions=["Kesimpulan\x07 akhir\nbaris dua"])))
    assert workbook["Keputusan"]["B2"].value == "Kesimpulan\ufffd akhir\nbaris dua"


def test_an_empty_meeting_still_has_every_sheet_with_its_header():
    record = _record(participants=[], discussion=[], decisions=[], actions=[])
    workbook = _open(meeting_workbook(record))
    assert workbook.sheetnames == SHEETS
    assert workbook["Keputusan"].max_row == 1
    assert workbook["Keputusan"].auto_filter.ref == "A1:B1"


@pytest.mark.parametrize("today", [date(2025, 10, 25)])
def test_action_register_lists_every_action_with_days_overdue(database, example_meeting, today):
    with database.session() as session:
        rows = find_actions(session, ActionFilter())
    workbook = _open(action_register_workbook(rows, today, "Instansi: Polres & Kodim"))

    sheet = workbook["Tindak Lanjut"]
    headers = [cell.value for cell in sheet[1]]
    assert headers == [
        "No",
        "Rapat",
        "Tanggal Rapat",
        "Uraian Tindak Lanjut",
        "Instansi",
        "Pelaksana",
        "Tenggat",
        "Status",
        "Terlambat (hari)",
    ]
    assert sorted(_column(sheet, "Uraian Tindak Lanjut")) == sorted(r.description for r in rows)
    overdue = dict(
        zip(_column(sheet, "Uraian Tindak Lanjut"), _column(sheet, "Terlambat (hari)"), strict=True)
    )
    assert overdue["Menyusun jadwal piket posko siaga"] == 5
    assert overdue["Memasang rambu jalur evakuasi di Desa Tepian dan Desa Muara"] == 0
    assert sheet["C2"].is_date and sheet["G2"].is_date
    assert sheet.page_setup.orientation == "landscape"
    assert sheet.oddHeader.center.text == "Daftar Tindak Lanjut — Instansi: Polres && Kodim"
    assert "Sedang dikerjakan" in _column(sheet, "Status")
    _assert_no_formulas(workbook)


def test_rows_are_tall_enough_for_their_wrapped_text_and_headers_whole():
    from rapat.documents.workbook import LINE_HEIGHT

    long_point = "Kapolres menyampaikan kesiapan pengamanan di seluruh kecamatan. " * 12
    workbook = _open(
        meeting_workbook(_record(discussion=[PointRecord(long_point, "Kapolres", agenda_item=2)]))
    )
    sheet = workbook["Pembahasan"]
    width = sheet.column_dimensions["D"].width
    assert sheet["D2"].alignment.wrap_text
    needed_lines = len(long_point) / ((width - 1) * 1.1)  # characters a little narrower than "0"
    assert sheet.row_dimensions[2].height >= needed_lines * LINE_HEIGHT
    for sheet in workbook.worksheets:
        for cell in sheet[1]:
            longest_word = max(len(word) for word in cell.value.split())
            assert sheet.column_dimensions[cell.column_letter].width >= longest_word
            assert cell.alignment.wrap_text
        assert sheet.row_dimensions[1].height >= LINE_HEIGHT


def test_the_attendance_sheet_prints_at_a_readable_scale(database, big_meeting):
    from rapat.documents.workbook import LANDSCAPE_CHARACTERS, MIN_PRINT_SCALE

    with database.session() as session:
        record = load_meeting(session, big_meeting)
    sheet = _open(meeting_workbook(record))["Daftar Hadir"]
    total = sum(sheet.column_dimensions[cell.column_letter].width for cell in sheet[1])
    assert LANDSCAPE_CHARACTERS / total >= MIN_PRINT_SCALE - 0.01


def test_attendance_sheet_is_numbered_and_grouped_like_the_daftar_hadir():
    record = _record(
        participants=[
            ParticipantRecord("Andi", "Polres", "present"),
            ParticipantRecord("Budi", "Kodim", "excused"),
            ParticipantRecord("Citra", "Polres", "represented", representing="Kapolres"),
            ParticipantRecord("Dewi", "", "absent"),
        ]
    )
    sheet = _open(meeting_workbook(record))["Daftar Hadir"]

    rows = [
        [cell.value for cell in row][:2]
        for row in sheet.iter_rows(min_row=2, max_row=sheet.max_row)
    ]
    assert rows == [
        ["Polres", None],
        [1, "Andi"],
        [2, "Citra"],
        ["Kodim", None],
        [3, "Budi"],
        ["-", None],
        [4, "Dewi"],
    ]
    heading = sheet["A2"]
    assert heading.font.b and not heading.alignment.wrap_text
    assert all(cell.fill.start_color.rgb.endswith("F2F2F2") for cell in sheet[2])
    assert not sheet["A3"].font.b
    assert sheet.auto_filter.ref == "A1:J8"
