"""The matriks tindak lanjut: follow-up actions on A4 landscape, for one meeting, one institution or a filter."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import TYPE_CHECKING

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from rapat.dates import plain_date
from rapat.documents.compose import Composer, TableWithTail, owner_cell, table
from rapat.documents.letterhead import letterhead
from rapat.documents.pdf import BuiltDocument, Metadata, PageSetup, render
from rapat.models.vocabulary import ACTION_LABELS

if TYPE_CHECKING:
    from rapat.records.action import ActionRow
    from rapat.records.organization import ProfileRecord


MEETING_SCOPE = "Rapat: "


def describe_scope(
    institution: str | None = None,
    status: str | None = None,
    overdue_on: date | None = None,
    meeting: tuple[str, date] | None = None,
    unfinished: bool = False,
    person: str | None = None,
    due_from: date | None = None,
    due_until: date | None = None,
) -> str:
    """The heading line that says what the list is filtered to, e.g. "Instansi: Polres · Terlambat"."""
    parts = []
    if meeting:
        parts.append(f"{MEETING_SCOPE}{meeting[0]}, {plain_date(meeting[1])}")
    if institution:
        parts.append(f"Instansi: {institution}")
    if status:
        parts.append(f"Status: {ACTION_LABELS.get(status, status)}")
    if overdue_on:
        parts.append(f"Melewati tenggat per {plain_date(overdue_on)}")
    if unfinished:
        parts.append("Belum selesai")
    if person:
        parts.append(f"PIC: {person}")
    if due_from or due_until:
        start = plain_date(due_from) if due_from else "…"
        end = plain_date(due_until) if due_until else "…"
        parts.append(f"Tenggat {start} s.d. {end}")
    return " · ".join(parts) or "Semua tindak lanjut"


def build_action_list(
    rows: Sequence[ActionRow], profile: ProfileRecord, today: date, scope: str
) -> BuiltDocument:
    """The action list, with a column for progress and remarks written by hand.

    Each row names its meeting unless the heading already names the one meeting they all come
    from; a list for one institution (the paper its official takes away) ends with a receipt.
    """
    composer = Composer(PageSetup.of(profile))
    width = composer.setup.width(wide=True)
    s = composer.styles
    story: list[Flowable] = letterhead(profile, composer, width)
    story += [
        composer.para("MATRIKS TINDAK LANJUT", s.title),
        composer.para(scope, s.subtitle),
        composer.para(f"Keadaan per {plain_date(today)} · {len(rows)} tindak lanjut", s.centre),
        Spacer(1, 4 * mm),
    ]
    if rows:
        data = _table(rows, today, scope, composer, width)
        if len({row.institution for row in rows}) == 1:
            data = TableWithTail(data, _receipt(composer, width))
        story.append(data)
    else:
        story.append(composer.para("Tidak ada tindak lanjut yang sesuai.", s.centre))
    metadata = Metadata(
        title=f"Matriks Tindak Lanjut — {scope}",
        author=profile.letterhead_lines[-1] if profile.letterhead_lines else "Rapat",
        subject=f"Tindak lanjut rapat, keadaan per {plain_date(today)}",
    )
    return render(story, metadata, composer, wide=True)


def _table(rows: Sequence[ActionRow], today: date, scope: str, composer: Composer, width: float):
    s = composer.styles
    # a scope from describe_scope(meeting=…) starts by naming the meeting the list is filtered to
    named = len({row.meeting_id for row in rows}) == 1 and scope.startswith(MEETING_SCOPE)
    labels = ["No", "Uraian", "Instansi/PIC", "Tenggat", "Status", "Terlambat"]
    widths = [9 * mm, 0, 42 * mm, 24 * mm, 23 * mm, 20 * mm]
    if not named:
        labels.append("Rapat")
        widths.append(40 * mm)
    labels.append("Perkembangan/ Keterangan")
    widths.append(40 * mm)
    widths[1] = width - sum(widths)
    body: list[list] = [[composer.para(label, s.cell_header) for label in labels]]
    for number, row in enumerate(rows, 1):
        late = row.days_overdue(today)
        cells = [
            str(number),
            composer.para(row.description, s.cell),
            owner_cell(composer, row.institution, row.person),
            composer.cell(plain_date(row.due) if row.due else "-", s.cell, widths[3]),
            composer.cell(ACTION_LABELS.get(row.status, row.status), s.cell, widths[4]),
            f"{late} hari" if late else "-",
        ]
        if not named:
            cells.append(
                composer.para(f"{row.meeting_title}\n{plain_date(row.meeting_date)}", s.cell)
            )
        cells.append("")
        body.append(cells)
    centred = [("ALIGN", (0, 1), (0, -1), "CENTER"), ("ALIGN", (5, 1), (5, -1), "CENTER")]
    return table(
        body,
        widths,
        s.grid(*centred),
        header_rows=1,
        page_height=composer.setup.height(wide=True),
    )


def _receipt(composer: Composer, width: float) -> list[Flowable]:
    """Diterima oleh, jabatan, tanggal and tanda tangan, to be filled in by whoever takes the list."""
    s = composer.styles
    blank = "." * 48
    rows = [[composer.para("Diterima oleh,", s.body), "", ""]] + [
        [composer.para(label, s.body), composer.para(":", s.body), composer.para(blank, s.body)]
        for label in ("Nama", "Jabatan", "Tanggal", "Tanda tangan")
    ]
    receipt = table(
        rows,
        [32 * mm, 4 * mm, 70 * mm],
        s.plain(
            ("SPAN", (0, 0), (-1, 0)),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
            ("TOPPADDING", (0, -1), (-1, -1), 14),
        ),
    )
    receipt.hAlign = "RIGHT"
    return [Spacer(1, 8 * mm), receipt]
