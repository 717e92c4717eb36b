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
from rapat.ui.action_conflict import TEXT_FIELDS, ActionConflicts
from rapat.ui.autosave import Autosaver, CallCommand, TextCommand
from rapat.ui.conflict_panel import ConflictPanel
from rapat.ui.context import Context, StoredId
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


class ActionItemsView(ActionConflicts, QWidget):
    """The Tindak Lanjut tab: a table of the meeting's actions and a form for the selected one.

    Read-only for a final meeting and for a login that may only read. Each edit sends the version
    of the action it was based on; an edit someone else overtook is settled by ActionConflicts.
    """

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
        self.read_only = read_only or context.read_only
        self._loading = False
        self._known: dict[str, str] = {}
        self._stored: dict[int, StoredId] = {}  # each action's id and the version last read
        self._shown: int | None = None  # the action the form shows
        self.conflict: ConflictPanel | None = None
        self._conflicted: int | None = None  # the action whose edit was refused as stale
        self._mine: dict[str, Any] = {}  # the person's values of it while another is shown
        self.zone: str | None = None  # the meeting's, once its choices are read
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
        self.form = form
        for widget in (self.description, self.institution, self.person):
            widget.setReadOnly(self.read_only)
        for widget in (self.due, self.status):
            widget.setEnabled(not self.read_only)
        self.form_widget = form_widget
        return form_widget

    # -- data ------------------------------------------------------------------------------------

    def _load_choices(self) -> None:
        meeting_id = self.meeting_id

        def read(s):
            people = list_attendance(s, meeting_id)
            return people, [i.name for i in list_institutions(s)], load_meeting(s, meeting_id)

        self.context.query(self, read, self._show_choices, self._refused, "choices")

    def _show_choices(self, loaded) -> None:
        people, directory, meeting = loaded
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
        if self._shown is not None:  # its history, on the meeting's clock
            self._show_history(self._shown)

    def load(self, select_id: int | None = None, then: Callable[[], None] | None = None) -> None:
        """Read the meeting's actions in the background and show them, selecting select_id (else
        the selected one); then() once they are shown."""
        meeting_id = self.meeting_id

        def read(s):
            return mn.load_minutes(s, meeting_id).actions, act.action_versions(s, meeting_id)

        self.context.query(
            self, read, lambda loaded: self._loaded(*loaded, select_id, then), self._refused
        )

    def _loaded(
        self,
        rows: list[mn.MinutesAction],
        versions: dict[int, int],
        select_id: int | None,
        then: Callable[[], None] | None,
    ) -> None:
        for action_id, version in versions.items():
            stored = self._stored.setdefault(action_id, StoredId(action_id, version))
            # An edit stored since this read has left a newer version: versions only go up.
            stored.version = max(stored.version or 0, version)
        current = select_id if select_id is not None else self.selected_id()
        typing = self._typed_values()
        self.model.set_rows(rows)
        self.model.fetch_all()
        self.empty.setVisible(not rows)
        self.form_widget.setEnabled(bool(rows))
        position = self.model.row_of(current) if current is not None else -1
        if position < 0 and rows:
            position = 0
        self._shown = None  # the form is filled again from the rows just read …
        if position >= 0:
            self.table.selectRow(position)
        self._selected()
        if self._shown is not None and self._shown == typing.get("id"):
            self._put_back(typing)  # … except what the person typed and is not stored yet
        self.changed.emit()
        if then is not None:
            then()

    def _typed_values(self) -> dict[str, Any]:
        """What the person typed into the form that the stored row does not hold yet."""
        if self._shown is None or self.model.row_of(self._shown) < 0:
            return {}
        row = self.model.row_at(self.model.row_of(self._shown))
        typed = {
            field: self._value(field)
            for field in TEXT_FIELDS
            if self._value(field) != (getattr(row, field) or "")
        }
        return {"id": self._shown, **typed} if typed else {}

    def _put_back(self, values: dict[str, Any]) -> None:
        self._loading = True
        try:
            for field in TEXT_FIELDS:
                if field in values:
                    self._set_field(field, values[field])
                    self._known[field] = values[field]
        finally:
            self._loading = False

    def _set_field(self, field: str, value: str) -> None:
        if field == "description":
            self.description.set_text(value)
        else:
            (self.institution if field == "institution" else self.person).setText(value)

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
        if self._conflicted is not None and self._shown == self._conflicted != action_id:
            self._mine = self._form_values()  # the person's values wait while another is shown
        row = self.model.row_at(self.model.row_of(action_id))
        values = self._row_values(row)
        if action_id == self._conflicted and self._shown != action_id and self._mine:
            values = self._mine  # back to the refused action: the person's own values
        self._loading = True
        try:
            for field in TEXT_FIELDS:
                self._set_field(field, values[field])
            self.due.set_day(values["due"])
            self.status.setCurrentIndex(self.status.findData(values["status"]))
            self._known = {field: values[field] for field in TEXT_FIELDS}
        finally:
            self._loading = False
        self._shown = action_id
        if self.conflict is not None:
            self.conflict.setVisible(action_id == self._conflicted)
        self._show_history(action_id)

    @staticmethod
    def _row_values(row: mn.MinutesAction) -> dict[str, Any]:
        return {
            "description": row.description,
            "institution": row.institution,
            "person": row.person or "",
            "due": row.due,
            "status": row.status,
        }

    def _form_values(self) -> dict[str, Any]:
        values = {field: self._value(field) for field in TEXT_FIELDS}
        return {**values, "due": self.due.day(), "status": self.status.currentData()}

    def _show_history(self, action_id: int) -> None:
        self.context.query(
            self,
            lambda s: act.action_history(s, action_id),
            self._show_changes,
            self._refused,
            "history",
        )

    def _show_changes(self, changes: list[act.StatusChange]) -> None:
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

    def _version_of(self, action_id: int) -> StoredId:
        """The action's id and the version its next edit is based on (None: not read yet)."""
        return self._stored.setdefault(action_id, StoredId(action_id))

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
        stored = self._version_of(action_id)
        self.context.write(
            lambda s: act.update_action(s, action_id, stored.version, **{field: value}),
            lambda _n: self._field_stored(action_id, field, value),
            lambda error: self._edit_refused(action_id, error),
            "actions",
            on_commit=lambda version: setattr(stored, "version", version),
            keep={"what": "action", "meeting": self.meeting_id, field: value},
        )

    def _field_stored(self, action_id: int, field: str, value: str) -> None:
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
        stored = self._version_of(action_id)
        self.context.write(
            lambda s: act.update_action(s, action_id, stored.version, due=due),
            lambda _n: self.load(action_id),
            lambda error: self._edit_refused(action_id, error),
            "actions",
            on_commit=lambda version: setattr(stored, "version", version),
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
        stored = self._version_of(action_id)
        self.context.write(
            lambda s: act.set_action_status(s, action_id, status, version=stored.version),
            lambda _n: self.load(action_id),
            lambda error: self._edit_refused(action_id, error),
            "actions",
            on_commit=lambda version: setattr(stored, "version", version),
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
                self._added(action_id, lambda: then(action_id) if then is not None else None)

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

    def _added(self, action_id: int, then: Callable[[], None]) -> None:
        """Show the new action selected, say so, then go on (its form is filled by then)."""

        def shown() -> None:
            position = self.model.row_of(action_id)
            if position >= 0:
                row = self.model.row_at(position)
                self.banner.show_message(
                    self.tr("Tindak lanjut dicatat untuk {who}: {what}").format(
                        who=row.institution, what=row.description[:80]
                    ),
                    "ok",
                )
            then()

        self.load(action_id, shown)

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
            self.context.write(restore_work, lambda action_id: self.load(action_id), self._refused)
            self.reveal.emit()

        self.autosaver.flush()
        remove()
        self.undo_stack.push(CallCommand(self.tr("Hapus tindak lanjut"), remove, restore))

    def flush(self) -> None:
        if self.autosaver is not None:
            self.autosaver.flush()
