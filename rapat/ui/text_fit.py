"""How text fits at 1366 px: tables fitted to their width, and the whole text of a cut field.

Every table has fixed columns for short values and shares of what is left for text. Text columns
wrap over a few lines in rows of one height (measuring every row would be slow at 400 rows), so a
long institution or "Mewakili Kapolres Palu" reads whole; what is longer still ends in an ellipsis
and shows whole in its tooltip (rapat.ui.models.RowsModel gives it). A one-line field too narrow
for its text shows the whole text as its tooltip.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLineEdit,
    QTableView,
    QToolTip,
)

# Room around a cell's text: the style's text margin on each side plus the grid line.
CELL_PADDING = 12
ROW_PADDING = 8


class ColumnFit(QObject):
    """Keeps a table's columns fitted to its width: fixed ones by a sample text or pixels, the
    others sharing the rest by weight; rows tall enough for `lines` lines of wrapped text."""

    def __init__(
        self,
        table: QTableView,
        fixed: Mapping[int, str | int],
        shares: Mapping[int, int],
        lines: int = 2,
        min_row_height: int = 0,
    ) -> None:
        super().__init__(table)
        metrics = table.fontMetrics()
        self.fixed = {
            column: metrics.horizontalAdvance(width) + CELL_PADDING + 8
            if isinstance(width, str)
            else width
            for column, width in fixed.items()
        }
        self.shares = dict(shares)
        table.setWordWrap(True)
        table.setTextElideMode(Qt.TextElideMode.ElideRight)
        table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        table.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        rows = table.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(max(min_row_height, lines * metrics.lineSpacing() + ROW_PADDING))
        head = table.horizontalHeader()
        head.setStretchLastSection(False)
        head.setMinimumSectionSize(24)
        for column in range(head.count()):
            head.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
        table.viewport().installEventFilter(self)
        self.apply()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.apply()
        return False

    def apply(self) -> None:
        """Size the columns to the viewport's present width."""
        table = self.parent()
        head = table.horizontalHeader()
        for column, width in self.fixed.items():
            head.resizeSection(column, width)
        free = max(0, table.viewport().width() - sum(self.fixed.values()))
        total = sum(self.shares.values()) or 1
        columns = sorted(self.shares)
        left = free
        for position, column in enumerate(columns):
            width = left if position == len(columns) - 1 else free * self.shares[column] // total
            head.resizeSection(column, max(head.minimumSectionSize(), width))
            left -= width


def fit_columns(
    table: QTableView,
    fixed: Mapping[int, str | int],
    shares: Mapping[int, int],
    lines: int = 2,
    min_row_height: int = 0,
) -> ColumnFit:
    """Fit the table's columns to its width (see ColumnFit) and keep them fitted."""
    return ColumnFit(table, fixed, shares, lines, min_row_height)


class _WholeTextTip(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.ToolTip
            and isinstance(event, QHelpEvent)
            and isinstance(watched, QLineEdit)
        ):
            text = watched.text()
            if text and watched.fontMetrics().horizontalAdvance(text) > field_room(watched):
                QToolTip.showText(event.globalPos(), text, watched)
                return True
        return False


def field_room(edit: QLineEdit) -> int:
    """The width a one-line field has for its text."""
    return edit.contentsRect().width() - edit.textMargins().left() - edit.textMargins().right() - 8


def whole_text_tip(edit: QLineEdit) -> None:
    """Show the field's whole text as its tooltip when the field is too narrow for it."""
    edit.installEventFilter(_WholeTextTip(edit))
