"""Choosing whom to invite: institutions or people from the directory, many at once, or the
invitees of an earlier meeting. Each dialog reads its rows once when it opens; typing filters them
in memory, so a directory of thousands stays quick. What is chosen is stored in one transaction."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from rapat.errors import RapatError
from rapat.i18n import tr
from rapat.models.vocabulary import CATEGORY_LABELS, InstitutionCategory
from rapat.records.meeting import MeetingSummary
from rapat.services import attendance as att
from rapat.services.directory import InstitutionRow, PersonRow, list_institutions, list_people
from rapat.services.meetings import list_meetings
from rapat.ui.context import Context
from rapat.ui.messages import Banner
from rapat.ui.models import Column, Index, RowsModel
from rapat.ui.text import INDONESIAN, short_date
from rapat.ui.text_fit import fit_columns

if TYPE_CHECKING:
    from sqlalchemy.orm import Session


def search_text(*parts: str | None) -> str:
    """A row's searchable parts as one folded text."""
    return " ".join(filter(None, parts)).casefold()


def number(n: int) -> str:
    return INDONESIAN.toString(n)


class ChecklistModel(RowsModel):
    """Rows with a tick box in the first column. Rows already invited show a greyed tick and cannot
    be chosen; the ticks of the others are kept while the shown rows change."""

    def __init__(self, columns: list[Column], invited: set[int], parent: QObject) -> None:
        super().__init__(columns, parent)
        self.invited = invited
        self.checked: set[int] = set()

    def choosable(self, position: int) -> bool:
        return self.row_at(position).id not in self.invited

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.CheckStateRole and index.isValid() and index.column() == 0:
            if index.row() >= self.rowCount():
                return None
            row_id = self.row_at(index.row()).id
            ticked = row_id in self.checked or row_id in self.invited
            return Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked
        return super().data(index, role)

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and not self.choosable(index.row()):
            flags &= ~(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
        return flags

    def toggle(self, position: int) -> None:
        if self.choosable(position):
            self.checked ^= {self.row_at(position).id}
            self.dataChanged.emit(self.index(position, 0), self.index(position, 0))

    def check_shown(self) -> None:
        """Tick every row shown that can be chosen, including those not yet scrolled into view."""
        self.checked |= {row.id for row in self.rows()} - self.invited
        self._repaint_ticks()

    def clear_checks(self) -> None:
        self.checked.clear()
        self._repaint_ticks()

    def _repaint_ticks(self) -> None:
        if self.rowCount():
            self.dataChanged.emit(self.index(0, 0), self.index(self.rowCount() - 1, 0))


class PickerDialog(QDialog):
    """What every invitation picker shares: a search field over a table filtered in memory, an
    empty state in place of the table, a line saying what is chosen, and one button that stores it.

    Keyboard: type to search, ↓ into the list, Enter confirms, Esc cancels.
    """

    added = Signal(int)  # how many lines the attendance list gained

    def __init__(self, context: Context, meeting_id: int, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.context = context
        self.meeting_id = meeting_id
        self._entries: list[tuple[Any, str]] = []
        self.nothing_text = ""  # the empty state when there is nothing at all to choose from
        self.no_match_text = ""  # the empty state when the filters leave nothing
        self.resize(980, 580)
        layout = QVBoxLayout(self)
        self.banner = Banner()
        layout.addWidget(self.banner)
        self.filters = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.refilter)
        self.search.installEventFilter(self)
        self.filters.addWidget(self.search, 1)
        layout.addLayout(self.filters)
        self.hint = QLabel()  # what choosing a row does, where that needs saying
        self.hint.setWordWrap(True)
        self.hint.hide()
        layout.addWidget(self.hint)
        self.table = self._make_table()
        self.empty = QLabel(objectName="emptyState")
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setFrameShape(QLabel.Shape.StyledPanel)  # in the table's place, boxed like it
        self.empty.setBackgroundRole(QPalette.ColorRole.Base)
        self.empty.setAutoFillBackground(True)
        self.empty.setMargin(24)
        self.pages = QStackedWidget()
        self.pages.addWidget(self.table)
        self.pages.addWidget(self.empty)
        layout.addWidget(self.pages, 1)
        self.bottom = QHBoxLayout()
        self.summary = QLabel()
        self.bottom.addWidget(self.summary, 1)
        self.buttons = QDialogButtonBox()
        self.ok = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok.setObjectName("primary")
        self.ok.setDefault(True)
        self.ok.setToolTip(self.tr("Simpan pilihan ke daftar hadir (Enter)"))
        self.ok.setVisible(not context.read_only)  # a reader may look, not invite
        cancel = self.buttons.addButton(self.tr("Batal"), QDialogButtonBox.ButtonRole.RejectRole)
        cancel.setToolTip(self.tr("Tutup tanpa menyimpan (Esc)"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.bottom.addWidget(self.buttons)
        layout.addLayout(self.bottom)
        self.search.setFocus()

    def _make_table(self) -> QTableView:
        table = QTableView()
        table.setAlternatingRowColors(True)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.verticalHeader().hide()
        table.installEventFilter(self)
        return table

    def set_model(self, model: RowsModel, fixed: dict[int, str]) -> None:
        """Show model in the table: the columns in fixed as wide as their sample text, the others
        sharing the rest (measuring contents would read every row at each keystroke)."""
        self.model = model
        self.table.setModel(model)
        shares = {column: 1 for column in range(model.columnCount()) if column not in fixed}
        fit_columns(self.table, fixed, shares)  # in place of the last model's (rapat.ui.text_fit)

    def load(self, work: Callable[[Session], Any], show: Callable[[Any], None]) -> None:
        """Read what there is to choose from in the background; show(result) puts it in."""
        self.empty.setText(self.tr("Membaca…"))
        self.pages.setCurrentWidget(self.empty)
        self.context.query(self, work, show, self.banner.show_error, "entries")

    def set_entries(self, entries: list[tuple[Any, str]]) -> None:
        """The rows to choose from, each with its search text."""
        self._entries = entries
        self.refilter()

    def accepts(self, row: Any) -> bool:
        """Whether a row passes the filters other than the search field."""
        return True

    def refilter(self) -> None:
        words = self.search.text().casefold().split()
        shown = [
            row
            for row, text in self._entries
            if all(word in text for word in words) and self.accepts(row)
        ]
        self.model.set_rows(shown)
        if shown:
            self.pages.setCurrentWidget(self.table)
        else:
            self.empty.setText(self.no_match_text if self._entries else self.nothing_text)
            self.pages.setCurrentWidget(self.empty)
        self.update_summary()

    def update_summary(self) -> None:
        """Say what is chosen and let the button store it when there is something to store."""
        raise NotImplementedError

    def first_choosable(self) -> int:
        return 0 if self.model.rowCount() else -1

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if watched is self.search and self._search_key(event):
                return True
            if watched is self.table and self._table_key(event):
                return True
        return super().eventFilter(watched, event)

    def _search_key(self, event: QKeyEvent) -> bool:
        """↓ from the search field goes to the first row that can be chosen."""
        if event.key() not in (Qt.Key.Key_Down, Qt.Key.Key_PageDown):
            return False
        position = self.first_choosable()
        if position >= 0:
            self.table.setFocus()
            self.table.setCurrentIndex(self.model.index(position, 0))
        return True

    def _table_key(self, event: QKeyEvent) -> bool:
        """↑ on the first row, letters and Backspace go back to the search field."""
        current = self.table.currentIndex()
        if event.key() == Qt.Key.Key_Up and current.row() <= self.first_choosable():
            self.search.setFocus()
            return True
        typing = Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.KeypadModifier
        if event.modifiers() & ~typing:
            return False
        if event.key() == Qt.Key.Key_Backspace:
            self.search.setFocus()
            self.search.backspace()
            return True
        typed = event.text()
        if typed.strip() and typed.isprintable():
            self.search.setFocus()
            self.search.insert(typed)
            return True
        return False

    def store(self, work: Callable[[Session], int]) -> None:
        """Run work in one transaction; on success report how many lines were added and close."""
        self.ok.setEnabled(False)  # a locked database is retried; the choice must not go twice
        self.context.write(work, self._stored, self._refused, "attendance")

    def _stored(self, added: int) -> None:
        self.added.emit(added)
        super().accept()

    def _refused(self, error: RapatError) -> None:
        self.banner.show_error(error)
        self.update_summary()


class ChecklistDialog(PickerDialog):
    """Many rows ticked at once, across searches; those already invited are shown but not choosable."""

    def __init__(
        self,
        context: Context,
        meeting_id: int,
        invited: set[int],
        columns: Callable[[], tuple[list[Column], dict[int, str]]],
        invite: Callable[[Session, int, list[int]], int],
        parent: QWidget | None,
    ) -> None:
        """columns gives the table's columns and the fixed widths (see set_model); it is called
        once the dialog exists, as the titles are translated. invite(session, meeting_id, ids)
        stores the rows ticked."""
        super().__init__(context, meeting_id, parent)
        self._invite = invite
        shown, fixed = columns()
        self.set_model(ChecklistModel(shown, invited, self), fixed)
        self.table.clicked.connect(lambda index: self.choose(index.row()))
        self.check_all = QPushButton(self.tr("&Pilih semua yang tampil"))
        self.check_all.setToolTip(self.tr("Centang semua baris hasil pencarian ini (Alt+P)"))
        self.check_all.clicked.connect(self._check_shown)
        self.clear = QPushButton(self.tr("K&osongkan pilihan"))
        self.clear.setToolTip(self.tr("Hapus semua centang (Alt+O)"))
        self.clear.clicked.connect(self._clear_checks)
        for position, button in enumerate((self.check_all, self.clear)):
            button.setAutoDefault(False)  # Enter always confirms the dialog
            self.bottom.insertWidget(position, button)

    def already_invited(self, row: Any) -> str:
        """The text of the last column: whether the row is already on the list."""
        return self.tr("Sudah diundang") if row.id in self.model.invited else ""

    def accept(self) -> None:
        meeting, chosen, invite = self.meeting_id, sorted(self.model.checked), self._invite
        if chosen:
            self.store(lambda s: invite(s, meeting, chosen))

    def choose(self, position: int) -> None:
        """Tick or untick a row: Space or a click."""
        self.model.toggle(position)
        self.update_summary()

    def _table_key(self, event: QKeyEvent) -> bool:
        current = self.table.currentIndex()
        if event.key() == Qt.Key.Key_Space and current.isValid():
            self.choose(current.row())
            return True
        return super()._table_key(event)

    def first_choosable(self) -> int:
        return next(
            (i for i in range(self.model.rowCount()) if self.model.choosable(i)),
            -1,
        )

    def _check_shown(self) -> None:
        self.model.check_shown()
        self.update_summary()

    def _clear_checks(self) -> None:
        self.model.clear_checks()
        self.update_summary()

    def update_summary(self) -> None:
        chosen = len(self.model.checked)
        self.summary.setText(
            self.tr("{chosen} dipilih · {shown} tampil").format(
                chosen=number(chosen), shown=number(len(self.model.rows()))
            )
        )
        self.ok.setText(self.tr("Undang ({n})").format(n=number(chosen)))
        self.ok.setEnabled(chosen > 0)
        self.clear.setEnabled(chosen > 0)
        self.check_all.setEnabled(any(r.id not in self.model.invited for r in self.model.rows()))


class InstitutionPicker(ChecklistDialog):
    """Undang instansi: every chosen institution's directory people, or one line for it."""

    def __init__(self, context: Context, meeting_id: int, parent: QWidget | None = None) -> None:
        super().__init__(context, meeting_id, set(), self._columns, att.invite_institutions, parent)
        self.setWindowTitle(self.tr("Undang instansi"))
        self.search.setPlaceholderText(self.tr("Cari nama atau singkatan instansi…"))
        self.category = QComboBox()
        self.category.addItem(self.tr("Semua kategori"), None)
        for value, label in CATEGORY_LABELS.items():
            self.category.addItem(tr(label), value.value)
        self.category.currentIndexChanged.connect(self.refilter)
        label = QLabel(self.tr("&Kategori"))
        label.setBuddy(self.category)
        self.filters.addWidget(label)
        self.filters.addWidget(self.category)
        self.hint.setText(
            self.tr(
                "Semua orang instansi yang dikenal direktori ikut diundang; instansi yang belum "
                "punya orang di direktori mendapat satu baris “Pimpinan …”."
            )
        )
        self.hint.show()
        self.nothing_text = self.tr(
            "Direktori belum berisi instansi. Instansi bertambah sendiri setiap kali peserta "
            "dicatat, atau tambahkan di halaman Direktori."
        )
        self.no_match_text = self.tr(
            "Tidak ada instansi yang cocok dengan pencarian dan kategori ini."
        )
        self.load(
            lambda s: (list_institutions(s), att.invited_institutions(s, meeting_id)), self._loaded
        )

    def _loaded(self, found: tuple[list[InstitutionRow], set[int]]) -> None:
        institutions, invited = found
        self.model.invited |= set(invited)
        self.set_entries([(i, search_text(i.name, i.short_name)) for i in institutions])

    def _columns(self) -> tuple[list[Column], dict[int, str]]:
        right = Qt.AlignmentFlag.AlignRight
        columns = [
            Column(self.tr("Instansi"), lambda r: r.name),
            Column(self.tr("Singkatan"), lambda r: r.short_name or ""),
            Column(self.tr("Kategori"), lambda r: tr(CATEGORY_LABELS.get(r.category, ""))),
            Column(self.tr("Orang dikenal"), lambda r: number(r.people), right),
            Column(self.tr("Keterangan"), self.already_invited),
        ]
        fixed = {
            1: "Bawaslu Kab.",
            2: tr(CATEGORY_LABELS[InstitutionCategory.ELECTION]),
            3: self.tr("Orang dikenal"),
            4: self.tr("Sudah diundang"),
        }
        return columns, fixed

    def accepts(self, row: InstitutionRow) -> bool:
        wanted = self.category.currentData()
        return wanted is None or row.category == wanted


class PersonPicker(ChecklistDialog):
    """Undang orang dari direktori: search by any part of name, position, institution or NIP."""

    def __init__(self, context: Context, meeting_id: int, parent: QWidget | None = None) -> None:
        super().__init__(context, meeting_id, set(), self._columns, att.invite_people, parent)
        self.setWindowTitle(self.tr("Undang orang dari direktori"))
        self.search.setPlaceholderText(self.tr("Cari nama, jabatan, instansi atau NIP…"))
        self.nothing_text = self.tr(
            "Direktori belum berisi orang. Orang bertambah sendiri setiap kali peserta dicatat, "
            "atau tambahkan di halaman Direktori."
        )
        self.no_match_text = self.tr("Tidak ada orang yang cocok dengan pencarian ini.")
        self.load(lambda s: (list_people(s), att.invited_people(s, meeting_id)), self._loaded)

    def _loaded(self, found: tuple[list[PersonRow], set[int]]) -> None:
        people, invited = found
        self.model.invited |= set(invited)
        self.set_entries(
            [(p, search_text(p.name, p.position, p.institution, p.nip)) for p in people]
        )

    def _columns(self) -> tuple[list[Column], dict[int, str]]:
        columns = [
            Column(self.tr("Nama"), lambda r: r.name),
            Column(self.tr("Jabatan"), lambda r: r.position or ""),
            Column(self.tr("Instansi"), lambda r: r.institution or ""),
            Column(self.tr("NIP"), lambda r: r.nip or ""),
            Column(self.tr("Keterangan"), self.already_invited),
        ]
        return columns, {3: "000000000000000000", 4: self.tr("Sudah diundang")}


class MeetingPicker(PickerDialog):
    """Salin undangan dari rapat lain: one earlier meeting, newest first, and what copying adds."""

    def __init__(self, context: Context, meeting_id: int, parent: QWidget | None = None) -> None:
        super().__init__(context, meeting_id, parent)
        self.counts: dict[int, int] = {}
        self.setWindowTitle(self.tr("Salin undangan dari rapat lain"))
        self.search.setPlaceholderText(self.tr("Cari judul, tempat atau tanggal rapat…"))
        right = Qt.AlignmentFlag.AlignRight
        model = RowsModel(
            [
                Column(self.tr("Tanggal"), lambda m: short_date(m.date)),
                Column(self.tr("Judul"), lambda m: m.title),
                Column(self.tr("Tempat"), lambda m: m.location),
                Column(self.tr("Peserta"), lambda m: number(self.counts.get(m.id, 0)), right),
            ],
            self,
        )
        self.set_model(
            model, {0: "30 Sep 2024", 2: "Aula Bappeda, Lantai III Kantor", 3: self.tr("Peserta")}
        )
        self.nothing_text = self.tr("Belum ada rapat lain yang undangannya dapat disalin.")
        self.no_match_text = self.tr("Tidak ada rapat yang cocok dengan pencarian ini.")
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self.update_summary())
        self.table.doubleClicked.connect(lambda _index: self.ok.click())
        self.load(lambda s: (list_meetings(s), att.participant_counts(s)), self._loaded)

    def _loaded(self, found: tuple[list[MeetingSummary], dict[int, int]]) -> None:
        meetings, self.counts = found
        self.set_entries(
            [
                (m, search_text(short_date(m.date), m.title, m.location, m.kind))
                for m in meetings
                if m.id != self.meeting_id
            ]
        )

    def refilter(self) -> None:
        super().refilter()
        if self.model.rowCount():
            self.table.setCurrentIndex(self.model.index(0, 0))

    def chosen(self) -> MeetingSummary | None:
        current = self.table.currentIndex()
        return self.model.row_at(current.row()) if current.isValid() else None

    def update_summary(self) -> None:
        """Say how many of the chosen meeting's participants copying adds (read in the
        background: the answer for the meeting chosen last is shown)."""
        earlier = self.chosen()
        if earlier is None:
            self.context.cancel(self, "copyable")
            self._show_copyable(None, 0)
            return
        self.ok.setEnabled(False)  # until the count is read
        meeting = self.meeting_id
        self.context.query(
            self,
            lambda s: att.count_copyable(s, meeting, earlier.id),
            lambda copyable: self._show_copyable(earlier, copyable),
            self.banner.show_error,
            "copyable",
        )

    def _show_copyable(self, earlier: MeetingSummary | None, copyable: int) -> None:
        if earlier is None:
            self.summary.setText(
                self.tr("Pilih rapat yang undangannya akan disalin.") if self._entries else ""
            )
        else:
            self.summary.setText(self._copy_summary(earlier, copyable))
        self.ok.setText(self.tr("Salin ({n})").format(n=number(copyable)))
        self.ok.setEnabled(copyable > 0)

    def _copy_summary(self, earlier: MeetingSummary, copyable: int) -> str:
        total = self.counts.get(earlier.id, 0)
        if total == 0:
            return self.tr("Rapat ini belum punya peserta untuk disalin.")
        if copyable == 0:
            return self.tr("Semua {total} peserta rapat ini sudah ada di daftar.").format(
                total=number(total)
            )
        return self.tr("{n} dari {total} peserta akan diundang; yang sudah ada dilewati.").format(
            n=number(copyable), total=number(total)
        )

    def accept(self) -> None:
        earlier, meeting = self.chosen(), self.meeting_id
        if earlier is not None:
            self.store(lambda s: att.copy_invitees(s, meeting, earlier.id))
