"""Tindak Lanjut: every follow-up action across meetings, filtered, sorted, updated, printed, exported.

Each piece of work appears once, at the newest meeting it was carried to; its trail of status changes
reads back through the earlier meetings. Filtering is a background query: the latest filter wins.
The view is made of rooms of its own: the table's model (register_model.py), the filter bar
(register_filters.py), the selected action's panel (action_details.py) and the printed list's
window (action_list_dialog.py).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from rapat.i18n import tr
from rapat.records.action import ActionRow
from rapat.services.action_list import action_list_pdf, save_action_list, write_action_workbook
from rapat.services.actions import ActionFilter, find_actions
from rapat.ui.action_details import ActionDetails
from rapat.ui.action_list_dialog import ActionListDialog
from rapat.ui.context import Context
from rapat.ui.debounce import Debounced
from rapat.ui.document_view import keep_through
from rapat.ui.messages import Banner
from rapat.ui.register_filters import RegisterFilters
from rapat.ui.register_model import ActionsModel, action_columns
from rapat.ui.save_dialog import ask_save_path, meeting_file_name
from rapat.ui.text_fit import fit_columns


class RegisterView(RegisterFilters, ActionDetails, QWidget):
    open_meeting = Signal(int)

    def __init__(self, context: Context) -> None:
        super().__init__()
        self.context = context
        self._filter_later = Debounced(self._filter, 150)
        self.print_dialog: ActionListDialog | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self._header())
        layout.addLayout(self._filters())
        self.banner = Banner()
        layout.addWidget(self.banner)
        splitter = QSplitter()
        splitter.addWidget(self._table())
        splitter.addWidget(self._details())
        splitter.setStretchFactor(0, 1)
        splitter.setSizes([960, 280])
        layout.addWidget(splitter, 1)
        self.setFocusProxy(self.institution)
        self._show_details(None)

    # --- building -----------------------------------------------------------------------------

    def _header(self) -> QHBoxLayout:
        header = QHBoxLayout()
        header.addWidget(QLabel(self.tr("Tindak Lanjut"), objectName="pageTitle"))
        self.count = QLabel(objectName="emptyState")
        header.addWidget(self.count)
        header.addStretch(1)
        self.export_button = QPushButton(self.tr("Ekspor Excel…"))
        self.export_button.setToolTip(self.tr("Simpan daftar tersaring sebagai Excel (Ctrl+E)"))
        self.export_button.setShortcut(QKeySequence("Ctrl+E"))
        self.export_button.clicked.connect(self.export_excel)
        self.print_button = QPushButton(self.tr("Cetak daftar…"), objectName="primary")
        self.print_button.setToolTip(
            self.tr("Matriks tindak lanjut tersaring sebagai PDF (Ctrl+P)")
        )
        self.print_button.setShortcut(QKeySequence.StandardKey.Print)
        self.print_button.clicked.connect(lambda: self.print_list())
        header.addWidget(self.export_button)
        header.addWidget(self.print_button)
        return header

    def _table(self) -> QTableView:
        self.model = ActionsModel(action_columns(), self)
        table = self.table = QTableView()
        table.setModel(self.model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setAlternatingRowColors(True)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSortingEnabled(True)
        table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        table.verticalHeader().hide()
        # Short values get fixed widths; the description, institution, person and meeting share
        # the rest and wrap over three lines (rapat.ui.text_fit).
        fit_columns(
            table,
            fixed={3: "30 Sep 2024", 4: "Sedang dikerjakan", 5: self.tr("Terlambat")},
            shares={0: 4, 1: 2, 2: 2, 6: 3},
            lines=3,
        )
        table.selectionModel().currentRowChanged.connect(lambda current, _p: self._select(current))
        table.activated.connect(lambda index: self._open_row(index.row()))
        table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        table.customContextMenuRequested.connect(self._menu)
        self.empty = QLabel(objectName="emptyState")
        self.empty.setWordWrap(True)
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(table, 1)
        column.addWidget(self.empty)
        return box

    # --- filtering ----------------------------------------------------------------------------

    def _filter(self, *_args) -> None:
        criteria = self.criteria()
        self.context.query(
            self, lambda s: find_actions(s, criteria), self._show, self.banner.show_error
        )

    def _show(self, rows: list[ActionRow]) -> None:
        keep = self.selected_row()
        self.model.set_rows(rows)
        head = self.table.horizontalHeader()
        if head.sortIndicatorSection() >= 0:
            self.model.sort(head.sortIndicatorSection(), head.sortIndicatorOrder())
        self.count.setText(self.tr("%n tindak lanjut", "", len(rows)))
        self.empty.setVisible(not rows)
        self.empty.setText(
            self.tr("Tidak ada tindak lanjut yang cocok dengan saringan. Tekan Hapus saringan.")
            if self.criteria() != ActionFilter(latest_only=True)
            else self.tr(
                "Belum ada tindak lanjut. Tindak lanjut dicatat di tab Tindak Lanjut rapat."
            )
        )
        position = self.model.row_of(keep.id) if keep else -1
        if position >= 0:
            while position >= self.model.rowCount() and self.model.canFetchMore(
                self.table.rootIndex()
            ):
                self.model.fetchMore(self.table.rootIndex())
            self.table.selectRow(position)
        elif rows:
            self.table.selectRow(0)
        else:
            self._show_details(None)
        self.print_button.setText(self._print_label())

    def _print_label(self) -> str:
        institution = self.institution.currentText().strip()
        if institution:
            return self.tr("Cetak daftar {institution}…").format(institution=_short(institution))
        return self.tr("Cetak daftar…")

    # --- one action ---------------------------------------------------------------------------

    def selected_row(self) -> ActionRow | None:
        index = self.table.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def _select(self, index) -> None:
        self._show_details(self.model.row_at(index.row()) if index.isValid() else None)

    def _open_row(self, position: int) -> None:
        self.open_meeting.emit(self.model.row_at(position).meeting_id)

    def _menu(self, where: QPoint) -> None:
        index = self.table.indexAt(where)
        if not index.isValid():
            return
        row = self.model.row_at(index.row())
        menu = QMenu(self)
        menu.addAction(self.tr("Buka rapat"), lambda: self.open_meeting.emit(row.meeting_id))
        menu.addAction(
            self.tr("Cetak daftar {institution}…").format(institution=_short(row.institution)),
            lambda: self.print_list(
                replace(self.criteria(), institution=row.institution, meeting_id=None)
            ),
        )
        menu.popup(self.table.viewport().mapToGlobal(where))

    # --- print and export ---------------------------------------------------------------------

    def print_list(self, criteria: ActionFilter | None = None) -> None:
        """The matriks tindak lanjut of the filter (or of criteria), built, previewed and printable."""
        criteria = criteria or self.criteria()
        today = date.today()
        keep = keep_through(
            self.context, lambda s, document, path: save_action_list(s, criteria, document, path)
        )
        self.print_dialog = ActionListDialog(
            self.context.session_task(lambda s: action_list_pdf(s, criteria, today)),
            _file_name(criteria, "pdf"),
            keep,
            self,
        )
        self.print_dialog.show()
        self.print_dialog.view.generate()

    def export_excel(self) -> None:
        criteria, today = self.criteria(), date.today()
        path = ask_save_path(
            self,
            self.tr("Ekspor tindak lanjut"),
            _file_name(criteria, "xlsx"),
            self.tr("Buku kerja Excel (*.xlsx)"),
        )
        if not path:
            return

        self.context.write(
            lambda s: write_action_workbook(s, criteria, today, path),
            lambda saved: self.banner.show_message(
                self.tr("Tersimpan: {path}").format(path=saved.path), "ok"
            ),
            self.banner.show_error,
            "audit",
        )


def _short(text: str, limit: int = 28) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _file_name(criteria: ActionFilter, suffix: str) -> str:
    """Today's date, then what and whose: "2026-11-28 Tindak Lanjut Kodim 1425.xlsx"."""
    return meeting_file_name(date.today(), criteria.institution or "", tr("Tindak Lanjut"), suffix)
