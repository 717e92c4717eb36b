"""The notula's text fields: a box that grows with its text, an agenda title, and the undo keys
they share with the workspace's undo stack."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import QLineEdit, QSizePolicy, QTextEdit, QWidget

from rapat.ui.autosave import is_redo, is_undo

MAX_BOX_HEIGHT = 320


def raw_text(box: QTextEdit) -> str:
    """The text exactly as typed: toPlainText would turn non-breaking spaces into spaces."""
    return box.document().toRawText().replace("\u2029", "\n").replace("\u2028", "\n")


class UndoKeys:
    """Send Ctrl+Z and Ctrl+Shift+Z to the workspace's stack instead of the field's own history."""

    undo_stack = None

    def _undo_key(self, event: QKeyEvent) -> bool:
        if self.undo_stack is None:
            return False
        if is_undo(event):
            self.undo_stack.undo()
            return True
        if is_redo(event):
            self.undo_stack.redo()
            return True
        return False


class TextBox(UndoKeys, QTextEdit):
    """Plain text that grows with what is typed up to a limit, then scrolls."""

    def __init__(self, placeholder: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAcceptRichText(False)
        self.setUndoRedoEnabled(False)
        self.setTabChangesFocus(True)
        self.setPlaceholderText(placeholder)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.document().setDocumentMargin(3)
        self.document().contentsChanged.connect(self._fit)
        self._fit()

    def text(self) -> str:
        return raw_text(self)

    def set_text(self, text: str) -> None:
        if text != self.text():
            self.setPlainText(text)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if not self._undo_key(event):
            super().keyPressEvent(event)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        lines = max(self.document().size().height(), self.fontMetrics().lineSpacing() + 6)
        height = min(MAX_BOX_HEIGHT, int(lines) + 2 * self.frameWidth())
        if height != self.height() or self.minimumHeight() != height:
            self.setFixedHeight(height)


class TitleField(UndoKeys, QLineEdit):
    """An agenda item's title; `applying` is set while undo puts a value back."""

    applying = False

    def focusInEvent(self, event: QFocusEvent) -> None:
        """Tabbing in puts the cursor at the end instead of selecting the title: a title is
        changed on purpose, never replaced by the next key meant for another field."""
        super().focusInEvent(event)
        if event.reason() in (Qt.FocusReason.TabFocusReason, Qt.FocusReason.BacktabFocusReason):
            self.deselect()
            self.end(False)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if not self._undo_key(event):
            super().keyPressEvent(event)
