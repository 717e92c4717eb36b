"""Typing in the notula: one undo step per burst of typing, and a save soon after.

NotulaSaving is a part of NotulaView. A typed field is marked with the workspace's Autosaver,
which calls `_save` for it a moment later (or at once when the focus leaves); undo and redo put
the value back through `_apply`, show it, and save it again.
"""

from __future__ import annotations

from collections.abc import Hashable

import shiboken6
from PySide6.QtWidgets import QBoxLayout

from rapat.errors import Conflict
from rapat.i18n import tr
from rapat.services import minutes as mn
from rapat.services.meetings import update_meeting
from rapat.ui.autosave import TextCommand
from rapat.ui.conflict_panel import ConflictPanel


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
            self._save_text(kind)
        elif kind == "agenda":
            section = self._section(ident)
            if section is not None and section.title.text().strip():
                self._save_title(section)
        elif kind == "point":
            row = self._row("point", ident)
            if row is not None:
                self._save_point(row)
        else:
            row = self._row("decision", ident)
            if row is not None:
                self._save_decision(row)

    # -- the opening and closing, and agenda titles: each sent with the version it was read at --

    def _save_text(self, kind: str) -> None:
        """Store the Kata Pembukaan or the Penutup, based on the meeting's version as read."""
        box = self.opening if kind == "opening" else self.closing
        text, meeting = box.text(), self.meeting_id
        value = text if text.strip() else None
        stored, baseline = self.meeting_version, self.stored_texts

        def committed(version: int) -> None:
            stored.version = version
            baseline[kind] = value or ""

        self.context.write(
            lambda s: update_meeting(s, meeting, version=stored.version, **{kind: value}),
            on_error=lambda error: self._text_refused(kind, error),
            changed="minutes",
            on_commit=committed,
            keep={"what": kind, "meeting": meeting, "text": text},
        )

    def _text_refused(self, kind: str, error: Exception) -> None:
        """Someone changed the meeting meanwhile. When their change left this text as it was
        when read (they changed another field), it is stored again on the new version; else the
        person's text stays in the box and the panel under it shows theirs."""
        if not isinstance(error, Conflict):
            self._refused(error)
            return
        theirs = error.theirs.get(kind) or ""
        if theirs == self.stored_texts.get(kind, ""):
            self.meeting_version.version = error.version
            self._save_text(kind)  # at once: what was typed is stored as soon as it can be
            return
        box = self.opening if kind == "opening" else self.closing

        def keep_mine() -> None:
            self.meeting_version.version = error.version
            self._mark((kind, None, "text"))

        def take_theirs() -> None:
            self.meeting_version.version = error.version
            self.stored_texts[kind] = theirs
            box.setProperty("applying", True)
            box.set_text(theirs)
            box.setProperty("known", theirs)
            box.setProperty("applying", False)

        def mine() -> dict:
            return {"what": kind, "meeting": self.meeting_id, "text": box.text()}

        panel = ConflictPanel(error, theirs, keep_mine, take_theirs, mine)
        self._place_conflict(kind, panel, self.body, self.body.indexOf(box) + 1)

    def _place_conflict(self, key: str, panel: ConflictPanel, layout: QBoxLayout, at: int) -> None:
        """Show a text's conflict panel right under the text, in place of an earlier one."""
        earlier = self.text_conflicts.pop(key, None)
        if earlier is not None and shiboken6.isValid(earlier):
            earlier.deleteLater()
        self.text_conflicts[key] = panel
        layout.insertWidget(at, panel)
        self.scroll.ensureWidgetVisible(panel, 0, 40)

    def _save_title(self, section) -> None:
        """Rename an agenda item, based on its version as read."""
        title, stored = section.title.text(), section.stored

        def committed(version: int) -> None:
            stored.version = version
            section.stored_title = title

        self.context.write(
            lambda s: mn.rename_agenda_item(s, stored.value, title, version=stored.version),
            on_error=lambda error: self._title_refused(section, error),
            changed="minutes",
            on_commit=committed,
            keep={"what": "agenda", "meeting": self.meeting_id, "text": title},
        )

    def _title_refused(self, section, error: Exception) -> None:
        if not isinstance(error, Conflict):
            self._refused(error)
            return
        theirs = error.theirs.get("title") or ""
        key = ("agenda", section.item_id, "title")

        def keep_mine() -> None:
            section.stored.version = error.version
            self._mark(key)

        def take_theirs() -> None:
            section.stored.version = error.version
            section.stored_title = theirs
            section.title.applying = True
            section.title.setText(theirs)
            section.title.applying = False

        def mine() -> dict:
            return {"what": "agenda", "meeting": self.meeting_id, "text": section.title.text()}

        panel = ConflictPanel(error, theirs, keep_mine, take_theirs, mine)
        self._place_conflict(f"agenda-{section.item_id}", panel, section.layout(), 1)
