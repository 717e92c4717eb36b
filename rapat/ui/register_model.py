"""The register's table model: every follow-up action as a row, its columns and its sorting."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt

from rapat.i18n import tr
from rapat.models.vocabulary import ACTION_LABELS, ActionStatus
from rapat.records.action import ActionRow
from rapat.ui.models import Column, RowsModel
from rapat.ui.text import short_date


def action_status(status: str) -> str:
    return tr(ACTION_LABELS.get(status, status))


def late(row: ActionRow) -> str:
    days = row.days_overdue(date.today())
    return tr("{n} hari").format(n=days) if days else ""


def action_columns() -> list[Column]:
    right = Qt.AlignmentFlag.AlignRight
    return [
        Column(tr("Uraian"), lambda r: r.description),
        Column(tr("Instansi"), lambda r: r.institution),
        Column(tr("PIC"), lambda r: r.person or ""),
        Column(tr("Tenggat"), lambda r: short_date(r.due) if r.due else ""),
        Column(tr("Status"), lambda r: action_status(r.status)),
        Column(tr("Terlambat"), late, right),
        Column(tr("Rapat"), lambda r: f"{r.meeting_title} ({short_date(r.meeting_date)})"),
    ]


SORT_KEYS = [
    lambda r: r.description.casefold(),
    lambda r: r.institution.casefold(),
    lambda r: (r.person or "").casefold(),
    lambda r: (r.due is None, r.due or date.min),
    lambda r: list(ActionStatus).index(r.status),
    lambda r: r.days_overdue(date.today()),
    lambda r: (r.meeting_date, r.meeting_id),
]


class ActionsModel(RowsModel):
    """The register's rows; sorting reorders the plain rows, so lazy fetching keeps working."""

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(SORT_KEYS):
            return
        rows = sorted(
            self.rows(),
            key=SORT_KEYS[column],
            reverse=order == Qt.SortOrder.DescendingOrder,
        )
        self.set_rows(rows)
