"""Daftar Hadir: check-in at the door with one field, walk-ins, representatives, signatures, counts."""

from __future__ import annotations

from collections.abc import Callable
from datetime import time
from typing import Any

from PySide6.QtCore import (
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPoint,
    QSize,
    QSortFilterProxyModel,
    Qt,
    QTime,
    Signal,
)
from PySide6.QtGui import QAction, QColor, QKeyEvent, QKeySequence, QPixmap, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QCompleter,
    QDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from rapat.errors import RapatError
from rapat.i18n import tr
from rapat.models.vocabulary import AttendanceStatus
from rapat.services.attendance_list import (
    AttendanceRow,
    Suggestion,
    SuggestionPool,
    count_attendance,
    now_minute,
)
from rapat.ui.context import Context
from rapat.ui.lazy import lazy_module
from rapat.ui.messages import Banner
from rapat.ui.models import (
    DECORATION,
    DISPLAY,
    EDIT,
    FOREGROUND,
    TOOLTIP,
    Column,
    Index,
    RowsModel,
)
from rapat.ui.tasks import run_task
from rapat.ui.text import attendance_status, hhmm

SUGGESTIONS = 8
att = lazy_module("rapat.services.attendance")
directory = lazy_module("rapat.services.directory")

TIME_COLUMN, SIGNATURE_COLUMN, INSTITUTION_COLUMN = 5, 6, 3
THUMB_W, THUMB_H = 96, 28
ATTENDED_COLOUR, WAITING_COLOUR = QColor("#14532d"), QColor("#7b8794")


class AttendanceModel(RowsModel):
    """Attendance rows; the arrival time is edited in place and signatures show as thumbnails."""

    time_edited = Signal(int, object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(
            [
                Column(tr("No"), lambda r: "", Qt.AlignmentFlag.AlignRight),
                Column(tr("Nama"), lambda r: r.name),
                Column(tr("Jabatan"), lambda r: r.position or ""),
                Column(tr("Instansi"), lambda r: r.institution),
                Column(tr("Keterangan"), lambda r: attendance_status(r.status, r.representing)),
                Column(tr("Jam hadir"), lambda r: hhmm(r.check_in), Qt.AlignmentFlag.AlignCenter),
                Column(tr("Tanda tangan"), lambda r: ""),
            ],
            parent,
        )
        self._thumbs: dict[int, QPixmap] = {}

    def replace_row(self, new: Any) -> int:
        self._thumbs.pop(new.id, None)
        return super().replace_row(new)

    def data(self, index: Index, role: int = DISPLAY) -> Any:
        if not index.isValid() or index.row() >= self.rowCount():
            return None
        row = self.row_at(index.row())
        column = index.column()
        if column == 0 and role == DISPLAY:
            return str(index.row() + 1)
        if column == TIME_COLUMN and role == EDIT:
            moment = row.check_in or now_minute()
            return QTime(moment.hour, moment.minute)
        if column == SIGNATURE_COLUMN and role == DECORATION:
            return self._thumbnail(row)
        if column == SIGNATURE_COLUMN and role == TOOLTIP:
            return (
                self.tr("Sudah bertanda tangan")
                if row.signature_png
                else self.tr("Belum bertanda tangan — Ctrl+T")
            )
        if role == TOOLTIP and column in (1, 2, 3, 4):
            return super().data(index, DISPLAY)
        if role == FOREGROUND and column == 4:
            return ATTENDED_COLOUR if row.attended else WAITING_COLOUR
        return super().data(index, role)

    def _thumbnail(self, row: AttendanceRow) -> QPixmap | None:
        if not row.signature_png:
            return None
        if row.id not in self._thumbs:
            pixmap = QPixmap()
            pixmap.loadFromData(row.signature_png, "PNG")
            self._thumbs[row.id] = pixmap.scaled(
                THUMB_W,
                THUMB_H,
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
        return self._thumbs[row.id]

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and index.column() == TIME_COLUMN and self.row_at(index.row()).attended:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or index.column() != TIME_COLUMN or role != Qt.ItemDataRole.EditRole:
            return False
        moment = value.toPython() if isinstance(value, QTime) else value
        if not isinstance(moment, time):
            return False
        self.time_edited.emit(self.row_at(index.row()).id, moment.replace(second=0, microsecond=0))
        return True


class EntryPanel(QFrame):
    """The inline form for a walk-in, or for who came in an invitee's place (diwakili)."""

    submitted = Signal(dict)
    cancelled = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.mode = "walk_in"
        self.participant_id: int | None = None
        grid = QGridLayout(self)
        self.heading = QLabel(objectName="sectionTitle")
        grid.addWidget(self.heading, 0, 0, 1, 4)
        self.name, self.position, self.institution, self.representing = (
            QLineEdit() for _ in range(4)
        )
        self.name.setPlaceholderText(self.tr("Nama lengkap dengan gelar"))
        self.position.setPlaceholderText(self.tr("Jabatan"))
        self.institution.setPlaceholderText(self.tr("Instansi"))
        self.representing.setPlaceholderText(self.tr("Mewakili (kosongkan bila hadir sendiri)"))
        self.labels = [
            QLabel(t)
            for t in (self.tr("Nama"), self.tr("Jabatan"), self.tr("Instansi"), self.tr("Mewakili"))
        ]
        for column, (label, edit) in enumerate(
            zip(
                self.labels,
                (self.name, self.position, self.institution, self.representing),
                strict=True,
            )
        ):
            grid.addWidget(label, 1, column)
            grid.addWidget(edit, 2, column)
            edit.returnPressed.connect(self._submit)
        self.error = QLabel(objectName="fieldError")
        self.error.setWordWrap(True)
        grid.addWidget(self.error, 3, 0, 1, 3)
        buttons = QHBoxLayout()
        save = QPushButton(self.tr("Catat hadir"), objectName="primary")
        save.setToolTip(self.tr("Catat hadir (Enter)"))
        save.clicked.connect(self._submit)
        cancel = QPushButton(self.tr("Batal"))
        cancel.setToolTip(self.tr("Batal (Esc)"))
        cancel.clicked.connect(self.cancel)
        buttons.addStretch(1)
        buttons.addWidget(cancel)
        buttons.addWidget(save)
        grid.addLayout(buttons, 3, 3)
        shortcut = QShortcut(QKeySequence(Qt.Key.Key_Escape), self, activated=self.cancel)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.hide()

    def set_institutions(self, names: list[str]) -> None:
        completer = QCompleter(names, self.institution)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.institution.setCompleter(completer)

    def open_walk_in(self, typed: str) -> None:
        self.mode, self.participant_id = "walk_in", None
        self.heading.setText(self.tr("Peserta tanpa undangan"))
        for widget in (self.institution, self.representing, self.labels[2], self.labels[3]):
            widget.show()
        self._reset(typed)

    def open_represent(self, participant_id: int, invitee: str) -> None:
        self.mode, self.participant_id = "represent", participant_id
        self.heading.setText(self.tr("Diwakili: siapa yang hadir untuk {who}?").format(who=invitee))
        for widget in (self.institution, self.representing, self.labels[2], self.labels[3]):
            widget.hide()
        self._reset("")

    def _reset(self, name: str) -> None:
        for edit in (self.name, self.position, self.institution, self.representing):
            edit.clear()
        self.name.setText(name)
        self.error.clear()
        self.name.setStyleSheet("")
        self.show()
        self.name.setFocus()

    def refuse(self, message: str) -> None:
        """Say in place what is missing; what was typed stays."""
        self.error.setText(message)
        self.name.setStyleSheet("border:2px solid #b42318;")
        self.name.setFocus()

    def _submit(self) -> None:
        if not self.name.text().strip():
            self.refuse(self.tr("Nama wajib diisi."))
            return
        if self.mode == "walk_in" and not self.institution.text().strip():
            self.error.setText(self.tr("Instansi wajib diisi."))
            self.institution.setFocus()
            return
        self.submitted.emit(
            {
                "name": self.name.text(),
                "position": self.position.text().strip() or None,
                "institution": self.institution.text(),
                "representing": self.representing.text().strip() or None,
            }
        )

    def cancel(self) -> None:
        self.hide()
        self.cancelled.emit()


class AttendanceView(QWidget):
    """The Daftar Hadir tab; every check-in and signature is stored the moment it is made."""

    def __init__(
        self,
        context: Context,
        meeting_id: int,
        read_only: bool = False,
        rows: list[AttendanceRow] | None = None,
    ) -> None:
        """rows, when given, were read before SQLAlchemy loaded (rapat.first_screen); the
        suggestions load in the background once the window is up."""
        super().__init__()
        self.context = context
        self.meeting_id = meeting_id
        self.read_only = read_only
        self.pool: SuggestionPool | None = None
        self._suggestions: list[Suggestion] = []
        self._enter_pending = False
        self._build()
        if rows is None:
            self.load()
        else:
            self._show_rows(rows)
        context.when_open(self._load_pool)

    # -- layout ----------------------------------------------------------------------------------

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        self.banner = Banner()
        layout.addWidget(self.banner)
        top = QHBoxLayout()
        self.field = QLineEdit()
        self.field.setObjectName("checkInField")
        self.field.setPlaceholderText(
            self.tr("Ketik sebagian nama atau instansi, lalu Enter untuk mencatat hadir")
        )
        self.field.setToolTip(
            self.tr(
                "Enter: catat hadir saran teratas · ↑↓: pilih saran · Ctrl+Enter: peserta tanpa "
                "undangan · Ctrl+D: diwakili · Esc: kosongkan (Ctrl+K)"
            )
        )
        self.field.setClearButtonEnabled(True)
        font = self.field.font()
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.field.setFont(font)
        self.field.textChanged.connect(self._suggest)
        self.field.returnPressed.connect(self._enter)
        self.field.installEventFilter(self)
        top.addWidget(self.field, 1)
        self.walk_in_button = QPushButton(self.tr("Tanpa undangan"))
        self.walk_in_button.setToolTip(
            self.tr("Catat peserta yang tidak ada di undangan (Ctrl+Enter)")
        )
        self.walk_in_button.clicked.connect(
            lambda: self.panel.open_walk_in(self.field.text().strip())
        )
        top.addWidget(self.walk_in_button)
        self.invite_button = QToolButton(objectName="menuButton")
        self.invite_button.setText(self.tr("Undang ▾"))
        self.invite_button.setToolTip(
            self.tr("Tambah undangan: instansi, orang, atau salin dari rapat lain")
        )
        self.invite_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.invite_button)
        menu.addAction(self.tr("Undang instansi…"), self.invite_institution)
        menu.addAction(self.tr("Undang orang dari direktori…"), self.invite_person)
        menu.addAction(self.tr("Salin undangan dari rapat lain…"), self.copy_invitees)
        menu.addAction(self.tr("Impor daftar undangan (Excel/CSV)…"), self.import_invitees)
        self.invite_button.setMenu(menu)
        top.addWidget(self.invite_button)
        layout.addLayout(top)
        # An overlay below the field rather than a row of the layout: its height changes with
        # every keystroke, and inside the layout that would re-lay out and repaint the table.
        self.suggestions = QListWidget(self)
        self.suggestions.setUniformItemSizes(True)
        self.suggestions.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.suggestions.setAutoFillBackground(True)
        self.suggestions.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.suggestions.itemClicked.connect(lambda _item: self._enter())
        self.suggestions.hide()
        self.panel = EntryPanel()
        self.panel.submitted.connect(self._panel_submitted)
        self.panel.cancelled.connect(self.field.setFocus)
        layout.addWidget(self.panel)
        splitter = QSplitter()
        splitter.addWidget(self._table_side())
        splitter.addWidget(self._counts_side())
        splitter.setStretchFactor(0, 4)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([900, 270])
        layout.addWidget(splitter, 1)
        self._shortcut("Ctrl+K", self._focus_field)
        self._shortcut("Ctrl+D", self.represent)
        self._shortcut("Ctrl+T", self.sign)
        self._shortcut("Ctrl+H", lambda: self.set_status(AttendanceStatus.PRESENT.value))
        self._shortcut("Ctrl+I", lambda: self.set_status(AttendanceStatus.EXCUSED.value))
        self._shortcut("Ctrl+G", lambda: self.group_box.toggle())
        if self.read_only:
            for widget in (self.field, self.walk_in_button, self.invite_button, self.row_actions):
                widget.setEnabled(False)
            self.banner.show_message(
                self.tr("Rapat ini sudah final: daftar hadir hanya dapat dibaca."), "info", 0
            )

    def _shortcut(self, keys: str, slot) -> None:
        shortcut = QShortcut(QKeySequence(keys), self, activated=slot)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)

    def _table_side(self) -> QWidget:
        side = QWidget()
        layout = QVBoxLayout(side)
        layout.setContentsMargins(0, 0, 0, 0)
        self.model = AttendanceModel(self)
        self.model.time_edited.connect(self._time_edited)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(THUMB_H + 6)
        self.table.setWordWrap(False)
        # Fixed widths rather than ResizeToContents: measuring contents reads every row (slow at 400).
        head = self.table.horizontalHeader()
        metrics = self.table.fontMetrics()
        widths = {
            0: metrics.horizontalAdvance("0000") + 16,
            4: metrics.horizontalAdvance("Mewakili Kepala Dinas") + 16,
            TIME_COLUMN: metrics.horizontalAdvance(self.tr("Jam hadir")) + 24,
            SIGNATURE_COLUMN: THUMB_W + 16,
        }
        for column in range(self.model.columnCount()):
            if column in widths:
                head.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
                head.resizeSection(column, widths[column])
            else:
                head.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        self.table.setIconSize(QSize(THUMB_W, THUMB_H))
        self.table.doubleClicked.connect(self._double_clicked)
        layout.addWidget(self.table, 1)
        self.empty = QLabel(
            self.tr(
                "Belum ada peserta. Ketik nama untuk mencatat kehadiran, atau Undang instansi."
            ),
            objectName="emptyState",
        )
        layout.addWidget(self.empty)
        self.row_actions = QWidget()
        actions = QHBoxLayout(self.row_actions)
        actions.setContentsMargins(0, 0, 0, 0)
        for label, keys, tip, slot in self._row_commands():
            button = QPushButton(label)
            button.setToolTip(f"{tip} ({keys})" if keys else tip)
            button.clicked.connect(slot)
            actions.addWidget(button)
        actions.addStretch(1)
        self.group_box = QCheckBox(self.tr("Kelompokkan per instansi"))
        self.group_box.setToolTip(self.tr("Urutkan menurut instansi (Ctrl+G)"))
        self.group_box.toggled.connect(self._group)
        actions.addWidget(self.group_box)
        layout.addWidget(self.row_actions)
        self._add_order_actions()
        return side

    def _row_commands(self) -> list[tuple[str, str, str, Callable[[], None]]]:
        """What can be done to the selected participant: label, shortcut, description, slot."""
        return [
            (
                self.tr("Hadir"),
                "Ctrl+H",
                self.tr("Tandai hadir sekarang"),
                lambda: self.set_status(AttendanceStatus.PRESENT.value),
            ),
            (self.tr("Diwakili…"), "Ctrl+D", self.tr("Catat siapa yang mewakili"), self.represent),
            (
                self.tr("Izin"),
                "Ctrl+I",
                self.tr("Tandai izin"),
                lambda: self.set_status(AttendanceStatus.EXCUSED.value),
            ),
            (
                self.tr("Tidak hadir"),
                "",
                self.tr("Tandai tidak hadir"),
                lambda: self.set_status(AttendanceStatus.ABSENT.value),
            ),
            (
                self.tr("Tanda tangan…"),
                "Ctrl+T",
                self.tr("Tanda tangan peserta terpilih"),
                self.sign,
            ),
        ]

    def _add_order_actions(self) -> None:
        """Alt+↑/Alt+↓ move the selected participant and Delete removes it, in the table and in
        its context menu."""
        self.move_up_action = self._table_action(
            self.tr("Pindah ke atas"), "Alt+Up", lambda: self.move_selected(-1)
        )
        self.move_down_action = self._table_action(
            self.tr("Pindah ke bawah"), "Alt+Down", lambda: self.move_selected(1)
        )
        self.remove_action = self._table_action(
            self.tr("Hapus dari daftar…"), "Del", self.remove_selected
        )
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._row_menu)
        self.table.selectionModel().selectionChanged.connect(self._update_order_actions)
        self.model.modelReset.connect(self._update_order_actions)
        self.group_box.toggled.connect(self._update_order_actions)
        self._update_order_actions()

    def _table_action(self, text: str, keys: str, slot: Callable[[], None]) -> QAction:
        action = QAction(text, self.table)
        action.setShortcut(QKeySequence(keys))
        action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        action.setShortcutVisibleInContextMenu(True)
        action.triggered.connect(slot)
        self.table.addAction(action)
        return action

    def _counts_side(self) -> QWidget:
        side = QWidget()
        side.setMinimumWidth(240)
        layout = QVBoxLayout(side)
        layout.setContentsMargins(8, 0, 0, 0)
        self.total = QLabel(objectName="pageTitle")
        self.total.setWordWrap(True)
        layout.addWidget(self.total)
        layout.addWidget(
            QLabel(self.tr("Per instansi (hadir/diundang)"), objectName="sectionTitle")
        )
        self.counts_model = RowsModel(
            [
                Column(self.tr("Instansi"), lambda c: c.institution),
                Column(
                    self.tr("Hadir"),
                    lambda c: f"{c.present}/{c.invited}",
                    Qt.AlignmentFlag.AlignRight,
                ),
            ],
            self,
        )
        self.counts = QTableView()
        self.counts.setModel(self.counts_model)
        self.counts.verticalHeader().hide()
        self.counts.setAlternatingRowColors(True)
        self.counts.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.counts.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.counts.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.counts.horizontalHeader().setSectionResizeMode(
            1, QHeaderView.ResizeMode.ResizeToContents
        )
        self.counts.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        layout.addWidget(self.counts, 1)
        return side

    # -- data ------------------------------------------------------------------------------------

    def load(self) -> None:
        self._show_rows(self.context.read(lambda s: att.list_attendance(s, self.meeting_id)))

    def _show_rows(self, rows: list[AttendanceRow]) -> None:
        self.model.set_rows(rows)
        self._update_counts()

    def _load_pool(self) -> None:
        database, meeting_id = self.context.db, self.meeting_id

        def build() -> tuple[SuggestionPool, list[str]]:
            with database.session() as session:
                pool = att.suggestion_pool(session, meeting_id)
                names = [i.name for i in directory.list_institutions(session)]
            return pool, names

        run_task(build, self._pool_ready)

    def _pool_ready(self, result: tuple[SuggestionPool, list[str]]) -> None:
        if not isValid(self):
            return  # the workspace was closed while the suggestions were loading
        self.pool, names = result
        self.panel.set_institutions(names)
        self._suggest(self.field.text())
        if self._enter_pending:
            self._enter_pending = False
            self._enter()

    def _update_counts(self) -> None:
        counts = count_attendance(self.model.rows())
        self.total.setText(
            self.tr("Hadir {present} dari {invited}").format(
                present=counts.present, invited=counts.invited
            )
        )
        self.counts_model.set_rows(counts.by_institution)
        self.empty.setVisible(counts.invited == 0)

    def _show_row(self, row: AttendanceRow) -> None:
        """Take in a stored change: the row, the suggestions and the counts, then select it."""
        position = self.model.replace_row(row)
        if self.pool is not None:
            self.pool.update(row)
        self._update_counts()
        self._select_position(position)

    def _select_position(self, position: int) -> None:
        """Select and show the participant at this place in the kept order."""
        while position >= self.model.rowCount() and self.model.canFetchMore(QModelIndex()):
            self.model.fetchMore(QModelIndex())
        index = self.proxy.mapFromSource(self.model.index(position, 1))
        self.table.selectRow(index.row())
        self.table.scrollTo(index)

    # -- check-in --------------------------------------------------------------------------------

    def _suggest(self, text: str) -> None:
        self._suggestions = self.pool.match(text, SUGGESTIONS) if self.pool and text.strip() else []
        self.suggestions.clear()
        if not text.strip():
            self.suggestions.hide()
            return
        for s in self._suggestions:
            detail = ", ".join(filter(None, (s.position, s.institution)))
            if s.participant_id is None:
                state = self.tr("dari direktori")
            else:
                state = attendance_status(s.status or "")
            self.suggestions.addItem(QListWidgetItem(f"{s.name} — {detail}  ·  {state}"))
        self.suggestions.addItem(
            QListWidgetItem(
                self.tr("+ Peserta tanpa undangan: “{text}” (Ctrl+Enter)").format(text=text.strip())
            )
        )
        self.suggestions.setCurrentRow(0)
        self._place_suggestions()
        self.suggestions.show()
        self.suggestions.raise_()

    def _place_suggestions(self) -> None:
        """Put the overlay just below the check-in field, as wide as the field and its buttons."""
        field = self.field.geometry()
        top_left = self.field.parentWidget().mapTo(self, field.bottomLeft())
        right = (
            self.invite_button.parentWidget()
            .mapTo(self, self.invite_button.geometry().topRight())
            .x()
        )
        rows = self.suggestions.count()
        height = self.suggestions.sizeHintForRow(0) * rows + 2 * self.suggestions.frameWidth()
        self.suggestions.setGeometry(top_left.x(), top_left.y() + 2, right - top_left.x(), height)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if self.suggestions.isVisible():
            self._place_suggestions()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.field and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            key, mods = event.key(), event.modifiers()
            if (
                key in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
                and mods & Qt.KeyboardModifier.ControlModifier
            ):
                self.panel.open_walk_in(self.field.text().strip())
                return True
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Up) and self.suggestions.isVisible():
                step = 1 if key == Qt.Key.Key_Down else -1
                row = max(
                    0, min(self.suggestions.count() - 1, self.suggestions.currentRow() + step)
                )
                self.suggestions.setCurrentRow(row)
                return True
            if key == Qt.Key.Key_Escape:
                self.field.clear()
                return True
        return super().eventFilter(watched, event)

    def _chosen(self) -> Suggestion | None:
        row = self.suggestions.currentRow()
        return self._suggestions[row] if 0 <= row < len(self._suggestions) else None

    def _enter(self) -> None:
        text = self.field.text().strip()
        if not text:
            self.banner.show_message(self.tr("Ketik nama atau instansi peserta dulu."), "error")
            return
        if self.pool is None:  # typed while the suggestions load: check in once they are there
            self._enter_pending = True
            return
        chosen = self._chosen()
        if chosen is None:
            self.panel.open_walk_in(text)
            return
        if chosen.participant_id is not None:
            pid = chosen.participant_id
            self.context.write(
                lambda s: att.check_in(s, pid), self._checked_in, self._refused, "attendance"
            )
        else:
            person, meeting = chosen.person_id, self.meeting_id
            self.context.write(
                lambda s: att.check_in_person(s, meeting, person),
                self._checked_in,
                self._refused,
                "attendance",
            )

    def _checked_in(self, row: AttendanceRow) -> None:
        self.field.clear()
        self.panel.hide()
        self._show_row(row)
        self.banner.show_message(
            self.tr("{name} tercatat {status} pukul {time}.").format(
                name=row.name,
                status=attendance_status(row.status, row.representing).lower(),
                time=hhmm(row.check_in),
            ),
            "ok",
        )
        self.field.setFocus()

    def _refused(self, error: RapatError) -> None:
        self.banner.show_error(error)
        self.field.selectAll()

    def _panel_submitted(self, values: dict) -> None:
        meeting = self.meeting_id
        if self.panel.mode == "represent":
            pid = self.panel.participant_id
            work = lambda s: att.mark_represented(s, pid, values["name"], values["position"])  # noqa: E731
        else:
            work = lambda s: att.add_walk_in(  # noqa: E731
                s,
                meeting,
                values["name"],
                values["institution"],
                position=values["position"],
                representing=values["representing"],
            )
        self.context.write(
            work, self._checked_in, lambda e: self.panel.refuse(e.message), "attendance"
        )

    def _focus_field(self) -> None:
        self.field.setFocus()
        self.field.selectAll()

    # -- the selected row ------------------------------------------------------------------------

    def selected_row(self) -> AttendanceRow | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        return self.model.row_at(self.proxy.mapToSource(rows[0]).row())

    def represent(self) -> None:
        """Diwakili: for the highlighted suggestion while typing, else the selected row."""
        chosen = self._chosen() if self.field.text().strip() else None
        if chosen is not None and chosen.participant_id is not None:
            self.panel.open_represent(chosen.participant_id, chosen.position or chosen.name)
            return
        row = self.selected_row()
        if row is None:
            self.banner.show_message(self.tr("Pilih dulu peserta yang diwakili."), "error")
            return
        self.panel.open_represent(row.id, row.position or row.name)

    def set_status(self, status: str) -> None:
        row = self.selected_row()
        if row is None or self.read_only:
            return
        self.context.write(
            lambda s: att.set_status(s, row.id, status), self._show_row, self._refused, "attendance"
        )

    def sign(self) -> None:
        row = self.selected_row()
        if row is None or self.read_only:
            self.banner.show_message(
                self.tr("Pilih dulu peserta yang akan bertanda tangan."), "error"
            )
            return
        from rapat.ui.signature_pad import SignatureDialog

        dialog = SignatureDialog(row.name, self)
        if dialog.exec():
            png = dialog.pad.to_png()
            self.context.write(
                lambda s: att.set_signature(s, row.id, png),
                self._show_row,
                self._refused,
                "attendance",
            )

    def _time_edited(self, participant_id: int, moment: time) -> None:
        self.context.write(
            lambda s: att.set_arrival_time(s, participant_id, moment),
            self._show_row,
            self._refused,
            "attendance",
        )

    def _double_clicked(self, index: QModelIndex | QPersistentModelIndex) -> None:
        if index.column() == SIGNATURE_COLUMN:
            self.sign()

    def _group(self, on: bool) -> None:
        if on:
            self.model.fetch_all()
            self.proxy.sort(INSTITUTION_COLUMN, Qt.SortOrder.AscendingOrder)
        else:
            self.proxy.sort(-1)

    # -- order and removal -----------------------------------------------------------------------

    def _row_menu(self, point: QPoint) -> None:
        """The selected row's commands, where the pointer (or the menu key) is."""
        index = self.table.indexAt(point)
        if not index.isValid():
            return
        self.table.selectRow(index.row())
        menu = QMenu(self.table)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.setToolTipsVisible(True)
        for label, keys, tip, slot in self._row_commands():
            action = menu.addAction(f"{label}\t{keys}" if keys else label, slot)
            action.setToolTip(tip)
            action.setEnabled(not self.read_only)
        menu.addSeparator()
        menu.addActions([self.move_up_action, self.move_down_action])
        menu.addSeparator()
        menu.addAction(self.remove_action)
        menu.popup(self.table.viewport().mapToGlobal(point))

    def _order_locked(self) -> str:
        """Why the kept order cannot be changed now; empty when it can."""
        if self.read_only:
            return self.tr("Rapat ini sudah final: urutan daftar hadir tidak dapat diubah.")
        if self.group_box.isChecked():
            return self.tr(
                "Saat dikelompokkan per instansi, urutan yang tampil bukan urutan daftar hadir. "
                "Matikan Kelompokkan per instansi (Ctrl+G) untuk mengubah urutan."
            )
        return ""

    def _update_order_actions(self) -> None:
        row = self.selected_row()
        position = self.model.row_of(row.id) if row else -1
        locked = self._order_locked()
        last = len(self.model.rows()) - 1
        self.move_up_action.setEnabled(not locked and position > 0)
        self.move_down_action.setEnabled(not locked and 0 <= position < last)
        self.move_up_action.setToolTip(locked or self.tr("Naikkan peserta terpilih satu baris"))
        self.move_down_action.setToolTip(locked or self.tr("Turunkan peserta terpilih satu baris"))
        self.remove_action.setEnabled(not self.read_only and row is not None)

    def move_selected(self, offset: int) -> None:
        """Move the selected participant one place up (-1) or down (1); stored at once."""
        row = self.selected_row()
        if row is None or self._order_locked():
            return
        target = self.model.row_of(row.id) + offset
        if not 0 <= target < len(self.model.rows()):
            return
        self.context.write(
            lambda s: att.move_participant(s, row.id, target),
            lambda rows: self._reordered(rows, row.id),
            self._refused,
            "attendance",
        )

    def _reordered(self, rows: list[AttendanceRow], participant_id: int) -> None:
        self.model.set_rows(rows)
        self._select_position(self.model.row_of(participant_id))

    def remove_selected(self) -> None:
        """Take the selected participant off the list, once the user confirms it."""
        row = self.selected_row()
        if row is None or self.read_only:
            return
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Hapus dari daftar hadir"),
            self.tr("Hapus {name} ({institution}) dari daftar hadir?").format(
                name=row.name, institution=row.institution
            ),
            parent=self,
        )
        if row.attended or row.signature_png:
            box.setInformativeText(self.tr("Catatan kehadiran dan tanda tangannya ikut terhapus."))
        remove = box.addButton(self.tr("Hapus"), QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(box.addButton(self.tr("Batal"), QMessageBox.ButtonRole.RejectRole))
        remove.clicked.connect(lambda: self._remove(row))
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()

    def _remove(self, row: AttendanceRow) -> None:
        self.context.write(
            lambda s: att.remove_participant(s, row.id),
            lambda _done: self._removed(row),
            self._refused,
            "attendance",
        )

    def _removed(self, row: AttendanceRow) -> None:
        self.model.remove_row(row.id)
        self._update_counts()
        self._load_pool()  # check-in no longer suggests the line
        self.banner.show_message(
            self.tr("{name} dihapus dari daftar hadir.").format(name=row.name), "ok"
        )

    # -- invitations -----------------------------------------------------------------------------

    def _after_invite(self, added: int) -> None:
        self.load()
        self._load_pool()
        self.banner.show_message(self.tr("{n} undangan ditambahkan.").format(n=added), "ok")

    def _open_picker(self, dialog: QDialog) -> None:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.added.connect(self._after_invite)
        dialog.open()

    def invite_institution(self) -> None:
        from rapat.ui.invite_dialog import InstitutionPicker

        self._open_picker(InstitutionPicker(self.context, self.meeting_id, self))

    def invite_person(self) -> None:
        from rapat.ui.invite_dialog import PersonPicker

        self._open_picker(PersonPicker(self.context, self.meeting_id, self))

    def import_invitees(self) -> None:
        """Open the invitation-list import; the list is reloaded when rows were imported."""
        from rapat.ui.participant_import_dialog import ParticipantImportDialog

        dialog = ParticipantImportDialog(self.context.db, self.meeting_id, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.imported.connect(self._after_invite)
        dialog.imported.connect(lambda _n: self.context.changed.emit("attendance"))
        dialog.open()

    def copy_invitees(self) -> None:
        from rapat.ui.invite_dialog import MeetingPicker

        self._open_picker(MeetingPicker(self.context, self.meeting_id, self))
