"""Importing invitation lists: tricky sheets and CSV files built here, previewed, then stored at once."""

from __future__ import annotations

import re
from datetime import datetime, time
from pathlib import Path

import pytest
from openpyxl import Workbook
from sqlalchemy import func, select

from rapat.errors import InvalidInput, ReadOnlyMeeting
from rapat.models import Institution, Meeting, Participant, Person
from rapat.services.participant_import import (
    build_preview,
    guess_mapping,
    import_participants,
    meeting_roster,
    read_table,
)
from rapat.spreadsheets import OLE_SIGNATURE

NIP_A = "197001011990031001"
NIP_B = "198502142010012003"


def _xlsx(path: Path, rows: list[list[object]], merges: tuple[str, ...] = ()) -> Path:
    workbook = Workbook()
    sheet = workbook.active
    for row in rows:
        sheet.append(row)
    for merged in merges:
        sheet.merge_cells(merged)
    workbook.save(path)
    return path


def _preview(database, meeting_id: int, path: Path, mapping=None):
    table = read_table(path)
    with database.session() as session:
        roster = meeting_roster(session, meeting_id)
    return build_preview(table, roster, mapping)


def _count(database, model, *where) -> int:
    with database.session() as session:
        return session.scalar(select(func.count()).select_from(model).where(*where))


def _problems(preview) -> dict[int, tuple[str, ...]]:
    return {row.line: row.problems for row in preview.rows if row.problems}


def test_an_english_list_is_previewed_and_stored_merged_with_the_directory(
    database, example_meeting, tmp_path
):
    path = _xlsx(
        tmp_path / "invitees.xlsx",
        [
            ["No.", "Name", "Position", "Institution", "NIP", "Rank", "Phone", "Signature"],
            [1, "AKP Rafli", "Kabag Ops", "POLRES  lembah hijau", None, "AKP", 81234567890],
            [2, "Rina Marlina, S.E.", "Kabid Anggaran", "BPKAD", f"{NIP_A[:8]} {NIP_A[8:]}", None],
        ],
    )
    institutions_before = _count(database, Institution)

    preview = _preview(database, example_meeting, path)

    assert preview.ok, preview.problems + [p for r in preview.rows for p in r.problems]
    assert preview.mapping["name"] == 1 and preview.mapping["institution"] == 3
    rafli, rina = (row.record for row in preview.rows)
    assert rafli.phone == "081234567890"  # the leading 0 Excel dropped
    assert rina.nip == NIP_A
    with database.session() as session:
        assert import_participants(session, example_meeting, preview) == 2
    assert _count(database, Participant, Participant.meeting_id == example_meeting) == 8
    # "POLRES  lembah hijau" is the directory's Polres Lembah Hijau; BPKAD is new.
    assert _count(database, Institution) == institutions_before + 1
    assert _count(database, Person, Person.nip == NIP_A) == 1
    with database.session() as session:
        last = session.scalars(
            select(Participant)
            .where(Participant.meeting_id == example_meeting)
            .order_by(Participant.seq.desc())
        ).first()
        assert (last.name, last.status, last.seq) == ("Rina Marlina, S.E.", "absent", 7)
        assert last.person_id is not None and last.institution_id is not None


def test_header_below_a_title_block_with_merged_cells_and_empty_rows(
    database, example_meeting, tmp_path
):
    path = _xlsx(
        tmp_path / "undangan.xlsx",
        [
            ["DAFTAR UNDANGAN RAPAT KOORDINASI"],
            ["Hari/Tanggal: Selasa, 5 November 2024"],
            [],
            ["No", "Nama Lengkap", "Jabatan", "Nama Instansi", "Kontak", None],
            [None, None, None, None, "No. HP", "Email"],
            [1, "Kombes Pol Budi", "Kapolresta", "Polresta Kota Baru", "0811111", "b@x.id"],
            [2, "AKBP Sari", "Wakapolresta", None, "0822222", None],
            [],
            [None, None, None, None, None, None],
            [3, "Letkol Arm Yudi", "Dandim", "Kodim 0101", "-", None],
        ],
        merges=("A1:F1", "A4:A5", "B4:B5", "C4:C5", "D4:D5", "E4:F4", "D6:D7"),
    )
    table = read_table(path)
    assert table.headers[:5] == ("No", "Nama Lengkap", "Jabatan", "Nama Instansi", "Kontak No. HP")
    assert guess_mapping(table.headers) == {
        "name": 1,
        "position": 2,
        "institution": 3,
        "nip": None,
        "rank": None,
        "phone": 4,
        "status": None,
        "representing": None,
        "check_in": None,
    }

    preview = _preview(database, example_meeting, path)

    assert preview.ok
    assert [row.line for row in preview.rows] == [6, 7, 10]
    # The institution cell merged over two people belongs to both.
    assert preview.rows[1].record.institution == "Polresta Kota Baru"
    assert preview.rows[2].record.phone is None


def test_every_row_problem_is_named_and_nothing_is_stored(database, example_meeting, tmp_path):
    path = _xlsx(
        tmp_path / "masalah.xlsx",
        [
            ["Nama", "Jabatan", "Instansi", "NIP", "Keterangan"],
            ["Ahmad", "Staf", "Dinas Sosial", NIP_A, "Hadir"],
            [None, "Staf", "Dinas Sosial", None, None],
            ["Budi", "Staf", None, None, None],
            ["Citra", "Staf", "Dinas Sosial", "12345", None],
            ["Dodi", "Staf", "Dinas Sosial", 197001011990031000.0, None],
            ["  AHMAD ", "Staf", "dinas sosial", None, None],
            ["Eka", "Staf", "Dinas Sosial", NIP_A, None],
            ["Agus Salim, S.T.", "Kalak", "Badan Penanggulangan Bencana Daerah", None, None],
            ["Fajar", "Staf", "Dinas Sosial", None, "datang telat"],
        ],
    )
    participants_before = _count(database, Participant)

    preview = _preview(database, example_meeting, path)

    problems = _problems(preview)
    assert 2 not in problems
    assert problems[3] == ("Nama kosong",)
    assert problems[4] == ("Instansi kosong",)
    assert problems[5] == ("NIP harus 18 digit angka, bukan '12345'",)
    assert "NIP tersimpan sebagai angka" in problems[6][0]
    assert problems[7] == ("sama dengan baris 2",)
    assert problems[8] == ("sama dengan baris 2",)
    assert problems[9] == ("sudah ada di daftar hadir rapat ini",)
    assert "Keterangan 'datang telat' tidak dikenal" in problems[10][0]
    assert preview.bad_rows == 8 and not preview.ok
    with (
        pytest.raises(InvalidInput, match="Tidak ada peserta yang disimpan"),
        database.session() as session,
    ):
        import_participants(session, example_meeting, preview)
    assert _count(database, Participant) == participants_before


def test_mapping_chosen_by_the_caller(database, example_meeting, tmp_path):
    path = _xlsx(tmp_path / "asal.xlsx", [["Nama", "Jabatan", "Asal"], ["Rudi", "Lurah", "Kel. A"]])
    guessed = _preview(database, example_meeting, path)
    assert guessed.problems == ["Pilih kolom untuk Instansi"]
    assert not guessed.ok

    mapping = guessed.mapping | {"institution": 2}
    chosen = _preview(database, example_meeting, path, mapping)
    assert chosen.ok and chosen.rows[0].record.institution == "Kel. A"

    twice = _preview(database, example_meeting, path, mapping | {"position": 2})
    assert "Kolom 'Asal' dipilih untuk Jabatan dan Instansi" in twice.problems


def test_a_date_or_time_written_as_text(database, example_meeting, tmp_path):
    path = _xlsx(
        tmp_path / "jam.xlsx",
        [
            ["Nama", "Instansi", "Jam Hadir", "Jabatan"],
            ["A", "Dinas A", "08.30", "Staf"],
            ["B", "Dinas A", "05/11/2024 09:15 WITA", "Staf"],
            ["C", "Dinas A", time(10, 5), "Staf"],
            ["D", "Dinas A", datetime(2024, 11, 5, 10, 7), "Staf"],
            ["E", "Dinas A", "5 November 2024", "Staf"],
            ["F", "Dinas A", None, datetime(2024, 3, 4)],
        ],
    )
    preview = _preview(database, example_meeting, path)

    times = [row.record.check_in for row in preview.rows]
    assert times[:4] == [time(8, 30), time(9, 15), time(10, 5), time(10, 7)]
    problems = _problems(preview)
    assert problems[6] == ("Jam hadir '5 November 2024' tidak dikenali; tulis seperti 08.30",)
    assert "Jabatan berisi tanggal/jam (04-03-2024)" in problems[7][0]


@pytest.mark.slow
def test_ten_thousand_rows(database, example_meeting, tmp_path):
    rows = [["Nama", "Jabatan", "Instansi", "NIP"]]
    rows += [
        [f"Peserta {i}", "Staf", f"Dinas {i % 40}", f"{199000000000000000 + i}"]
        for i in range(10_000)
    ]
    path = _xlsx(tmp_path / "besar.xlsx", rows)

    preview = _preview(database, example_meeting, path)

    assert preview.ok and len(preview.rows) == 10_000
    with database.session() as session:
        assert import_participants(session, example_meeting, preview) == 10_000
    assert _count(database, Participant, Participant.meeting_id == example_meeting) == 10_006
    assert _count(database, Institution, Institution.name.like("Dinas %")) == 41


@pytest.mark.parametrize(
    ("encoding", "delimiter"),
    [("cp1252", ";"), ("latin-1", ";"), ("utf-8-sig", ","), ("utf-8", "\t"), ("utf-16", "\t")],
)
def test_csv_in_other_encodings_and_delimiters(
    database, example_meeting, tmp_path, encoding, delimiter
):
    lines = [
        "Daftar undangan",
        delimiter.join(["No", "Nama", "Jabatan", "Instansi", "No HP"]),
        delimiter.join(["1", '"H. Zul Elfian Umar, SH, M.Si"', "Wali Kota", "Pemkot", "0812"]),
        delimiter.join(
            ["2", "Ma’ruf Amin" if encoding != "latin-1" else "Mário", "Ketua", "MUI", ""]
        ),
        delimiter.join(["3", "=HYPERLINK(1)", "Staf", "Kesbangpol", ""]),
    ]
    path = tmp_path / "undangan.csv"
    path.write_bytes("\r\n".join(lines).encode(encoding))

    preview = _preview(database, example_meeting, path)

    assert preview.ok, preview.problems
    names = [row.record.name for row in preview.rows]
    assert names[0] == "H. Zul Elfian Umar, SH, M.Si"
    assert names[1] == ("Ma’ruf Amin" if encoding != "latin-1" else "Mário")
    assert names[2] == "=HYPERLINK(1)"


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        (
            "daftar.xlsx",
            b"%PDF-1.7\n\x00\x01binary",
            "bukan buku kerja Excel (.xlsx) atau berkas CSV",
        ),
        ("daftar.xlsx", b"PK\x03\x04" + b"\x00" * 40, "rusak atau tidak lengkap"),
        ("daftar.xlsx", b"", "berkas kosong"),
        ("daftar.csv", b"just,some\nwords,here\n", "baris judul kolom tidak ditemukan"),
        ("lama.xls", OLE_SIGNATURE + b"\x00" * 600, "berkas Excel lama (.xls)"),
        (
            "rahasia.xlsx",
            OLE_SIGNATURE + b"\x00" * 600 + "EncryptionInfo".encode("utf-16-le") + b"\x00" * 64,
            "dilindungi kata sandi",
        ),
    ],
)
def test_files_that_cannot_be_read_say_why(tmp_path, name, data, message):
    path = tmp_path / name
    path.write_bytes(data)
    with pytest.raises(InvalidInput, match=re.escape(message)):
        read_table(path)


def test_a_zip_that_is_not_a_workbook(tmp_path):
    import zipfile

    path = tmp_path / "dokumen.xlsx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("word/document.xml", "<w:document/>")
    with pytest.raises(InvalidInput, match="bukan buku kerja Excel"):
        read_table(path)


def test_a_final_meeting_takes_no_import(database, example_meeting, tmp_path):
    with database.session() as session:
        session.get(Meeting, example_meeting).status = "final"
    path = _xlsx(tmp_path / "a.xlsx", [["Nama", "Instansi"], ["A", "B"]])
    with pytest.raises(ReadOnlyMeeting):
        _preview(database, example_meeting, path)


def test_a_row_invited_since_the_preview_stops_the_whole_import(
    database, example_meeting, tmp_path
):
    path = _xlsx(
        tmp_path / "a.xlsx", [["Nama", "Instansi"], ["Anton", "Dinas A"], ["Beni", "Dinas B"]]
    )
    preview = _preview(database, example_meeting, path)
    assert preview.ok
    with database.session() as session:
        import_participants(session, example_meeting, preview)
    with (
        pytest.raises(InvalidInput, match="Baris 2: Anton sudah ada"),
        database.session() as session,
    ):
        import_participants(session, example_meeting, preview)
    assert _count(database, Participant, Participant.meeting_id == example_meeting) == 8
