"""Tindak Lanjut of one meeting: what, which institution, who, by when, status — stored as typed."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QAction, QColor, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QCompleter,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QSplitter,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from rapat.errors import RapatError
from rapat.i18n import tr
from rapat.models.vocabulary import ACTION_LABELS, ActionStatus
from rapat.services import actions as act
from rapat.services import minutes as mn
from rapat.services.attendance import list_attendance
from rapat.services.directory import list_institutions
from rapat.services.meetings import load_meeting
from rapat.ui.autosave import Autosaver, CallCommand, TextCommand
from rapat.ui.context import Context
from rapat.ui.date_field import DateField
from rapat.ui.messages import Banner
from rapat.ui.models import Column, RowsModel
from rapat.ui.notula_fields import TextBox, TitleField
from rapat.ui.text import short_date, zoned_moment
from rapat.ui.text_fit import fit_columns

OPEN = (ActionStatus.OPEN.value, ActionStatus.IN_PROGRESS.value)


def overdue_days(row: mn.MinutesAction, today: date) -> int:
    if row.due is None or row.status not in OPEN:
        return 0
    return max(0, (today - row.due).days)


class ActionsModel(RowsModel):
    """The meeting's actions; a due date that has passed on an open action is shown in red."""

    def __init__(self, parent=None) -> None:
        super().__init__(
            [
                Column(tr("No"), lambda r: "", Qt.AlignmentFlag.AlignRight),
                Column(tr("Uraian"), lambda r: " ".join(r.description.split())),
                Column(tr("Instansi"), lambda r: r.institution),
                Column(tr("PIC"), lambda r: r.person or ""),
                Column(tr("Tenggat"), self._due),
                Column(tr("Status"), lambda r: tr(ACTION_LABELS.get(r.status, r.status))),
            ],
            parent,
        )
        self.today = date.today()

    def _due(self, row: mn.MinutesAction) -> str:
        if row.due is None:
            return ""
        late = overdue_days(row, self.today)
        text = short_date(row.due)
        return self.tr("{date} (lewat {n} hari)").format(date=text, n=late) if late else text

    def data(self, index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= self.rowCount():
            return None
        if index.column() == 0 and role == Qt.ItemDataRole.DisplayRole:
            return str(index.row() + 1)
        if role == Qt.ItemDataRole.ForegroundRole and index.column() == 4:
            row = self.row_at(index.row())
            return QColor("#b42318") if overdue_days(row, self.today) else None
        return super().data(index, role)


class ActionItemsView(QWidget):
    """The Tindak Lanjut tab: a table of the meeting's actions and a form for the selected one."""

    changed = Signal()
    reveal = Signal()

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
        self._loading = False
        self._known: dict[str, str] = {}
        self._build()
        self._load_choices()
        self.load()

    # -- layout ----------------------------------------------------------------------------------

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        self.banner = Banner()
        layout.addWidget(self.banner)
        bar = QHBoxLayout()
        self.add_action = self._command(
            self.tr("+ Tindak lanjut"), "Ctrl+Shift+T", lambda: self.create({}), bar
        )
        self.delete_action = self._command(self.tr("Hapus"), "Ctrl+Shift+Del", self.delete, bar)
        bar.addStretch(1)
        layout.addLayout(bar)
        splitter = QSplitter(Qt.Orientation.Vertical)
        self.model = ActionsModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        # Short values get fixed widths; the description, institution and person share the rest
        # and wrap over two lines (rapat.ui.text_fit).
        fit_columns(
            self.table,
            fixed={0: "0000", 4: "30 Des 2024 (lewat 100 hari)", 5: "Sedang dikerjakan"},
            shares={1: 4, 2: 3, 3: 2},
        )
        self.table.selectionModel().currentRowChanged.connect(self._selected)
        self.table.activated.connect(lambda _index: self.description.setFocus())
        splitter.addWidget(self.table)
        splitter.addWidget(self._form())
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout.addWidget(splitter, 1)
        self.empty = QLabel(
            self.tr(
                "Belum ada tindak lanjut. Ctrl+T pada pokok pembahasan atau keputusan di Notula "
                "menjadikannya tindak lanjut."
            ),
            objectName="emptyState",
        )
        self.empty.setWordWrap(True)
        layout.addWidget(self.empty)
        if self.read_only:
            self.add_action.setEnabled(False)
            self.delete_action.setEnabled(False)

    def _command(self, label: str, keys: str, slot, bar: QHBoxLayout) -> QAction:
        action = QAction(label, self)
        action.setShortcut(QKeySequence(keys))
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.setToolTip(f"{label.lstrip('+ ')} ({keys})")
        action.triggered.connect(slot)
        self.addAction(action)
        button = QToolButton()
        button.setDefaultAction(action)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        bar.addWidget(button)
        return action

    def _form(self) -> QWidget:
        form_widget = QWidget()
        form = QFormLayout(form_widget)
        form.setContentsMargins(0, 6, 0, 0)
        self.description = TextBox(self.tr("Apa yang harus dikerjakan…"))
        self.description.undo_stack = self.undo_stack
        self.description.textChanged.connect(lambda: self._typed("description"))
        self.institution = TitleField()
        self.institution.undo_stack = self.undo_stack
        self.institution.setPlaceholderText(self.tr("Instansi penanggung jawab"))
        self.institution.textChanged.connect(lambda _t: self._typed("institution"))
        self.person = TitleField()
        self.person.undo_stack = self.undo_stack
        self.person.setPlaceholderText(self.tr("Nama PIC (boleh kosong)"))
        self.person.textChanged.connect(lambda _t: self._typed("person"))
        self.due = DateField(optional=True, empty_text=self.tr("Tanpa tenggat"))
        self.due.setToolTip(self.tr("Tanggal lampau boleh; tindak lanjut itu tampil terlambat"))
        self.due.editingFinished.connect(self._due_edited)
        self.status = QComboBox()
        for status in ActionStatus:
            self.status.addItem(tr(ACTION_LABELS[status]), status.value)
        self.status.activated.connect(self._status_chosen)
        self.history = QLabel(objectName="emptyState")
        self.history.setWordWrap(True)
        form.addRow(self.tr("Uraian"), self.description)
        form.addRow(self.tr("Instansi"), self.institution)
        form.addRow(self.tr("PIC"), self.person)
        row = QHBoxLayout()
        row.addWidget(self.due)
        row.addWidget(QLabel(self.tr("Status")))
        row.addWidget(self.status)
        row.addStretch(1)
        form.addRow(self.tr("Tenggat"), row)
        form.addRow(self.tr("Riwayat"), self.history)
        for widget in (self.description, self.institution, self.person):
            widget.setReadOnly(self.read_only)
        for widget in (self.due, self.status):
            widget.setEnabled(not self.read_only)
        self.form_widget = form_widget
        return form_widget

    # -- data ------------------------------------------------------------------------------------

    def _load_choices(self) -> None:
        def read(s):
            people = list_attendance(s, self.meeting_id)
            return people, [i.name for i in list_institutions(s)]

        people, directory = self.context.read(read)
        meeting = self.context.read(lambda s: load_meeting(s, self.meeting_id))
        self.due.anchor, self.zone = meeting.date, meeting.timezone
        attended = [p for p in people if p.status in ("present", "represented")] + people
        institutions = list(dict.fromkeys([p.institution for p in attended] + directory))
        names = list(dict.fromkeys(p.name for p in attended))
        for field, choices in ((self.institution, institutions), (self.person, names)):
            completer = QCompleter(choices, field)
            completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            completer.setModelSorting(QCompleter.ModelSorting.UnsortedModel)
            field.setCompleter(completer)
        self.institutions = institutions

    def load(self, select_id: int | None = None) -> None:
        current = select_id if select_id is not None else self.selected_id()
        rows = self.context.read(lambda s: mn.load_minutes(s, self.meeting_id)).actions
        self.model.set_rows(rows)
        self.model.fetch_all()
        self.empty.setVisible(not rows)
        self.form_widget.setEnabled(bool(rows))
        position = self.model.row_of(current) if current is not None else -1
        if position < 0 and rows:
            position = 0
        if position >= 0:
            self.table.selectRow(position)
        self._selected()
        self.changed.emit()

    def rows(self) -> list[mn.MinutesAction]:
        return self.model.rows()

    def selected_id(self) -> int | None:
        index = self.table.currentIndex()
        return self.model.row_at(index.row()).id if index.isValid() else None

    def _selected(
        self,
        _current: QModelIndex | QPersistentModelIndex | None = None,
        _previous: QModelIndex | QPersistentModelIndex | None = None,
    ) -> None:
        action_id = self.selected_id()
        if action_id is None:
            return
        row = self.model.row_at(self.model.row_of(action_id))
        self._loading = True
        try:
            self.description.set_text(row.description)
            self.institution.setText(row.institution)
            self.person.setText(row.person or "")
            self.due.set_day(row.due)
            self.status.setCurrentIndex(self.status.findData(row.status))
            self._known = {
                "description": row.description,
                "institution": row.institution,
                "person": row.person or "",
            }
        finally:
            self._loading = False
        self._show_history(action_id)

    def _show_history(self, action_id: int) -> None:
        changes = self.context.read(lambda s: act.action_history(s, action_id))
        lines = [
            "{at} · {status}{who}{note}".format(
                at=zoned_moment(c.at, self.zone),
                status=tr(ACTION_LABELS.get(c.new_status, c.new_status)),
                who=f" · {c.user}" if c.user else "",
                note=f" — {c.note}" if c.note else "",
            )
            for c in changes
        ]
        self.history.setText("\n".join(lines[-4:]))

    # -- editing ---------------------------------------------------------------------------------

    def _value(self, field: str) -> str:
        if field == "description":
            return self.description.text()
        return (self.institution if field == "institution" else self.person).text()

    def _typed(self, field: str) -> None:
        if self._loading or self.read_only:
            return
        action_id = self.selected_id()
        old, new = self._known.get(field, ""), self._value(field)
        if action_id is None or old == new:
            return
        self._known[field] = new
        key = ("action", action_id, field)
        self.undo_stack.push(TextCommand(self.tr("Mengetik"), key, old, new, self._apply))
        self._mark(action_id, field)

    def _mark(self, action_id: int, field: str) -> None:
        self.autosaver.mark(
            (self.meeting_id, "action", action_id, field), lambda: self._save(action_id, field)
        )

    def _save(self, action_id: int, field: str) -> None:
        position = self.model.row_of(action_id)
        if position < 0:
            return
        value = self._value(field) if self.selected_id() == action_id else None
        if value is None:
            return
        if field != "person" and not value.strip():
            return  # required: the stored value stays until something is typed
        self.context.write(
            lambda s: act.update_action(s, action_id, **{field: value}),
            lambda _n: self._stored(action_id, field, value),
            self._refused,
            "actions",
        )

    def _stored(self, action_id: int, field: str, value: str) -> None:
        position = self.model.row_of(action_id)
        if position >= 0:
            row = self.model.row_at(position)
            values = {**row.__dict__, field: value if value or field != "person" else None}
            self.model.replace_row(mn.MinutesAction(**values))
            self.changed.emit()

    def _apply(self, key, value: str) -> None:
        _kind, action_id, field = key
        position = self.model.row_of(action_id)
        if position < 0:
            return
        self.reveal.emit()
        if self.selected_id() != action_id:
            self.table.selectRow(position)
        self._loading = True
        try:
            if field == "description":
                self.description.set_text(value)
            else:
                (self.institution if field == "institution" else self.person).setText(value)
            self._known[field] = value
        finally:
            self._loading = False
        self._mark(action_id, field)

    def _due_edited(self) -> None:
        action_id = self.selected_id()
        if action_id is None or self._loading or self.read_only:
            return
        row = self.model.row_at(self.model.row_of(action_id))
        new = self.due.day()
        if new == row.due:
            return
        old = row.due
        self._set_due(action_id, new)
        self.undo_stack.push(
            CallCommand(
                self.tr("Ubah tenggat"),
                lambda: self._set_due(action_id, new),
                lambda: self._set_due(action_id, old),
            )
        )

    def _set_due(self, action_id: int, due: date | None) -> None:
        self.context.write(
            lambda s: act.update_action(s, action_id, due=due),
            lambda _n: self.load(action_id),
            self._refused,
            "actions",
        )

    def _status_chosen(self, _index: int) -> None:
        action_id = self.selected_id()
        if action_id is None or self.read_only:
            return
        old = self.model.row_at(self.model.row_of(action_id)).status
        new = self.status.currentData()
        if new == old:
            return
        self._set_status(action_id, new)
        self.undo_stack.push(
            CallCommand(
                self.tr("Ubah status"),
                lambda: self._set_status(action_id, new),
                lambda: self._set_status(action_id, old),
            )
        )

    def _set_status(self, action_id: int, status: str) -> None:
        self.context.write(
            lambda s: act.set_action_status(s, action_id, status),
            lambda _n: self.load(action_id),
            self._refused,
            "actions",
        )

    def _refused(self, error: RapatError) -> None:
        self.banner.show_error(error)

    # -- adding and removing ---------------------------------------------------------------------

    def create(self, request: dict, on_created: Callable[[int], None] | None = None) -> None:
        """A new action, from a point or decision (request carries its text and source) or empty;
        on_created(id) once it is stored."""
        if self.read_only:
            return
        values = {
            "description": request.get("description") or self.tr("Tindak lanjut baru"),
            "institution": request.get("institution") or self.tr("Belum ditentukan"),
            "person": request.get("person"),
            "source_point_id": request.get("source_point_id"),
            "source_decision_id": request.get("source_decision_id"),
        }
        cell: dict[str, int] = {}
        meeting = self.meeting_id

        def add_work(s) -> int:
            cell["id"] = act.add_action(s, meeting, **values)  # read by a removal queued next
            return cell["id"]

        def add(then: Callable[[int], None] | None = None) -> None:
            def done(action_id: int) -> None:
                self._added(action_id)
                if then is not None:
                    then(action_id)

            self.context.write(add_work, done, self._refused, "actions")

        def remove() -> None:
            if "id" in cell:
                self.context.write(
                    lambda s: act.delete_action(s, cell["id"]),
                    lambda _n: self.load(),
                    self._refused,
                    "actions",
                )
                self.reveal.emit()

        def created(action_id: int) -> None:
            self.undo_stack.push(CallCommand(self.tr("Tindak lanjut baru"), add, remove))
            if not request:
                self.reveal.emit()
                self.description.setFocus()
                self.description.selectAll()
            if on_created is not None:
                on_created(action_id)

        add(created)

    def _added(self, action_id: int) -> None:
        self.load(action_id)
        row = self.model.row_at(self.model.row_of(action_id))
        self.banner.show_message(
            self.tr("Tindak lanjut dicatat untuk {who}: {what}").format(
                who=row.institution, what=row.description[:80]
            ),
            "ok",
        )

    def delete(self) -> None:
        action_id = self.selected_id()
        if action_id is None or self.read_only:
            return
        row = self.model.row_at(self.model.row_of(action_id))
        cell = {"id": action_id}
        meeting = self.meeting_id

        def remove() -> None:
            self.context.write(
                lambda s: act.delete_action(s, cell["id"]), lambda _n: self.load(), self._refused
            )

        def restore_work(s) -> int:
            cell["id"] = act.add_action(  # read by a removal queued next
                s,
                meeting,
                row.description,
                row.institution,
                person=row.person,
                due=row.due,
                status=row.status,
                source_point_id=row.source_point_id,
                source_decision_id=row.source_decision_id,
            )
            return cell["id"]

        def restore() -> None:
            self.context.write(restore_work, self.load, self._refused)
            self.reveal.emit()

        self.autosaver.flush()
        remove()
        self.undo_stack.push(CallCommand(self.tr("Hapus tindak lanjut"), remove, restore))

    def flush(self) -> None:
        if self.autosaver is not None:
            self.autosaver.flush()
