"""The Excel commands: `rapat xlsx`, `rapat actions -o FILE.xlsx` and `rapat invite`."""

from __future__ import annotations

from openpyxl import Workbook, load_workbook

from rapat.cli import main


def test_xlsx_writes_the_meeting_workbook(database, example_meeting, db_path, tmp_path):
    out = tmp_path / "rapat.xlsx"
    assert main(["--db", str(db_path), "xlsx", str(example_meeting), "-o", str(out)]) == 0
    sheet = load_workbook(out)["Daftar Hadir"]
    numbers = [row[0] for row in sheet.iter_rows(min_row=2, values_only=True)]
    # Six participants, numbered through, under a heading row for each of their six institutions.
    assert [n for n in numbers if isinstance(n, int)] == [1, 2, 3, 4, 5, 6]
    assert sheet.max_row == 13


def test_xlsx_of_a_missing_meeting_is_one_line_and_exit_2(database, db_path, tmp_path, capsys):
    assert main(["--db", str(db_path), "xlsx", "99", "-o", str(tmp_path / "x.xlsx")]) == 2
    assert capsys.readouterr().err == "rapat: Rapat nomor 99 tidak ada\n"
    assert not (tmp_path / "x.xlsx").exists()


def _list(path, rows):
    workbook = Workbook()
    for row in rows:
        workbook.active.append(row)
    workbook.save(path)
    return path


def test_invite_reports_problems_and_stores_nothing(
    database, example_meeting, db_path, tmp_path, capsys
):
    path = _list(
        tmp_path / "u.xlsx",
        [["Nama", "Instansi", "NIP"], ["A", "Dinas A", "123"], ["B", None, None]],
    )
    assert main(["--db", str(db_path), "invite", str(example_meeting), str(path)]) == 2
    err = capsys.readouterr().err.splitlines()
    assert err == [
        "u.xlsx:2: NIP harus 18 digit angka, bukan '123'",
        "u.xlsx:3: Instansi kosong",
        "0 baris siap, 2 baris bermasalah; tidak ada yang disimpan.",
    ]


def test_invite_dry_run_then_for_real(database, example_meeting, db_path, tmp_path, capsys):
    path = _list(tmp_path / "u.xlsx", [["Nama", "Instansi"], ["A", "Dinas A"], ["B", "Dinas B"]])
    base = ["--db", str(db_path), "invite", str(example_meeting), str(path)]
    assert main([*base, "--dry-run"]) == 0
    assert capsys.readouterr().out == "2 baris siap; tidak disimpan (--dry-run).\n"
    assert main(base) == 0
    assert capsys.readouterr().out == f"2 peserta ditambahkan ke rapat {example_meeting}.\n"
    assert main(base) == 2  # now both are on the list already


def test_actions_register_as_xlsx_filtered(database, example_meeting, db_path, tmp_path):
    out = tmp_path / "tindak-lanjut.xlsx"
    args = ["--db", str(db_path), "actions", "--institution", "polres", "-o", str(out)]
    assert main(args) == 0
    sheet = load_workbook(out)["Tindak Lanjut"]
    assert [c.value for c in sheet["D"][1:]] == ["Memperbaiki dua unit perahu karet"]
