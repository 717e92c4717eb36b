"""The notula's outline: its parts, agenda items and their points in a list beside the text, to
jump by in a long meeting. A click, or Enter, shows the chosen part at the top and puts the cursor
in it; Ctrl+J reaches the outline from anywhere in the tab."""

from __future__ import annotations

import weakref
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QAbstractItemView, QTreeWidget, QTreeWidgetItem, QWidget

from rapat.ui.debounce import Debounced

if TYPE_CHECKING:
    from rapat.ui.notula_view import NotulaView

KEY = Qt.ItemDataRole.UserRole
LABEL_CHARS = 48
OUTLINE_WIDTH = 240
# An entry: its key (what it jumps to), its label, its tooltip and the entries under it.
Entry = tuple[tuple, str, str, list]


def _shape(entries: list[Entry]) -> list:
    """The parts the entries stand for, without their labels."""
    return [(key, _shape(children)) for key, _label, _tip, children in entries]


def _short(text: str, most: int = LABEL_CHARS) -> str:
    words = " ".join(text.split())
    return words if len(words) <= most else words[: most - 1].rstrip() + "…"


class NotulaOutline(QTreeWidget):
    """Kata Pembukaan, the agenda items with their points, the decisions and the Penutup."""

    def __init__(self, view: NotulaView) -> None:
        super().__init__()
        self.view = view
        self.setHeaderHidden(True)
        self.setFocusPolicy(Qt.FocusPolicy.ClickFocus)  # Tab goes through the text; Ctrl+J here
        self.setColumnCount(1)
        self.setUniformRowHeights(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setToolTip(self.tr("Daftar isi notula: klik atau Enter untuk melompat (Ctrl+J)"))
        self.setAccessibleName(self.tr("Daftar isi notula"))
        self._entries: list[Entry] = []
        self._opened: set[tuple] = set()
        self.itemClicked.connect(lambda item, _column: self.jump(item))
        self.itemExpanded.connect(lambda item: self._opened.add(item.data(0, KEY)))
        self.itemCollapsed.connect(lambda item: self._opened.discard(item.data(0, KEY)))
        shortcut = QShortcut(QKeySequence("Ctrl+J"), view)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(self._enter)
        refresh = weakref.WeakMethod(self.refresh)  # no cycle keeps the outline for the collector
        self._later = Debounced(lambda: (method := refresh()) is not None and method(), 300)
        view.changed.connect(self._later)
        self.refresh()

    # -- contents --------------------------------------------------------------------------------

    def entries(self) -> list[Entry]:
        view = self.view
        entries: list[Entry] = [(("opening",), self.tr("1. Kata Pembukaan"), "", [])]
        sections: list[Entry] = []
        for section in view.sections:
            points = [self._point_entry(row) for row in section.rows]
            number = section.number.text()
            title = f"{number} {section.title.text()}".strip()
            sections.append((("section", section.item_id), _short(title), title, points))
        entries.append((("discussion",), self.tr("2. Pembahasan"), "", sections))
        decisions = [
            (("decision", row.key), _short(f"{n}. {row.text}"), _short(row.text, 300), [])
            for n, row in enumerate(view.decisions, start=1)
        ]
        entries.append((("decisions",), self.tr("3. Keputusan / Kesimpulan"), "", decisions))
        entries.append((("closing",), self.tr("Penutup"), "", []))
        return entries

    def _point_entry(self, row) -> Entry:
        """A point by its words (one speaker may speak twenty times), the speaker in its tip;
        by its speaker while it has no words yet."""
        speaker, text = row.speaker.strip(), row.text.strip()
        label = text or speaker or self.tr("(pokok kosong)")
        tip = f"{speaker}: {text}" if speaker and text else label
        return (("point", row.key), _short(label), _short(tip, 300), [])

    def refresh(self) -> None:
        """Follow the notula: labels changed by typing in place, a change of its parts by
        building the list again where it was scrolled to; then mark the part being typed in."""
        if not shiboken6.isValid(self.view) or not shiboken6.isValid(self):
            return
        entries = self.entries()
        if entries != self._entries and _shape(entries) == _shape(self._entries):
            self._relabel(self.invisibleRootItem(), self._entries, entries)
        elif entries != self._entries:
            chosen = self.currentItem().data(0, KEY) if self.currentItem() else None
            scrolled = self.verticalScrollBar().value()
            self.clear()
            self._opened.add(("discussion",))
            self._add(self.invisibleRootItem(), entries, chosen)
            self.verticalScrollBar().setValue(scrolled)
        self._entries = entries
        self._follow_focus()

    def _relabel(self, parent: QTreeWidgetItem, old: list[Entry], new: list[Entry]) -> None:
        """Give the entries whose label or tooltip changed their new ones (the same parts)."""
        for index, (before, after) in enumerate(zip(old, new, strict=True)):
            if before == after:
                continue
            _key, label, tip, children = after
            item = parent.child(index)
            item.setText(0, label)
            item.setToolTip(0, tip or label)
            self._relabel(item, before[3], children)

    def _add(self, parent: QTreeWidgetItem, entries: list[Entry], chosen) -> None:
        for key, label, tip, children in entries:
            item = QTreeWidgetItem(parent, [label])
            item.setData(0, KEY, key)
            item.setToolTip(0, tip or label)
            self._add(item, children, chosen)
            if children and key in self._opened:
                item.setExpanded(True)
            if key == chosen:
                self.setCurrentItem(item)

    def item_for(self, key: tuple) -> QTreeWidgetItem | None:
        found = [
            item
            for item in self.findItems("", Qt.MatchFlag.MatchContains | Qt.MatchFlag.MatchRecursive)
            if item.data(0, KEY) == key
        ]
        return found[0] if found else None

    def _follow_focus(self) -> None:
        """Show the agenda item being typed in, opened, as the current entry, and the point
        being typed in within it."""
        if self.hasFocus():
            return
        section = self.view.current_section()
        if section is None:
            return
        item = self.item_for(("section", section.item_id))
        if item is not None:
            item.setExpanded(True)
            self.blockSignals(True)
            self.setCurrentItem(item)
            self.blockSignals(False)
            current = self.view.current
            point = next(
                (
                    item.child(index)
                    for index, row in enumerate(section.rows)
                    if row is current and index < item.childCount()
                ),
                item,
            )
            self.scrollToItem(point)

    # -- jumping ---------------------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentItem():
            self.jump(self.currentItem())
            return
        super().keyPressEvent(event)

    def _enter(self) -> None:
        self.refresh()
        self.setFocus(Qt.FocusReason.ShortcutFocusReason)
        if self.currentItem() is None and self.topLevelItemCount():
            self.setCurrentItem(self.topLevelItem(0))

    def jump(self, item: QTreeWidgetItem) -> None:
        """Put the cursor in the chosen part and show it at the top of the notula."""
        target = self._target(item.data(0, KEY))
        if target is None:
            return
        shown, field = target
        field.setFocus(Qt.FocusReason.OtherFocusReason)
        QTimer.singleShot(0, self, lambda: self._show_at_top(shown))

    def _target(self, key: tuple) -> tuple[QWidget, QWidget] | None:
        """The widget to show at the top and the field to focus, for an entry's key."""
        view, kind = self.view, key[0]
        if kind in ("opening", "closing"):
            box = view.opening if kind == "opening" else view.closing
            return box, box
        if kind == "discussion" and view.sections:
            return view.sections[0], view.sections[0].title
        if kind == "section":
            section = next((s for s in view.sections if s.item_id == key[1]), None)
            return (section, section.title) if section else None
        if kind == "point":
            row = next((r for s in view.sections for r in s.rows if r.key == key[1]), None)
            if row is None:
                return None
            row.materialize()
            return row, row.box
        if kind == "decisions" and view.decisions:
            return view.decisions[0], view.decisions[0].box
        if kind == "decision":
            row = next((r for r in view.decisions if r.key == key[1]), None)
            return (row, row.box) if row else None
        return None

    def _show_at_top(self, widget: QWidget) -> None:
        if not shiboken6.isValid(widget):
            return
        scroll = self.view.scroll
        content = scroll.widget()
        content.layout().activate()
        top = widget.mapTo(content, QPoint(0, 0)).y()
        scroll.verticalScrollBar().setValue(max(0, top - 8))
