"""Every save dialog of Rapat: a name made from the meeting (its date and title) and the folder the
user saved to last, never the program's folder."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

from PySide6.QtCore import QSettings, QStandardPaths
from PySide6.QtWidgets import QFileDialog, QWidget

LAST_FOLDER = "files/last_folder"
LONGEST_NAME = 120  # characters before the suffix: file systems and e-mail clients cope with it
_NOT_IN_NAMES = re.compile(r'[\\/:*?"<>|\x00-\x1f]+')


def meeting_file_name(day: date | None, title: str, what: str, suffix: str) -> str:
    """ "2025-10-14 Notula Rapat Koordinasi Pengamanan.pdf": the date sorts, the words say what."""
    words = " ".join(part for part in (what, title) if part)
    words = " ".join(_NOT_IN_NAMES.sub(" ", words).split()).strip(" .")
    if len(words) > LONGEST_NAME:
        words = words[: LONGEST_NAME - 1].rsplit(" ", 1)[0] + "…"
    stem = f"{day.isoformat()} {words}" if day is not None else words
    return f"{stem or what}.{suffix}"


def last_folder() -> Path:
    """Where the last file was saved, else the user's Documents folder, else the home folder."""
    remembered = QSettings().value(LAST_FOLDER, "")
    if remembered and Path(remembered).is_dir():
        return Path(remembered)
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    if documents and Path(documents).is_dir():
        return Path(documents)
    return Path.home()


def ask_save_path(parent: QWidget | None, caption: str, name: str, file_filter: str) -> str:
    """The path the user chose to save `name` under ("" when cancelled); its folder is remembered
    for the next save dialog."""
    path, _chosen = QFileDialog.getSaveFileName(
        parent, caption, str(last_folder() / name), file_filter
    )
    if path:
        QSettings().setValue(LAST_FOLDER, str(Path(path).parent))
    return path
