"""Invitation lists from .xlsx or .csv into a meeting.

Read the file, find its header row (even below a title block), recognise the columns in Indonesian or
English, and preview every row with its problems. Nothing is stored until the caller confirms a
preview without problems; then every row is stored in the caller's one transaction, with people and
institutions merged into the directory.
"""

from __future__ import annotations

import csv
import io
import re
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time
from pathlib import Path

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from rapat.errors import InvalidInput
from rapat.i18n import tr
from rapat.models import Participant
from rapat.models.base import NIP_PATTERN, name_key
from rapat.models.vocabulary import AttendanceStatus
from rapat.records.meeting import ParticipantRecord
from rapat.services.directory import DirectoryLinker
from rapat.services.meetings import editable_meeting_row, participant_row
from rapat.services.ordering import seq_after

FIELDS = (
    "name",
    "position",
    "institution",
    "nip",
    "rank",
    "phone",
    "status",
    "representing",
    "check_in",
)
REQUIRED = ("name", "institution")

FIELD_LABELS = {
    "name": "Nama",
    "position": "Jabatan",
    "institution": "Instansi",
    "nip": "NIP",
    "rank": "Pangkat/Golongan",
    "phone": "No. HP",
    "status": "Keterangan",
    "representing": "Mewakili",
    "check_in": "Jam Hadir",
}

# Headings as they appear in real lists, written folded (lower case, punctuation as spaces).
HEADER_WORDS = {
    "name": ("nama", "nama lengkap", "nama peserta", "nama undangan", "name", "full name"),
    "position": ("jabatan", "jabatan peserta", "position", "job title", "title"),
    "institution": (
        "instansi",
        "asal instansi",
        "dinas instansi",
        "unit kerja",
        "satuan kerja",
        "opd",
        "lembaga",
        "organisasi",
        "institution",
        "organization",
        "organisation",
        "agency",
        "office",
    ),
    "nip": ("nip", "nip nrp", "nrp", "nip nrp nik"),
    "rank": ("pangkat", "golongan", "pangkat golongan", "pangkat gol", "gol", "rank", "grade"),
    "phone": (
        "no hp",
        "nomor hp",
        "hp",
        "no hp wa",
        "no wa",
        "whatsapp",
        "telepon",
        "no telepon",
        "telp",
        "no telp",
        "phone",
        "phone number",
        "mobile",
    ),
    "status": ("keterangan", "ket", "status", "kehadiran", "attendance", "remarks"),
    "representing": ("mewakili", "representing", "on behalf of"),
    "check_in": ("jam hadir", "jam datang", "waktu hadir", "check in", "arrival time"),
}
IGNORED_WORDS = ("no", "nomor", "no urut", "number", "tanda tangan", "ttd", "paraf", "signature")

STATUS_WORDS = {
    AttendanceStatus.PRESENT: ("hadir", "present", "attended"),
    AttendanceStatus.REPRESENTED: ("diwakili", "diwakilkan", "represented", "mewakili"),
    AttendanceStatus.EXCUSED: ("izin", "ijin", "berhalangan", "excused", "apologies"),
    AttendanceStatus.ABSENT: ("tidak hadir", "absent", "alpa", "undangan", "diundang", "invited"),
}

HEADER_SEARCH_ROWS = 30
OLE_SIGNATURE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ZIP_SIGNATURE = b"PK\x03\x04"
_ENCRYPTION_STREAM = "EncryptionInfo".encode("utf-16-le")
_BLANKS = {"", "-", "–", "—"}
_TIME_TEXT = re.compile(
    r"(?:\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}\s+)?(\d{1,2})[.:](\d{2})(?:[.:]\d{2})?"
    r"(?:\s*(?:wib|wita|wit))?",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class SourceRow:
    """A non-empty row under the header: its number as the user sees it, and its raw cell values."""

    line: int
    cells: tuple[object, ...]


@dataclass(frozen=True)
class SourceTable:
    """What a file holds: where it came from, the column headings, and the rows below them."""

    source: str
    headers: tuple[str, ...]
    rows: tuple[SourceRow, ...]


@dataclass(frozen=True)
class Roster:
    """Who the meeting already lists: NIPs and (name, institution) keys."""

    nips: frozenset[str] = frozenset()
    names: frozenset[tuple[str, str]] = frozenset()

    def has(self, record: ParticipantRecord) -> bool:
        return (record.nip is not None and record.nip in self.nips) or _key(record) in self.names


@dataclass(frozen=True)
class PreviewRow:
    line: int
    record: ParticipantRecord
    problems: tuple[str, ...]

    @property
    def ok(self) -> bool:
        return not self.problems


@dataclass
class ImportPreview:
    """Every row with its parsed values and problems, and the problems of the file as a whole."""

    source: str
    headers: tuple[str, ...]
    mapping: dict[str, int | None]
    rows: list[PreviewRow]
    problems: list[str] = field(default_factory=list)

    @property
    def bad_rows(self) -> int:
        return sum(1 for row in self.rows if row.problems)

    @property
    def ok(self) -> bool:
        """True when the preview may be imported: rows, and no problem anywhere."""
        return bool(self.rows) and not self.problems and self.bad_rows == 0


def read_table(path: str | Path) -> SourceTable:
    """Read an .xlsx or .csv file; a file that cannot be used raises InvalidInput saying why."""
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as error:
        raise InvalidInput(
            tr("{file}: tidak dapat dibaca ({reason})").format(
                file=path.name, reason=error.strerror or error
            )
        ) from None
    if not data.strip():
        raise InvalidInput(tr("{file}: berkas kosong").format(file=path.name))
    if data.startswith(OLE_SIGNATURE):
        raise InvalidInput(_ole_message(data, path.name))
    if data.startswith(ZIP_SIGNATURE):
        return _read_xlsx(data, path.name)
    if b"\x00" in data[:4096] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise InvalidInput(
            tr("{file} bukan buku kerja Excel (.xlsx) atau berkas CSV").format(file=path.name)
        )
    return _read_csv(data, path.name)


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


def _read_xlsx(data: bytes, name: str) -> SourceTable:
    from openpyxl import load_workbook

    try:
        # data_only: a cell holding a formula gives the value Excel last computed.
        workbook = load_workbook(io.BytesIO(data), data_only=True)
    except zipfile.BadZipFile:
        raise InvalidInput(tr("{file} rusak atau tidak lengkap").format(file=name)) from None
    except Exception:  # openpyxl raises many kinds for a zip that is not a workbook
        raise InvalidInput(
            tr("{file} bukan buku kerja Excel (.xlsx) yang dapat dibaca").format(file=name)
        ) from None
    for sheet in workbook.worksheets:
        grid = _sheet_grid(sheet)
        header = _find_header(grid)
        if header is not None:
            end = _header_end(sheet, header)
            source = name if len(workbook.worksheets) == 1 else f"{name} › {sheet.title}"
            return _table(source, grid, header, end)
    raise InvalidInput(_no_header_message(name))


def _sheet_grid(sheet) -> list[list[object]]:
    """The sheet's values, with every merged range filled with the value of its first cell."""
    grid = [list(row) for row in sheet.iter_rows(values_only=True)]
    for merged in sheet.merged_cells.ranges:
        if merged.min_row > len(grid):
            continue
        value = grid[merged.min_row - 1][merged.min_col - 1]
        for r in range(merged.min_row - 1, min(merged.max_row, len(grid))):
            row = grid[r]
            row.extend([None] * (merged.max_col - len(row)))
            for c in range(merged.min_col - 1, merged.max_col):
                row[c] = value
    return grid


def _header_end(sheet, header: int) -> int:
    """The last header row: a header cell merged downwards makes a two-row header."""
    end = header
    for merged in sheet.merged_cells.ranges:
        if merged.min_row == header + 1 and merged.max_row > merged.min_row:
            end = max(end, merged.max_row - 1)
    return end


def _read_csv(data: bytes, name: str) -> SourceTable:
    text = _decode(data)
    sample = text[:16384]
    try:
        delimiter = csv.Sniffer().sniff(sample, delimiters=";,\t|").delimiter
    except csv.Error:  # too few lines to be sure: the most frequent separator
        delimiter = max(";,\t", key=sample.count)
    try:
        reader = csv.reader(io.StringIO(text), delimiter=delimiter)
        grid: list[list[object]] = [list(row) for row in reader]
    except csv.Error as error:
        raise InvalidInput(
            tr("{file}: CSV tidak dapat dibaca ({reason})").format(file=name, reason=error)
        ) from None
    header = _find_header(grid)
    if header is None:
        raise InvalidInput(_no_header_message(name))
    return _table(name, grid, header, header)


def _decode(data: bytes) -> str:
    """UTF-8 (with or without BOM) or UTF-16 as Excel writes them, else Windows-1252 (Latin-1)."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", errors="replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError:
        return data.decode("latin-1")


def _no_header_message(name: str) -> str:
    return tr(
        "{file}: baris judul kolom tidak ditemukan. Pastikan ada judul kolom seperti "
        "Nama, Jabatan, Instansi, NIP (atau Name, Position, Institution) di atas daftar."
    ).format(file=name)


def _fold(value: object) -> str:
    if not isinstance(value, str):
        return ""
    return " ".join(re.sub(r"[^\w]+", " ", value.casefold()).split())


def _find_header(grid: list[list[object]]) -> int | None:
    """The index of the first row that names a Nama column and at least one other known column."""
    for index, row in enumerate(grid[:HEADER_SEARCH_ROWS]):
        fields = {_match(_fold(cell))[0] for cell in row}
        if "name" in fields and len(fields - {None}) >= 2:
            return index
    return None


def _match(heading: str) -> tuple[str | None, int]:
    """The field a folded heading names and how sure that is (higher is surer; 0 means none)."""
    best: tuple[str | None, int] = (None, 0)
    for fieldname, words in (*HEADER_WORDS.items(), (None, IGNORED_WORDS)):
        for word in words:
            if heading == word:
                score = 4000
            elif heading.endswith(" " + word):
                score = 3000
            elif heading.startswith(word + " "):
                score = 2000
            elif f" {word} " in f" {heading} ":
                score = 1000
            else:
                continue
            if score + len(word) > best[1]:
                best = (fieldname, score + len(word))
    return best


def _table(source: str, grid: list[list[object]], header: int, end: int) -> SourceTable:
    width = max((len(row) for row in grid[header:]), default=0)
    headers = []
    for column in range(width):
        parts: list[str] = []
        for row in grid[header : end + 1]:
            value = row[column] if column < len(row) else None
            text = _cell_text(value)
            if text and text not in parts:
                parts.append(text)
        headers.append(" ".join(parts))
    rows = tuple(
        SourceRow(number, tuple(row) + (None,) * (width - len(row)))
        for number, row in enumerate(grid[end + 1 :], start=end + 2)
        if any(_cell_text(value) for value in row)
    )
    return SourceTable(source, tuple(headers), rows)


def guess_mapping(headers: Sequence[str]) -> dict[str, int | None]:
    """Which column holds each field, from the headings; each column serves at most one field."""
    candidates = []
    for column, heading in enumerate(headers):
        fieldname, score = _match(_fold(heading))
        if fieldname is not None:
            candidates.append((-score, column, fieldname))
    mapping: dict[str, int | None] = dict.fromkeys(FIELDS)
    for _score, column, fieldname in sorted(candidates):
        if mapping[fieldname] is None and column not in mapping.values():
            mapping[fieldname] = column
    return mapping


def meeting_roster(session: Session, meeting_id: int) -> Roster:
    """Who the meeting lists already; refuses a final meeting, which takes no new participants."""
    editable_meeting_row(session, meeting_id)
    rows = session.execute(
        select(Participant.name, Participant.institution, Participant.nip).where(
            Participant.meeting_id == meeting_id
        )
    ).all()
    return Roster(
        nips=frozenset(nip for _name, _institution, nip in rows if nip),
        names=frozenset((name_key(name), name_key(inst)) for name, inst, _nip in rows),
    )


def build_preview(
    table: SourceTable, roster: Roster = Roster(), mapping: dict[str, int | None] | None = None
) -> ImportPreview:
    """Parse every row with the mapping (guessed from the headings when not given)."""
    mapping = dict(guess_mapping(table.headers) if mapping is None else mapping)
    preview = ImportPreview(
        table.source, table.headers, mapping, [], _mapping_problems(table, mapping)
    )
    used = [(f, c) for f, c in mapping.items() if c is not None and c < len(table.headers)]
    seen_nips: dict[str, int] = {}
    seen_names: dict[tuple[str, str], int] = {}
    for source_row in table.rows:
        values = {f: source_row.cells[c] for f, c in used}
        if not any(_cell_text(v) not in _BLANKS for v in values.values()):
            continue
        record, problems = _parse_row(values)
        earlier = (seen_nips.get(record.nip) if record.nip else None) or seen_names.get(
            _key(record)
        )
        if earlier is not None and record.name and record.institution:
            problems.append(tr("sama dengan baris {line}").format(line=earlier))
        elif roster.has(record):
            problems.append(tr("sudah ada di daftar hadir rapat ini"))
        if record.nip:
            seen_nips.setdefault(record.nip, source_row.line)
        seen_names.setdefault(_key(record), source_row.line)
        preview.rows.append(PreviewRow(source_row.line, record, tuple(problems)))
    if not preview.rows and not preview.problems:
        preview.problems.append(tr("Tidak ada baris peserta di bawah judul kolom"))
    return preview


def _mapping_problems(table: SourceTable, mapping: dict[str, int | None]) -> list[str]:
    problems = [
        tr("Pilih kolom untuk {field}").format(field=tr(FIELD_LABELS[f]))
        for f in REQUIRED
        if mapping.get(f) is None
    ]
    owners: dict[int, str] = {}
    for fieldname, column in mapping.items():
        if column is None:
            continue
        if column in owners:
            problems.append(
                tr("Kolom '{column}' dipilih untuk {a} dan {b}").format(
                    column=table.headers[column],
                    a=tr(FIELD_LABELS[owners[column]]),
                    b=tr(FIELD_LABELS[fieldname]),
                )
            )
        owners[column] = fieldname
    return problems


def _key(record: ParticipantRecord) -> tuple[str, str]:
    return name_key(record.name), name_key(record.institution)


def _parse_row(values: dict[str, object]) -> tuple[ParticipantRecord, list[str]]:
    problems: list[str] = []
    texts = {
        f: _text_field(f, values.get(f), problems)
        for f in ("name", "position", "institution", "rank", "representing")
    }
    record = ParticipantRecord(
        name=texts["name"] or "",
        institution=texts["institution"] or "",
        status=_status(values.get("status"), problems),
        position=texts["position"],
        nip=_nip(values.get("nip"), problems),
        rank=texts["rank"],
        phone=_phone(values.get("phone")),
        representing=texts["representing"],
        check_in=_check_in(values.get("check_in"), problems),
    )
    if not record.name:
        problems.insert(0, tr("Nama kosong"))
    if not record.institution:
        problems.insert(0 if record.name else 1, tr("Instansi kosong"))
    return record, problems


def _cell_text(value: object) -> str:
    """A cell as text: numbers without a trailing .0, spaces tidied; dates and times as written."""
    if value is None:
        return ""
    if isinstance(value, str):
        return " ".join(value.replace("\xa0", " ").split())
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime):
        return value.strftime("%d-%m-%Y %H.%M") if value.time() != time() else f"{value:%d-%m-%Y}"
    if isinstance(value, date):
        return f"{value:%d-%m-%Y}"
    if isinstance(value, time):
        return f"{value:%H.%M}"
    return str(value)


def _text_field(fieldname: str, value: object, problems: list[str]) -> str | None:
    if isinstance(value, date | time):
        problems.append(
            tr("{field} berisi tanggal/jam ({value}), bukan teks; ketik ulang sebagai teks").format(
                field=tr(FIELD_LABELS[fieldname]), value=_cell_text(value)
            )
        )
    text = _cell_text(value)
    return None if text in _BLANKS else text


def _nip(value: object, problems: list[str]) -> str | None:
    if isinstance(value, float):
        # Excel keeps 15 significant digits: an 18-digit NIP typed as a number has lost its end.
        problems.append(
            tr(
                "NIP tersimpan sebagai angka sehingga digit terakhirnya hilang; "
                "format kolom NIP sebagai teks lalu ketik ulang"
            )
        )
        return None
    text = re.sub(r"^(nip|nrp)\b[.:\s]*", "", _cell_text(value), flags=re.IGNORECASE)
    text = text.lstrip("'").replace(" ", "")
    if text in _BLANKS:
        return None
    if not NIP_PATTERN.fullmatch(text):
        problems.append(tr("NIP harus 18 digit angka, bukan '{value}'").format(value=text))
        return None
    return text


def _phone(value: object) -> str | None:
    text = _cell_text(value)
    if isinstance(value, int | float) and text.startswith("8"):
        text = "0" + text  # Excel drops the leading 0 of a mobile number typed as a number
    return None if text in _BLANKS else text


def _status(value: object, problems: list[str]) -> str:
    text = _fold(_cell_text(value))
    if not text:
        return AttendanceStatus.ABSENT.value
    for status, words in STATUS_WORDS.items():
        if any(text == word or text.startswith(word + " ") for word in words):
            return status.value
    problems.append(
        tr(
            "Keterangan '{value}' tidak dikenal; isi Hadir, Diwakili, Izin, Tidak hadir atau kosongkan"
        ).format(value=_cell_text(value))
    )
    return AttendanceStatus.ABSENT.value


def _check_in(value: object, problems: list[str]) -> time | None:
    if isinstance(value, datetime):
        return value.time().replace(second=0, microsecond=0)
    if isinstance(value, time):
        return value.replace(second=0, microsecond=0)
    text = _cell_text(value)
    if text in _BLANKS:
        return None
    match = _TIME_TEXT.fullmatch(text)
    if match and int(match[1]) < 24 and int(match[2]) < 60:
        return time(int(match[1]), int(match[2]))
    problems.append(
        tr("Jam hadir '{value}' tidak dikenali; tulis seperti 08.30").format(value=text)
    )
    return None


def import_participants(session: Session, meeting_id: int, preview: ImportPreview) -> int:
    """Store every row of a clean preview as participants, all in the caller's transaction.

    People and institutions are found in, or added to, the directory without duplicates.
    Returns how many participants were added.
    """
    if not preview.ok:
        raise InvalidInput(
            tr("Pratinjau masih bermasalah; perbaiki dulu. Tidak ada peserta yang disimpan.")
        )
    roster = meeting_roster(session, meeting_id)
    clash = next((row for row in preview.rows if roster.has(row.record)), None)
    if clash is not None:
        raise InvalidInput(
            tr("Baris {line}: {name} sudah ada di daftar hadir; muat ulang pratinjau").format(
                line=clash.line, name=clash.record.name
            )
        )
    linker = DirectoryLinker(session)
    first = seq_after(session, Participant, meeting_id)
    rows = [
        participant_row(meeting_id, seq, row.record, linker)
        for seq, row in enumerate(preview.rows, start=first)
    ]
    session.execute(insert(Participant), rows)
    return len(rows)
