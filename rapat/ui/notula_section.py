"""An agenda item in the notula (or the points under no item): its title and its points in order."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from rapat.ui.context import StoredId
from rapat.ui.notula_fields import TitleField
from rapat.ui.notula_point import PointRow
from rapat.ui.speaker_field import SPEAKER_WIDTH

if TYPE_CHECKING:
    from rapat.ui.notula_view import NotulaView


class Section(QWidget):
    """An agenda item (or the points under no item): its title and its points in order."""

    def __init__(
        self,
        view: NotulaView,
        item_id: int | None,
        number: int,
        title: str,
        version: int | None = None,
    ) -> None:
        """`version` is the item's as read: a rename is based on it (rapat.services.versions)."""
        super().__init__()
        self.view = view
        self.item_id = item_id
        self.stored = StoredId(item_id, version)
        self.stored_title = title
        self.rows: list[PointRow] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.setSpacing(2)
        head = QHBoxLayout()
        self.number = QLabel(f"{number}." if item_id is not None else "", objectName="sectionTitle")
        head.addWidget(self.number)
        self.title = TitleField(self)
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.title.setText(title)
        self.title.setReadOnly(item_id is None or view.read_only)
        self.title.undo_stack = view.undo_stack
        self.title.setToolTip(
            self.tr(
                "Judul butir agenda · Alt+↑/↓: pindahkan butir · Ctrl+Shift+Del: hapus butir · "
                "Ctrl+Enter: pokok pembahasan pertama"
            )
        )
        self._title = title
        self.title.textChanged.connect(self._title_changed)
        head.addWidget(self.title, 1)
        layout.addLayout(head)
        self.points = QVBoxLayout()
        self.points.setSpacing(2)
        layout.addLayout(self.points)
        self.empty = QLabel(
            self.tr("Belum ada pembahasan. Ctrl+Enter menambah pokok pembahasan."),
            objectName="emptyState",
        )
        self.empty.setContentsMargins(SPEAKER_WIDTH + 12, 0, 0, 0)
        layout.addWidget(self.empty)

    def _title_changed(self, text: str) -> None:
        old, self._title = self._title, text
        if not self.title.applying:
            self.view.typed(("agenda", self.item_id, "title"), old, text)

    def insert(self, index: int, row: PointRow) -> None:
        self.rows.insert(index, row)
        self.points.insertWidget(index, row)
        if self.isVisible():
            row.show()  # now, not queued by the layout: it takes the focus right away
        self.empty.setVisible(False)

    def take(self, row: PointRow) -> int:
        index = self.rows.index(row)
        self.rows.pop(index)
        self.points.removeWidget(row)
        self.empty.setVisible(not self.rows)
        return index

    def saved_before(self, row: PointRow) -> int:
        """The row's place among the stored points of this section."""
        return sum(1 for r in self.rows[: self.rows.index(row)] if r.stored.queued)
