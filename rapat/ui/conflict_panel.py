"""The panel under a row that someone else changed meanwhile: who, when, their text, and a choice.

The person's own text stays in the row's field, untouched; the panel shows the other text beside
it (selectable, to copy from). "Pakai teks saya" stores the person's text over the newer version,
"Pakai teks mereka" puts the other text into the field; nothing either side typed is lost until
the person chooses.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from rapat.errors import Conflict


class ConflictPanel(QFrame):
    """Shows a Conflict and calls back with the person's choice; until then the person's text
    counts as unsaved work (rapat.ui.unsaved_work)."""

    def __init__(
        self,
        conflict: Conflict,
        theirs: str,
        keep_mine: Callable[[], None],
        take_theirs: Callable[[], None],
        mine: Callable[[], dict[str, Any]],
        parent: QWidget | None = None,
    ) -> None:
        """`mine` says what the person's own text is now (as Context.write's keep), for the
        recovery file if the window closes before they choose."""
        super().__init__(parent, objectName="conflictPanel")
        self.mine = mine
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet(
            "#conflictPanel { background: #fff4e5; border: 1px solid #e0a040; border-radius: 4px; }"
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        self.message = QLabel(conflict.message, wordWrap=True)
        layout.addWidget(self.message)
        layout.addWidget(QLabel(self.tr("Teks mereka:")))
        self.theirs = QPlainTextEdit(theirs, readOnly=True)
        self.theirs.setMaximumHeight(90)
        self.theirs.setTabChangesFocus(True)
        layout.addWidget(self.theirs)
        buttons = QHBoxLayout()
        self.mine_button = QPushButton(self.tr("Pakai teks saya"))
        self.mine_button.setToolTip(self.tr("Simpan teks Anda menggantikan teks mereka"))
        self.theirs_button = QPushButton(self.tr("Pakai teks mereka"))
        self.theirs_button.setToolTip(self.tr("Ganti teks Anda dengan teks mereka"))
        buttons.addWidget(self.mine_button)
        buttons.addWidget(self.theirs_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.mine_button.clicked.connect(lambda: self._choose(keep_mine))
        self.theirs_button.clicked.connect(lambda: self._choose(take_theirs))

    def _choose(self, choice: Callable[[], None]) -> None:
        self.hide()
        choice()
        self.deleteLater()
