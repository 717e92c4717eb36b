"""What the certificate panels share: a button with its tip, and certificate files read or saved
with the outcome told on the page's banner."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QPushButton

from rapat.errors import InvalidInput
from rapat.fileio import write_atomically
from rapat.i18n import tr
from rapat.ui.messages import Banner


def action_button(text: str, tip: str, slot) -> QPushButton:
    """A push button with its tooltip, clicked into slot."""
    button = QPushButton(text)
    button.setToolTip(tip)
    button.clicked.connect(slot)
    return button


def read_file(path: str, banner: Banner) -> bytes | None:
    """The bytes of a chosen file, or None after telling why it could not be read."""
    try:
        return Path(path).read_bytes()
    except OSError as error:
        banner.show_message(
            tr("{file} tidak dapat dibaca ({reason})").format(file=path, reason=error.strerror),
            "error",
        )
        return None


def save_file(path: str, data: bytes, banner: Banner, private: bool = False) -> None:
    """Write data to path whole (private: readable by its owner only) and say where it went."""
    try:
        write_atomically(path, data, private=private)
    except InvalidInput as error:
        banner.show_error(error)
        return
    banner.show_message(tr("Tersimpan: {path}").format(path=path), "ok")
