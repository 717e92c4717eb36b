"""Excel workbooks: a meeting (identity, attendance, discussion, decisions, actions) and the register
of follow-up actions across meetings. Pure: records in, bytes out.

Text stays text: openpyxl stores a string that starts with "=" as a formula, so every text cell gets
data type "s" explicitly, and one that starts with =, +, - or @ also gets Excel's quote prefix, so
editing it later in Excel keeps it text. Excel holds at most 32,767 characters in a cell; a longer
text continues in extra columns at the right of its table, headed "<column> (lanjutan N)": joining a
row's pieces in order gives back the whole text, nothing is cut. Characters that XML cannot carry
(control characters other than tab and line breaks) are written as U+FFFD.
"""

from __future__ import annotations

import textwrap
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, time
from io import BytesIO

from openpyxl import Workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.styles.fonts import DEFAULT_FONT
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from rapat.models.officer import Officer
from rapat.models.vocabulary import (
    ACTION_LABELS,
    ATTENDANCE_LABELS,
    MEETING_STATUS_LABELS,
    ActionStatus,
    AttendanceStatus,
)
from rapat.records.action import ActionRow
from rapat.records.meeting import MeetingRecord, by_institution

CELL_LIMIT = 32_767  # characters (UTF-16 code units) Excel keeps in one cell
FORMULA_STARTS = ("=", "+", "-", "@")

# [$-421] is the Indonesian locale: "Selasa, 5 November 2024", "5 Nov 2024".
LONG_DATE = "[$-421]dddd, d mmmm yyyy"
SHORT_DATE = "[$-421]d mmm yyyy"
TIME = 'hh"."mm'

# Printing: what fits across A4 at 100 % (in column width units, 0.5" margins; measured by printing
# through LibreOffice), the smallest scale a reviewer reads comfortably, and one 11 pt line's height.
PORTRAIT_CHARACTERS, LANDSCAPE_CHARACTERS = 74, 106
MIN_PRINT_SCALE = 0.75
LINE_HEIGHT = 15.0
MAX_ROW_HEIGHT = 409.0

# The workbook's own font (openpyxl's default, Calibri 11), bold: a bold font without a name prints
# in the spreadsheet program's fallback face (a serif in LibreOffice).
_BOLD = Font(name=DEFAULT_FONT.name, sz=DEFAULT_FONT.sz, family=DEFAULT_FONT.family, bold=True)
_HEADER_FILL = PatternFill("solid", start_color="DDE4EE")
_HEADER_ALIGN = Alignment(vertical="center", wrap_text=True)
_GROUP_FILL = PatternFill("solid", start_color="F2F2F2")  # the daftar hadir's group shade
_WRAP = Alignment(vertical="top", wrap_text=True)
_TOP = Alignment(vertical="top")


@dataclass(frozen=True)
class Column:
    """One column of a table: its heading, the width range in characters, and whether text wraps."""

    header: str
    min_width: int = 6
    max_width: int = 40
    wrap: bool = False
    date_format: str = SHORT_DATE


@dataclass
class Table:
    """A sheet: a header row, then one row per item, printed on A4 with the header on every page."""

    title: str
    columns: list[Column]
    rows: list[list[object]]
    landscape: bool = False
    heading: str = ""  # printed at the top of every page; the sheet's title when empty
    groups: frozenset[int] = frozenset()  # rows naming a group in their first cell, the rest empty


def meeting_workbook(record: MeetingRecord) -> bytes:
    """The meeting as an .xlsx: Rapat, Daftar Hadir, Pembahasan, Keputusan, Tindak Lanjut."""
    return _workbook_bytes(meeting_tables(record), record.title)


def meeting_tables(record: MeetingRecord) -> list[Table]:
    """The sheets of the meeting workbook as plain tables, before any formatting."""
    return [
        _identity_table(record),
        _attendance_table(record),
        _discussion_table(record),
        _decision_table(record),
        _action_table(record),
    ]


def action_register_workbook(rows: Sequence[ActionRow], today: date, scope: str = "") -> bytes:
    """The register of follow-up actions: one row per action, with its meeting and days overdue.

    scope says what the rows were filtered to ("Instansi: Polres"); it heads every printed page.
    """
    columns = [
        Column("No", 4, 6),
        Column("Rapat", 20, 40, wrap=True),
        Column("Tanggal Rapat", 12, 14),
        Column("Uraian Tindak Lanjut", 30, 50, wrap=True),
        Column("Instansi", 16, 30, wrap=True),
        Column("Pelaksana", 12, 26, wrap=True),
        Column("Tenggat", 12, 14),
        Column("Status", 12, 18),
        Column("Terlambat (hari)", 10, 12),
    ]
    body = [
        [
            number,
            row.meeting_title,
            row.meeting_date,
            row.description,
            row.institution,
            row.person,
            row.due,
            _action_label(row.status),
            row.days_overdue(today),
        ]
        for number, row in enumerate(rows, start=1)
    ]
    title = "Daftar Tindak Lanjut"
    heading = f"{title} — {scope}" if scope else title
    table = Table("Tindak Lanjut", columns, body, landscape=True, heading=heading)
    return _workbook_bytes([table], heading)


def _identity_table(record: MeetingRecord) -> Table:
    counts = {status: 0 for status in AttendanceStatus}
    for participant in record.participants:
        counts[AttendanceStatus(participant.status)] += 1
    agenda = "\n".join(f"{i}. {title}" for i, title in enumerate(record.agenda, start=1))
    rows: list[list[object]] = [
        ["Judul rapat", record.title],
        ["Jenis rapat", record.kind],
        ["Hari/Tanggal", record.date],
        ["Jam mulai", record.start_time],
        ["Jam selesai", record.end_time or "selesai"],
        ["Zona waktu", record.timezone],
        ["Tempat", record.location],
        ["Penyelenggara", record.organizer],
        ["Surat undangan", record.invitation_ref],
        ["Tanggal surat undangan", record.invitation_date],
        ["Acara", agenda],
        *_officer_rows("Ketua", record.chair),
        *_officer_rows("Sekretaris", record.secretary),
        *_officer_rows("Notulis", record.note_taker),
        ["Jumlah peserta", len(record.participants)],
        *[[ATTENDANCE_LABELS[status], counts[status]] for status in AttendanceStatus],
        ["Kata pembukaan", record.opening],
        ["Penutup", record.closing],
        ["Status", MEETING_STATUS_LABELS.get(record.status, record.status)],
        ["Revisi", record.revision],
    ]
    columns = [
        Column("Unsur", 18, 26),
        Column("Isi", 40, 90, wrap=True, date_format=LONG_DATE),
    ]
    return Table("Rapat", columns, rows)


def _officer_rows(role: str, officer: Officer) -> list[list[object]]:
    if not officer:
        return []
    parts = [
        ("nama", officer.name),
        ("jabatan", officer.position),
        ("pangkat/golongan", officer.rank),
        ("NIP", officer.nip),
    ]
    return [[f"{role} — {label}", value] for label, value in parts if value]


def _attendance_table(record: MeetingRecord) -> Table:
    columns = [
        Column("No", 4, 6),
        Column("Nama", 15, 36, wrap=True),
        Column("Jabatan", 12, 30, wrap=True),
        Column("Instansi", 12, 30, wrap=True),
        Column("NIP", 19, 20),
        Column("Pangkat/Golongan", 12, 24, wrap=True),
        Column("No. HP", 13, 16),
        Column("Keterangan", 10, 14),
        Column("Mewakili", 10, 26, wrap=True),
        Column("Jam Hadir", 9, 10),
    ]
    rows: list[list[object]] = []
    groups: set[int] = set()
    number = 0
    for institution, members in by_institution(record.participants).items():
        groups.add(len(rows))
        rows.append([institution] + [None] * (len(columns) - 1))
        for p in members:
            number += 1
            rows.append(
                [
                    number,
                    p.name,
                    p.position,
                    p.institution,
                    p.nip,
                    p.rank,
                    p.phone,
                    _attendance_label(p.status),
                    p.representing,
                    p.check_in,
                ]
            )
    return Table("Daftar Hadir", columns, rows, landscape=True, groups=frozenset(groups))


def _discussion_table(record: MeetingRecord) -> Table:
    columns = [
        Column("No", 4, 6),
        Column("Agenda", 16, 30, wrap=True),
        Column("Pembicara", 16, 28, wrap=True),
        Column("Isi Pembahasan", 40, 80, wrap=True),
    ]
    rows = [
        [number, _agenda_title(record, point.agenda_item), point.speaker, point.text]
        for number, point in enumerate(record.discussion, start=1)
    ]
    return Table("Pembahasan", columns, rows, landscape=True)


def _agenda_title(record: MeetingRecord, item: int | None) -> str | None:
    if item is None or not 1 <= item <= len(record.agenda):
        return None
    return f"{item}. {record.agenda[item - 1]}"


def _decision_table(record: MeetingRecord) -> Table:
    columns = [Column("No", 4, 6), Column("Keputusan / Kesimpulan", 40, 90, wrap=True)]
    rows = [[number, text] for number, text in enumerate(record.decisions, start=1)]
    return Table("Keputusan", columns, rows)


def _action_table(record: MeetingRecord) -> Table:
    columns = [
        Column("No", 4, 6),
        Column("Uraian Tindak Lanjut", 30, 60, wrap=True),
        Column("Instansi (PIC)", 16, 32, wrap=True),
        Column("Pelaksana", 12, 28, wrap=True),
        Column("Tenggat", 12, 14),
        Column("Status", 12, 18),
    ]
    rows = [
        [number, a.description, a.institution, a.person, a.due, _action_label(a.status)]
        for number, a in enumerate(record.actions, start=1)
    ]
    return Table("Tindak Lanjut", columns, rows, landscape=True)


def _attendance_label(status: str) -> str:
    try:
        return ATTENDANCE_LABELS[AttendanceStatus(status)]
    except ValueError:
        return status


def _action_label(status: str) -> str:
    try:
        return ACTION_LABELS[ActionStatus(status)]
    except ValueError:
        return status


def _workbook_bytes(tables: list[Table], title: str) -> bytes:
    workbook = Workbook()
    workbook.remove(workbook.active)
    workbook.properties.title = title
    workbook.properties.creator = "Rapat"
    for table in tables:
        _write_table(workbook.create_sheet(table.title), table)
    out = BytesIO()
    workbook.save(out)
    return out.getvalue()


def _write_table(sheet: Worksheet, table: Table) -> None:
    columns, rows = _spread_long_texts(table.columns, table.rows)
    for index, column in enumerate(columns, start=1):
        cell = sheet.cell(row=1, column=index)
        _put_text(cell, column.header)
        cell.font, cell.fill, cell.alignment = _BOLD, _HEADER_FILL, _HEADER_ALIGN
    for row_number, values in enumerate(rows, start=2):
        if row_number - 2 in table.groups:
            _write_group(sheet, row_number, str(values[0]), len(columns))
            continue
        for index, (column, value) in enumerate(zip(columns, values, strict=True), start=1):
            if value is None or value == "":
                continue
            cell = sheet.cell(row=row_number, column=index)
            _put(cell, value, column)
            cell.alignment = _WRAP if column.wrap else _TOP
    items = [values for number, values in enumerate(rows) if number not in table.groups]
    widths = _set_widths(sheet, columns, items, table.landscape)
    _set_heights(sheet, columns, rows, widths, table.groups)
    last = f"{get_column_letter(len(columns))}{max(1, len(rows) + 1)}"
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = f"A1:{last}"
    _print_setup(sheet, table)


def _write_group(sheet: Worksheet, row_number: int, name: str, width: int) -> None:
    """A group's heading row, shaded across the table: the name in the first cell, unwrapped, runs
    on over the empty cells beside it (a merged cell would stop the sheet being sorted)."""
    for index in range(1, width + 1):
        sheet.cell(row=row_number, column=index).fill = _GROUP_FILL
    cell = sheet.cell(row=row_number, column=1)
    _put_text(cell, name)
    cell.font, cell.alignment = _BOLD, _TOP


def _put(cell, value: object, column: Column) -> None:
    """Write one value: text as text, dates and times as Excel dates with a readable format."""
    if isinstance(value, str):
        _put_text(cell, value)
    elif isinstance(value, datetime):
        cell.value = value.replace(tzinfo=None)
        cell.number_format = f"{column.date_format} {TIME}"
    elif isinstance(value, date):
        cell.value = value
        cell.number_format = column.date_format
    elif isinstance(value, time):
        cell.value = value.replace(tzinfo=None)
        cell.number_format = TIME
    else:
        cell.value = value


def _put_text(cell, text: str) -> None:
    text = ILLEGAL_CHARACTERS_RE.sub("\ufffd", text)
    cell.value = text
    cell.data_type = "s"  # openpyxl made "=…" a formula: a name is a name
    if text.startswith(FORMULA_STARTS):
        cell.quotePrefix = True


def _spread_long_texts(
    columns: list[Column], rows: list[list[object]]
) -> tuple[list[Column], list[list[object]]]:
    """Give texts over Excel's cell limit continuation columns at the right of the table."""
    extra: dict[int, int] = {}
    for values in rows:
        for index, value in enumerate(values):
            if isinstance(value, str) and len(value) > CELL_LIMIT // 2:
                pieces = len(text_pieces(value)) - 1
                if pieces:
                    extra[index] = max(extra.get(index, 0), pieces)
    if not extra:
        return columns, rows
    added = [
        Column(f"{columns[index].header} (lanjutan {n})", 30, 80, True)
        for index in sorted(extra)
        for n in range(1, extra[index] + 1)
    ]
    spread = []
    for values in rows:
        continued: list[object] = []
        values = list(values)
        for index in sorted(extra):
            value = values[index]
            pieces = text_pieces(value) if isinstance(value, str) else [value]
            values[index] = pieces[0]
            continued += pieces[1:] + [None] * (extra[index] - len(pieces) + 1)
        spread.append(values + continued)
    return columns + added, spread


def text_pieces(text: str) -> list[str]:
    """The text cut into pieces that each fit one Excel cell (counted in UTF-16 code units)."""
    if len(text) <= CELL_LIMIT // 2:
        return [text]
    pieces, start, units = [], 0, 0
    for index, char in enumerate(text):
        width = 2 if ord(char) > 0xFFFF else 1
        if units + width > CELL_LIMIT:
            pieces.append(text[start:index])
            start, units = index, 0
        units += width
    pieces.append(text[start:])
    return pieces


def _set_widths(
    sheet: Worksheet, columns: list[Column], rows: list[list[object]], landscape: bool
) -> list[float]:
    """Each column as wide as its longest line within its range; wrapped columns narrowed, down
    to their minimum, until the sheet prints on one page's width at a scale still easy to read."""
    widths = []
    for index, column in enumerate(columns):
        longest = max((_display_length(values[index]) for values in rows), default=0)
        wanted = max(longest, _longest_word(column.header))
        widths.append(float(min(max(wanted, column.min_width), column.max_width) + 2))
    readable = (LANDSCAPE_CHARACTERS if landscape else PORTRAIT_CHARACTERS) / MIN_PRINT_SCALE
    excess = sum(widths) - readable
    wrapped = [i for i, column in enumerate(columns) if column.wrap]
    while excess > 0.5 and wrapped:
        room = {i: widths[i] - _floor(columns[i]) for i in wrapped}
        wrapped = [i for i in wrapped if room[i] > 0.5]
        total = sum(room[i] for i in wrapped)
        if not total:
            break
        cut = min(excess, total)
        for i in wrapped:
            widths[i] -= cut * room[i] / total
        excess -= cut
    for index, width in enumerate(widths):
        sheet.column_dimensions[get_column_letter(index + 1)].width = round(width, 1)
    return widths


def _set_heights(
    sheet: Worksheet,
    columns: list[Column],
    rows: list[list[object]],
    widths: list[float],
    groups: frozenset[int] = frozenset(),
) -> None:
    """Row heights that show wrapped texts whole (Excel does not fit rows written by openpyxl);
    the header row tall enough for every heading. A row is at most Excel's 409 points."""
    header_lines = max(
        _lines(column.header, width) for column, width in zip(columns, widths, strict=True)
    )
    sheet.row_dimensions[1].height = min(MAX_ROW_HEIGHT, header_lines * LINE_HEIGHT + 4)
    for row_number, values in enumerate(rows, start=2):
        if row_number - 2 in groups:
            continue
        lines = max(
            (
                _lines(value, width)
                for column, value, width in zip(columns, values, widths, strict=True)
                if column.wrap and isinstance(value, str)
            ),
            default=1,
        )
        if lines > 1:
            sheet.row_dimensions[row_number].height = min(MAX_ROW_HEIGHT, lines * LINE_HEIGHT + 3)


def _floor(column: Column) -> float:
    """The narrowest a column may be: its minimum, and never narrower than its heading's words."""
    return max(column.min_width, _longest_word(column.header)) + 2


def _lines(text: str, width: float) -> int:
    """How many lines a text takes in a wrapped cell width units wide, laid out as a spreadsheet
    does: whole words to a line; a word wider than the cell starts a line of its own and runs on
    over as many as it needs ("Dandim" / "1403/Sawerigadi" / "ng"). An average character of text
    is a little narrower than the "0" that defines the unit."""
    room = max(1, int((width - 1) * 1.1))
    return sum(
        sum(
            -(-len(words) // room)
            for words in textwrap.wrap(line, room, break_long_words=False, break_on_hyphens=False)
        )
        or 1
        for line in text[:20_000].splitlines() or [""]
    )


def _longest_word(text: str) -> int:
    return max((len(word) for word in text.split()), default=0)


def _display_length(value: object) -> int:
    if value is None:
        return 0
    if isinstance(value, str):
        return max((len(line) for line in value[:2000].splitlines()), default=0)
    if isinstance(value, datetime):
        return 22
    if isinstance(value, date):
        return 12
    if isinstance(value, time):
        return 5
    return len(str(value))


def _print_setup(sheet: Worksheet, table: Table) -> None:
    setup = sheet.page_setup
    setup.paperSize = sheet.PAPERSIZE_A4
    setup.orientation = "landscape" if table.landscape else "portrait"
    setup.fitToWidth = 1
    setup.fitToHeight = 0  # as many pages tall as needed
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    sheet.print_title_rows = "1:1"
    sheet.print_options.gridLines = True
    sheet.page_margins.left = sheet.page_margins.right = 0.5
    # "&" starts a code in Excel's page headers; "&&" prints one.
    sheet.oddHeader.center.text = (table.heading or table.title).replace("&", "&&")
    sheet.oddFooter.right.text = "Halaman &P dari &N"
