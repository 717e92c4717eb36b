"""Import an invitation list into a meeting: choose the file, check the columns, preview every row,
then store them all at once. Reading, previewing and storing run off the GUI thread."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from openpyxl.utils import get_column_letter
from PySide6.QtCore import QAbstractTableModel, QLocale, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QColor, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from rapat.i18n import tr
from rapat.models.vocabulary import ATTENDANCE_LABELS, AttendanceStatus
from rapat.services.participant_import import (
    FIELDS,
    ImportPreview,
    PreviewRow,
    Roster,
    SourceTable,
    build_preview,
    import_participants,
    meeting_roster,
    read_table,
)
from rapat.ui.context import Context
from rapat.ui.messages import Banner, error_text

BATCH = 500
PROBLEM_COLUMN, FIRST_FIELD_COLUMN = 1, 2  # problems beside the row number, always in sight
PROBLEM_WIDTH, FIELD_WIDTH = 300, 190
PROBLEM_BACKGROUND = QColor("#fdecea")


def _locale() -> QLocale:
    return QLocale(QLocale.Language.Indonesian, QLocale.Country.Indonesia)


class PreviewModel(QAbstractTableModel):
    """The preview's rows, handed to the view in batches as it scrolls; problem rows tinted."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[PreviewRow] = []
        self._loaded = 0
        self._headers = [
            self.tr("Baris"),
            self.tr("Masalah"),
            self.tr("Nama"),
            self.tr("Jabatan"),
            self.tr("Instansi"),
            self.tr("NIP"),
            self.tr("Pangkat/Golongan"),
            self.tr("No. HP"),
            self.tr("Keterangan"),
            self.tr("Mewakili"),
            self.tr("Jam Hadir"),
        ]

    def set_rows(self, rows: list[PreviewRow]) -> None:
        self.beginResetModel()
        self._rows = rows
        self._loaded = min(BATCH, len(rows))
        self.endResetModel()

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else self._loaded

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def canFetchMore(self, parent: QModelIndex) -> bool:
        return not parent.isValid() and self._loaded < len(self._rows)

    def fetchMore(self, parent: QModelIndex) -> None:
        if parent.isValid():
            return
        more = min(BATCH, len(self._rows) - self._loaded)
        self.beginInsertRows(QModelIndex(), self._loaded, self._loaded + more - 1)
        self._loaded += more
        self.endInsertRows()

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or index.row() >= self._loaded:
            return None
        row = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._text(row, index.column())
        if role == Qt.ItemDataRole.BackgroundRole and row.problems:
            return PROBLEM_BACKGROUND
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _text(self, row: PreviewRow, column: int) -> str:
        r = row.record
        values = [
            str(row.line),
            "; ".join(row.problems),
            r.name,
            r.position,
            r.institution,
            r.nip,
            r.rank,
            r.phone,
            tr(ATTENDANCE_LABELS[AttendanceStatus(r.status)]),
            r.representing,
            r.check_in.strftime("%H.%M") if r.check_in else None,
        ]
        return values[column] or ""


@dataclass
class _Loaded:
    table: SourceTable
    roster: Roster
    preview: ImportPreview


class ParticipantImportDialog(QDialog):
    """Choose an .xlsx or .csv list, adjust the columns, see every row, and import a clean list."""

    imported = Signal(int)  # how many participants were added

    def __init__(self, context: Context, meeting_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.meeting_id = meeting_id
        self._loaded: _Loaded | None = None
        self.setWindowTitle(self.tr("Impor daftar undangan"))
        self.resize(1120, 640)
        self.model = PreviewModel(self)
        self._build()
        self._show_state(self.tr("Pilih berkas Excel (.xlsx) atau CSV berisi daftar undangan."))

    @property
    def preview(self) -> ImportPreview | None:
        return self._loaded.preview if self._loaded else None

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.file_label = QLabel(self.tr("Belum ada berkas dipilih."))
        self.choose_button = QPushButton(self.tr("Pilih berkas…"))
        self.choose_button.setShortcut(QKeySequence.StandardKey.Open)
        self.choose_button.setToolTip(self.tr("Pilih berkas daftar undangan (Ctrl+O)"))
        self.choose_button.clicked.connect(self._choose_file)
        top.addWidget(self.file_label, 1)
        top.addWidget(self.choose_button)
        layout.addLayout(top)

        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setMaximumHeight(6)
        self.busy.setTextVisible(False)
        self.busy.hide()
        layout.addWidget(self.busy)
        self.message = Banner()
        layout.addWidget(self.message)

        layout.addWidget(self._mapping_box())

        self.only_problems = QCheckBox(self.tr("Hanya tampilkan baris bermasalah"))
        self.only_problems.toggled.connect(self._show_rows)
        layout.addWidget(self.only_problems)

        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        layout.addWidget(self.table, 1)

        bottom = QHBoxLayout()
        self.summary = QLabel()
        bottom.addWidget(self.summary, 1)
        self.buttons = QDialogButtonBox()
        self.import_button = self.buttons.addButton(
            self.tr("Impor"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.import_button.setToolTip(
            self.tr("Simpan semua baris ke daftar hadir (aktif bila tidak ada masalah)")
        )
        self.import_button.setDefault(True)
        self.import_button.setEnabled(False)
        self.import_button.setVisible(not self.context.read_only)  # a reader may only preview
        self.buttons.addButton(self.tr("Batal"), QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self._import)
        self.buttons.rejected.connect(self.reject)
        bottom.addWidget(self.buttons)
        layout.addLayout(bottom)

    def _mapping_box(self) -> QGroupBox:
        labels = {
            "name": self.tr("Nama"),
            "position": self.tr("Jabatan"),
            "institution": self.tr("Instansi"),
            "nip": self.tr("NIP"),
            "rank": self.tr("Pangkat/Golongan"),
            "phone": self.tr("No. HP"),
            "status": self.tr("Keterangan"),
            "representing": self.tr("Mewakili"),
            "check_in": self.tr("Jam Hadir"),
        }
        box = QGroupBox(self.tr("Kolom di berkas"))
        grid = QGridLayout(box)
        self.combos: dict[str, QComboBox] = {}
        for i, fieldname in enumerate(FIELDS):
            combo = QComboBox()
            combo.setMinimumContentsLength(18)
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setEnabled(False)
            combo.currentIndexChanged.connect(self._remap)
            label = QLabel(labels[fieldname])
            label.setBuddy(combo)
            row, column = divmod(i, 3)
            grid.addWidget(label, row, column * 2)
            grid.addWidget(combo, row, column * 2 + 1)
            grid.setColumnStretch(column * 2 + 1, 1)
            self.combos[fieldname] = combo
        return box

    def _choose_file(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Pilih daftar undangan"),
            "",
            self.tr("Daftar undangan (*.xlsx *.csv *.txt);;Semua berkas (*)"),
        )
        if path:
            self.open_file(path)

    def open_file(self, path: str | Path) -> None:
        """Read the file and preview it in the background."""
        self._loaded = None
        self.file_label.setText(Path(path).name)
        self._set_busy(True, self.tr("Membaca {file}…").format(file=Path(path).name))
        meeting_id = self.meeting_id

        def load(session) -> _Loaded:
            table = read_table(path)
            roster = meeting_roster(session, meeting_id)
            return _Loaded(table, roster, build_preview(table, roster))

        # One topic for reading and re-checking: a newer file or mapping drops the older answer.
        self.context.query(self, load, self._loaded_file, self._failed)

    def _loaded_file(self, loaded: _Loaded) -> None:
        self._loaded = loaded
        self._fill_combos(loaded.table.headers, loaded.preview.mapping)
        self._show_preview(loaded.preview)

    def _fill_combos(self, headers: tuple[str, ...], mapping: dict[str, int | None]) -> None:
        for fieldname, combo in self.combos.items():
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(self.tr("(tidak dipakai)"), None)
            for column, heading in enumerate(headers):
                combo.addItem(f"{get_column_letter(column + 1)}: {heading}", column)
            chosen = mapping.get(fieldname)
            combo.setCurrentIndex(0 if chosen is None else chosen + 1)
            combo.setEnabled(True)
            combo.blockSignals(False)

    def _remap(self) -> None:
        if self._loaded is None:
            return
        mapping = {f: combo.currentData() for f, combo in self.combos.items()}
        table, roster = self._loaded.table, self._loaded.roster
        self._set_busy(True, self.tr("Memeriksa ulang baris…"))
        self.context.query(
            self, lambda _s: build_preview(table, roster, mapping), self._remapped, self._failed
        )

    def _remapped(self, preview: ImportPreview) -> None:
        if self._loaded is None:
            return
        self._loaded.preview = preview
        self._show_preview(preview)

    def _show_preview(self, preview: ImportPreview) -> None:
        self._set_busy(False)
        self._show_rows()
        locale = _locale()
        ready = len(preview.rows) - preview.bad_rows
        self.summary.setText(
            self.tr("{ready} baris siap, {bad} baris bermasalah").format(
                ready=locale.toString(ready), bad=locale.toString(preview.bad_rows)
            )
        )
        if preview.problems:
            self._show_state("\n".join(preview.problems), error=True)
        elif preview.bad_rows:
            self._show_state(
                self.tr(
                    "Perbaiki baris yang ditandai di berkasnya lalu pilih lagi, atau ubah pilihan "
                    "kolom. Tidak ada yang disimpan sampai semua baris siap."
                ),
                error=True,
            )
        else:
            self._show_state(
                self.tr("Semua baris siap. Tekan Impor untuk menyimpan ke daftar hadir.")
            )
        self.import_button.setEnabled(preview.ok)

    def _show_rows(self) -> None:
        preview = self.preview
        rows = preview.rows if preview else []
        if self.only_problems.isChecked():
            rows = [row for row in rows if row.problems]
        self.model.set_rows(rows)
        self.table.resizeColumnsToContents()
        header = self.table.horizontalHeader()
        mapping = preview.mapping if preview else {}
        for column in range(self.model.columnCount()):
            cap = PROBLEM_WIDTH if column == PROBLEM_COLUMN else FIELD_WIDTH
            header.resizeSection(column, min(header.sectionSize(column), cap))
        for offset, fieldname in enumerate(FIELDS, start=FIRST_FIELD_COLUMN):
            self.table.setColumnHidden(offset, preview is not None and mapping[fieldname] is None)

    def _import(self) -> None:
        preview = self.preview
        if preview is None or not preview.ok:
            return
        meeting_id = self.meeting_id
        self.context.cancel(self)  # a preview still on its way no longer matters
        self._set_busy(True, self.tr("Menyimpan peserta…"))
        self.context.write(
            lambda s: import_participants(s, meeting_id, preview),
            self._stored,
            self._failed,
            "attendance",
        )

    def _stored(self, count: int) -> None:
        self._set_busy(False)
        self.imported.emit(count)
        self.accept()

    def _failed(self, error: Exception) -> None:
        self._set_busy(False)
        text = error_text(error)  # a bug's traceback is already in the log (rapat.ui.tasks)
        if self._loaded is None:
            self.model.set_rows([])
            self.summary.clear()
            for combo in self.combos.values():
                combo.clear()
                combo.setEnabled(False)
        self._show_state(text, error=True)
        self.import_button.setEnabled(False)

    def _set_busy(self, busy: bool, text: str = "") -> None:
        self.busy.setVisible(busy)
        self.choose_button.setEnabled(not busy)
        for combo in self.combos.values():
            combo.setEnabled(not busy and self._loaded is not None)
        if busy:
            self.import_button.setEnabled(False)
            self._show_state(text)

    def _show_state(self, text: str, error: bool = False) -> None:
        self.message.show_message(text, "error" if error else "info", seconds=0)
