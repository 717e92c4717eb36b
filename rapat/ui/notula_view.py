"""Notula: the minutes typed live — agenda, Kata Pembukaan, points per agenda item, decisions, Penutup.

The tab is made of rooms of their own: a point (notula_point.py), an agenda item's section
(notula_section.py), the speaker field (speaker_field.py), the text fields (notula_fields.py), and
the editing of points, decisions and the agenda (notula_points.py, notula_decisions.py,
notula_agenda.py). Every change is stored by the workspace's Autosaver and undone through its stack.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from dataclasses import dataclass

import shiboken6
from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from rapat.errors import RapatError
from rapat.services import minutes as mn
from rapat.ui.autosave import Autosaver, CallCommand, seal_typing
from rapat.ui.context import Context, StoredId
from rapat.ui.messages import Banner
from rapat.ui.notula_agenda import AgendaEditing
from rapat.ui.notula_decisions import DecisionEditing, DecisionRow
from rapat.ui.notula_fields import TextBox
from rapat.ui.notula_outline import OUTLINE_WIDTH, NotulaOutline
from rapat.ui.notula_point import PointRow
from rapat.ui.notula_points import PointEditing
from rapat.ui.notula_saving import NotulaSaving
from rapat.ui.notula_section import Section

_keys = itertools.count(
    1
)  # row keys, unique across reloads: undo steps and saves name rows by them


def _read(session, meeting_id: int) -> tuple[mn.Minutes, list]:
    """What the tab shows: the minutes, and the attendance its speaker field suggests from."""
    from rapat.services.attendance import list_attendance

    return mn.load_minutes(session, meeting_id), list_attendance(session, meeting_id)


@dataclass
class Snapshot:
    """What the projector shows of the minutes."""

    agenda: list[str]
    current: int  # index into agenda, -1 when the focus is elsewhere
    points: list[tuple[str, str]]  # (speaker, text) of the current item
    decisions: list[str]


class NotulaView(NotulaSaving, PointEditing, DecisionEditing, AgendaEditing, QWidget):
    """The Notula tab."""

    changed = Signal()  # something the projector shows was typed or moved
    reveal = Signal()  # an undo step touched this tab: show it
    project = Signal()  # "Tampilkan di layar"
    make_action = Signal(
        dict
    )  # a point or decision to become an action (for the Tindak Lanjut tab)

    def __init__(
        self,
        context: Context,
        meeting_id: int,
        undo_stack,
        autosaver: Autosaver | None,
        read_only: bool = False,
    ) -> None:
        super().__init__()
        self.context = context
        self.meeting_id = meeting_id
        self.undo_stack = undo_stack
        self.autosaver = autosaver
        self.read_only = read_only
        self.names: list[str] = []
        self.institution_of: dict[str, str] = {}  # kept in place: the speaker fields share it
        self.institution_of: dict[str, str] = {}
        self.sections: list[Section] = []
        self.decisions: list[DecisionRow] = []
        self.current: QWidget | None = None
        self.data: mn.Minutes | None = None
        self.opening: TextBox | None = None
        self.closing: TextBox | None = None
        self.loaded = False  # the first load has arrived
        self._after_load: list[Callable[[], None]] = []
        self._point_keys: dict[int, int] = {}  # point id -> row key, kept across reloads
        self._decision_keys: dict[int, int] = {}
        self._build()
        self.load()
        QApplication.instance().focusChanged.connect(self._focus_changed)

    # -- layout ----------------------------------------------------------------------------------

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        self.banner = Banner()
        layout.addWidget(self.banner)
        self.toolbar = QHBoxLayout()
        layout.addLayout(self.toolbar)
        self.actions_by_name: dict[str, QAction] = {}
        for name, label, keys, slot in (
            ("agenda", self.tr("+ Butir agenda"), ["Ctrl+Shift+A"], self.add_agenda_item),
            ("point", self.tr("+ Pokok pembahasan"), ["Ctrl+Return", "Ctrl+Enter"], self.add_point),
            (
                "decision",
                self.tr("+ Keputusan"),
                ["Ctrl+Shift+Return", "Ctrl+Shift+Enter"],
                self.add_decision,
            ),
            ("action", self.tr("Jadikan tindak lanjut"), ["Ctrl+T"], self.to_action),
            ("up", self.tr("Naik"), ["Alt+Up"], lambda: self.move_current(-1)),
            ("down", self.tr("Turun"), ["Alt+Down"], lambda: self.move_current(+1)),
            ("delete", self.tr("Hapus"), ["Ctrl+Shift+Del"], self.delete_current),
            ("project", self.tr("Tampilkan di layar"), [], self.project.emit),
        ):
            self._action(name, label, keys, slot)
        self.actions_by_name["project"].setToolTip(
            self.tr("Tampilkan di layar (F5); Ctrl+B membekukan tampilan")
        )
        self.toolbar.addStretch(1)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.outline = NotulaOutline(self)  # the parts to jump by, beside the text
        parts = QSplitter(Qt.Orientation.Horizontal)
        parts.addWidget(self.outline)
        parts.addWidget(self.scroll)
        parts.setStretchFactor(1, 1)
        parts.setSizes([OUTLINE_WIDTH, 1000])
        layout.addWidget(parts, 1)
        if self.read_only:
            for name, action in self.actions_by_name.items():
                action.setEnabled(name == "project")

    def _action(self, name: str, label: str, keys: list[str], slot: Callable[[], None]) -> None:
        action = QAction(label, self)
        action.setShortcuts([QKeySequence(k) for k in keys])
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        if keys:
            shown = QKeySequence(keys[0]).toString(QKeySequence.SequenceFormat.NativeText)
            action.setToolTip(f"{label.lstrip('+ ')} ({shown})")
        action.triggered.connect(slot)
        self.addAction(action)
        button = QToolButton()
        button.setDefaultAction(action)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.toolbar.addWidget(button)
        self.actions_by_name[name] = action

    # -- loading ---------------------------------------------------------------------------------

    def when_loaded(self, then: Callable[[], None]) -> None:
        """Run then now if the tab shows what it read, else once its first load has arrived."""
        if self.loaded:
            then()
        else:
            self._after_load.append(then)

    def load(self, then: Callable[[], None] | None = None) -> None:
        """(Re)build the tab from the database, read off the GUI thread; rows keep their keys, so
        undo steps still apply. `then` runs once the tab shows what was read (after a newer
        load's answer, when one was asked for meanwhile: only the latest answer is shown)."""
        meeting = self.meeting_id
        if then is not None:
            self._after_load.append(then)
        self.context.query(
            self,
            lambda s: _read(s, meeting),
            lambda result: self._show(*result),
            self._refused,
            topic="minutes",
        )

    def _show(self, data: mn.Minutes, people: list) -> None:
        attended = sorted(people, key=lambda p: p.status not in ("present", "represented"))
        self.names[:] = list(dict.fromkeys(p.name for p in attended))
        self.institution_of.clear()
        self.institution_of.update({p.name: p.institution for p in people})
        self.data = data
        # The meeting's version and its opening and closing as read: the texts' saves are based
        # on them, and a conflict whose text is still this one is only another field's change.
        self.meeting_version = StoredId(self.meeting_id, data.version)
        self.stored_texts = {"opening": data.opening, "closing": data.closing}
        self.text_conflicts = {}
        content = QWidget()
        self.body = QVBoxLayout(content)
        self.body.setContentsMargins(0, 4, 12, 16)
        self.body.setSpacing(4)
        self.opening = self._text_part(self.tr("1. Kata Pembukaan"), data.opening, "opening")
        self.body.addWidget(QLabel(self.tr("2. Pembahasan"), objectName="sectionTitle"))
        self.sections = []
        items = list(data.agenda)
        known = {item_id for item_id, _title in items}
        if not items or any(p.agenda_item_id not in known for p in data.points):
            items.append((None, self.tr("Tanpa butir agenda")))
        for number, (item_id, title) in enumerate(items, start=1):
            section = Section(self, item_id, number, title, data.agenda_versions.get(item_id))
            for point in data.points:
                if (point.agenda_item_id if point.agenda_item_id in known else None) == item_id:
                    section.insert(len(section.rows), self._point_row(point))
            self.sections.append(section)
            self.body.addWidget(section)
        self.body.addWidget(QLabel(self.tr("3. Keputusan / Kesimpulan"), objectName="sectionTitle"))
        self.decision_box = QVBoxLayout()
        self.body.addLayout(self.decision_box)
        self.no_decisions = QLabel(
            self.tr("Belum ada keputusan. Ctrl+Shift+Enter menambah keputusan."),
            objectName="emptyState",
        )
        self.body.addWidget(self.no_decisions)
        self.decisions = []
        for decision_id, text in data.decisions:
            key = self._decision_keys.setdefault(decision_id, self.new_key())
            version = data.decision_versions.get(decision_id)
            row = DecisionRow(self, key, decision_id, text, version)
            self._insert_decision(len(self.decisions), row)
        self.closing = self._text_part(self.tr("Penutup"), data.closing, "closing")
        self.body.addStretch(1)
        self.scroll.setWidget(content)
        self.current = None
        self.loaded = True
        self.changed.emit()
        waiting, self._after_load = self._after_load, []
        for then in waiting:
            then()

    def _text_part(self, title: str, text: str, field: str) -> TextBox:
        self.body.addWidget(QLabel(title, objectName="sectionTitle"))
        box = TextBox(
            self.tr("Kata pembukaan pimpinan rapat…")
            if field == "opening"
            else self.tr("Penutupan rapat…")
        )
        box.undo_stack = self.undo_stack
        box.setPlainText(text)
        box.setReadOnly(self.read_only)
        box.setProperty("known", text)
        box.textChanged.connect(lambda: self._meeting_text_changed(box, field))
        self.body.addWidget(box)
        return box

    def _meeting_text_changed(self, box: TextBox, field: str) -> None:
        old, new = box.property("known"), box.text()
        if old != new:
            box.setProperty("known", new)
            if not box.property("applying"):
                self.typed((field, None, "text"), old, new)

    def new_key(self) -> int:
        return next(_keys)

    def _point_row(self, point: mn.MinutesPoint | None, key: int | None = None) -> PointRow:
        if key is None:
            key = self._point_keys.setdefault(point.id, self.new_key()) if point else self.new_key()
        return PointRow(self, key, point)

    def _refused(self, error: RapatError) -> None:
        self.banner.show_error(error)

    def flush(self) -> None:
        if self.autosaver is not None:
            self.autosaver.flush()

    # -- finding rows ----------------------------------------------------------------------------

    def _row(self, kind: str, key: int) -> PointRow | DecisionRow | None:
        if kind == "decision":
            return next((r for r in self.decisions if r.key == key), None)
        return next((r for s in self.sections for r in s.rows if r.key == key), None)

    def _section(self, item_id: int | None) -> Section | None:
        return next((s for s in self.sections if s.item_id == item_id), None)

    def _section_of(self, row: PointRow) -> Section | None:
        return next((s for s in self.sections if row in s.rows), None)

    def rows(self) -> list[PointRow]:
        return [r for s in self.sections for r in s.rows]

    def _focus_changed(self, old: QWidget | None, new: QWidget | None) -> None:
        if old is not None and self.undo_stack is not None:
            seal_typing(self.undo_stack)
        self._bring_into_view(new)
        widget = new
        while widget is not None and widget is not self:
            if isinstance(widget, PointRow | DecisionRow | Section):
                self.current = widget
                self.changed.emit()
                return
            if widget in (self.opening, self.closing):
                self.current = widget
                self.changed.emit()
                return
            widget = widget.parentWidget()

    def _bring_into_view(self, new: QWidget | None) -> None:
        """A field reached by the keyboard (Tab, a shortcut, Enter) scrolls into view once the
        layout has settled (the Penutup moves down as points are added); a click does not
        scroll: what was clicked is on screen already."""
        content = self.scroll.widget()
        if new is None or content is None or not content.isAncestorOf(new):
            return
        if QApplication.mouseButtons() != Qt.MouseButton.NoButton:
            return

        def show() -> None:
            if shiboken6.isValid(new) and new.hasFocus():
                self.scroll.ensureWidgetVisible(new, 0, 40)

        QTimer.singleShot(0, self, show)

    def current_section(self) -> Section | None:
        if isinstance(self.current, Section):
            return self.current
        if isinstance(self.current, PointRow):
            return self._section_of(self.current)
        return None

    # -- structure -------------------------------------------------------------------------------

    def delete_current(self) -> None:
        """Ctrl+Shift+Del: remove the current point, decision or agenda item (undoable)."""
        if self.read_only:
            return
        current = self.current
        if isinstance(current, PointRow):
            section = self._section_of(current)
            index, key, item = section.rows.index(current), current.key, section.item_id
            speaker, text = current.speaker, current.text
            self._remove_row(key)
            self.undo_stack.push(
                CallCommand(
                    self.tr("Hapus pokok pembahasan"),
                    lambda: self._remove_row(key),
                    lambda: self._recreate_row(item, index, key, speaker, text),
                    done=True,
                )
            )
        elif isinstance(current, DecisionRow):
            index, key, text = self.decisions.index(current), current.key, current.text
            self._remove_decision(key)
            self.undo_stack.push(
                CallCommand(
                    self.tr("Hapus keputusan"),
                    lambda: self._remove_decision(key),
                    lambda: self._recreate_decision(index, key, text),
                )
            )
        elif isinstance(current, Section) and current.item_id is not None:
            self._remove_agenda_item(current)

    def move_current(self, step: int) -> None:
        """Alt+Up/Down: move the current point (into the next item at an edge), or agenda item."""
        if self.read_only:
            return
        current = self.current
        if isinstance(current, PointRow):
            before = self._place_of(current)
            after = self._moved_place(current, step)
            if after is None:
                return
            key = current.key
            self._move_row(key, *after)
            self.undo_stack.push(
                CallCommand(
                    self.tr("Pindahkan pokok pembahasan"),
                    lambda: self._move_row(key, *after),
                    lambda: self._move_row(key, *before),
                )
            )
        elif isinstance(current, DecisionRow):
            index = self.decisions.index(current)
            target = index + step
            if 0 <= target < len(self.decisions):
                key = current.key
                self._move_decision(key, target)
                self.undo_stack.push(
                    CallCommand(
                        self.tr("Pindahkan keputusan"),
                        lambda: self._move_decision(key, target),
                        lambda: self._move_decision(key, index),
                    )
                )
        elif isinstance(current, Section) and current.item_id is not None:
            self._move_agenda_item(current, step)

    # -- decisions -------------------------------------------------------------------------------

    # -- agenda ----------------------------------------------------------------------------------

    # -- actions and the projector ---------------------------------------------------------------

    def to_action(self) -> None:
        """Ctrl+T: the current point or decision becomes a follow-up action, linked to it."""
        if self.read_only:
            return
        current = self.current
        if not isinstance(current, PointRow | DecisionRow) or not current.text.strip():
            self.banner.show_message(
                self.tr("Tulis dulu pokok pembahasan atau keputusan yang akan ditindaklanjuti."),
                "error",
            )
            return
        self.flush()
        self.context.after_writes(lambda: self._request_action(current))

    def _request_action(self, current: PointRow | DecisionRow) -> None:
        """Ask for the action once the point or decision is stored: the action links to its id."""
        if isinstance(current, PointRow):
            speaker = current.speaker.strip()
            request = {
                "description": current.text.strip(),
                "person": speaker if speaker in self.institution_of else None,
                "institution": self.institution_of.get(speaker, ""),
                "source_point_id": current.point_id,
            }
        else:
            request = {
                "description": current.text.strip(),
                "person": None,
                "institution": "",
                "source_decision_id": current.decision_id,
            }
        self.make_action.emit(request)

    def snapshot(self) -> Snapshot:
        section = self.current_section()
        agenda = [s.title.text() for s in self.sections if s.item_id is not None]
        current = self.sections.index(section) if section is not None else -1
        if section is not None and section.item_id is None:
            current = -1
        points = [(r.speaker, r.text) for r in section.rows if r.text.strip()] if section else []
        return Snapshot(
            agenda=agenda,
            current=current,
            points=points,
            decisions=[r.text for r in self.decisions if r.text.strip()],
        )

    # -- helpers for keyboard users and tests ----------------------------------------------------

    def focus_point(self, index: int, field: str = "text") -> PointRow:
        row = self.rows()[index]
        row.focus_field(field)
        return row

    def stop(self) -> None:
        QApplication.instance().focusChanged.disconnect(self._focus_changed)
