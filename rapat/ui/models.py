"""Thin item models: plain rows with ids, handed to views in batches so big lists open at once."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

BATCH = 200
Index = QModelIndex | QPersistentModelIndex
# Looked up once: data() runs for every cell and role the views paint.
DISPLAY, EDIT, TOOLTIP, DECORATION, FOREGROUND, ALIGNMENT, USER = (
    Qt.ItemDataRole.DisplayRole,
    Qt.ItemDataRole.EditRole,
    Qt.ItemDataRole.ToolTipRole,
    Qt.ItemDataRole.DecorationRole,
    Qt.ItemDataRole.ForegroundRole,
    Qt.ItemDataRole.TextAlignmentRole,
    Qt.ItemDataRole.UserRole,
)


@dataclass(frozen=True)
class Column:
    title: str
    text: Callable[[Any], str]
    align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft


class RowsModel(QAbstractTableModel):
    """Rows (dataclasses with an `id`) shown through columns; rows beyond the first batch are
    handed to the view as it scrolls (canFetchMore/fetchMore)."""

    def __init__(self, columns: Sequence[Column], parent=None) -> None:
        super().__init__(parent)
        self.columns = list(columns)
        self._alignments = [int(c.align | Qt.AlignmentFlag.AlignVCenter) for c in self.columns]
        self._rows: list[Any] = []
        self._shown = 0

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._shown = min(BATCH, len(self._rows))
        self.endResetModel()

    def rows(self) -> list[Any]:
        return list(self._rows)

    def row_at(self, row: int) -> Any:
        return self._rows[row]

    def row_of(self, row_id: int) -> int:
        """The position of the row with this id, or -1."""
        return next((i for i, r in enumerate(self._rows) if r.id == row_id), -1)

    def replace_row(self, new: Any) -> int:
        """Put a changed row in place of the one with its id, or append it; returns its position."""
        position = self.row_of(new.id)
        if position < 0:
            self.fetch_all()
            position = len(self._rows)
            self.beginInsertRows(QModelIndex(), position, position)
            self._rows.append(new)
            self._shown += 1
            self.endInsertRows()
            return position
        self._rows[position] = new
        if position < self._shown:
            self.dataChanged.emit(
                self.index(position, 0), self.index(position, self.columnCount() - 1)
            )
        return position

    def remove_row(self, row_id: int) -> None:
        """Take out the row with this id, if it is there."""
        position = self.row_of(row_id)
        if position < 0:
            return
        shown = position < self._shown
        if shown:
            self.beginRemoveRows(QModelIndex(), position, position)
        del self._rows[position]
        if shown:
            self._shown -= 1
            self.endRemoveRows()

    def fetch_all(self) -> None:
        while self.canFetchMore(QModelIndex()):
            self.fetchMore(QModelIndex())

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._shown

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def canFetchMore(self, parent: Index) -> bool:
        return not parent.isValid() and self._shown < len(self._rows)

    def fetchMore(self, parent: Index) -> None:
        if parent.isValid():
            return
        more = min(BATCH, len(self._rows) - self._shown)
        if more <= 0:
            return
        self.beginInsertRows(QModelIndex(), self._shown, self._shown + more - 1)
        self._shown += more
        self.endInsertRows()

    def data(self, index: Index, role: int = DISPLAY) -> Any:
        if not index.isValid() or index.row() >= self._shown:
            return None
        if role == DISPLAY:
            return self.columns[index.column()].text(self._rows[index.row()])
        if role == TOOLTIP:  # the whole text where it is elided
            return self.columns[index.column()].text(self._rows[index.row()]) or None
        if role == ALIGNMENT:
            return self._alignments[index.column()]
        if role == USER:
            return getattr(self._rows[index.row()], "id", None)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            role == Qt.ItemDataRole.DisplayRole
            and orientation == Qt.Orientation.Horizontal
            and 0 <= section < len(self.columns)
        ):
            return self.columns[section].title
        return None
