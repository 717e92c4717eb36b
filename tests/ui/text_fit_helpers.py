"""Whether a table cell or a field shows its whole text, measured as the eye would."""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QStyle, QTableView

# The usable screen of a 1366x768 laptop with a taskbar, less the navigation rail.
CONTENT_WIDTH, CONTENT_HEIGHT = 1366 - 110, 707 - 60


def text_fits(table: QTableView, row: int, column: int) -> bool:
    """The cell's whole text shows: on one line, or wrapped within the row's height."""
    text = str(table.model().index(row, column).data() or "")
    margin = table.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, table) + 1
    width = table.columnWidth(column) - 2 * margin
    metrics = table.fontMetrics()
    if metrics.horizontalAdvance(text) <= width:
        return True
    if not table.wordWrap():
        return False
    needed = metrics.boundingRect(QRect(0, 0, width, 100000), Qt.TextFlag.TextWordWrap, text)
    return needed.width() <= width and needed.height() <= table.rowHeight(row) - 2


def cut_cells(table: QTableView, columns) -> list[str]:
    """The texts of the given columns that do not show whole."""
    model = table.model()
    return [
        str(model.index(row, column).data())
        for row in range(model.rowCount())
        for column in columns
        if not text_fits(table, row, column)
    ]
