"""Pengaturan → Cadangan: the archive's backups with their date, size and meeting count; making one
now and restoring one, both off the GUI thread."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from rapat import backup
from rapat.dates import clock, plain_date
from rapat.ui.context import Context
from rapat.ui.messages import Banner
from rapat.ui.tasks import run_task


class BackupPage(QWidget):
    """Lists the backups beside the SQLite archive; a restore sets the archive as it is aside first.

    `restored` carries the message to show once a backup has been written back: the window then
    closes, as the confirmation said, so that nothing on screen still shows the replaced data.
    """

    restored = Signal(str)

    def __init__(self, context: Context) -> None:
        super().__init__()
        self.context = context
        self.backups: list[backup.Backup] = []
        layout = QVBoxLayout(self)
        self.note = QLabel(
            self.tr(
                "Rapat mencadangkan arsip sendiri: saat dibuka pertama kali setiap hari (7 cadangan "
                "harian terakhir disimpan), sebelum memperbarui basis data dan sebelum rapat "
                "difinalkan (masing-masing 5 terakhir). Cadangan buatan sendiri disimpan 10 "
                "terakhir."
            )
        )
        self.note.setWordWrap(True)
        layout.addWidget(self.note)
        self.banner = Banner()
        layout.addWidget(self.banner)
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Tanggal"), self.tr("Jenis"), self.tr("Ukuran"), self.tr("Jumlah rapat")]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        layout.addWidget(self.table, 1)
        self.folder = QLabel()
        self.folder.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.folder.setWordWrap(True)
        layout.addWidget(self.folder)
        buttons = QHBoxLayout()
        self.make_button = QPushButton(self.tr("Buat cadangan sekarang"))
        self.make_button.clicked.connect(self.make_now)
        self.restore_button = QPushButton(self.tr("Pulihkan…"))
        self.restore_button.setToolTip(self.tr("Pulihkan arsip dari cadangan yang dipilih"))
        self.restore_button.clicked.connect(self.restore_selected)
        self.file_button = QPushButton(self.tr("Pulihkan dari berkas lain…"))
        self.file_button.clicked.connect(self.restore_from_file)
        for button in (self.make_button, self.restore_button, self.file_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.busy = False
        self._update_buttons()

    @property
    def database(self) -> Path | None:
        return self.context.db.path

    def refresh(self) -> None:
        path = self.database
        if path is None:
            self.note.setText(
                self.tr(
                    "Basis data ini ada di server PostgreSQL: pengelola server mencadangkannya "
                    "(rapat backup -o BERKAS memakai pg_dump)."
                )
            )
            self.table.setRowCount(0)
            self._update_buttons()
            return
        self.folder.setText(
            self.tr("Folder cadangan: {folder}").format(folder=backup.backup_folder(path))
        )
        run_task(lambda: backup.list_backups(path), self._show)

    def _show(self, backups: list[backup.Backup]) -> None:
        self.backups = backups
        self.table.setRowCount(len(backups))
        kinds = {
            backup.DAILY: self.tr("Harian"),
            backup.BEFORE_UPGRADE: self.tr("Sebelum pembaruan"),
            backup.BEFORE_FINALIZE: self.tr("Sebelum finalisasi"),
            backup.BY_HAND: self.tr("Dibuat sendiri"),
            backup.BEFORE_RESTORE: self.tr("Sebelum pemulihan"),
        }
        for row, made in enumerate(backups):
            meetings = "?" if made.meetings is None else str(made.meetings)
            cells = [self._when(made), kinds.get(made.kind, made.kind), _size(made.size), meetings]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column >= 2:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.table.setItem(row, column, item)
        self._update_buttons()

    def _when(self, made: backup.Backup) -> str:
        return self.tr("{date} pukul {time}").format(
            date=plain_date(made.made.date()), time=clock(made.made.time())
        )

    def _update_buttons(self) -> None:
        local = self.context.is_open and self.database is not None
        self.make_button.setEnabled(local and not self.busy)
        self.file_button.setEnabled(local and not self.busy)
        self.restore_button.setEnabled(local and not self.busy and self._selected() is not None)

    def _selected(self) -> backup.Backup | None:
        rows = self.table.selectionModel().selectedRows()
        return self.backups[rows[0].row()] if rows else None

    def make_now(self) -> None:
        path = self.database
        self._start(self.tr("Membuat cadangan…"))
        run_task(lambda: backup.make_backup(path, backup.BY_HAND), self._made, self._failed)

    def _made(self, _path: Path) -> None:
        self._finish()
        self.banner.show_message(self.tr("Cadangan dibuat."), "ok")
        self.refresh()

    def restore_selected(self) -> None:
        chosen = self._selected()
        if chosen is not None:
            self.confirm_restore(chosen)

    def restore_from_file(self) -> None:
        name, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Pilih cadangan"), "", self.tr("Cadangan Rapat (*.db);;Semua berkas (*)")
        )
        if not name:
            return
        try:
            offered = backup.check_backup(Path(name))
        except Exception as error:
            self.banner.show_error(error)
            return
        self.confirm_restore(offered)

    def confirm_restore(self, offered: backup.Backup) -> None:
        """Ask before restoring, saying what will happen; the box is the page's child."""
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Pulihkan cadangan"),
            self.tr("Pulihkan arsip dari cadangan {when} ({meetings} rapat)?").format(
                when=self._when(offered),
                meetings="?" if offered.meetings is None else offered.meetings,
            ),
            parent=self,
        )
        box.setInformativeText(
            self.tr(
                "Arsip yang sekarang disimpan dulu sebagai cadangan “Sebelum pemulihan”, jadi "
                "tidak ada yang hilang. Setelah dipulihkan, jendela Rapat ditutup; buka kembali "
                "Rapat untuk bekerja dengan isi cadangan."
            )
        )
        restore = box.addButton(self.tr("Pulihkan"), QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(box.addButton(self.tr("Batal"), QMessageBox.ButtonRole.RejectRole))
        restore.clicked.connect(lambda: self._restore(offered.path))
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()

    def _restore(self, source: Path) -> None:
        path = self.database
        self._start(self.tr("Memulihkan cadangan…"))
        run_task(lambda: backup.restore(path, source), self._restored, self._failed)

    def _restored(self, aside: Path | None) -> None:
        self._finish()
        message = self.tr("Cadangan dipulihkan.")
        if aside is not None:
            message += " " + self.tr("Arsip sebelumnya disimpan di {path}.").format(path=aside)
        self.banner.show_message(message, "ok", seconds=0)
        self.refresh()
        self.restored.emit(message)

    def _start(self, what: str) -> None:
        self.busy = True
        self._update_buttons()
        self.banner.show_message(what, "info", seconds=0)

    def _finish(self) -> None:
        self.busy = False
        self._update_buttons()

    def _failed(self, error: Exception) -> None:
        self._finish()
        self.banner.show_error(error)


def _size(size: int) -> str:
    if size >= 1_000_000:
        return f"{size / 1_000_000:.1f} MB".replace(".", ",")
    return f"{max(1, round(size / 1000))} KB"
