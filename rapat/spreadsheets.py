"""Reading a spreadsheet (.xlsx or .csv) as grids of cell values, within rapat.limits.

An .xlsx is checked before anything is parsed: the unzipped size of each part against its zipped
size (a zip bomb), each sheet's declared dimension and its merged ranges; then it is read by
openpyxl in streaming (read-only) mode, never past the row and column limits. A CSV is decoded in
the encoding it declares or shows (UTF-8 with or without BOM, UTF-16 with BOM, else Windows-1252
when the text reads as such), and refused with the line number where it does not.
"""

from __future__ import annotations

import codecs
import csv
import io
import posixpath
import re
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from xml.etree.ElementTree import ParseError, iterparse

from rapat import limits
from rapat.errors import InvalidInput
from rapat.i18n import tr

OLE_SIGNATURE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ZIP_SIGNATURE = b"PK\x03\x04"
_ENCRYPTION_STREAM = "EncryptionInfo".encode("utf-16-le")
_RELATIONSHIP = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"
_CELL_REF = re.compile(r"\$?([A-Z]{1,4})\$?(\d{1,8})")


@dataclass(frozen=True)
class Grid:
    """One sheet's cell values, row 1 first, with every merged range filled with its first value."""

    source: str  # the file's name, and the sheet's when the workbook has several
    rows: list[list[object]]
    merged: tuple[tuple[int, int, int, int], ...]  # (min_row, min_col, max_row, max_col), from 1


def read_grids(path: str | Path) -> Iterator[Grid]:
    """The sheets of an .xlsx, or the one table of a CSV; InvalidInput says why a file is refused."""
    path = Path(path)
    name = path.name
    try:
        size = path.stat().st_size
        if size > limits.SPREADSHEET_FILE_BYTES:
            raise InvalidInput(
                tr("{file} terlalu besar ({size}); batasnya {limit} untuk daftar undangan").format(
                    file=name,
                    size=_megabytes(size),
                    limit=_megabytes(limits.SPREADSHEET_FILE_BYTES),
                )
            )
        data = path.read_bytes()
    except OSError as error:
        raise InvalidInput(
            tr("{file}: tidak dapat dibaca ({reason})").format(
                file=name, reason=error.strerror or error
            )
        ) from None
    if not data.strip():
        raise InvalidInput(tr("{file}: berkas kosong").format(file=name))
    if data.startswith(OLE_SIGNATURE):
        raise InvalidInput(_ole_message(data, name))
    if data.startswith(ZIP_SIGNATURE):
        yield from _xlsx_grids(data, name)
        return
    if b"\x00" in data[:4096] and not data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        raise InvalidInput(
            tr("{file} bukan buku kerja Excel (.xlsx) atau berkas CSV").format(file=name)
        )
    yield _csv_grid(data, name)


def _ole_message(data: bytes, name: str) -> str:
    if _ENCRYPTION_STREAM in data:
        return tr(
            "{file} dilindungi kata sandi. Buka di Excel, hapus kata sandinya "
            "(Berkas › Info › Lindungi Buku Kerja), simpan, lalu impor lagi."
        ).format(file=name)
    return tr(
        "{file} adalah berkas Excel lama (.xls). Buka di Excel dan simpan sebagai "
        "Buku Kerja Excel (.xlsx), lalu impor lagi."
    ).format(file=name)


# --- .xlsx ------------------------------------------------------------------------------------


def _xlsx_grids(data: bytes, name: str) -> Iterator[Grid]:
    from openpyxl import load_workbook

    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        _check_packing(archive, name)
        sheets = _sheet_parts(archive)
        declared = {title: _declared(archive, part, name, title) for title, part in sheets}
    except zipfile.BadZipFile:
        raise InvalidInput(tr("{file} rusak atau tidak lengkap").format(file=name)) from None
    except (KeyError, ParseError, ValueError, EOFError, NotImplementedError):
        raise InvalidInput(
            tr("{file} bukan buku kerja Excel (.xlsx) yang dapat dibaca").format(file=name)
        ) from None
    try:
        # data_only: a cell holding a formula gives the value Excel last computed.
        workbook = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception:  # openpyxl raises many kinds for a zip that is not a workbook
        raise InvalidInput(
            tr("{file} bukan buku kerja Excel (.xlsx) yang dapat dibaca").format(file=name)
        ) from None
    try:
        for sheet in workbook.worksheets:
            source = name if len(workbook.worksheets) == 1 else f"{name} › {sheet.title}"
            merged = declared.get(sheet.title, ())
            try:
                rows = _bounded_rows(sheet, source)
            except (zipfile.BadZipFile, ParseError, ValueError, EOFError) as error:
                raise InvalidInput(
                    tr("{file} rusak atau tidak lengkap ({reason})").format(
                        file=source, reason=error
                    )
                ) from None
            yield Grid(source, _fill_merged(rows, merged), merged)
    finally:
        workbook.close()


def _check_packing(archive: zipfile.ZipFile, name: str) -> None:
    """Refuse a workbook whose parts unzip to more than the limits allow, from the sizes the zip
    declares (Python's zipfile never inflates a part past its declared size)."""
    total = 0
    for info in archive.infolist():
        total += info.file_size
        ratio = info.file_size / max(info.compress_size, 1)
        if ratio > limits.SPREADSHEET_PACKING_RATIO and info.file_size > 1_000_000:
            raise InvalidInput(
                tr(
                    "{file} ditolak: bagian {part} mengembang {ratio:.0f} kali saat dibuka "
                    "(batasnya {limit} kali); berkas ini bukan daftar undangan biasa"
                ).format(
                    file=name,
                    part=info.filename,
                    ratio=ratio,
                    limit=limits.SPREADSHEET_PACKING_RATIO,
                )
            )
    if total > limits.SPREADSHEET_UNPACKED_BYTES:
        raise InvalidInput(
            tr("{file} ditolak: isinya {size} setelah dibuka, batasnya {limit}").format(
                file=name,
                size=_megabytes(total),
                limit=_megabytes(limits.SPREADSHEET_UNPACKED_BYTES),
            )
        )


def _sheet_parts(archive: zipfile.ZipFile) -> list[tuple[str, str]]:
    """Each worksheet's title and the zip part that holds it, from the workbook's relationships."""
    workbook_part = "xl/workbook.xml"
    for _event, element in iterparse(archive.open("_rels/.rels")):
        if element.get("Type", "").endswith("/officeDocument"):
            workbook_part = element.get("Target", workbook_part).lstrip("/")
    folder = posixpath.dirname(workbook_part)
    rels_part = posixpath.join(folder, "_rels", posixpath.basename(workbook_part) + ".rels")
    targets = {}
    for _event, element in iterparse(archive.open(rels_part)):
        if element.get("Id"):
            target = element.get("Target", "")
            targets[element.get("Id")] = (
                target.lstrip("/") if target.startswith("/") else posixpath.join(folder, target)
            )
    sheets = []
    for _event, element in iterparse(archive.open(workbook_part)):
        if _local(element.tag) == "sheet" and element.get(_RELATIONSHIP) in targets:
            sheets.append(
                (element.get("name", ""), posixpath.normpath(targets[element.get(_RELATIONSHIP)]))
            )
    return sheets


def _declared(
    archive: zipfile.ZipFile, part: str, name: str, title: str
) -> tuple[tuple[int, int, int, int], ...]:
    """A sheet's merged ranges, after checking them and its declared dimension against the limits."""
    if part not in archive.namelist():
        return ()
    merged = []
    for _event, element in iterparse(archive.open(part)):
        tag = _local(element.tag)
        if tag == "dimension":
            _within(_bounds(element.get("ref", "A1")), name, title)
        elif tag == "mergeCell":
            bounds = _bounds(element.get("ref", "A1"))
            _within(bounds, name, title)
            merged.append(bounds)
            if len(merged) > limits.MERGED_RANGES_PER_SHEET:
                raise InvalidInput(
                    tr("{file}: lembar {sheet} punya lebih dari {limit} sel gabungan").format(
                        file=name, sheet=title, limit=limits.MERGED_RANGES_PER_SHEET
                    )
                )
        elif tag in ("c", "row"):
            element.clear()  # keep memory flat while passing over the cells
    return tuple(merged)


def _within(bounds: tuple[int, int, int, int], name: str, title: str) -> None:
    _min_row, _min_col, max_row, max_col = bounds
    if max_row > limits.ROWS_PER_SHEET + 1 or max_col > limits.COLUMNS_PER_SHEET:
        raise InvalidInput(
            tr(
                "{file}: lembar {sheet} menjangkau sampai baris {rows} dan kolom {columns}; "
                "Rapat membaca paling banyak {row_limit} baris dan {column_limit} kolom per lembar. "
                "Hapus baris dan kolom kosong di akhir lembar, lalu simpan lagi."
            ).format(
                file=name,
                sheet=title,
                rows=f"{max_row:,}".replace(",", "."),
                columns=f"{max_col:,}".replace(",", "."),
                row_limit=f"{limits.ROWS_PER_SHEET:,}".replace(",", "."),
                column_limit=limits.COLUMNS_PER_SHEET,
            )
        )


def _bounds(ref: str) -> tuple[int, int, int, int]:
    """(min_row, min_col, max_row, max_col) of "A1" or "B2:XFD1048576"."""
    corners = [_CELL_REF.fullmatch(part.strip().upper()) for part in ref.split(":")[:2]]
    if not all(corners):
        raise ValueError(f"cell reference {ref!r}")
    points = [(int(match[2]), _column_number(match[1])) for match in corners if match]
    rows, columns = [p[0] for p in points], [p[1] for p in points]
    return min(rows), min(columns), max(rows), max(columns)


def _column_number(letters: str) -> int:
    number = 0
    for letter in letters:
        number = number * 26 + ord(letter) - ord("A") + 1
    return number


def _bounded_rows(sheet, source: str) -> list[list[object]]:
    """The sheet's rows as lists without trailing empty cells; at most ROWS_PER_SHEET + 1 rows."""
    rows: list[list[object]] = []
    for values in sheet.iter_rows(
        min_row=1,
        max_row=limits.ROWS_PER_SHEET + 2,
        max_col=limits.COLUMNS_PER_SHEET,
        values_only=True,
    ):
        row = list(values)
        while row and row[-1] is None:
            row.pop()
        rows.append(row)
    while rows and not rows[-1]:
        rows.pop()
    _check_row_count(len(rows), source)
    return rows


def _check_row_count(count: int, source: str) -> None:
    if count > limits.ROWS_PER_SHEET + 1:
        raise InvalidInput(
            tr("{file}: lebih dari {limit} baris; bagi daftar menjadi beberapa berkas").format(
                file=source, limit=f"{limits.ROWS_PER_SHEET:,}".replace(",", ".")
            )
        )


def _fill_merged(
    rows: list[list[object]], merged: tuple[tuple[int, int, int, int], ...]
) -> list[list[object]]:
    """Give every cell of a merged range the value of its first cell (within the rows read)."""
    for min_row, min_col, max_row, max_col in merged:
        if min_row > len(rows):
            continue
        first = rows[min_row - 1]
        value = first[min_col - 1] if min_col <= len(first) else None
        for r in range(min_row - 1, min(max_row, len(rows))):
            row = rows[r]
            row.extend([None] * (max_col - len(row)))
            for c in range(min_col - 1, max_col):
                row[c] = value
    return rows


def _local(tag: str) -> str:
    return tag.rpartition("}")[2]


# --- .csv -------------------------------------------------------------------------------------


def _csv_grid(data: bytes, name: str) -> Grid:
    text = decode_text(data, name)
    sample = text[:16384]
    try:
        delimiter = csv.Sniffer().sniff(sample, delimiters=";,\t|").delimiter
    except csv.Error:  # too few lines to be sure: the most frequent separator
        delimiter = max(";,\t", key=sample.count)
    rows: list[list[object]] = []
    reader = csv.reader(io.StringIO(text), delimiter=delimiter)
    try:
        for row in reader:
            if len(row) > limits.COLUMNS_PER_SHEET:
                raise InvalidInput(
                    tr("{file} baris {line}: lebih dari {limit} kolom").format(
                        file=name, line=reader.line_num, limit=limits.COLUMNS_PER_SHEET
                    )
                )
            rows.append(list(row))
            _check_row_count(len(rows), name)
    except csv.Error as error:
        raise InvalidInput(
            tr("{file} baris {line}: CSV tidak dapat dibaca ({reason})").format(
                file=name, line=reader.line_num, reason=error
            )
        ) from None
    return Grid(name, rows, ())


def decode_text(data: bytes, name: str) -> str:
    """The text of a CSV: UTF-8 (with or without BOM), UTF-16 with BOM, else Windows-1252 when the
    bytes read as Western European text; anything else is refused with the first bad line."""
    for bom, encoding in (
        (codecs.BOM_UTF8, "utf-8"),
        (codecs.BOM_UTF16_LE, "utf-16-le"),
        (codecs.BOM_UTF16_BE, "utf-16-be"),
    ):
        if data.startswith(bom):
            body = data[len(bom) :]
            try:
                return body.decode(encoding)
            except UnicodeDecodeError as error:
                line = body[: error.start].decode(encoding, errors="replace").count("\n") + 1
                raise _unreadable(name, line, encoding.upper()) from None
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as error:
        first_bad = data.count(b"\n", 0, error.start) + 1
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        raise _unreadable(name, first_bad, "UTF-8") from None
    for number, line in enumerate(text.split("\n"), start=1):
        if _not_western(line):
            raise _unreadable(name, number, "UTF-8 / Windows-1252")
    return text


# Windows-1252 gives any byte a character; text in another encoding shows as runs of accented
# letters and symbols that no name is written with.
_SUSPECT = re.compile(r"[^\x00-\x7f]{3,}|[\x80-\x9f¤¦§¨©ª«¬®¯±³´µ¶¸¹º»¼½¾¿×÷]")


def _not_western(line: str) -> bool:
    return _SUSPECT.search(line) is not None


def _unreadable(name: str, line: int, encoding: str) -> InvalidInput:
    return InvalidInput(
        tr(
            "{file} baris {line}: huruf tidak terbaca sebagai {encoding}. Simpan ulang daftar "
            "sebagai “CSV UTF-8” (Excel: Simpan Sebagai › CSV UTF-8), lalu impor lagi."
        ).format(file=name, line=line, encoding=encoding)
    )


def _megabytes(size: int) -> str:
    return f"{size / 1_000_000:.0f} MB"
