"""A signature pad for mouse, pen or touch; exports a PNG, or None when nothing was drawn."""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QIODevice, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QImage,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPen,
    QTabletEvent,
    QTouchEvent,
)
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

INK = QColor("#0b2e6b")


class SignaturePad(QWidget):
    """Strokes drawn by mouse, pen or finger, kept as paths so the export is crisp at any size."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_AcceptTouchEvents, True)
        self.setMinimumSize(420, 180)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setCursor(Qt.CursorShape.CrossCursor)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.strokes: list[QPainterPath] = []
        self._current: QPainterPath | None = None

    def is_empty(self) -> bool:
        return not any(path.length() > 0 or path.elementCount() > 1 for path in self.strokes)

    def clear(self) -> None:
        self.strokes.clear()
        self._current = None
        self.update()

    def _begin(self, point: QPointF) -> None:
        self._current = QPainterPath(point)
        self.strokes.append(self._current)
        self.update()

    def _extend(self, point: QPointF) -> None:
        if self._current is not None:
            self._current.lineTo(point)
            self.update()

    def _end(self) -> None:
        self._current = None

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._begin(event.position())

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if event.buttons() & Qt.MouseButton.LeftButton:
            self._extend(event.position())

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        self._extend(event.position())
        self._end()

    def tabletEvent(self, event: QTabletEvent) -> None:
        kind = event.type()
        if kind == QTabletEvent.Type.TabletPress:
            self._begin(event.position())
        elif kind == QTabletEvent.Type.TabletMove:
            self._extend(event.position())
        else:
            self._end()
        event.accept()

    def event(self, event) -> bool:
        if isinstance(event, QTouchEvent) and event.points():
            point = event.points()[0].position()
            if event.type() == QTouchEvent.Type.TouchBegin:
                self._begin(point)
            elif event.type() == QTouchEvent.Type.TouchUpdate:
                self._extend(point)
            else:
                self._end()
            event.accept()
            return True
        return super().event(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), Qt.GlobalColor.white)
        painter.setPen(QPen(QColor("#c5ced8"), 1, Qt.PenStyle.DashLine))
        baseline = self.height() * 0.75
        painter.drawLine(QPointF(16, baseline), QPointF(self.width() - 16, baseline))
        self._draw_strokes(painter)
        painter.end()

    def _draw_strokes(self, painter: QPainter) -> None:
        pen = QPen(
            INK, 2.6, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin
        )
        painter.setPen(pen)
        for path in self.strokes:
            painter.drawPath(path)

    def to_png(self) -> bytes | None:
        """The drawing cropped to its strokes on a transparent background; None for an empty pad."""
        if self.is_empty():
            return None
        bounds = QRectF()
        for path in self.strokes:
            bounds = bounds.united(path.boundingRect())
        bounds = bounds.adjusted(-6, -6, 6, 6)
        image = QImage(
            max(1, int(bounds.width())), max(1, int(bounds.height())), QImage.Format.Format_ARGB32
        )
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.translate(-bounds.topLeft())
        self._draw_strokes(painter)
        painter.end()
        buffer = QBuffer()
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        image.save(buffer, "PNG")
        return bytes(buffer.data())


class SignatureDialog(QDialog):
    """Sign for one attendee: draw, then Simpan; Ulangi clears; an empty pad stores no signature."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Tanda tangan"))
        layout = QVBoxLayout(self)
        prompt = QLabel(self.tr("Tanda tangan {name} di kotak berikut.").format(name=name))
        prompt.setWordWrap(True)
        layout.addWidget(prompt)
        self.pad = SignaturePad(self)
        layout.addWidget(self.pad, 1)
        buttons = QDialogButtonBox()
        save = buttons.addButton(self.tr("Simpan"), QDialogButtonBox.ButtonRole.AcceptRole)
        save.setToolTip(self.tr("Simpan tanda tangan (Ctrl+Enter)"))
        save.setShortcut("Ctrl+Return")
        again = QPushButton(self.tr("Ulangi"))
        again.setToolTip(self.tr("Hapus coretan dan mulai lagi"))
        again.clicked.connect(self.pad.clear)
        buttons.addButton(again, QDialogButtonBox.ButtonRole.ResetRole)
        cancel = buttons.addButton(self.tr("Batal"), QDialogButtonBox.ButtonRole.RejectRole)
        cancel.setToolTip(self.tr("Tutup tanpa menyimpan (Esc)"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(560, 320)
