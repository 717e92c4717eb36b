"""Spreadsheets read within their limits: encodings of CSVs detected or refused with the line, and
hostile workbooks refused or read within 500 MB and 30 s (measured in a subprocess)."""

from __future__ import annotations

import io
import json
import subprocess
import sys
import time as clock
import zipfile
from pathlib import Path

import pytest
from openpyxl import Workbook

from rapat import limits
from rapat.errors import InvalidInput
from rapat.services.participant_import import build_preview, read_table
from rapat.spreadsheets import read_grids

HEADER = "Nama;Jabatan;Instansi\n"


def _names(path: Path) -> list[str]:
    return [row.record.name for row in build_preview(read_table(path)).rows]


@pytest.mark.parametrize(
    ("encoding", "prefix"),
    [
        ("utf-8", b""),
        ("utf-8", b"\xef\xbb\xbf"),
        ("utf-16-le", b"\xff\xfe"),
        ("utf-16-be", b"\xfe\xff"),
        ("cp1252", b""),
    ],
)
def test_csv_encodings_are_read_as_written(tmp_path, encoding, prefix):
    text = HEADER + "José Müller;Kepala Bidang;Dinas Perhubungan\nSiti Aminah;Staf;BPBD\n"
    path = tmp_path / "undangan.csv"
    path.write_bytes(prefix + text.encode(encoding))
    assert _names(path) == ["José Müller", "Siti Aminah"]


@pytest.mark.parametrize(
    ("data", "line"),
    [
        # Chinese names written in GBK: Windows-1252 would turn them into accented nonsense
        ((HEADER + "Budi;Staf;BPBD\n张伟;主任;民政局\n").encode("gbk"), 3),
        # a UTF-8 file (it says so with its BOM) broken on its fourth line
        (
            b"\xef\xbb\xbf"
            + (HEADER + "Budi;Staf;BPBD\nAni;Staf;BPBD\n").encode()
            + b"Ren\xe9;Staf;BPBD\n",
            4,
        ),
        # a UTF-16 file with half a character on its third line
        (b"\xff\xfe" + (HEADER + "Budi;Staf;BPBD\n").encode("utf-16-le") + b"\x00\xd8", 3),
    ],
    ids=["gbk", "broken-utf-8", "broken-utf-16"],
)
def test_a_csv_not_valid_in_its_encoding_is_refused_with_its_line(tmp_path, data, line):
    path = tmp_path / "undangan.csv"
    path.write_bytes(data)
    with pytest.raises(InvalidInput, match=f"undangan.csv baris {line}: huruf tidak terbaca"):
        read_table(path)


def test_rows_beyond_the_limit_are_refused(tmp_path, monkeypatch):
    monkeypatch.setattr(limits, "ROWS_PER_SHEET", 50)
    path = tmp_path / "panjang.csv"
    path.write_text(HEADER + "".join(f"Peserta {n};Staf;BPBD\n" for n in range(60)))
    with pytest.raises(InvalidInput, match="lebih dari 50 baris"):
        read_table(path)
    path.write_text(HEADER + "".join(f"Peserta {n};Staf;BPBD\n" for n in range(40)))
    assert len(_names(path)) == 40


def test_merged_header_cells_still_fill_their_range(tmp_path):
    workbook = Workbook()
    sheet = workbook.active
    sheet.append(["DAFTAR UNDANGAN"])
    sheet.merge_cells("A1:C1")
    sheet.append(["Nama", "Jabatan", "Instansi"])
    sheet.append(["Budi", "Staf", "BPBD"])
    sheet.append([None, "Kepala", None])
    sheet.merge_cells("C3:C4")
    workbook.save(tmp_path / "a.xlsx")
    (grid,) = read_grids(tmp_path / "a.xlsx")
    assert grid.rows[0] == ["DAFTAR UNDANGAN"] * 3
    assert grid.rows[3][2] == "BPBD"


# --- hostile files, each read by `rapat invite` in a subprocess whose peak memory is measured ---


def _workbook_bytes(fill) -> bytes:
    workbook = Workbook()
    sheet = workbook.active
    sheet.append(["Nama", "Jabatan", "Instansi"])
    sheet.append(["Budi", "Staf", "BPBD"])
    fill(sheet)
    out = io.BytesIO()
    workbook.save(out)
    return out.getvalue()


def _rewrite_sheet(data: bytes, change) -> bytes:
    """The workbook with its first sheet's XML passed through change(xml) -> xml."""
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            content = source.read(info)
            if info.filename == "xl/worksheets/sheet1.xml":
                content = change(content)
            target.writestr(info.filename, content)
    return out.getvalue()


def one_cell_at_the_last_column_and_row(path: Path) -> None:
    path.write_bytes(_workbook_bytes(lambda sheet: sheet.cell(1048576, 16384, "x")))


def _merged(ref: str, dimension: bool):
    """A change to sheet XML adding one merged range (openpyxl would make a cell object for each
    of its cells: the very memory the reader must not spend)."""

    def change(xml: bytes) -> bytes:
        xml = xml.replace(
            b"</sheetData>",
            f'</sheetData><mergeCells count="1"><mergeCell ref="{ref}"/></mergeCells>'.encode(),
        )
        if not dimension:
            xml = xml.replace(b'<dimension ref="A1:C2"/>', b"")
        return xml

    return change


def one_huge_merged_range(path: Path) -> None:
    path.write_bytes(
        _rewrite_sheet(_workbook_bytes(lambda sheet: None), _merged("A3:XFD1048576", True))
    )


def merged_range_without_dimension(path: Path) -> None:
    data = _rewrite_sheet(_workbook_bytes(lambda sheet: None), _merged("D1:D1048576", False))
    path.write_bytes(data)


def many_rows_without_dimension(path: Path) -> None:
    def fill(sheet) -> None:
        for n in range(limits.ROWS_PER_SHEET + 50):
            sheet.append([f"Peserta {n}", "Staf", "BPBD"])

    data = _workbook_bytes(fill)
    path.write_bytes(
        _rewrite_sheet(data, lambda xml: xml.replace(b'<dimension ref="A1:C10052"/>', b""))
    )


def zip_bomb(path: Path) -> None:
    """A 1 GB sheet of blanks packed into about a megabyte."""
    data = _workbook_bytes(lambda sheet: None)
    source = zipfile.ZipFile(io.BytesIO(data))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as target:
        for info in source.infolist():
            if info.filename != "xl/worksheets/sheet1.xml":
                target.writestr(info.filename, source.read(info))
                continue
            xml = source.read(info)
            head, tail = xml.split(b"</sheetData>")
            with target.open(info.filename, "w", force_zip64=True) as part:
                part.write(head)
                blank = b" " * 1_000_000
                for _ in range(1000):
                    part.write(blank)
                part.write(b"</sheetData>" + tail)


def csv_of_50_megabytes(path: Path) -> None:
    line = "Peserta Nomor {n};Staf Bidang Umum;Badan Penanggulangan Bencana Daerah\n"
    with path.open("w", encoding="utf-8") as out:
        out.write(HEADER)
        n = 0
        while out.tell() < 50_000_000:
            out.write("".join(line.format(n=n + k) for k in range(1000)))
            n += 1000


def csv_just_under_the_size_limit(path: Path) -> None:
    line = "Peserta Nomor {n};Staf;BPBD\n"
    with path.open("w", encoding="utf-8") as out:
        out.write(HEADER)
        n = 0
        while out.tell() < limits.SPREADSHEET_FILE_BYTES - 100_000:
            out.write("".join(line.format(n=n + k) for k in range(1000)))
            n += 1000


HOSTILE = [
    ("satu-sel.xlsx", one_cell_at_the_last_column_and_row, "menjangkau sampai baris 1.048.576"),
    ("gabungan.xlsx", one_huge_merged_range, "menjangkau sampai baris 1.048.576 dan kolom 16.384"),
    ("gabungan-tanpa-ukuran.xlsx", merged_range_without_dimension, "menjangkau sampai baris"),
    ("tanpa-ukuran.xlsx", many_rows_without_dimension, "lebih dari 10.000 baris"),
    ("bom.xlsx", zip_bomb, "mengembang"),
    ("besar.csv", csv_of_50_megabytes, "terlalu besar"),
    ("hampir-batas.csv", csv_just_under_the_size_limit, "lebih dari 10.000 baris"),
]

# The child's own peak: ru_maxrss survives exec, so on Linux it would report the test process's
# peak whenever that was higher; VmHWM belongs to the child's own memory.
_CHILD = """
import json, resource, sys, time
started = time.perf_counter()
from rapat.cli import main
code = main(["--db", sys.argv[1], "invite", "1", sys.argv[2]])
try:
    with open("/proc/self/status") as status:
        peak = next(int(l.split()[1]) * 1024 for l in status if l.startswith("VmHWM:"))
except OSError:
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
print(json.dumps({"code": code, "peak": peak, "seconds": time.perf_counter() - started}))
"""


@pytest.fixture(scope="module")
def invite_target(tmp_path_factory) -> Path:
    from datetime import date, time

    from rapat.db import open_database
    from rapat.services.meetings import create_meeting

    path = tmp_path_factory.mktemp("hostile") / "rapat.db"
    database = open_database(str(path))
    with database.session() as session:
        create_meeting(
            session, title="Rapat Uji", date=date(2026, 11, 28), start_time=time(9), location="Aula"
        )
    database.close()
    return path


@pytest.mark.slow
@pytest.mark.parametrize(("name", "make", "refusal"), HOSTILE, ids=[h[0] for h in HOSTILE])
def test_hostile_spreadsheets_are_refused_within_bounds(
    invite_target, tmp_path, name, make, refusal
):
    path = tmp_path / name
    make(path)
    started = clock.perf_counter()
    finished = subprocess.run(
        [sys.executable, "-c", _CHILD, str(invite_target), str(path)],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=Path(__file__).parent.parent,
    )
    seconds = clock.perf_counter() - started
    result = json.loads(finished.stdout.strip().splitlines()[-1])
    assert result["code"] == 2, finished.stderr
    assert refusal in finished.stderr
    assert finished.stderr.count("\n") == 1, finished.stderr
    assert result["peak"] < 500_000_000, f"{name}: {result['peak'] / 1e6:.0f} MB"
    assert seconds < 30, f"{name}: {seconds:.1f} s"
    print(
        f"{name} ({path.stat().st_size / 1e6:.1f} MB): {result['peak'] / 1e6:.0f} MB, {seconds:.1f} s"
    )


def test_an_invitation_list_beyond_the_meeting_s_participant_limit_is_not_stored(
    tmp_path, monkeypatch
):
    from rapat.services.participant_import import Roster

    monkeypatch.setattr(limits, "PARTICIPANTS_PER_MEETING", 30)
    path = tmp_path / "undangan.csv"
    path.write_text(HEADER + "".join(f"Peserta {n};Staf;BPBD\n" for n in range(20)))
    preview = build_preview(read_table(path), Roster(size=15))
    assert not preview.ok
    assert "Rapat ini akan berisi 35 peserta; satu rapat paling banyak 30" in preview.problems
    assert build_preview(read_table(path), Roster(size=10)).ok
