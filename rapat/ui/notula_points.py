"""The notula's discussion points: added after the current one, moved within and across agenda
items, removed, and stored in their place; each change an undoable step.

PointEditing is a part of NotulaView (the rows live in its sections).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QWidget

from rapat.errors import Conflict
from rapat.i18n import tr
from rapat.services import minutes as mn
from rapat.ui.autosave import CallCommand
from rapat.ui.context import StoredId
from rapat.ui.focus import holds_focus
from rapat.ui.notula_point import PointRow
from rapat.ui.notula_section import Section


class PointEditing:
    """Add (Ctrl+Enter), move, remove and store the points of a NotulaView."""

    def add_point(self) -> None:
        """Ctrl+Enter: a new, empty point after the current one (or first in the current item)."""
        if self.read_only:
            return
        current = self.current
        if isinstance(current, PointRow) and self._section_of(current):
            section = self._section_of(current)
            index = section.rows.index(current) + 1
        else:
            section = self.current_section() or self._last_section()
            index = 0 if isinstance(current, Section) else len(section.rows)
        row = self._point_row(None)
        key = row.key
        self._insert_row(section, index, row)
        row.focus_field("speaker")
        item = section.item_id
        self.undo_stack.push(
            CallCommand(
                tr("Pokok pembahasan baru"),
                lambda: self._recreate_row(item, index, key, "", ""),
                lambda: self._remove_row(key),
            )
        )

    def _last_section(self) -> Section:
        return self.sections[-1]

    def _insert_row(self, section: Section, index: int, row: PointRow) -> None:
        """Insert a row and give it its place in the Tab order (new widgets go to its end)."""
        section.insert(index, row)
        previous = section.rows[index - 1] if index > 0 else section.title
        QWidget.setTabOrder(self._last_focus(previous), row)
        if row.editable:
            QWidget.setTabOrder(row, row.speaker_field)
            QWidget.setTabOrder(row.speaker_field, row.box)
        self.changed.emit()

    @staticmethod
    def _last_focus(widget: QWidget) -> QWidget:
        if isinstance(widget, PointRow) and widget.editable:
            return widget.box
        return widget

    def _before_decisions(self) -> QWidget:
        last = self.sections[-1]
        return self._last_focus(last.rows[-1]) if last.rows else last.title

    def _recreate_row(self, item_id: int | None, index: int, key: int, speaker: str, text: str):
        section = self._section(item_id) or self._last_section()
        row = self._point_row(None, key)
        row._speaker, row._text = speaker, text
        self._insert_row(section, min(index, len(section.rows)), row)
        self.reveal.emit()
        row.focus_field("text" if speaker else "speaker")
        if text.strip():
            self._mark(("point", key, "text"))

    def _remove_row(self, key: int) -> None:
        row = self._row("point", key)
        if row is None:
            return
        self.autosaver.discard((self.meeting_id, "point", key))
        section = self._section_of(row)
        index = section.rows.index(row)
        if holds_focus(row):  # the keyboard goes to the next point, the one before, the title
            neighbours = section.rows[index + 1 : index + 2] or section.rows[index - 1 : index][:1]
            if neighbours:
                neighbours[0].focus_field("text")
            else:
                section.title.setFocus(Qt.FocusReason.OtherFocusReason)
        section.take(row)
        if row.stored.queued:
            stored = row.stored
            self.context.write(
                lambda s: mn.delete_point(s, stored.value),
                on_error=self._refused,
                changed="minutes",
            )
        if self.current is row:
            self.current = None
        row.deleteLater()
        self.changed.emit()

    def _place_of(self, row: PointRow) -> tuple[int, int]:
        section = self._section_of(row)
        return self.sections.index(section), section.rows.index(row)

    def _moved_place(self, row: PointRow, step: int) -> tuple[int, int] | None:
        section_index, index = self._place_of(row)
        section = self.sections[section_index]
        if 0 <= index + step < len(section.rows):
            return section_index, index + step
        neighbour = section_index + step
        if not 0 <= neighbour < len(self.sections):
            return None
        return neighbour, len(self.sections[neighbour].rows) if step < 0 else 0

    def _move_row(self, key: int, section_index: int, index: int) -> None:
        row = self._row("point", key)
        if row is None:
            return
        self._section_of(row).take(row)
        section = self.sections[section_index]
        self._insert_row(section, index, row)
        if row.stored.queued:
            stored, item, place = row.stored, section.item_id, section.saved_before(row)
            self.context.write(
                lambda s: mn.place_point(s, stored.value, item, place),
                on_error=self._refused,
                changed="minutes",
            )
        self.reveal.emit()
        row.focus_field("text")
        self.changed.emit()

    def _save_point(self, row: PointRow) -> None:
        text, speaker = row.text, row.speaker.strip() or None
        section = self._section_of(row)
        stored = row.stored
        keep = {"what": "point", "meeting": self.meeting_id, "speaker": speaker, "text": text}
        if not stored.queued:
            if not text.strip() or section is None:
                return
            meeting, item, index = self.meeting_id, section.item_id, section.saved_before(row)
            stored.queued = True

            def add(s) -> tuple[int, int]:
                point_id = mn.add_point(
                    s, meeting, text, speaker, agenda_item_id=item, uid=stored.uid
                )
                mn.place_point(s, point_id, item, index)
                return point_id, mn.point_version(s, point_id)

            def added(result: tuple[int, int]) -> None:
                stored.value, stored.version = result

            self.context.write(
                add,
                lambda result: self._stored_point(row, result[0]),
                lambda error: self._not_stored(stored, error),
                "minutes",
                on_commit=added,
                keep=keep,
            )
        elif not text.strip():
            row.stored = StoredId()
            self.context.write(
                lambda s: mn.delete_point(s, stored.value),
                on_error=self._refused,
                changed="minutes",
            )
        else:

            def update(s) -> int:
                return mn.update_point(
                    s, stored.value, version=stored.version, text=text, speaker=speaker
                )

            def updated(version: int) -> None:
                stored.version = version

            self.context.write(
                update,
                on_error=lambda error: self._point_refused(row, error),
                changed="minutes",
                on_commit=updated,
                keep=keep,
            )

    def _point_refused(self, row: PointRow, error: Exception) -> None:
        """A save refused because someone else changed the point: the person chooses (their own
        text stays in the field); any other refusal goes to the banner."""
        if not isinstance(error, Conflict):
            self._refused(error)
            return
        stored = row.stored

        def keep_mine() -> None:
            stored.version = error.version
            self._mark(("point", row.key, "text"))

        def take_theirs() -> None:
            stored.version = error.version
            row.set_value("speaker", error.theirs.get("speaker") or "")
            row.set_value("text", error.theirs.get("text") or "")
            row.box.moveCursor(QTextCursor.MoveOperation.End)  # go on after their words

        row.show_conflict(error, keep_mine, take_theirs)

    def _stored_point(self, row: PointRow, point_id: int) -> None:
        self._point_keys[point_id] = row.key  # a reload gives the row its key again

    def _not_stored(self, stored: StoredId, error: Exception) -> None:
        """A refused creation: the next save of the row tries again."""
        stored.queued = False
        self._refused(error)
