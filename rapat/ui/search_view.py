"""Cari: search the archive as you type; ranked meetings with highlighted snippets, Enter opens one."""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSize, Qt, Signal
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QKeySequence,
    QPalette,
    QShortcut,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QLabel,
    QLineEdit,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from rapat.services.search import SearchHit, search
from rapat.ui.context import Context
from rapat.ui.debounce import Debounced
from rapat.ui.messages import Banner
from rapat.ui.models import Column, RowsModel
from rapat.ui.text import long_date

HTML_ROLE = Qt.ItemDataRole.UserRole + 1
MARK = "background:#fff1b8; color:#1f2933; font-weight:600;"
KIND_LABELS = {
    "meeting": "Judul dan rincian",
    "agenda": "Acara",
    "participant": "Peserta",
    "point": "Pembahasan",
    "decision": "Keputusan",
    "action": "Tindak lanjut",
}


def hit_html(hit: SearchHit, tr) -> str:
    """A hit as rich text: the title, the date and what matched, the snippet with its words marked."""
    snippet = "".join(
        f'<span style="{MARK}">{html.escape(piece)}</span>' if matched else html.escape(piece)
        for piece, matched in hit.fragments
    )
    where = tr(KIND_LABELS.get(hit.kind, hit.kind))
    more = tr(" · %n bagian cocok", "", hit.matches) if hit.matches > 1 else ""
    return (
        f"<b>{html.escape(hit.title)}</b><br>"
        f'<span class="meta">{long_date(hit.date)} · {where}{more}</span><br>'
        f"{snippet}"
    )


class HitsModel(RowsModel):
    """Search hits, one column; the delegate draws HTML_ROLE."""

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> Any:
        if role == HTML_ROLE and index.isValid() and index.row() < self.rowCount():
            return hit_html(self.row_at(index.row()), self.tr)
        return super().data(index, role)


class HitDelegate(QStyledItemDelegate):
    """Draws a hit's rich text, wrapped to the view's width."""

    def _document(self, option: QStyleOptionViewItem, index) -> QTextDocument:
        document = QTextDocument()
        document.setDefaultFont(option.font)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        document.setDefaultStyleSheet(f".meta {{ color: {'#e4ebf2' if selected else '#52606d'}; }}")
        document.setDocumentMargin(6)
        document.setHtml(index.data(HTML_ROLE) or "")
        document.setTextWidth(max(200, option.rect.width()))
        return document

    def paint(self, painter, option: QStyleOptionViewItem, index) -> None:
        option = QStyleOptionViewItem(option)
        self.initStyleOption(option, index)
        document = self._document(option, index)
        option.text = ""
        style = option.widget.style() if option.widget else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, option.widget)
        context = QAbstractTextDocumentLayout.PaintContext()
        if option.state & QStyle.StateFlag.State_Selected:
            context.palette.setColor(
                QPalette.ColorRole.Text, option.palette.color(QPalette.ColorRole.HighlightedText)
            )
        painter.save()
        painter.translate(option.rect.topLeft())
        document.documentLayout().draw(painter, context)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index) -> QSize:
        option = QStyleOptionViewItem(option)
        self.initStyleOption(option, index)
        if option.widget is not None:
            option.rect.setWidth(option.widget.viewport().width())
        document = self._document(option, index)
        return QSize(int(document.idealWidth()), int(document.size().height()) + 2)


class SearchView(QWidget):
    open_meeting = Signal(int)

    def __init__(self, context: Context) -> None:
        super().__init__()
        self.context = context
        self._search_later = Debounced(self._search, 120)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(QLabel(self.tr("Cari di arsip"), objectName="pageTitle"))
        self.field = QLineEdit(clearButtonEnabled=True)
        self.field.setPlaceholderText(
            self.tr("Ketik kata: judul, peserta, pembahasan, keputusan atau tindak lanjut…")
        )
        self.field.setToolTip(self.tr("Cari di semua rapat (Ctrl+K, Ctrl+F); Enter membuka rapat"))
        self.field.textChanged.connect(self._search_later)
        self.field.returnPressed.connect(self._open_current)
        self.field.installEventFilter(self)
        QShortcut(
            QKeySequence.StandardKey.Find,
            self,
            activated=self.field.setFocus,
            context=Qt.ShortcutContext.WidgetWithChildrenShortcut,
        )
        layout.addWidget(self.field)
        self.banner = Banner()
        layout.addWidget(self.banner)
        self.summary = QLabel(objectName="emptyState")
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.model = HitsModel([Column(self.tr("Rapat"), lambda hit: hit.title)], self)
        self.results = QListView()
        self.results.setModel(self.model)
        self.results.setItemDelegate(HitDelegate(self.results))
        self.results.setAlternatingRowColors(True)
        self.results.setUniformItemSizes(False)
        self.results.setResizeMode(QListView.ResizeMode.Adjust)
        self.results.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.results.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.results.activated.connect(lambda index: self._open_row(index.row()))
        self.results.doubleClicked.connect(lambda index: self._open_row(index.row()))
        layout.addWidget(self.results, 1)
        layout.addStretch(0)
        self.setFocusProxy(self.field)
        self._show([], "")

    def refresh(self) -> None:
        """Shown again: search once more, the archive may have changed meanwhile."""
        if self.field.text().strip():
            self._search()

    def _search(self, *_args) -> None:
        query = self.field.text()
        self.context.query(
            self,
            lambda s: search(s, query),
            lambda hits: self._show(hits, query),
            self.banner.show_error,
        )

    def _show(self, hits: list[SearchHit], query: str) -> None:
        self.model.set_rows(hits)
        self.results.setVisible(bool(hits))
        if hits:
            self.results.setCurrentIndex(self.model.index(0, 0))
        if not query.strip():
            text = self.tr(
                "Ketik kata untuk mencari di semua rapat, mis. “netralitas ASN” atau nama peserta."
            )
        elif not hits:
            text = self.tr("Tidak ada rapat yang memuat “{query}”. Coba kata lain.").format(
                query=query.strip()
            )
        else:
            text = self.tr(
                "%n rapat, paling cocok lebih dulu. Enter membuka rapat terpilih.", "", len(hits)
            )
        self.summary.setText(text)

    def eventFilter(self, watched, event) -> bool:
        """Up and Down in the field move through the results, so the hands stay on the keyboard."""
        if watched is self.field and event.type() == event.Type.KeyPress:
            step = {Qt.Key.Key_Down: 1, Qt.Key.Key_Up: -1}.get(event.key())
            if step and self.model.rowCount():
                row = max(
                    0, min(self.model.rowCount() - 1, self.results.currentIndex().row() + step)
                )
                self.results.setCurrentIndex(self.model.index(row, 0))
                return True
        return super().eventFilter(watched, event)

    def _open_current(self) -> None:
        index = self.results.currentIndex()
        if index.isValid():
            self._open_row(index.row())

    def _open_row(self, row: int) -> None:
        self.open_meeting.emit(self.model.row_at(row).meeting_id)
