"""The check-in box at the top of the Daftar Hadir: one field, suggestions as you type, Enter.

The box only chooses; the view stores. Enter on a suggestion emits `chosen`, Enter with nothing
to suggest (or Ctrl+Enter, or the button) emits `walk_in` with what was typed.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QToolButton,
    QWidget,
)

from rapat.services.attendance_list import ATTENDED, AttendanceRow, Suggestion, SuggestionPool
from rapat.ui.text import attendance_status

SUGGESTIONS = 8


class CheckInBox(QWidget):
    """The field, the walk-in and invitation buttons, and the suggestion list floating below them.

    The list is a child of `overlay_parent` (the whole view) rather than a row of a layout: its
    height changes with every keystroke, and inside the layout that would re-lay out and repaint
    the table below.
    """

    chosen = Signal(object)  # a Suggestion
    walk_in = Signal(str)  # what was typed
    nothing_typed = Signal()

    def __init__(self, overlay_parent: QWidget) -> None:
        super().__init__()
        self._overlay_parent = overlay_parent
        self.pool: SuggestionPool | None = None
        self._suggestions: list[Suggestion] = []
        self._enter_pending = False
        top = QHBoxLayout(self)
        top.setContentsMargins(0, 0, 0, 0)
        self.field = QLineEdit()
        self.field.setObjectName("checkInField")
        self.field.setPlaceholderText(
            self.tr("Ketik sebagian nama atau instansi, lalu Enter untuk mencatat hadir")
        )
        self.field.setToolTip(
            self.tr(
                "Enter: catat hadir saran teratas · ↑↓: pilih saran · Ctrl+Enter: peserta tanpa "
                "undangan · Ctrl+D: diwakili · Esc: kosongkan (Ctrl+K)"
            )
        )
        self.field.setClearButtonEnabled(True)
        font = self.field.font()
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.field.setFont(font)
        self.field.textChanged.connect(self._suggest)
        self.field.returnPressed.connect(self.enter)
        self.field.installEventFilter(self)
        top.addWidget(self.field, 1)
        self.walk_in_button = QPushButton(self.tr("Tanpa undangan"))
        self.walk_in_button.setToolTip(
            self.tr("Catat peserta yang tidak ada di undangan (Ctrl+Enter)")
        )
        self.walk_in_button.clicked.connect(lambda: self.walk_in.emit(self.typed()))
        top.addWidget(self.walk_in_button)
        self.invite_button = QToolButton(objectName="menuButton")
        self.invite_button.setText(self.tr("Undang ▾"))
        self.invite_button.setToolTip(
            self.tr("Tambah undangan: instansi, orang, atau salin dari rapat lain")
        )
        self.invite_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.invite_menu = QMenu(self.invite_button)
        self.invite_button.setMenu(self.invite_menu)
        top.addWidget(self.invite_button)
        self.suggestions = QListWidget(overlay_parent)
        self.suggestions.setUniformItemSizes(True)
        self.suggestions.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.suggestions.setAutoFillBackground(True)
        self.suggestions.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.suggestions.itemClicked.connect(lambda _item: self.enter())
        self.suggestions.hide()
        # The walk-in form opens right below the field: the suggestions must not cover it.
        self.walk_in.connect(lambda _typed: self.suggestions.hide())
        overlay_parent.installEventFilter(self)

    def typed(self) -> str:
        return self.field.text().strip()

    def set_enabled(self, enabled: bool) -> None:
        for widget in (self.field, self.walk_in_button, self.invite_button):
            widget.setEnabled(enabled)

    # -- suggestions -----------------------------------------------------------------------------

    def set_pool(self, pool: SuggestionPool) -> None:
        """The suggestions are there (or more of them): show them for what was typed, keeping
        the highlighted one, and do a pending Enter."""
        highlighted = self.current()
        self.pool = pool
        if self.suggestions.isVisible() or self.field.hasFocus():  # not over the walk-in form
            self._suggest(self.field.text())
        if highlighted in self._suggestions:
            self.suggestions.setCurrentRow(self._suggestions.index(highlighted))
        if self._enter_pending:
            self._enter_pending = False
            self.enter()

    def update_pool(self, row: AttendanceRow) -> None:
        if self.pool is not None:
            self.pool.update(row)

    def _suggest(self, text: str) -> None:
        self._suggestions = self.pool.match(text, SUGGESTIONS) if self.pool and text.strip() else []
        self.suggestions.clear()
        if not text.strip():
            self.suggestions.hide()
            return
        for s in self._suggestions:
            detail = ", ".join(filter(None, (s.position, s.institution)))
            if s.participant_id is None:
                state = self.tr("dari direktori")
            else:
                state = attendance_status(s.status or "")
            self.suggestions.addItem(QListWidgetItem(f"{s.name} — {detail}  ·  {state}"))
        self.suggestions.addItem(
            QListWidgetItem(
                self.tr("+ Peserta tanpa undangan: “{text}” (Ctrl+Enter)").format(text=text.strip())
            )
        )
        self.suggestions.setCurrentRow(0)
        self._place_suggestions()
        self.suggestions.show()
        self.suggestions.raise_()

    def _place_suggestions(self) -> None:
        """Put the overlay just below the field, as wide as the field and its buttons."""
        top_left = self.field.mapTo(self._overlay_parent, self.field.rect().bottomLeft())
        right = self.invite_button.mapTo(
            self._overlay_parent, self.invite_button.rect().topRight()
        ).x()
        rows = self.suggestions.count()
        height = self.suggestions.sizeHintForRow(0) * rows + 2 * self.suggestions.frameWidth()
        self.suggestions.setGeometry(top_left.x(), top_left.y() + 2, right - top_left.x(), height)

    def current(self) -> Suggestion | None:
        """The highlighted suggestion, if something is typed and a suggestion is highlighted."""
        if not self.typed():
            return None
        row = self.suggestions.currentRow()
        return self._suggestions[row] if 0 <= row < len(self._suggestions) else None

    # -- keys ------------------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._overlay_parent:
            if event.type() == QEvent.Type.Resize and self.suggestions.isVisible():
                self._place_suggestions()
            return False
        if watched is self.field and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            key, mods = event.key(), event.modifiers()
            if (
                key in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
                and mods & Qt.KeyboardModifier.ControlModifier
            ):
                self.walk_in.emit(self.typed())
                return True
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Up) and self.suggestions.isVisible():
                step = 1 if key == Qt.Key.Key_Down else -1
                row = max(
                    0, min(self.suggestions.count() - 1, self.suggestions.currentRow() + step)
                )
                self.suggestions.setCurrentRow(row)
                return True
            if key == Qt.Key.Key_Escape:
                self.field.clear()
                return True
        return super().eventFilter(watched, event)

    def enter(self) -> None:
        """Enter: check in the highlighted suggestion, or open the walk-in form for the text."""
        text = self.typed()
        if not text:
            self.nothing_typed.emit()
            return
        if self.pool is None or self._waits_for_directory():
            self._enter_pending = True  # typed while the suggestions load: act once they are there
            return
        chosen = self.current()
        if chosen is None:
            self.walk_in.emit(text)
        else:
            self.chosen.emit(chosen)

    def _waits_for_directory(self) -> bool:
        """Whether Enter must wait for the directory's people: while they load, an invitee not
        yet present at the top, or any line chosen with the arrows, is what Enter takes; the
        directory could put someone above anything else."""
        if self.pool.complete or self.suggestions.currentRow() > 0:
            return False
        chosen = self.current()
        return chosen is None or chosen.participant_id is None or chosen.status in ATTENDED

    def focus(self) -> None:
        self.field.setFocus()
        self.field.selectAll()
