"""Direktori: institutions and people — search as you type, add, edit, merge duplicates."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from rapat.errors import RapatError
from rapat.i18n import tr
from rapat.models.vocabulary import CATEGORY_LABELS
from rapat.services import directory as d
from rapat.ui.context import Context
from rapat.ui.debounce import Debounced
from rapat.ui.messages import Banner
from rapat.ui.models import Column, RowsModel
from rapat.ui.text_fit import fit_columns


def _table(model: RowsModel) -> QTableView:
    table = QTableView()
    table.setModel(model)
    table.setAlternatingRowColors(True)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    table.verticalHeader().hide()
    return table


class _Dialog(QDialog):
    """A small form dialog; the record is stored when accepted, and a refusal is shown in place."""

    def __init__(self, title: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.outer = QVBoxLayout(self)
        self.banner = Banner()
        self.outer.addWidget(self.banner)
        self.form = QFormLayout()
        self.outer.addLayout(self.form)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("Simpan"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Batal"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.outer.addWidget(buttons)
        self.setMinimumWidth(520)

    def store(self, context: Context, work) -> None:
        """Store in the background and close once stored; Simpan waits meanwhile, so a second
        Enter does not store twice, and a refusal is shown in place."""

        def refused(error: Exception) -> None:
            self.ok.setEnabled(True)
            self.banner.show_error(error)

        self.ok.setEnabled(False)
        context.write(work, lambda _id: super(_Dialog, self).accept(), refused, "directory")


class InstitutionDialog(_Dialog):
    def __init__(self, context: Context, row: d.InstitutionRow | None, parent: QWidget) -> None:
        super().__init__(self.tr("Ubah instansi") if row else self.tr("Instansi baru"), parent)
        self.context, self.row = context, row
        self.name = QLineEdit(row.name if row else "")
        self.short = QLineEdit((row.short_name or "") if row else "")
        self.category = QComboBox()
        for value, label in CATEGORY_LABELS.items():
            self.category.addItem(tr(label), value.value)
        if row:
            self.category.setCurrentIndex(self.category.findData(row.category))
        self.form.addRow(self.tr("Nama instansi"), self.name)
        self.form.addRow(self.tr("Singkatan"), self.short)
        self.form.addRow(self.tr("Kategori"), self.category)

    def accept(self) -> None:
        row_id = self.row.id if self.row else None
        name, short = self.name.text(), self.short.text()
        category = self.category.currentData() if self.row else None
        self.store(self.context, lambda s: d.save_institution(s, row_id, name, short, category))


class PersonDialog(_Dialog):
    def __init__(
        self,
        context: Context,
        row: d.PersonRow | None,
        institutions: list[d.InstitutionRow],
        parent: QWidget,
    ) -> None:
        super().__init__(self.tr("Ubah data orang") if row else self.tr("Orang baru"), parent)
        self.context, self.row = context, row
        self.name = QLineEdit(row.name if row else "")
        self.name.setPlaceholderText(self.tr("Nama lengkap dengan gelar"))
        self.position = QLineEdit((row.position or "") if row else "")
        self.institution = QComboBox()
        self.institution.setEditable(True)
        self.institution.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.institution.addItem(self.tr("(tanpa instansi)"), None)
        for inst in institutions:
            self.institution.addItem(inst.name, inst.id)
        if row and row.institution_id:
            self.institution.setCurrentIndex(self.institution.findData(row.institution_id))
        self.rank = QLineEdit((row.rank or "") if row else "")
        self.nip = QLineEdit((row.nip or "") if row else "")
        self.nip.setMaxLength(18)
        self.nip.setPlaceholderText(self.tr("18 digit, bila ASN"))
        self.phone = QLineEdit((row.phone or "") if row else "")
        for label, widget in (
            (self.tr("Nama"), self.name),
            (self.tr("Jabatan"), self.position),
            (self.tr("Instansi"), self.institution),
            (self.tr("Pangkat/Gol."), self.rank),
            (self.tr("NIP"), self.nip),
            (self.tr("Telepon"), self.phone),
        ):
            self.form.addRow(label, widget)

    def accept(self) -> None:
        row_id = self.row.id if self.row else None
        values = {
            "institution_id": self.institution.currentData(),
            "nip": self.nip.text(),
            "rank": self.rank.text(),
            "position": self.position.text(),
            "phone": self.phone.text(),
        }
        name = self.name.text()
        self.store(self.context, lambda s: d.save_person(s, row_id, name, **values))


class DirectoryView(QWidget):
    def __init__(self, context: Context) -> None:
        super().__init__()
        self.context = context
        self._search_later = Debounced(self._search, 150)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        header = QHBoxLayout()
        header.addWidget(QLabel(self.tr("Direktori"), objectName="pageTitle"))
        header.addStretch(1)
        layout.addLayout(header)
        self.banner = Banner()
        layout.addWidget(self.banner)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Cari nama, jabatan, NIP atau instansi… (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._search_later)
        QShortcut(QKeySequence.StandardKey.Find, self, activated=self.search.setFocus)
        layout.addWidget(self.search)
        columns = QHBoxLayout()
        columns.setSpacing(16)
        self.institutions = RowsModel(
            [
                Column(self.tr("Instansi"), lambda r: r.name),
                Column(self.tr("Singkatan"), lambda r: r.short_name or ""),
                Column(
                    self.tr("Kategori"),
                    lambda r: tr(CATEGORY_LABELS.get(r.category, r.category)),
                ),
                Column(self.tr("Orang"), lambda r: str(r.people), Qt.AlignmentFlag.AlignRight),
            ],
            self,
        )
        self.people = RowsModel(
            [
                Column(self.tr("Nama"), lambda r: r.name),
                Column(self.tr("Jabatan"), lambda r: r.position or ""),
                Column(self.tr("Instansi"), lambda r: r.institution or ""),
                Column(self.tr("NIP"), lambda r: r.nip or ""),
            ],
            self,
        )
        self.institution_table = _table(self.institutions)
        self.people_table = _table(self.people)
        # Names wrap over two lines in their share of the width (rapat.ui.text_fit).
        fit_columns(
            self.institution_table,
            fixed={1: "Disdukcapil", 2: "Penyelenggara Pemilu", 3: self.tr("Orang")},
            shares={0: 1},
        )
        fit_columns(self.people_table, fixed={3: "199001012015031001"}, shares={0: 3, 1: 3, 2: 3})
        self.institution_table.doubleClicked.connect(lambda _i: self.edit_institution())
        self.people_table.doubleClicked.connect(lambda _i: self.edit_person())
        columns.addLayout(
            self._side(
                self.tr("Instansi"),
                self.institution_table,
                [
                    (self.tr("Tambah"), self.tr("Tambah instansi"), self.add_institution),
                    (
                        self.tr("Ubah"),
                        self.tr("Ubah instansi terpilih (Enter)"),
                        self.edit_institution,
                    ),
                    (
                        self.tr("Gabungkan"),
                        self.tr("Gabungkan dua instansi yang sama (pilih keduanya dengan Ctrl)"),
                        self.merge_institutions,
                    ),
                ],
            ),
            1,
        )
        columns.addLayout(
            self._side(
                self.tr("Orang"),
                self.people_table,
                [
                    (self.tr("Tambah"), self.tr("Tambah orang"), self.add_person),
                    (
                        self.tr("Ubah"),
                        self.tr("Ubah data orang terpilih (Enter)"),
                        self.edit_person,
                    ),
                    (
                        self.tr("Gabungkan"),
                        self.tr("Gabungkan dua data orang yang sama (pilih keduanya dengan Ctrl)"),
                        self.merge_people,
                    ),
                ],
            ),
            1,
        )
        layout.addLayout(columns, 1)
        self.empty = QLabel(
            self.tr(
                "Direktori masih kosong. Ia terisi sendiri saat rapat dicatat, atau tambahkan instansi."
            ),
            objectName="emptyState",
        )
        layout.addWidget(self.empty)
        self.setFocusProxy(self.search)

    def _side(self, title: str, table: QTableView, buttons: list) -> QVBoxLayout:
        box = QVBoxLayout()
        row = QHBoxLayout()
        row.addWidget(QLabel(title, objectName="sectionTitle"))
        row.addStretch(1)
        for label, tip, slot in buttons:
            button = QPushButton(label)
            button.setToolTip(tip)
            button.clicked.connect(slot)
            row.addWidget(button)
        box.addLayout(row)
        box.addWidget(table, 1)
        table.activated.connect(lambda _i: buttons[1][2]())
        return box

    def refresh(self) -> None:
        text = self.search.text()
        institutions, people = self.context.read(
            lambda s: (d.list_institutions(s, text), d.list_people(s, text))
        )
        self.institutions.set_rows(institutions)
        self.people.set_rows(people)
        self.empty.setVisible(not institutions and not people and not text.strip())

    def _search(self, _text: str = "") -> None:
        self.refresh()

    def _selected(self, table: QTableView, model: RowsModel) -> list:
        return [model.row_at(i.row()) for i in table.selectionModel().selectedRows()]

    def _done(self, dialog: QDialog) -> None:
        if dialog.exec():
            self.refresh()

    def add_institution(self) -> None:
        self._done(InstitutionDialog(self.context, None, self))

    def edit_institution(self) -> None:
        rows = self._selected(self.institution_table, self.institutions)
        if rows:
            self._done(InstitutionDialog(self.context, rows[0], self))

    def add_person(self) -> None:
        self._done(PersonDialog(self.context, None, self.context.read(d.list_institutions), self))

    def edit_person(self) -> None:
        rows = self._selected(self.people_table, self.people)
        if rows:
            self._done(
                PersonDialog(self.context, rows[0], self.context.read(d.list_institutions), self)
            )

    def _merge(self, rows: list, label, merge) -> None:
        if len(rows) != 2:
            self.banner.show_message(
                self.tr("Pilih tepat dua baris yang sama (Ctrl+klik) untuk digabung."), "error"
            )
            return
        names = [label(r) for r in rows]
        kept, ok = QInputDialog.getItem(
            self,
            self.tr("Gabungkan duplikat"),
            self.tr("Data yang dipertahankan:"),
            names,
            0,
            False,
        )
        if not ok:
            return
        keep = rows[names.index(kept)]
        drop = rows[1 - names.index(kept)]
        self.context.write(
            lambda s: merge(s, keep.id, drop.id),
            lambda _none: self._merged(label(drop), label(keep)),
            self._refused,
            "directory",
        )

    def _merged(self, dropped: str, kept: str) -> None:
        self.refresh()
        self.banner.show_message(self.tr("{a} digabung ke {b}.").format(a=dropped, b=kept), "ok")

    def _refused(self, error: RapatError) -> None:
        self.banner.show_error(error)

    def merge_institutions(self) -> None:
        rows = self._selected(self.institution_table, self.institutions)
        self._merge(rows, lambda r: r.name, d.merge_institutions)

    def merge_people(self) -> None:
        rows = self._selected(self.people_table, self.people)
        self._merge(rows, lambda r: f"{r.name} ({r.institution or '-'})", d.merge_people)
