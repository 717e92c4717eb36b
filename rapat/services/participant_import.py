"""Invitation lists from .xlsx or .csv into a meeting.

Read the file (rapat.spreadsheets), find its header row (even below a title block), recognise the columns in Indonesian or
English, and preview every row with its problems. Nothing is stored until the caller confirms a
preview without problems; then every row is stored in the caller's one transaction, with people and
institutions merged into the directory.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time
from pathlib import Path

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from rapat import limits
from rapat.errors import InvalidInput
from rapat.i18n import QT_TR_NOOP, tr
from rapat.models import Participant
from rapat.models.base import NIP_PATTERN, name_key
from rapat.models.vocabulary import AttendanceStatus
from rapat.records.meeting import ParticipantRecord
from rapat.services.directory import DirectoryLinker
from rapat.services.meetings import editable_meeting_row, participant_row
from rapat.services.ordering import seq_after
from rapat.spreadsheets import read_grids

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
    "name": QT_TR_NOOP("Nama"),
    "position": QT_TR_NOOP("Jabatan"),
    "institution": QT_TR_NOOP("Instansi"),
    "nip": QT_TR_NOOP("NIP"),
    "rank": QT_TR_NOOP("Pangkat/Golongan"),
    "phone": QT_TR_NOOP("No. HP"),
    "status": QT_TR_NOOP("Keterangan"),
    "representing": QT_TR_NOOP("Mewakili"),
    "check_in": QT_TR_NOOP("Jam Hadir"),
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
    size: int = 0  # how many participants the meeting lists

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
    """Read an .xlsx or .csv file (rapat.spreadsheets, within rapat.limits): the first sheet with
    a header row; a file that cannot be used raises InvalidInput saying why."""
    path = Path(path)
    for grid in read_grids(path):
        header = _find_header(grid.rows)
        if header is not None:
            return _table(grid.source, grid.rows, header, _header_end(grid.merged, header))
    raise InvalidInput(_no_header_message(path.name))


def _header_end(merged: Sequence[tuple[int, int, int, int]], header: int) -> int:
    """The last header row: a header cell merged downwards makes a two-row header."""
    end = header
    for min_row, _min_col, max_row, _max_col in merged:
        if min_row == header + 1 and max_row > min_row:
            end = max(end, max_row - 1)
    return end


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
        size=len(rows),
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
    if roster.size + len(preview.rows) > limits.PARTICIPANTS_PER_MEETING:
        preview.problems.append(
            tr("Rapat ini akan berisi {n} peserta; satu rapat paling banyak {limit}").format(
                n=roster.size + len(preview.rows), limit=limits.PARTICIPANTS_PER_MEETING
            )
        )
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
