"""Ask for a certificate's passphrase: hidden as it is typed, asked twice when a new one is chosen.

The passphrase goes straight to the caller; Rapat never stores it.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)


class PassphraseDialog(QDialog):
    """`PassphraseDialog.get_passphrase(parent, prompt, confirm=False) -> (text, ok)`."""

    def __init__(self, prompt: str, confirm: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Kata sandi sertifikat"))
        self.setMinimumWidth(420)
        layout = QVBoxLayout(self)
        label = QLabel(prompt)
        label.setWordWrap(True)
        layout.addWidget(label)
        form = QFormLayout()
        self.passphrase = self._field()
        form.addRow(self.tr("Kata sandi"), self.passphrase)
        self.repeat: QLineEdit | None = None
        if confirm:
            self.repeat = self._field()
            form.addRow(self.tr("Ulangi kata sandi"), self.repeat)
        layout.addLayout(form)
        self.problem = QLabel(objectName="inlineError")
        self.problem.setStyleSheet("color:#8a1c1c;")
        self.problem.hide()
        layout.addWidget(self.problem)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Lanjut"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Batal"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    @staticmethod
    def _field() -> QLineEdit:
        field = QLineEdit()
        field.setEchoMode(QLineEdit.EchoMode.Password)
        return field

    def accept(self) -> None:
        """Refuse an empty passphrase, or two entries that differ, with a line under the fields."""
        if not self.passphrase.text():
            self._refuse(self.tr("Kata sandi belum diisi."))
        elif self.repeat is not None and self.repeat.text() != self.passphrase.text():
            self._refuse(self.tr("Kedua kata sandi tidak sama. Ketik ulang."))
            self.repeat.clear()
            self.repeat.setFocus()
        else:
            super().accept()

    def _refuse(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.show()

    @classmethod
    def get_passphrase(
        cls, parent: QWidget | None, prompt: str, confirm: bool = False
    ) -> tuple[str, bool]:
        dialog = cls(prompt, confirm, parent)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        text = dialog.passphrase.text() if accepted else ""
        dialog.deleteLater()
        return text, accepted
