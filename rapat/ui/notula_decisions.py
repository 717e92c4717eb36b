"""The notula's decisions: each one a numbered text box, added, moved and removed with undo.

DecisionEditing is a part of NotulaView (its state is the view's: `decisions`, `decision_box`,
`no_decisions`, the undo stack and the autosaver).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from rapat.errors import Conflict
from rapat.i18n import tr
from rapat.services import minutes as mn
from rapat.ui.autosave import CallCommand
from rapat.ui.conflict_panel import ConflictPanel
from rapat.ui.context import StoredId
from rapat.ui.focus import holds_focus
from rapat.ui.notula_fields import TextBox

if TYPE_CHECKING:
    from rapat.ui.notula_view import NotulaView


class DecisionRow(QWidget):
    def __init__(
        self,
        view: NotulaView,
        key: int,
        decision_id: int | None,
        text: str,
        version: int | None = None,
    ) -> None:
        super().__init__()
        self.view = view
        self.key = key
        self.stored = StoredId(decision_id, version)
        self.conflict: ConflictPanel | None = None
        self._text = text
        self._applying = False
        self._outer = QVBoxLayout(self)
        self._outer.setContentsMargins(0, 2, 0, 2)
        self._outer.setSpacing(4)
        layout = QHBoxLayout()
        layout.setContentsMargins(0, 0, 0, 0)
        self._outer.addLayout(layout)
        self.number = QLabel()
        self.number.setFixedWidth(28)
        self.number.setContentsMargins(0, 4, 0, 0)  # on the text's first line
        layout.addWidget(self.number, 0, Qt.AlignmentFlag.AlignTop)
        self.box = TextBox(self.tr("Keputusan atau kesimpulan…"))
        self.box.undo_stack = view.undo_stack
        self.box.setPlainText(text)
        self.box.setReadOnly(view.read_only)
        self.box.textChanged.connect(self._changed)
        layout.addWidget(self.box, 1)

    @property
    def decision_id(self) -> int | None:
        """The stored decision's id; None until the write that stores it has run."""
        return self.stored.value

    @property
    def text(self) -> str:
        return self.box.text()

    def set_value(self, _field: str, value: str) -> None:
        self._applying = True
        try:
            self._text = value
            self.box.set_text(value)
        finally:
            self._applying = False

    def show_conflict(self, conflict: Conflict, keep_mine, take_theirs) -> None:
        """Someone else changed this decision: show their text under the person's own."""
        if self.conflict is not None:
            self.conflict.deleteLater()
        theirs = conflict.theirs.get("text") or ""
        self.conflict = ConflictPanel(
            conflict,
            theirs,
            keep_mine,
            take_theirs,
            lambda: {"what": "decision", "meeting": self.view.meeting_id, "text": self.text},
            self,
        )
        self._outer.addWidget(self.conflict)

    def _changed(self) -> None:
        old, new = self._text, self.box.text()
        if old == new:
            return
        self._text = new
        if not self._applying:
            self.view.typed(("decision", self.key, "text"), old, new)


class DecisionEditing:
    """Add (Ctrl+Shift+Enter), move, remove and store the decisions of a NotulaView."""

    def _save_decision(self, row: DecisionRow) -> None:
        text = row.text
        stored = row.stored
        keep = {"what": "decision", "meeting": self.meeting_id, "text": text}
        if not stored.queued:
            if not text.strip():
                return
            meeting, index = self.meeting_id, self._saved_decisions_before(row)
            stored.queued = True

            def add(s) -> tuple[int, int]:
                decision_id = mn.add_decision(s, meeting, text, uid=stored.uid)
                mn.place_decision(s, decision_id, index)
                return decision_id, mn.decision_version(s, decision_id)

            def added(result: tuple[int, int]) -> None:
                stored.value, stored.version = result

            self.context.write(
                add,
                lambda result: self._stored_decision(row, result[0]),
                lambda error: self._not_stored(stored, error),
                "minutes",
                on_commit=added,
                keep=keep,
            )
        elif not text.strip():
            row.stored = StoredId()
            self.context.write(
                lambda s: mn.delete_decision(s, stored.value), on_error=self._refused
            )
        else:

            def update(s) -> int:
                return mn.update_decision(s, stored.value, text, version=stored.version)

            def updated(version: int) -> None:
                stored.version = version

            self.context.write(
                update,
                on_error=lambda error: self._decision_refused(row, error),
                changed="minutes",
                on_commit=updated,
                keep=keep,
            )

    def _decision_refused(self, row: DecisionRow, error: Exception) -> None:
        if not isinstance(error, Conflict):
            self._refused(error)
            return
        stored = row.stored

        def keep_mine() -> None:
            stored.version = error.version
            self._mark(("decision", row.key, "text"))

        def take_theirs() -> None:
            stored.version = error.version
            row.set_value("text", error.theirs.get("text") or "")
            row.box.moveCursor(QTextCursor.MoveOperation.End)  # go on after their words

        row.show_conflict(error, keep_mine, take_theirs)

    def _stored_decision(self, row: DecisionRow, decision_id: int) -> None:
        self._decision_keys[decision_id] = row.key  # a reload gives the row its key again

    def _saved_decisions_before(self, row: DecisionRow) -> int:
        index = self.decisions.index(row)
        return sum(1 for r in self.decisions[:index] if r.stored.queued)

    def _insert_decision(self, index: int, row: DecisionRow) -> None:
        self.decisions.insert(index, row)
        self.decision_box.insertWidget(index, row)
        if self.isVisible():
            row.show()
        previous = self.decisions[index - 1].box if index > 0 else self._before_decisions()
        QWidget.setTabOrder(previous, row.box)
        self._number_decisions()

    def _number_decisions(self) -> None:
        for number, row in enumerate(self.decisions, start=1):
            row.number.setText(f"{number}.")
        self.no_decisions.setVisible(not self.decisions)

    def add_decision(self) -> None:
        """Ctrl+Shift+Enter: a new decision after the current one, or at the end."""
        if self.read_only:
            return
        current = self.current
        index = (
            self.decisions.index(current) + 1
            if isinstance(current, DecisionRow)
            else len(self.decisions)
        )
        key = self.new_key()
        self._recreate_decision(index, key, "")
        self.undo_stack.push(
            CallCommand(
                tr("Keputusan baru"),
                lambda: self._recreate_decision(index, key, ""),
                lambda: self._remove_decision(key),
            )
        )

    def _recreate_decision(self, index: int, key: int, text: str) -> None:
        row = DecisionRow(self, key, None, text)
        self._insert_decision(min(index, len(self.decisions)), row)
        self.reveal.emit()
        row.box.setFocus()
        self.scroll.ensureWidgetVisible(row, 0, 40)
        if text.strip():
            self._mark(("decision", key, "text"))
        self.changed.emit()

    def _remove_decision(self, key: int) -> None:
        row = self._row("decision", key)
        if row is None:
            return
        self.autosaver.discard((self.meeting_id, "decision", key))
        if holds_focus(row):  # the keyboard goes to the next decision, the one before, or up
            index = self.decisions.index(row)
            others = self.decisions[index + 1 : index + 2] or self.decisions[index - 1 : index][:1]
            if others:
                others[0].box.setFocus(Qt.FocusReason.OtherFocusReason)
            else:
                self._before_decisions().setFocus(Qt.FocusReason.OtherFocusReason)
        self.decisions.remove(row)
        self.decision_box.removeWidget(row)
        if row.stored.queued:
            stored = row.stored
            self.context.write(
                lambda s: mn.delete_decision(s, stored.value),
                on_error=self._refused,
                changed="minutes",
            )
        if self.current is row:
            self.current = None
        row.deleteLater()
        self._number_decisions()
        self.changed.emit()

    def _move_decision(self, key: int, index: int) -> None:
        row = self._row("decision", key)
        if row is None:
            return
        self.decisions.remove(row)
        self.decision_box.removeWidget(row)
        self._insert_decision(index, row)
        if row.stored.queued:
            stored, place = row.stored, self._saved_decisions_before(row)
            self.context.write(
                lambda s: mn.place_decision(s, stored.value, place),
                on_error=self._refused,
                changed="minutes",
            )
        self.reveal.emit()
        row.box.setFocus()
        self.changed.emit()
