"""Notula: the minutes typed live — agenda, Kata Pembukaan, points per agenda item, decisions, Penutup.

A discussion point is painted as plain text until it takes the focus; only then does it get its
speaker field and text box. A meeting with 200 points therefore opens with 200 light widgets,
not 400 editors. Every change is stored by the workspace's Autosaver and undone through its stack.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Hashable
from dataclasses import dataclass

from PySide6.QtCore import QRect, QSize, QStringListModel, Qt, Signal
from PySide6.QtGui import (
    QAction,
    QColor,
    QFocusEvent,
    QKeyEvent,
    QKeySequence,
    QPainter,
    QPaintEvent,
    QTextCursor,
)
from PySide6.QtWidgets import (
    QApplication,
    QCompleter,
    QFrame,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QScrollArea,
    QSizePolicy,
    QTextEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from rapat.errors import RapatError
from rapat.services import minutes as mn
from rapat.services.meetings import update_meeting
from rapat.ui.autosave import Autosaver, CallCommand, TextCommand, is_redo, is_undo, seal_typing
from rapat.ui.context import Context
from rapat.ui.messages import Banner

SPEAKER_WIDTH = 240
BORDER = "#cbd2d9"
MAX_BOX_HEIGHT = 320
PREVIEW_CHARS = 700
SUGGESTIONS = 10
_keys = itertools.count(1)


def words_match(name: str, typed: str) -> bool:
    """True when every typed word starts a word of the name ("ami" and "siti am" match Siti Aminah)."""
    words = [w.strip(".,()") for w in name.lower().split()]
    return all(any(w.startswith(t) for w in words) for t in typed.lower().split())


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


class SpeakerField(UndoKeys, QLineEdit):
    """Who spoke: typing the start of any word of an attendee's name offers them; free text stays."""

    picked = Signal()

    def __init__(self, names: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.names = names
        self.setPlaceholderText(self.tr("Pembicara"))
        self.setToolTip(
            self.tr("Ketik awal nama peserta, Enter memilih saran teratas; Esc: teks bebas")
        )
        self._model = QStringListModel(self)
        # Not setCompleter: QLineEdit would write each highlighted suggestion into the field.
        self.completer = QCompleter(self._model, self)
        self.completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.setWidget(self)
        self.completer.activated.connect(self._take)
        self.textEdited.connect(self._suggest)

    def matches(self) -> list[str]:
        typed = self.text().strip()
        if not typed:
            return []
        return [n for n in self.names if words_match(n, typed)][:SUGGESTIONS]

    def _suggest(self, _text: str) -> None:
        found = self.matches()
        popup = self.completer.popup()
        if not found or found == [self.text()]:
            popup.hide()
            return
        self._model.setStringList(found)
        self.completer.complete(QRect(0, 0, max(self.width(), SPEAKER_WIDTH + 120), 0))
        popup.setCurrentIndex(self._model.index(0, 0))

    def _take(self, name: str) -> None:
        if name and name != self.text():
            self.setText(name)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self._undo_key(event):
            return
        key = event.key()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not event.modifiers():
            self.pick()
            self.picked.emit()
            return
        if key == Qt.Key.Key_Tab and not event.modifiers():
            self.pick()
        super().keyPressEvent(event)

    def pick(self) -> None:
        """Take the highlighted suggestion, or the first one, unless the popup was dismissed."""
        popup = self.completer.popup()
        current = popup.currentIndex()
        if popup.isVisible() and current.isValid():
            self._take(current.data())
        elif self.matches() and self.text() not in self.names and popup.isVisible():
            self._take(self.matches()[0])
        popup.hide()


class PointRow(QWidget):
    """One discussion point: painted until it is focused, then a speaker field and a text box."""

    def __init__(self, view: NotulaView, key: int, point: mn.MinutesPoint | None) -> None:
        super().__init__()
        self.view = view
        self.key = key
        self.point_id = point.id if point else None
        self._speaker = (point.speaker or "") if point else ""
        self._text = point.text if point else ""
        self.speaker_field: SpeakerField | None = None
        self.box: TextBox | None = None
        self._hfw: dict[int, int] = {}  # layouts ask for several widths in turn
        self._applying = False
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    # -- values ----------------------------------------------------------------------------------

    @property
    def speaker(self) -> str:
        return self.speaker_field.text() if self.speaker_field else self._speaker

    @property
    def text(self) -> str:
        return self.box.text() if self.box else self._text

    def set_value(self, field: str, value: str) -> None:
        """Put a value back (undo, redo) without recording it as typing."""
        self._applying = True
        try:
            if field == "speaker":
                self._speaker = value
                if self.speaker_field:
                    self.speaker_field.setText(value)
            else:
                self._text = value
                if self.box:
                    self.box.set_text(value)
        finally:
            self._applying = False
        self._hfw.clear()
        self.updateGeometry()
        self.update()

    # -- becoming editable -----------------------------------------------------------------------

    @property
    def editable(self) -> bool:
        return self.box is not None

    def materialize(self) -> None:
        if self.box is not None:
            return
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 2, 0, 2)
        self.speaker_field = SpeakerField(self.view.names, self)
        self.speaker_field.setFixedWidth(SPEAKER_WIDTH)
        self.speaker_field.setText(self._speaker)
        self.speaker_field.undo_stack = self.view.undo_stack
        self.box = TextBox(self.tr("Isi pembicaraan…"), self)
        self.box.undo_stack = self.view.undo_stack
        self.box.setPlainText(self._text)
        self.box.moveCursor(QTextCursor.MoveOperation.End)  # go on where the point left off
        read_only = self.view.read_only
        self.speaker_field.setReadOnly(read_only)
        self.box.setReadOnly(read_only)
        layout.addWidget(self.speaker_field, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.box, 1)
        if self.isVisible():
            self.speaker_field.show()
            self.box.show()
        self.speaker_field.textChanged.connect(lambda _t: self._changed("speaker"))
        self.speaker_field.picked.connect(self.box.setFocus)
        self.box.textChanged.connect(lambda: self._changed("text"))
        QWidget.setTabOrder(self, self.speaker_field)
        QWidget.setTabOrder(self.speaker_field, self.box)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.updateGeometry()

    def _changed(self, field: str) -> None:
        old = self._speaker if field == "speaker" else self._text
        new = self.speaker if field == "speaker" else self.text
        if old == new:
            return
        if field == "speaker":
            self._speaker = new
        else:
            self._text = new
        if not self._applying:
            self.view.typed(("point", self.key, field), old, new)

    def focus_field(self, field: str = "text") -> None:
        self.materialize()
        target = self.speaker_field if field == "speaker" else self.box
        target.setFocus(Qt.FocusReason.OtherFocusReason)
        self.view.scroll.ensureWidgetVisible(self, 0, 40)

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        backwards = event.reason() == Qt.FocusReason.BacktabFocusReason
        self.focus_field("text" if backwards or self._speaker else "speaker")

    # -- the painted preview ---------------------------------------------------------------------

    def hasHeightForWidth(self) -> bool:
        return self.box is None

    def heightForWidth(self, width: int) -> int:
        if self.box is not None:
            return super().heightForWidth(width)
        if width not in self._hfw:
            rect = self._text_rect(width)
            needed = self.fontMetrics().boundingRect(
                rect, Qt.TextFlag.TextWordWrap, self._preview() or " "
            )
            self._hfw[width] = max(needed.height(), self.fontMetrics().lineSpacing()) + 14
        return self._hfw[width]

    def sizeHint(self) -> QSize:
        if self.box is not None:
            return super().sizeHint()
        return QSize(600, self.heightForWidth(600))

    def _text_rect(self, width: int) -> QRect:
        return QRect(SPEAKER_WIDTH + 12, 0, max(40, width - SPEAKER_WIDTH - 18), 100000)

    def _preview(self) -> str:
        text = self._text
        return text if len(text) <= PREVIEW_CHARS else text[:PREVIEW_CHARS] + " …"

    def paintEvent(self, event: QPaintEvent) -> None:
        if self.box is not None:
            return
        painter = QPainter(self)
        palette = self.palette()
        frame = self.rect().adjusted(0, 2, -1, -3)
        painter.fillRect(frame, palette.color(palette.ColorRole.Base))  # as the editors look
        painter.setPen(QColor(BORDER))
        painter.drawRect(frame)
        bold = self.font()
        bold.setBold(True)
        painter.setFont(bold)
        painter.setPen(palette.color(palette.ColorRole.Text))
        speaker_rect = QRect(6, 7, SPEAKER_WIDTH - 6, self.height() - 10)
        speaker = painter.fontMetrics().elidedText(
            self._speaker, Qt.TextElideMode.ElideRight, speaker_rect.width()
        )
        painter.drawText(speaker_rect, Qt.AlignmentFlag.AlignTop, speaker)
        painter.setFont(self.font())
        rect = self._text_rect(self.width()).adjusted(0, 7, 0, 0)
        rect.setHeight(self.height() - 10)
        painter.drawText(
            rect, Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignTop, self._preview()
        )


class Section(QWidget):
    """An agenda item (or the points under no item): its title and its points in order."""

    def __init__(self, view: NotulaView, item_id: int | None, number: int, title: str) -> None:
        super().__init__()
        self.view = view
        self.item_id = item_id
        self.rows: list[PointRow] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.setSpacing(2)
        head = QHBoxLayout()
        self.number = QLabel(f"{number}." if item_id is not None else "", objectName="sectionTitle")
        head.addWidget(self.number)
        self.title = TitleField(self)
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.title.setText(title)
        self.title.setReadOnly(item_id is None or view.read_only)
        self.title.undo_stack = view.undo_stack
        self.title.setToolTip(
            self.tr(
                "Judul butir agenda · Alt+↑/↓: pindahkan butir · Ctrl+Shift+Del: hapus butir · "
                "Ctrl+Enter: pokok pembahasan pertama"
            )
        )
        self._title = title
        self.title.textChanged.connect(self._title_changed)
        head.addWidget(self.title, 1)
        layout.addLayout(head)
        self.points = QVBoxLayout()
        self.points.setSpacing(2)
        layout.addLayout(self.points)
        self.empty = QLabel(
            self.tr("Belum ada pembahasan. Ctrl+Enter menambah pokok pembahasan."),
            objectName="emptyState",
        )
        self.empty.setContentsMargins(SPEAKER_WIDTH + 12, 0, 0, 0)
        layout.addWidget(self.empty)

    def _title_changed(self, text: str) -> None:
        old, self._title = self._title, text
        if not self.title.applying:
            self.view.typed(("agenda", self.item_id, "title"), old, text)

    def insert(self, index: int, row: PointRow) -> None:
        self.rows.insert(index, row)
        self.points.insertWidget(index, row)
        if self.isVisible():
            row.show()  # now, not queued by the layout: it takes the focus right away
        self.empty.setVisible(False)

    def take(self, row: PointRow) -> int:
        index = self.rows.index(row)
        self.rows.pop(index)
        self.points.removeWidget(row)
        self.empty.setVisible(not self.rows)
        return index

    def saved_before(self, row: PointRow) -> int:
        """The row's place among the stored points of this section."""
        return sum(1 for r in self.rows[: self.rows.index(row)] if r.point_id is not None)


class TitleField(UndoKeys, QLineEdit):
    applying = False

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if not self._undo_key(event):
            super().keyPressEvent(event)


class DecisionRow(QWidget):
    def __init__(self, view: NotulaView, key: int, decision_id: int | None, text: str) -> None:
        super().__init__()
        self.view = view
        self.key = key
        self.decision_id = decision_id
        self._text = text
        self._applying = False
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 2, 0, 2)
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
    def text(self) -> str:
        return self.box.text()

    def set_value(self, _field: str, value: str) -> None:
        self._applying = True
        try:
            self._text = value
            self.box.set_text(value)
        finally:
            self._applying = False

    def _changed(self) -> None:
        old, new = self._text, self.box.text()
        if old == new:
            return
        self._text = new
        if not self._applying:
            self.view.typed(("decision", self.key, "text"), old, new)


@dataclass
class Snapshot:
    """What the projector shows of the minutes."""

    agenda: list[str]
    current: int  # index into agenda, -1 when the focus is elsewhere
    points: list[tuple[str, str]]  # (speaker, text) of the current item
    decisions: list[str]


class NotulaView(QWidget):
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
        self.institution_of: dict[str, str] = {}
        self.sections: list[Section] = []
        self.decisions: list[DecisionRow] = []
        self.current: QWidget | None = None
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
        layout.addWidget(self.scroll, 1)
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

    def load(self) -> None:
        """(Re)build the tab from the database; rows keep their keys, so undo steps still apply."""
        from rapat.services.attendance import list_attendance

        data, people = self.context.read(
            lambda s: (mn.load_minutes(s, self.meeting_id), list_attendance(s, self.meeting_id))
        )
        attended = sorted(people, key=lambda p: p.status not in ("present", "represented"))
        self.names[:] = list(dict.fromkeys(p.name for p in attended))
        self.institution_of = {p.name: p.institution for p in people}
        self.data = data
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
            section = Section(self, item_id, number, title)
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
            key = self._decision_keys.setdefault(decision_id, next(_keys))
            self._insert_decision(len(self.decisions), DecisionRow(self, key, decision_id, text))
        self.closing = self._text_part(self.tr("Penutup"), data.closing, "closing")
        self.body.addStretch(1)
        self.scroll.setWidget(content)
        self.current = None
        self.changed.emit()

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

    def _point_row(self, point: mn.MinutesPoint | None, key: int | None = None) -> PointRow:
        if key is None:
            key = self._point_keys.setdefault(point.id, next(_keys)) if point else next(_keys)
        return PointRow(self, key, point)

    # -- typing, saving, undo --------------------------------------------------------------------

    def typed(self, key: tuple, old: str, new: str) -> None:
        """A field changed by typing: one undo step per burst, and a save soon."""
        if self.read_only:
            return
        self.undo_stack.push(TextCommand(self.tr("Mengetik"), key, old, new, self._apply))
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

    def _save_point(self, row: PointRow) -> None:
        text, speaker = row.text, row.speaker.strip() or None
        section = self._section_of(row)
        if row.point_id is None:
            if not text.strip() or section is None:
                return
            meeting, item, index = self.meeting_id, section.item_id, section.saved_before(row)

            def add(s) -> int:
                point_id = mn.add_point(s, meeting, text, speaker, agenda_item_id=item)
                mn.place_point(s, point_id, item, index)
                return point_id

            self.context.write(
                add, lambda pid: self._stored_point(row, pid), self._refused, "minutes"
            )
        elif not text.strip():
            point_id = row.point_id
            row.point_id = None
            self.context.write(
                lambda s: mn.delete_point(s, point_id), on_error=self._refused, changed="minutes"
            )
        else:
            point_id = row.point_id
            self.context.write(
                lambda s: mn.update_point(s, point_id, text=text, speaker=speaker),
                on_error=self._refused,
                changed="minutes",
            )

    def _stored_point(self, row: PointRow, point_id: int) -> None:
        row.point_id = point_id
        self._point_keys[point_id] = row.key

    def _save_decision(self, row: DecisionRow) -> None:
        text = row.text
        if row.decision_id is None:
            if not text.strip():
                return
            meeting, index = self.meeting_id, self._saved_decisions_before(row)

            def add(s) -> int:
                decision_id = mn.add_decision(s, meeting, text)
                mn.place_decision(s, decision_id, index)
                return decision_id

            self.context.write(
                add, lambda did: self._stored_decision(row, did), self._refused, "minutes"
            )
        elif not text.strip():
            decision_id, row.decision_id = row.decision_id, None
            self.context.write(lambda s: mn.delete_decision(s, decision_id), on_error=self._refused)
        else:
            decision_id = row.decision_id
            self.context.write(
                lambda s: mn.update_decision(s, decision_id, text),
                on_error=self._refused,
                changed="minutes",
            )

    def _stored_decision(self, row: DecisionRow, decision_id: int) -> None:
        row.decision_id = decision_id
        self._decision_keys[decision_id] = row.key

    def _saved_decisions_before(self, row: DecisionRow) -> int:
        index = self.decisions.index(row)
        return sum(1 for r in self.decisions[:index] if r.decision_id is not None)

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

    def current_section(self) -> Section | None:
        if isinstance(self.current, Section):
            return self.current
        if isinstance(self.current, PointRow):
            return self._section_of(self.current)
        return None

    # -- structure -------------------------------------------------------------------------------

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
                self.tr("Pokok pembahasan baru"),
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
        section.take(row)
        if row.point_id is not None:
            point_id = row.point_id
            self.context.write(
                lambda s: mn.delete_point(s, point_id), on_error=self._refused, changed="minutes"
            )
        if self.current is row:
            self.current = None
        row.deleteLater()
        self.changed.emit()

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
        if row.point_id is not None:
            point_id, item, place = row.point_id, section.item_id, section.saved_before(row)
            self.context.write(
                lambda s: mn.place_point(s, point_id, item, place),
                on_error=self._refused,
                changed="minutes",
            )
        self.reveal.emit()
        row.focus_field("text")
        self.changed.emit()

    # -- decisions -------------------------------------------------------------------------------

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
        key = next(_keys)
        self._recreate_decision(index, key, "")
        self.undo_stack.push(
            CallCommand(
                self.tr("Keputusan baru"),
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
        self.decisions.remove(row)
        self.decision_box.removeWidget(row)
        if row.decision_id is not None:
            decision_id = row.decision_id
            self.context.write(
                lambda s: mn.delete_decision(s, decision_id),
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
        if row.decision_id is not None:
            decision_id, place = row.decision_id, self._saved_decisions_before(row)
            self.context.write(
                lambda s: mn.place_decision(s, decision_id, place),
                on_error=self._refused,
                changed="minutes",
            )
        self.reveal.emit()
        row.box.setFocus()
        self.changed.emit()

    # -- agenda ----------------------------------------------------------------------------------

    def add_agenda_item(self) -> None:
        """Ctrl+Shift+A: a new agenda item after the current one, named in a small prompt."""
        if self.read_only:
            return
        title, ok = QInputDialog.getText(
            self, self.tr("Butir agenda baru"), self.tr("Judul butir agenda:")
        )
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
        self.load()
        section = self._section(item_id)
        self.undo_stack.push(
            CallCommand(
                self.tr("Butir agenda baru"),
                lambda: None,
                lambda: self._delete_agenda_quietly(item_id),
            )
        )
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
        point_ids = [r.point_id for r in section.rows if r.point_id is not None]
        cell = {"id": item_id}
        meeting = self.meeting_id

        def remove() -> None:
            current_id = cell["id"]
            self.context.write(
                lambda s: mn.remove_agenda_item(s, current_id),
                lambda _n: self.load(),
                self._refused,
                "meeting",
            )
            self.reveal.emit()

        def restore() -> None:
            def work(s) -> int:
                new_id = mn.add_agenda_item(s, meeting, title)
                mn.move_agenda_item(s, new_id, position)
                for index, point_id in enumerate(point_ids):
                    mn.place_point(s, point_id, new_id, index)
                return new_id

            self.context.write(work, lambda new_id: self._restored(cell, new_id), self._refused)

        remove()
        self.undo_stack.push(CallCommand(self.tr("Hapus butir agenda"), remove, restore))

    def _restored(self, cell: dict, new_id: int) -> None:
        cell["id"] = new_id
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
            CallCommand(self.tr("Pindahkan butir agenda"), lambda: move(index), lambda: move(old))
        )

    def _agenda_moved(self, item_id: int) -> None:
        self.load()
        self.reveal.emit()
        section = self._section(item_id)
        if section is not None:
            section.title.setFocus()
            self.current = section

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
