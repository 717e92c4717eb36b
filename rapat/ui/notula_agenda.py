"""The notula's agenda: items added, renamed, moved and removed, each an undoable step.

AgendaEditing is a part of NotulaView; an agenda change is stored first and the tab is then
built again from the database (the items' numbers and the points under them follow).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QInputDialog

from rapat.i18n import tr
from rapat.services import minutes as mn
from rapat.ui.autosave import CallCommand

if TYPE_CHECKING:
    from rapat.ui.notula_section import Section


class AgendaEditing:
    """Add (Ctrl+Shift+A), move and remove the agenda items of a NotulaView."""

    def add_agenda_item(self) -> None:
        """Ctrl+Shift+A: a new agenda item after the current one, named in a small prompt."""
        if self.read_only:
            return
        title, ok = QInputDialog.getText(self, tr("Butir agenda baru"), tr("Judul butir agenda:"))
        if not ok or not title.strip():
            return
        section = self.current_section()
        after = section.item_id if section else None
        meeting = self.meeting_id
        self.flush()
        self.context.write(
            lambda s: mn.add_agenda_item(s, meeting, title.strip(), after_id=after),
            self._agenda_added,
            self._refused,
            "meeting",
        )

    def _agenda_added(self, item_id: int) -> None:
        self.undo_stack.push(
            CallCommand(
                tr("Butir agenda baru"),
                lambda: None,
                lambda: self._delete_agenda_quietly(item_id),
            )
        )
        self.load(lambda: self._focus_section(item_id))

    def _focus_section(self, item_id: int) -> None:
        """Put the cursor in an agenda item's title, once the tab shows it."""
        section = self._section(item_id)
        if section is not None:
            section.title.setFocus()
            self.current = section

    def _delete_agenda_quietly(self, item_id: int) -> None:
        self.flush()
        self.context.write(
            lambda s: mn.remove_agenda_item(s, item_id),
            lambda _n: self.load(),
            self._refused,
            "meeting",
        )
        self.reveal.emit()

    def _remove_agenda_item(self, section: Section) -> None:
        """Remove an agenda item; its points stay, under no item. Undo brings the item back."""
        self.flush()
        item_id, title = section.item_id, section.title.text() or section._title
        position = self.sections.index(section)
        points = [r.stored for r in section.rows if r.stored.queued]
        cell = {"id": item_id}
        meeting = self.meeting_id

        def remove() -> None:
            self.context.write(
                lambda s: mn.remove_agenda_item(s, cell["id"]),
                lambda _n: self.load(),
                self._refused,
                "meeting",
            )
            self.reveal.emit()

        def restore() -> None:
            def work(s) -> int:
                new_id = mn.add_agenda_item(s, meeting, title)
                mn.move_agenda_item(s, new_id, position)
                for index, point in enumerate(points):
                    mn.place_point(s, point.value, new_id, index)
                cell["id"] = new_id  # read by a removal queued after this write
                return new_id

            self.context.write(work, lambda _new_id: self._restored(), self._refused)

        remove()
        self.undo_stack.push(CallCommand(tr("Hapus butir agenda"), remove, restore))

    def _restored(self) -> None:
        self.load()
        self.reveal.emit()

    def _move_agenda_item(self, section: Section, step: int) -> None:
        index = self.sections.index(section) + step
        if section.item_id is None or not 0 <= index < len(self.data.agenda):
            return
        item_id, old = section.item_id, self.sections.index(section)
        self.flush()

        def move(to: int) -> None:
            self.context.write(
                lambda s: mn.move_agenda_item(s, item_id, to),
                lambda _n: self._agenda_moved(item_id),
                self._refused,
                "meeting",
            )

        move(index)
        self.undo_stack.push(
            CallCommand(tr("Pindahkan butir agenda"), lambda: move(index), lambda: move(old))
        )

    def _agenda_moved(self, item_id: int) -> None:
        self.reveal.emit()
        self.load(lambda: self._focus_section(item_id))
