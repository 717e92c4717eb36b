"""Direktori: institutions and people — search as you type, add, edit, merge duplicates.

An edit sends the version of the entry it was read at: one that someone else changed meanwhile is
refused, and the dialog shows their values (ConflictPanel) beside the person's, which stay in the
form. A login that may only read sees the same tables and opens entries to look, not to change.
"""

from __future__ import annotations

from typing import Any

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

from rapat.errors import Conflict, RapatError
from rapat.i18n import tr
from rapat.models.vocabulary import CATEGORY_LABELS
from rapat.services import directory as d
from rapat.ui.conflict_panel import ConflictPanel
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
    """A small form dialog of one directory entry; it is stored when accepted, based on the
    version it was read at, and a refusal is shown in place. A dialog opened by a login that may
    only read shows the entry without a way to change it.

    A subclass lays out its fields and says what they hold (`values() -> dict`, `fill(dict)`),
    how the other person's version reads (`their_text(theirs) -> str`) and how the values are
    stored (`work(values, version)`, a write for Context.write)."""

    FIELDS: tuple[str, ...] = ()

    def __init__(self, title: str, context: Context, row: Any, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.context, self.row = context, row
        self.version = row.version if row else None
        self.conflict: ConflictPanel | None = None
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
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(
            self.tr("Tutup") if context.read_only else self.tr("Batal")
        )
        self.ok.setVisible(not context.read_only)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.outer.addWidget(buttons)
        self.setMinimumWidth(520)

    def finish(self) -> None:
        """After the fields are laid out: a reader's dialog only shows them."""
        if self.context.read_only:
            for field in self.findChildren(QLineEdit):
                field.setReadOnly(True)
            for box in self.findChildren(QComboBox):
                box.setEnabled(False)

    def accept(self) -> None:
        if not self.context.read_only:
            self.store(self.values())

    def store(self, values: dict[str, Any]) -> None:
        """Store in the background and close once stored; Simpan waits meanwhile, so a second
        Enter does not store twice, and a refusal is shown in place."""
        self.ok.setEnabled(False)
        self.context.write(
            self.work(values, self.version),
            lambda _id: super(_Dialog, self).accept(),
            self._refused,
            "directory",
        )

    def _refused(self, error: Exception) -> None:
        self.ok.setEnabled(True)
        if not isinstance(error, Conflict):
            self.banner.show_error(error)
            return
        if self.conflict is not None:
            self.conflict.deleteLater()
        read = self._read_values()

        def keep_mine() -> None:
            # What the person changed goes over their version; the rest of theirs stays.
            self.conflict, self.version = None, error.version
            mine = self.values()
            merged = {
                key: mine[key] if mine[key] != read.get(key) else error.theirs.get(key)
                for key in self.FIELDS
            }
            self.fill(merged)
            self.store(merged)

        def take_theirs() -> None:
            self.conflict, self.version = None, error.version
            self.fill(dict(error.theirs))

        self.conflict = ConflictPanel(
            error,
            self.their_text(error.theirs),
            keep_mine,
            take_theirs,
            lambda: {"what": "directory", **self.values()},
            self,
        )
        self.outer.insertWidget(self.outer.count() - 1, self.conflict)

    def _read_values(self) -> dict[str, Any]:
        """The entry as it was read when the dialog opened, in the form's terms."""
        return {key: _plain(getattr(self.row, key, None)) for key in self.FIELDS}


def _plain(value: Any) -> Any:
    return "" if value is None else value


class InstitutionDialog(_Dialog):
    FIELDS = d.INSTITUTION_FIELDS

    def __init__(self, context: Context, row: d.InstitutionRow | None, parent: QWidget) -> None:
        super().__init__(
            self.tr("Ubah instansi") if row else self.tr("Instansi baru"), context, row, parent
        )
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
        self.finish()

    def values(self) -> dict[str, Any]:
        return {
            "name": self.name.text(),
            "short_name": self.short.text(),
            "category": self.category.currentData() if self.row else None,
        }

    def fill(self, values: dict[str, Any]) -> None:
        self.name.setText(values.get("name") or "")
        self.short.setText(values.get("short_name") or "")
        if values.get("category"):
            self.category.setCurrentIndex(self.category.findData(values["category"]))

    def their_text(self, theirs: dict[str, Any]) -> str:
        category = theirs.get("category") or ""
        lines = [
            theirs.get("name") or "",
            self.tr("Singkatan: {short}").format(short=theirs.get("short_name") or "—"),
            self.tr("Kategori: {category}").format(
                category=tr(CATEGORY_LABELS.get(category, category))
            ),
        ]
        return "\n".join(lines)

    def work(self, values: dict[str, Any], version: int | None):
        row_id = self.row.id if self.row else None
        return lambda s: d.save_institution(
            s, row_id, values["name"], values["short_name"], values["category"], version
        )


class PersonDialog(_Dialog):
    FIELDS = d.PERSON_FIELDS

    def __init__(
        self,
        context: Context,
        row: d.PersonRow | None,
        institutions: list[d.InstitutionRow],
        parent: QWidget,
    ) -> None:
        super().__init__(
            self.tr("Ubah data orang") if row else self.tr("Orang baru"), context, row, parent
        )
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
        self.finish()

    def _read_values(self) -> dict[str, Any]:
        read = super()._read_values()
        read["institution_id"] = self.row.institution_id  # None is "(tanpa instansi)" here
        return read

    def values(self) -> dict[str, Any]:
        return {
            "name": self.name.text(),
            "nip": self.nip.text(),
            "rank": self.rank.text(),
            "position": self.position.text(),
            "phone": self.phone.text(),
            "institution_id": self.institution.currentData(),
        }

    def fill(self, values: dict[str, Any]) -> None:
        for key, field in (
            ("name", self.name),
            ("nip", self.nip),
            ("rank", self.rank),
            ("position", self.position),
            ("phone", self.phone),
        ):
            field.setText(values.get(key) or "")
        self.institution.setCurrentIndex(
            max(0, self.institution.findData(values.get("institution_id")))
        )

    def their_text(self, theirs: dict[str, Any]) -> str:
        index = self.institution.findData(theirs.get("institution_id"))
        institution = self.institution.itemText(index) if theirs.get("institution_id") else ""
        parts = [
            theirs.get("name") or "",
            theirs.get("position") or "",
            institution,
            theirs.get("rank") or "",
            self.tr("NIP {nip}").format(nip=theirs["nip"]) if theirs.get("nip") else "",
            self.tr("Telepon {phone}").format(phone=theirs["phone"]) if theirs.get("phone") else "",
        ]
        return "\n".join(part for part in parts if part)

    def work(self, values: dict[str, Any], version: int | None):
        row_id = self.row.id if self.row else None
        fields = {key: value for key, value in values.items() if key != "name"}
        return lambda s: d.save_person(s, row_id, values["name"], **fields, version=version)


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
        # A login that may only read gets no Tambah or Gabungkan; Ubah opens the entry to look.
        for position, (label, tip, slot) in enumerate(buttons):
            opens = position == 1
            if self.context.read_only and not opens:
                continue
            button = QPushButton(self.tr("Lihat") if self.context.read_only and opens else label)
            button.setToolTip(
                self.tr("Lihat data terpilih (Enter)") if self.context.read_only and opens else tip
            )
            button.clicked.connect(slot)
            row.addWidget(button)
        box.addLayout(row)
        box.addWidget(table, 1)
        table.activated.connect(lambda _i: buttons[1][2]())
        return box

    def refresh(self) -> None:
        """Search the directory in the background; the latest search's answer is shown."""
        text = self.search.text()
        self.context.query(
            self,
            lambda s: (d.list_institutions(s, text), d.list_people(s, text)),
            lambda found: self._show(text, *found),
            self._refused,
        )

    def _show(
        self, text: str, institutions: list[d.InstitutionRow], people: list[d.PersonRow]
    ) -> None:
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
        self._person_dialog(None)

    def edit_person(self) -> None:
        rows = self._selected(self.people_table, self.people)
        if rows:
            self._person_dialog(rows[0])

    def _person_dialog(self, row: d.PersonRow | None) -> None:
        """The person's dialog, once the institutions to choose from are read."""
        self.context.query(
            self,
            d.list_institutions,
            lambda institutions: self._done(PersonDialog(self.context, row, institutions, self)),
            self._refused,
            "institutions",
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
