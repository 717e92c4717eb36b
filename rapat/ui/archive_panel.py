"""The archive of the notula's revisions in the Dokumen tab: each signing stage kept, saved, opened,
verified, and brought to B-LTA ("Perbarui validasi arsip") once it is signed.

ArchivePanel is a part of DocumentsTab (a mixin, not a QObject: its texts go through the free
tr()).
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from rapat.i18n import tr
from rapat.models.vocabulary import SIGNATURE_FIELD_LABELS
from rapat.services import archive
from rapat.ui.audit_trail import read_only_table
from rapat.ui.document_view import open_in_viewer
from rapat.ui.save_dialog import ask_save_path
from rapat.ui.text import zoned_moment


class ArchivePanel:
    """The archived documents of the meeting, newest first, and what can be done with each."""

    def _archive_box(self) -> QGroupBox:
        box = QGroupBox(tr("Arsip notula"))
        layout = QVBoxLayout(box)
        self.archive_table = read_only_table(
            QTableWidget(), [tr("Revisi"), tr("Keadaan"), tr("Tanggal"), tr("Sidik berkas")]
        )
        self.archive_table.itemSelectionChanged.connect(self._archive_selected)
        self.archive_table.doubleClicked.connect(lambda _index: self.open_archived())
        layout.addWidget(self.archive_table, 1)
        self.archive_empty = QLabel(
            tr("Belum ada notula di arsip. Finalisasi rapat untuk membuat yang pertama.")
        )
        layout.addWidget(self.archive_empty)
        buttons = QHBoxLayout()
        self.save_archived_button = QPushButton(tr("Simpan…"))
        self.save_archived_button.clicked.connect(self.save_archived)
        self.open_archived_button = QPushButton(tr("Buka"))
        self.open_archived_button.clicked.connect(self.open_archived)
        self.verify_archived_button = QPushButton(tr("Periksa keaslian"))
        self.verify_archived_button.clicked.connect(self.verify_archived)
        self.refresh_archived_button = QPushButton(tr("Perbarui validasi arsip"))
        self.refresh_archived_button.setToolTip(
            tr(
                "Tambahkan cap waktu dokumen dan data pencabutan terbaru (PAdES B-LTA), agar tanda "
                "tangan tetap dapat diperiksa setelah sertifikatnya berakhir; perlu layanan cap waktu"
            )
        )
        self.refresh_archived_button.clicked.connect(self.refresh_archived)
        buttons.addWidget(self.refresh_archived_button)
        buttons.addStretch(1)
        for button in (
            self.save_archived_button,
            self.open_archived_button,
            self.verify_archived_button,
        ):
            buttons.addWidget(button)
        layout.addLayout(buttons)
        return box

    def _show_archive(self) -> None:
        table = self.archive_table
        table.setRowCount(len(self.archive))
        for row, document in enumerate(self.archive):
            if document.state == archive.WAITING:
                state = tr("Menunggu tanda tangan: {who}").format(
                    who=", ".join(tr(SIGNATURE_FIELD_LABELS[f]) for f in document.waiting_for)
                )
            else:
                state = tr("Ditandatangani")
            values = [
                str(document.revision),
                state,
                zoned_moment(document.updated_at, self.record.timezone),
                document.sha256[:16] + "…",
            ]
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setToolTip(
                    tr(
                        "Sidik berkas (SHA-256): berubah bila satu bait pun berkas diubah; "
                        "cocokkan dengan berkas yang diterima.\n{digest}"
                    ).format(digest=document.sha256)
                    if column == 3
                    else value
                )
                table.setItem(row, column, item)
        table.setVisible(bool(self.archive))
        self.archive_empty.setVisible(not self.archive)
        if self.archive:
            table.selectRow(0)
        self._archive_selected()

    def selected_archived(self) -> archive.ArchivedDocument | None:
        rows = self.archive_table.selectionModel().selectedRows()
        return self.archive[rows[0].row()] if rows else None

    def _archive_selected(self) -> None:
        document = self.selected_archived()
        for button in (
            self.save_archived_button,
            self.open_archived_button,
            self.verify_archived_button,
        ):
            button.setEnabled(document is not None)
        self.refresh_archived_button.setEnabled(
            document is not None and document.state == archive.SIGNED
        )

    def refresh_archived(self) -> None:
        """Bring the chosen signed document to B-LTA, as its next stage in the archive."""
        from rapat.services.long_term import refresh_archive

        document = self.selected_archived()
        if document is None:
            return
        self._set_busy(tr("Memperbarui validasi arsip… (menghubungi layanan cap waktu)"))
        self.refresh_archived_button.setEnabled(False)
        self.context.write(
            lambda s: refresh_archive(s, document.id),
            lambda refreshed: self._done(
                "refresh",
                tr("Validasi arsip revisi {n} diperbarui (cap waktu dokumen).").format(
                    n=refreshed.revision
                ),
            ),
            self._failed("refresh"),
            "meeting",
        )

    def _archived_name(self, document: archive.ArchivedDocument) -> str:
        state = tr("ditandatangani") if document.state == archive.SIGNED else ""
        what = tr("Notula revisi {n}").format(n=document.revision)
        return self._file_name(f"{what} {state}".strip(), "pdf")

    def save_archived(self) -> None:
        document = self.selected_archived()
        if document is None:
            return
        path = ask_save_path(
            self,
            tr("Simpan notula dari arsip"),
            self._archived_name(document),
            tr("Dokumen PDF (*.pdf)"),
        )
        if not path:
            return
        self.context.write(
            lambda s: archive.save_archived(s, document.id, path),
            lambda saved: self.banner.show_message(
                tr("Tersimpan: {path}").format(path=saved.path), "ok"
            ),
            self.banner.show_error,
            changed="audit",
        )

    def open_archived(self) -> None:
        """Hand a copy of the archived PDF to the system's viewer."""
        document = self.selected_archived()
        if document is not None:
            name = self._archived_name(document)
            self.context.query(
                self,
                lambda s: archive.document_bytes(s, document.id),
                lambda data: open_in_viewer(data, name, self.banner),
                self.banner.show_error,
                "open",
            )

    def verify_archived(self) -> None:
        document = self.selected_archived()
        if document is not None:
            self.open_verify().check_stored(
                lambda s: archive.document_bytes(s, document.id), self._archived_name(document)
            )
