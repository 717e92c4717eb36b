"""The register's filter bar: institution, PIC, status, meeting and due dates, as ActionFilter.

RegisterFilters is a part of RegisterView: it builds the filter widgets, reads them as criteria,
sets them from criteria (Beranda's shortcuts), and reloads their choices.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPushButton,
)

from rapat.i18n import tr
from rapat.models.vocabulary import ActionStatus
from rapat.services.actions import ActionFilter, action_institutions
from rapat.services.meetings import list_meetings
from rapat.ui.date_field import DateField
from rapat.ui.register_model import action_status
from rapat.ui.text import short_date

UNFINISHED = "unfinished"


class RegisterFilters:
    """Build, read and set the register's filters."""

    def _filters(self) -> QGridLayout:
        grid = QGridLayout()
        grid.setHorizontalSpacing(8)
        self.institution = QComboBox(editable=True)
        self.institution.lineEdit().setPlaceholderText(tr("Semua instansi"))
        self.institution.lineEdit().setClearButtonEnabled(True)
        self.institution.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.institution.completer().setFilterMode(Qt.MatchFlag.MatchContains)
        self.institution.completer().setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.institution.editTextChanged.connect(self._filter_later)
        self.person = QLineEdit(placeholderText=tr("Semua PIC"), clearButtonEnabled=True)
        self.person.textChanged.connect(self._filter_later)
        self.status = QComboBox()
        self.status.addItem(tr("Semua status"), None)
        self.status.addItem(tr("Belum selesai"), UNFINISHED)
        for status in ActionStatus:
            self.status.addItem(action_status(status), status.value)
        self.status.currentIndexChanged.connect(self._filter_later)
        self.overdue = QCheckBox(tr("Melewati tenggat"))
        self.overdue.toggled.connect(self._filter_later)
        self.due_from, self.due_until = self._date_edit(), self._date_edit()
        self.meeting = QComboBox(editable=True)
        self.meeting.lineEdit().setPlaceholderText(tr("Semua rapat"))
        self.meeting.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.meeting.completer().setFilterMode(Qt.MatchFlag.MatchContains)
        self.meeting.completer().setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.meeting.currentIndexChanged.connect(self._filter_later)
        self.meeting.editTextChanged.connect(self._filter_later)
        clear = QPushButton(tr("Hapus saringan"))
        clear.setToolTip(tr("Tampilkan semua tindak lanjut"))
        clear.clicked.connect(self.clear_filters)
        cells = [
            (0, 0, tr("&Instansi"), self.institution, 3),
            (0, 4, tr("&PIC"), self.person, 1),
            (0, 6, tr("&Status"), self.status, 1),
            (1, 0, tr("&Rapat"), self.meeting, 3),
            (1, 4, tr("Tenggat &dari"), self.due_from, 1),
            (1, 6, tr("s.d."), self.due_until, 1),
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
        edit = DateField(optional=True, display_format="d MMM yyyy", empty_text=tr("—"))
        edit.dateChanged.connect(self._filter_later)
        return edit

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
        """Reload the filter choices and then the rows (when the page is shown), in the background."""
        self.context.query(
            self,
            lambda s: (action_institutions(s), list_meetings(s)),
            self._show_choices,
            self.banner.show_error,
            "choices",
        )

    def _show_choices(self, choices: tuple[list[str], list]) -> None:
        institutions, meetings = choices
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


def _date_of(edit: DateField) -> date | None:
    return edit.day()
