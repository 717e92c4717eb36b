"""Tindak Lanjut: every follow-up action across meetings, filtered, sorted, updated, printed, exported.

Each piece of work appears once, at the newest meeting it was carried to; its trail of status changes
reads back through the earlier meetings. Filtering runs off the GUI thread on its own session.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QCompleter,
    QDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from rapat.i18n import tr
from rapat.models.vocabulary import ACTION_LABELS, ActionStatus
from rapat.records.action import ActionRow
from rapat.services.action_list import action_list_pdf, save_action_list, write_action_workbook
from rapat.services.actions import (
    ActionFilter,
    TrailEntry,
    action_institutions,
    action_trail,
    find_actions,
    set_action_status,
)
from rapat.services.meetings import list_meetings
from rapat.ui.context import Context
from rapat.ui.date_field import DateField
from rapat.ui.debounce import Debounced
from rapat.ui.document_view import DocumentView, Keep, keep_through
from rapat.ui.messages import Banner
from rapat.ui.models import Column, RowsModel
from rapat.ui.save_dialog import ask_save_path, meeting_file_name
from rapat.ui.text import short_date

UNFINISHED = "unfinished"


def action_status(status: str) -> str:
    return tr(ACTION_LABELS.get(status, status))


def _late(row: ActionRow) -> str:
    days = row.days_overdue(date.today())
    return tr("{n} hari").format(n=days) if days else ""


def action_columns() -> list[Column]:
    right = Qt.AlignmentFlag.AlignRight
    return [
        Column(tr("Uraian"), lambda r: r.description),
        Column(tr("Instansi"), lambda r: r.institution),
        Column(tr("PIC"), lambda r: r.person or ""),
        Column(tr("Tenggat"), lambda r: short_date(r.due) if r.due else ""),
        Column(tr("Status"), lambda r: action_status(r.status)),
        Column(tr("Terlambat"), _late, right),
        Column(tr("Rapat"), lambda r: f"{r.meeting_title} ({short_date(r.meeting_date)})"),
    ]


SORT_KEYS = [
    lambda r: r.description.casefold(),
    lambda r: r.institution.casefold(),
    lambda r: (r.person or "").casefold(),
    lambda r: (r.due is None, r.due or date.min),
    lambda r: list(ActionStatus).index(r.status),
    lambda r: r.days_overdue(date.today()),
    lambda r: (r.meeting_date, r.meeting_id),
]


class ActionsModel(RowsModel):
    """The register's rows; sorting reorders the plain rows, so lazy fetching keeps working."""

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(SORT_KEYS):
            return
        rows = sorted(
            self.rows(),
            key=SORT_KEYS[column],
            reverse=order == Qt.SortOrder.DescendingOrder,
        )
        self.set_rows(rows)


class RegisterView(QWidget):
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

    def _filters(self) -> QGridLayout:
        grid = QGridLayout()
        grid.setHorizontalSpacing(8)
        self.institution = QComboBox(editable=True)
        self.institution.lineEdit().setPlaceholderText(self.tr("Semua instansi"))
        self.institution.lineEdit().setClearButtonEnabled(True)
        self.institution.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.institution.completer().setFilterMode(Qt.MatchFlag.MatchContains)
        self.institution.completer().setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.institution.editTextChanged.connect(self._filter_later)
        self.person = QLineEdit(placeholderText=self.tr("Semua PIC"), clearButtonEnabled=True)
        self.person.textChanged.connect(self._filter_later)
        self.status = QComboBox()
        self.status.addItem(self.tr("Semua status"), None)
        self.status.addItem(self.tr("Belum selesai"), UNFINISHED)
        for status in ActionStatus:
            self.status.addItem(action_status(status), status.value)
        self.status.currentIndexChanged.connect(self._filter_later)
        self.overdue = QCheckBox(self.tr("Melewati tenggat"))
        self.overdue.toggled.connect(self._filter_later)
        self.due_from, self.due_until = self._date_edit(), self._date_edit()
        self.meeting = QComboBox(editable=True)
        self.meeting.lineEdit().setPlaceholderText(self.tr("Semua rapat"))
        self.meeting.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.meeting.completer().setFilterMode(Qt.MatchFlag.MatchContains)
        self.meeting.completer().setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.meeting.currentIndexChanged.connect(self._filter_later)
        self.meeting.editTextChanged.connect(self._filter_later)
        clear = QPushButton(self.tr("Hapus saringan"))
        clear.setToolTip(self.tr("Tampilkan semua tindak lanjut"))
        clear.clicked.connect(self.clear_filters)
        cells = [
            (0, 0, self.tr("&Instansi"), self.institution, 3),
            (0, 4, self.tr("&PIC"), self.person, 1),
            (0, 6, self.tr("&Status"), self.status, 1),
            (1, 0, self.tr("&Rapat"), self.meeting, 3),
            (1, 4, self.tr("Tenggat &dari"), self.due_from, 1),
            (1, 6, self.tr("s.d."), self.due_until, 1),
        ]
        for row, column, label, widget, span in cells:
            caption = QLabel(label)
            caption.setBuddy(widget)
            grid.addWidget(caption, row, column)
            grid.addWidget(widget, row, column + 1, 1, span)
        grid.addWidget(self.overdue, 0, 8)
        grid.addWidget(clear, 1, 8)
        grid.setColumnStretch(1, 3)
        grid.setColumnStretch(5, 2)
        grid.setColumnStretch(7, 1)
        return grid

    def _date_edit(self) -> DateField:
        edit = DateField(optional=True, display_format="d MMM yyyy", empty_text=self.tr("—"))
        edit.dateChanged.connect(self._filter_later)
        return edit

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
        table.setWordWrap(False)
        table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        head = table.horizontalHeader()
        metrics = table.fontMetrics()
        # Fixed widths rather than ResizeToContents, which would read every row to measure them;
        # the description takes what is left.
        samples = {
            1: "Polres Lembah Hijau",
            2: "Aiptu Ni Sembiring",
            3: "30 Sep 2024",
            4: "Sedang dikerjakan",
            5: "Terlambat",
            6: "Rapat Koordinasi Peng",
        }
        for column in range(self.model.columnCount()):
            if column in samples:
                head.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
                head.resizeSection(column, metrics.horizontalAdvance(samples[column]) + 20)
            else:
                head.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
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

    def _details(self) -> QWidget:
        panel = QWidget()
        panel.setMinimumWidth(260)
        layout = QVBoxLayout(panel)
        layout.setContentsMargins(12, 0, 0, 0)
        self.summary = QLabel(wordWrap=True, textFormat=Qt.TextFormat.PlainText)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.summary)
        self.open_button = QPushButton(self.tr("Buka rapat"))
        self.open_button.setToolTip(self.tr("Buka rapat asal tindak lanjut ini (Enter)"))
        self.open_button.clicked.connect(self._open_current)
        layout.addWidget(self.open_button, 0, Qt.AlignmentFlag.AlignLeft)
        form = QFormLayout()
        self.new_status = QComboBox()
        for status in ActionStatus:
            self.new_status.addItem(action_status(status), status.value)
        self.note = QLineEdit(placeholderText=self.tr("Catatan, mis. hasil pengecekan lapangan"))
        self.note.returnPressed.connect(self.save_status)
        form.addRow(self.tr("Status &baru"), self.new_status)
        form.addRow(self.tr("Ca&tatan"), self.note)
        layout.addLayout(form)
        self.save_button = QPushButton(self.tr("Simpan status"))
        self.save_button.setToolTip(self.tr("Catat status baru dan catatannya di riwayat (Enter)"))
        self.save_button.clicked.connect(self.save_status)
        layout.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignRight)
        layout.addWidget(QLabel(self.tr("Riwayat lintas rapat"), objectName="sectionTitle"))
        self.history = QListWidget()
        self.history.setWordWrap(True)
        self.history.setAlternatingRowColors(True)
        self.history.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        layout.addWidget(self.history, 1)
        QShortcut(QKeySequence("Ctrl+Return"), self, activated=self._open_current)
        return panel

    # --- filtering ----------------------------------------------------------------------------

    def criteria(self) -> ActionFilter:
        """What the filter widgets ask for; every action appears once, at its newest meeting."""
        status = self.status.currentData()
        return ActionFilter(
            institution=self.institution.currentText().strip() or None,
            person=self.person.text().strip() or None,
            status=status if status not in (None, UNFINISHED) else None,
            unfinished=status == UNFINISHED,
            overdue_on=date.today() if self.overdue.isChecked() else None,
            meeting_id=self._meeting_id(),
            due_from=_date_of(self.due_from),
            due_until=_date_of(self.due_until),
            latest_only=True,
        )

    def _meeting_id(self) -> int | None:
        index = self.meeting.findText(self.meeting.currentText())
        return self.meeting.itemData(index) if index > 0 else None

    def apply_filter(self, criteria: ActionFilter) -> None:
        """Set the widgets to these criteria (from Beranda) and show what they find."""
        widgets = (self.institution, self.person, self.status, self.overdue, self.meeting)
        for widget in (*widgets, self.due_from, self.due_until):
            widget.blockSignals(True)
        self.institution.setEditText(criteria.institution or "")
        self.person.setText(criteria.person or "")
        wanted = UNFINISHED if criteria.unfinished else criteria.status
        self.status.setCurrentIndex(max(0, self.status.findData(wanted)))
        self.overdue.setChecked(criteria.overdue_on is not None)
        self.meeting.setCurrentIndex(max(0, self.meeting.findData(criteria.meeting_id)))
        for edit, day in ((self.due_from, criteria.due_from), (self.due_until, criteria.due_until)):
            edit.set_day(day)
        for widget in (*widgets, self.due_from, self.due_until):
            widget.blockSignals(False)
        self._filter()

    def clear_filters(self) -> None:
        self.apply_filter(ActionFilter())

    def refresh(self) -> None:
        """Reload the filter choices and the rows (when the page is shown)."""
        institutions, meetings = self.context.read(
            lambda s: (action_institutions(s), list_meetings(s))
        )
        chosen = self.institution.currentText(), self.meeting.currentData()
        for combo in (self.institution, self.meeting):
            combo.blockSignals(True)
        self.institution.clear()
        self.institution.addItems(["", *institutions])
        self.institution.setEditText(chosen[0])
        self.meeting.clear()
        self.meeting.addItem("", None)
        for m in meetings:
            self.meeting.addItem(f"{m.title} ({short_date(m.date)})", m.id)
        self.meeting.setCurrentIndex(max(0, self.meeting.findData(chosen[1])))
        for combo in (self.institution, self.meeting):
            combo.blockSignals(False)
        self._filter()

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

    def _show_details(self, row: ActionRow | None) -> None:
        for widget in (self.open_button, self.new_status, self.note, self.save_button):
            widget.setEnabled(row is not None)
        self.history.clear()
        if row is None:
            self.summary.setText(
                self.tr("Pilih tindak lanjut untuk melihat riwayat dan statusnya.")
            )
            return
        due = short_date(row.due) if row.due else self.tr("tanpa tenggat")
        owner = f"{row.institution} — {row.person}" if row.person else row.institution
        self.summary.setText(
            f"{row.description}\n{owner}\n"
            + self.tr("Tenggat {due} · {status}").format(due=due, status=action_status(row.status))
            + "\n"
            + self.tr("Rapat: {title}, {date}").format(
                title=row.meeting_title, date=short_date(row.meeting_date)
            )
        )
        self.new_status.setCurrentIndex(max(0, self.new_status.findData(row.status)))
        trail = self.context.read(lambda s: action_trail(s, row.id))
        for entry in reversed(trail):
            self.history.addItem(self._history_item(entry))

    def _history_item(self, entry: TrailEntry) -> QListWidgetItem:
        change = entry.change
        when = f"{short_date(change.at.date())} {change.at.astimezone().strftime('%H.%M')}"
        if change.old_status and change.old_status != change.new_status:
            what = f"{action_status(change.old_status)} → {action_status(change.new_status)}"
        else:
            what = action_status(change.new_status)
        lines = [f"{when} · {change.user or '?'} · {what}"]
        if change.note:
            lines.append(change.note)
        lines.append(f"{entry.meeting_title} ({short_date(entry.meeting_date)})")
        return QListWidgetItem("\n".join(lines))

    def save_status(self) -> None:
        row = self.selected_row()
        if row is None:
            return
        status, note = self.new_status.currentData(), self.note.text().strip() or None
        if status == row.status and not note:
            self.banner.show_message(self.tr("Pilih status baru atau tulis catatan dulu."), "info")
            return

        def done(_result: None) -> None:
            self.note.clear()
            self.banner.show_message(self.tr("Status tersimpan di riwayat."), "ok", seconds=3)
            self._filter()

        self.context.write(
            lambda s: set_action_status(s, row.id, status, note),
            on_done=done,
            on_error=self.banner.show_error,
            changed="actions",
        )

    def _open_current(self) -> None:
        row = self.selected_row()
        if row is not None:
            self.open_meeting.emit(row.meeting_id)

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


class ActionListDialog(QDialog):
    """The printed action list in a window of its own: preview, save, print."""

    def __init__(self, build, file_name: str, keep: Keep, parent: QWidget) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Matriks tindak lanjut"))
        self.resize(900, 640)
        layout = QVBoxLayout(self)
        self.view = DocumentView(build, file_name, keep, self)
        layout.addWidget(self.view)


def _date_of(edit: DateField) -> date | None:
    return edit.day()


def _short(text: str, limit: int = 28) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _file_name(criteria: ActionFilter, suffix: str) -> str:
    """Today's date, then what and whose: "2026-11-28 Tindak Lanjut Kodim 1425.xlsx"."""
    return meeting_file_name(date.today(), criteria.institution or "", tr("Tindak Lanjut"), suffix)
