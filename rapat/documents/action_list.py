"""The matriks tindak lanjut: follow-up actions on A4 landscape, for one meeting, one institution or a filter."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import TYPE_CHECKING

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from rapat.dates import plain_date
from rapat.documents.compose import Composer, table
from rapat.documents.letterhead import letterhead
from rapat.documents.pdf import BuiltDocument, Metadata, page_width, render
from rapat.documents.styles import grid_style, styles
from rapat.models.vocabulary import ACTION_LABELS

if TYPE_CHECKING:
    from rapat.records.action import ActionRow
    from rapat.records.organization import ProfileRecord


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
        parts.append(f"Rapat: {meeting[0]}, {plain_date(meeting[1])}")
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
    """The action list; a Rapat column appears when the actions come from more than one meeting."""
    composer = Composer()
    width = page_width(wide=True)
    s = styles()
    story: list[Flowable] = letterhead(profile, composer, width)
    story += [
        composer.para("MATRIKS TINDAK LANJUT", s.title),
        composer.para(scope, s.subtitle),
        composer.para(f"Keadaan per {plain_date(today)} · {len(rows)} tindak lanjut", s.centre),
        Spacer(1, 4 * mm),
    ]
    if rows:
        story.append(_table(rows, today, composer, width))
    else:
        story.append(composer.para("Tidak ada tindak lanjut yang sesuai.", s.centre))
    metadata = Metadata(
        title=f"Matriks Tindak Lanjut — {scope}",
        author=profile.letterhead_lines[-1] if profile.letterhead_lines else "Rapat",
        subject=f"Tindak lanjut rapat, keadaan per {plain_date(today)}",
    )
    return render(story, metadata, composer.warnings(), wide=True)


def _table(rows: Sequence[ActionRow], today: date, composer: Composer, width: float):
    s = styles()
    across = len({row.meeting_id for row in rows}) > 1
    labels = ["No", "Uraian", "Instansi", "PIC", "Tenggat", "Status", "Terlambat"]
    widths = [8 * mm, 0, 48 * mm, 38 * mm, 25 * mm, 25 * mm, 18 * mm]
    if across:
        labels.append("Rapat")
        widths.append(55 * mm)
    widths[1] = width - sum(widths)
    body: list[list] = [[composer.para(label, s.cell_header) for label in labels]]
    for number, row in enumerate(rows, 1):
        late = row.days_overdue(today)
        cells = [
            str(number),
            composer.para(row.description, s.cell),
            composer.cell(row.institution, s.cell, widths[2]),
            composer.cell(row.person or "-", s.cell, widths[3]),
            composer.cell(plain_date(row.due) if row.due else "-", s.cell, widths[4]),
            composer.cell(ACTION_LABELS.get(row.status, row.status), s.cell, widths[5]),
            f"{late} hari" if late else "-",
        ]
        if across:
            cells.append(
                composer.para(f"{row.meeting_title}\n{plain_date(row.meeting_date)}", s.cell)
            )
        body.append(cells)
    centred = [("ALIGN", (0, 1), (0, -1), "CENTER"), ("ALIGN", (6, 1), (6, -1), "CENTER")]
    return table(body, widths, grid_style(*centred), header_rows=1)
