"""The archive of signed notula revisions in the Dokumen tab: save, open and verify each one.

ArchivePanel is a part of DocumentsTab.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
)

from rapat.models.vocabulary import SIGNATURE_FIELD_LABELS
from rapat.services import finalize as fin
from rapat.ui.audit_trail import local_time
from rapat.ui.document_view import open_in_viewer


class ArchivePanel:
    """The archived revisions of the notula, newest first."""

    def _archive_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Arsip notula"))
        layout = QVBoxLayout(box)
        self.archive_table = self._table(
            [self.tr("Revisi"), self.tr("Keadaan"), self.tr("Tanggal"), self.tr("SHA-256")]
        )
        self.archive_table.itemSelectionChanged.connect(self._archive_selected)
        self.archive_table.doubleClicked.connect(lambda _index: self.open_archived())
        layout.addWidget(self.archive_table, 1)
        self.archive_empty = QLabel(
            self.tr("Belum ada notula di arsip. Finalisasi rapat untuk membuat yang pertama.")
        )
        layout.addWidget(self.archive_empty)
        buttons = QHBoxLayout()
        self.save_archived_button = QPushButton(self.tr("Simpan…"))
        self.save_archived_button.clicked.connect(self.save_archived)
        self.open_archived_button = QPushButton(self.tr("Buka"))
        self.open_archived_button.clicked.connect(self.open_archived)
        self.verify_archived_button = QPushButton(self.tr("Periksa keaslian"))
        self.verify_archived_button.clicked.connect(self.verify_archived)
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
            if document.state == fin.WAITING:
                state = self.tr("Menunggu tanda tangan: {who}").format(
                    who=", ".join(self.tr(SIGNATURE_FIELD_LABELS[f]) for f in document.waiting_for)
                )
            else:
                state = self.tr("Ditandatangani")
            values = [
                str(document.revision),
                state,
                local_time(document.updated_at),
                document.sha256[:16] + "…",
            ]
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setToolTip(document.sha256 if column == 3 else value)
                table.setItem(row, column, item)
        table.setVisible(bool(self.archive))
        self.archive_empty.setVisible(not self.archive)
        if self.archive:
            table.selectRow(0)
        self._archive_selected()

    def selected_archived(self) -> fin.ArchivedDocument | None:
        rows = self.archive_table.selectionModel().selectedRows()
        return self.archive[rows[0].row()] if rows else None

    def _archive_selected(self) -> None:
        chosen = self.selected_archived() is not None
        for button in (
            self.save_archived_button,
            self.open_archived_button,
            self.verify_archived_button,
        ):
            button.setEnabled(chosen)

    def _archived_bytes(self, document: fin.ArchivedDocument) -> bytes:
        return self.context.read(lambda s: fin.document_bytes(s, document.id))

    def _archived_name(self, document: fin.ArchivedDocument) -> str:
        state = "ttd" if document.state == fin.SIGNED else "menunggu-ttd"
        return f"notula-rapat-{self.meeting_id}-revisi-{document.revision}-{state}.pdf"

    def save_archived(self) -> None:
        document = self.selected_archived()
        if document is None:
            return
        path, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Simpan notula dari arsip"),
            self._archived_name(document),
            self.tr("Dokumen PDF (*.pdf)"),
        )
        if not path:
            return
        self.context.write(
            lambda s: fin.save_archived(s, document.id, path),
            lambda saved: self.banner.show_message(
                self.tr("Tersimpan: {path}").format(path=saved.path), "ok"
            ),
            self.banner.show_error,
            changed="audit",
        )

    def open_archived(self) -> None:
        """Hand a copy of the archived PDF to the system's viewer."""
        document = self.selected_archived()
        if document is not None:
            data = self._archived_bytes(document)
            open_in_viewer(data, self._archived_name(document), self.banner)

    def verify_archived(self) -> None:
        document = self.selected_archived()
        if document is not None:
            self.open_verify().check_data(
                self._archived_bytes(document), self._archived_name(document)
            )

    def open_verify(self):
        from rapat.ui.verify_dialog import VerifyDialog

        dialog = VerifyDialog(self.context, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog
