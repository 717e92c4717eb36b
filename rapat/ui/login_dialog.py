"""Log in to the office's server: the password is asked once, and kept in the keyring if wished.

`log_in(url, parent)` returns the address to open: as given when it needs no password (a SQLite
file, a server address that carries one), with the keyring's password when that one is accepted,
else with the password typed here. The password is tried off the GUI thread; Rapat never writes
it to a file of its own.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.engine import make_url

from rapat import office
from rapat.errors import LoginRefused, RapatError
from rapat.ui.messages import error_text
from rapat.ui.tasks import run_task


class LoginDialog(QDialog):
    """The login of a server address: its password, and whether to keep it in the keyring."""

    def __init__(self, url: str, problem: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.url = url
        self.accepted_url: str | None = None
        parsed = make_url(url)
        self.setWindowTitle(self.tr("Masuk ke server kantor"))
        self.setMinimumWidth(440)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr("Basis data kantor {database} di {host} meminta kata sandi Anda.").format(
                database=parsed.database,
                host=parsed.host or parsed.query.get("host") or "localhost",
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        form.addRow(self.tr("Login"), QLabel(parsed.username or ""))
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(self.tr("Kata sandi"), self.password)
        layout.addLayout(form)
        self.remember = QCheckBox(self.tr("Simpan di keyring sistem operasi"))
        self.remember.setToolTip(
            self.tr(
                "Kata sandi disimpan oleh sistem operasi (bukan oleh Rapat), sehingga tidak "
                "ditanyakan lagi di komputer ini."
            )
        )
        layout.addWidget(self.remember)
        self.problem = QLabel(objectName="inlineError")
        self.problem.setStyleSheet("color:#8a1c1c;")
        self.problem.setWordWrap(True)
        layout.addWidget(self.problem)
        self.problem.setText(problem)
        self.problem.setVisible(bool(problem))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Masuk"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Batal"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    def accept(self) -> None:
        """Try the password on the server in the background; close once it is accepted."""
        if not self.password.text():
            self._refuse(self.tr("Kata sandi belum diisi."))
            return
        address = office.with_password(self.url, self.password.text())
        self.buttons.setEnabled(False)
        self.problem.setText(self.tr("Menghubungi server…"))
        self.problem.show()
        run_task(lambda: office.check_login(address), lambda _: self._in(address), self._refused)

    def _in(self, address: str) -> None:
        self.buttons.setEnabled(True)
        if self.remember.isChecked():
            try:
                office.store_password(self.url, self.password.text())
            except RapatError as error:
                self._refuse(error_text(error))
                return
        self.accepted_url = address
        super().accept()

    def _refused(self, error: Exception) -> None:
        self.buttons.setEnabled(True)
        if not isinstance(error, RapatError):
            raise error
        self._refuse(error_text(error))
        self.password.selectAll()
        self.password.setFocus()

    def _refuse(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.show()


def log_in(url: str, parent: QWidget | None = None) -> str | None:
    """The address to open, with a password that the server accepts; None if the user gave up."""
    if not office.needs_password(url):
        return url
    problem = ""
    kept = office.with_stored_password(url)
    if kept != url:
        try:
            office.check_login(kept)
            return kept
        except LoginRefused as error:  # a changed password: ask for the new one
            office.forget_password(url)
            problem = error_text(error)
    dialog = LoginDialog(url, problem, parent)
    dialog.exec()
    dialog.deleteLater()
    return dialog.accepted_url
