"""Typing in the notula: one undo step per burst of typing, and a save soon after.

NotulaSaving is a part of NotulaView. A typed field is marked with the workspace's Autosaver,
which calls `_save` for it a moment later (or at once when the focus leaves); undo and redo put
the value back through `_apply`, show it, and save it again.
"""

from __future__ import annotations

from collections.abc import Hashable

from rapat.i18n import tr
from rapat.services import minutes as mn
from rapat.services.meetings import update_meeting
from rapat.ui.autosave import TextCommand


class NotulaSaving:
    """Record typing as undo steps and store what was typed."""

    def typed(self, key: tuple, old: str, new: str) -> None:
        """A field changed by typing: one undo step per burst, and a save soon."""
        if self.read_only:
            return
        self.undo_stack.push(TextCommand(tr("Mengetik"), key, old, new, self._apply))
        self._mark(key)
        self.changed.emit()

    def _mark(self, key: tuple) -> None:
        kind, ident, _field = key
        self.autosaver.mark((self.meeting_id, kind, ident), lambda: self._save(kind, ident))

    def _apply(self, key: Hashable, value: str) -> None:
        """Undo or redo a typing step: put the value back, show it, save it."""
        kind, ident, field = key
        self.reveal.emit()
        if kind in ("opening", "closing"):
            box = self.opening if kind == "opening" else self.closing
            box.setProperty("applying", True)
            box.set_text(value)
            box.setProperty("applying", False)
            box.setFocus()
        elif kind == "agenda":
            section = self._section(ident)
            if section is None:
                return
            section.title.applying = True
            section.title.setText(value)
            section.title.applying = False
            section.title.setFocus()
        else:
            row = self._row(kind, ident)
            if row is None:
                return
            row.set_value(field, value)
            if kind == "point":
                row.focus_field(field)
            else:
                row.box.setFocus()
        self._mark(key)
        self.changed.emit()

    def _save(self, kind: str, ident) -> None:
        if kind in ("opening", "closing"):
            box = self.opening if kind == "opening" else self.closing
            text, meeting = box.text(), self.meeting_id
            self.context.write(
                lambda s: update_meeting(s, meeting, **{kind: text if text.strip() else None}),
                on_error=self._refused,
                changed="minutes",
            )
        elif kind == "agenda":
            section = self._section(ident)
            title = section.title.text() if section else ""
            if title.strip():
                self.context.write(
                    lambda s: mn.rename_agenda_item(s, ident, title),
                    on_error=self._refused,
                    changed="minutes",
                )
        elif kind == "point":
            row = self._row("point", ident)
            if row is not None:
                self._save_point(row)
        else:
            row = self._row("decision", ident)
            if row is not None:
                self._save_decision(row)
