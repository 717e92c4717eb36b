"""One discussion point of the notula: painted as plain text until it takes the focus, then a
speaker field and a text box (a meeting with 200 points opens with 200 light widgets)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFocusEvent, QMouseEvent, QPainter, QPaintEvent, QTextCursor
from PySide6.QtWidgets import QHBoxLayout, QSizePolicy, QVBoxLayout, QWidget

from rapat.errors import Conflict
from rapat.services import minutes as mn
from rapat.ui.conflict_panel import ConflictPanel
from rapat.ui.context import StoredId
from rapat.ui.notula_fields import TextBox
from rapat.ui.speaker_field import SPEAKER_WIDTH, SpeakerField

if TYPE_CHECKING:
    from rapat.ui.notula_view import NotulaView

BORDER = "#cbd2d9"
PREVIEW_CHARS = 700


class PointRow(QWidget):
    """One discussion point: painted until it is focused, then a speaker field and a text box."""

    def __init__(self, view: NotulaView, key: int, point: mn.MinutesPoint | None) -> None:
        super().__init__()
        self.view = view
        self.key = key
        self.stored = StoredId(point.id, point.version) if point else StoredId()
        self.conflict: ConflictPanel | None = None
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
    def point_id(self) -> int | None:
        """The stored point's id; None until the write that stores it has run."""
        return self.stored.value

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
        self._outer = QVBoxLayout(self)
        self._outer.setContentsMargins(0, 2, 0, 2)
        self._outer.setSpacing(4)
        layout = QHBoxLayout()
        layout.setContentsMargins(0, 0, 0, 0)
        self._outer.addLayout(layout)
        self.speaker_field = SpeakerField(self.view.names, self, self.view.institution_of)
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

    def show_conflict(self, conflict: Conflict, keep_mine, take_theirs) -> None:
        """Someone else changed this point: show their text under the person's own, and a choice."""
        self.materialize()
        if self.conflict is not None:
            self.conflict.deleteLater()
        text = conflict.theirs.get("text") or ""
        speaker = conflict.theirs.get("speaker")
        theirs = f"{speaker}: {text}" if speaker else text
        self.conflict = ConflictPanel(
            conflict, theirs, keep_mine, take_theirs, self._unsaved_text, self
        )
        self._outer.addWidget(self.conflict)
        self.view.scroll.ensureWidgetVisible(self.conflict, 0, 40)

    def _unsaved_text(self) -> dict:
        return {
            "what": "point",
            "meeting": self.view.meeting_id,
            "speaker": self.speaker or None,
            "text": self.text,
        }

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
        if event.reason() == Qt.FocusReason.MouseFocusReason:
            return  # the press that follows opens the editors where it lands
        backwards = event.reason() == Qt.FocusReason.BacktabFocusReason
        self.focus_field("text" if backwards or self._speaker else "speaker")

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if self.box is None:
            self._open_at(event.position().toPoint())
        super().mousePressEvent(event)

    def _open_at(self, spot: QPoint) -> None:
        """A click on the painted point: the editors open in its place with the cursor at the
        clicked word, and nothing scrolls (the end of a long text is not thrown into view)."""
        self.materialize()
        self._outer.activate()  # the editors take their places in the row now, not later
        if spot.x() < self.box.x():
            self.speaker_field.setFocus(Qt.FocusReason.MouseFocusReason)
            return
        self.box.verticalScrollBar().setValue(0)  # the text from its start, as it was painted
        self.box.setTextCursor(self.box.cursorForPosition(self.box.viewport().mapFrom(self, spot)))
        self.box.setFocus(Qt.FocusReason.MouseFocusReason)

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
