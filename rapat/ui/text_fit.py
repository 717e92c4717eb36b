"""How text fits at 1366 px: tables fitted to their width, and the whole text of a cut field.

Every table has fixed columns for short values and shares of what is left for text. Text columns
wrap over a few lines in rows of one height (measuring every row would be slow at 400 rows), so a
long institution or "Mewakili Kapolres Palu" reads whole; what is longer still ends in an ellipsis
and shows whole in its tooltip (rapat.ui.models.RowsModel gives it). A column's edge can be
dragged: the width set by hand is kept, the text columns not set by hand share what is left, and
a double click on the edge gives the column its fitted width again. A one-line field too narrow
for its text shows the whole text as its tooltip.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import SIGNAL, QEvent, QObject, Qt
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
    others sharing the rest by weight; rows tall enough for `lines` lines of wrapped text.

    Widths set by hand (dragging a column's edge) are kept while the text columns left to share
    the rest still get `least` pixels each; when the window narrows below that, the oldest are
    given up first. One text column at least always shares the rest, so the columns fill the
    width exactly (there is no sideways scrolling)."""

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
        self.least = metrics.horizontalAdvance("M" * 6) + CELL_PADDING  # a text column's least
        self.by_hand: dict[int, int] = {}  # column: width, the latest set last
        self._applying = False
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
        head.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        head.setToolTip(
            self.tr(
                "Seret batas judul kolom untuk mengubah lebarnya; klik dua kali batas itu untuk "
                "mengembalikannya"
            )
        )
        head.sectionResized.connect(self._resized)
        # A double click on an edge gives back the fitted width, rather than QTableView's width
        # of the longest text on one line (which reads every row).
        QObject.disconnect(head, SIGNAL("sectionHandleDoubleClicked(int)"), table, None)
        head.sectionHandleDoubleClicked.connect(self._refit)
        for old in table.findChildren(ColumnFit, options=Qt.FindChildOption.FindDirectChildrenOnly):
            if old is not self:  # the fit of the table's previous model
                old.stop()
        table.viewport().installEventFilter(self)
        self.apply()

    def stop(self) -> None:
        """Leave the table's columns to another fit."""
        table = self.parent()
        table.viewport().removeEventFilter(self)
        table.horizontalHeader().sectionResized.disconnect(self._resized)
        table.horizontalHeader().sectionHandleDoubleClicked.disconnect(self._refit)
        self.setParent(None)
        self.deleteLater()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.apply()
        return False

    def _resized(self, column: int, _old: int, new: int) -> None:
        """A column's edge dragged: keep its width, within what leaves the others their least."""
        if self._applying:
            return
        self.by_hand.pop(column, None)
        self.by_hand[column] = new
        if self.shares and all(c in self.by_hand for c in self.shares):
            for other in self.shares:  # the text columns set before share the rest again
                if other != column:
                    del self.by_hand[other]
        short = self._short_of_room()
        if short > 0:
            least = self.parent().horizontalHeader().minimumSectionSize()
            self.by_hand[column] = max(least, new - short)
        self.apply()

    def _refit(self, column: int) -> None:
        """A double click on a column's edge: its fitted width again."""
        if self.by_hand.pop(column, None) is not None:
            self.apply()

    def _sharing(self) -> list[int]:
        """The text columns not set by hand, which share what the others leave."""
        return [column for column in sorted(self.shares) if column not in self.by_hand]

    def _short_of_room(self) -> int:
        """How many pixels the columns set by hand take from the sharing columns' least."""
        taken = sum(self.by_hand.get(c, w) for c, w in self.fixed.items())
        taken += sum(w for c, w in self.by_hand.items() if c in self.shares)
        free = self.parent().viewport().width() - taken
        return self.least * len(self._sharing()) - free

    def apply(self) -> None:
        """Size the columns to the viewport's present width."""
        while self.by_hand and self._short_of_room() > 0:  # too narrow now: the oldest go first
            del self.by_hand[next(iter(self.by_hand))]
        table = self.parent()
        head = table.horizontalHeader()
        widths = {column: self.by_hand.get(column, width) for column, width in self.fixed.items()}
        widths.update({c: w for c, w in self.by_hand.items() if c in self.shares})
        free = max(0, table.viewport().width() - sum(widths.values()))
        columns = self._sharing()
        total = sum(self.shares[column] for column in columns) or 1
        left = free
        for position, column in enumerate(columns):
            width = left if position == len(columns) - 1 else free * self.shares[column] // total
            widths[column] = max(head.minimumSectionSize(), width)
            left -= width
        self._applying = True
        try:
            for column, width in widths.items():
                head.resizeSection(column, width)
        finally:
            self._applying = False


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
