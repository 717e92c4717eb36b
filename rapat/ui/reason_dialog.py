"""Asking why a final meeting is reopened: the reason is kept with the new revision."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)


class ReasonDialog(QDialog):
    """`ReasonDialog.get_reason(parent) -> (text, ok)`; OK is possible only with a reason."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Buat revisi"))
        self.setMinimumWidth(460)
        layout = QVBoxLayout(self)
        label = QLabel(
            self.tr(
                "Notula yang sudah final tidak diubah. Revisi baru dibuka sebagai draf dan harus "
                "ditandatangani lagi; dokumen yang sudah ditandatangani tetap di arsip.\n\n"
                "Alasan revisi:"
            )
        )
        label.setWordWrap(True)
        layout.addWidget(label)
        self.reason = QPlainTextEdit()
        self.reason.setTabChangesFocus(True)
        self.reason.setPlaceholderText(self.tr("Misalnya: salah tulis nama instansi pada butir 2"))
        layout.addWidget(self.reason)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("Buat revisi"))
        self.ok.setToolTip(self.tr("Buat revisi (Ctrl+Enter)"))
        self.ok.setShortcut("Ctrl+Return")
        self.ok.setEnabled(False)
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Batal"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.reason.textChanged.connect(
            lambda: self.ok.setEnabled(bool(self.reason.toPlainText().strip()))
        )
        self.reason.setFocus()

    @classmethod
    def get_reason(cls, parent: QWidget | None = None) -> tuple[str, bool]:
        dialog = cls(parent)
        ok = dialog.exec() == QDialog.DialogCode.Accepted
        return dialog.reason.toPlainText().strip(), ok
