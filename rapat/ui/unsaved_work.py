"""Closing the window with work not yet stored: a short wait for the queue, then a warning.

What the waiting writes hold (Context.unsaved), and the person's own text beside each conflict
they have not settled yet, is written at once to a recovery file in the user's data folder, so
nothing typed is lost even if the person closes anyway; the warning says where it is, offers a
copy wherever the person chooses, and lets them stay while the write is retried.
"""

from __future__ import annotations

import json
import time
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEventLoop
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from rapat.fileio import write_atomically
from rapat.i18n import tr
from rapat.ui.conflict_panel import ConflictPanel
from rapat.ui.context import Context

WAIT_S = 1.5  # a write that lands in this time needs no warning


def recovery_folder() -> Path:
    from platformdirs import user_data_path

    return user_data_path("Rapat", appauthor=False) / "pemulihan"


def write_recovery(context: Context, unsettled: list[dict], path: Path | None = None) -> Path:
    """Write what the queued writes hold, and the texts of unsettled conflicts, as JSON (UTF-8,
    readable as plain text); return its path."""
    if path is None:
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        path = recovery_folder() / f"belum-tersimpan-{stamp}.json"
    path.parent.mkdir(parents=True, exist_ok=True)
    content = {
        "database": context.key,
        "written": datetime.now().astimezone().isoformat(timespec="seconds"),
        "unsaved": context.unsaved() + unsettled,
    }
    data = json.dumps(content, ensure_ascii=False, indent=2, default=str) + "\n"
    write_atomically(path, data.encode("utf-8"), private=True)
    return path


def confirm_close(parent: QWidget, context: Context) -> bool:
    """Whether the window may close: True at once when every write is stored (after a short wait
    for the queue) and no conflict waits for a choice; otherwise the work is kept in a recovery
    file and the person decides."""
    deadline = time.monotonic() + WAIT_S
    while context.pending and time.monotonic() < deadline:
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
        time.sleep(0.02)
    panels = [p for p in parent.findChildren(ConflictPanel) if not p.isHidden()]
    unsettled = [panel.mine() for panel in panels]
    count = context.pending + len(unsettled)
    if not count:
        return True
    saved = write_recovery(context, unsettled)
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        tr("Ada perubahan yang belum tersimpan"),
        tr("{count} perubahan belum tersimpan ke basis data.").format(count=count),
        parent=parent,
    )
    box.setInformativeText(
        tr(
            "Salinannya sudah disimpan di {path}. Tunggu sampai tersimpan, simpan salinan di "
            "tempat lain, atau tutup sekarang."
        ).format(path=saved)
    )
    wait = box.addButton(tr("Tunggu"), QMessageBox.ButtonRole.RejectRole)
    copy = box.addButton(tr("Simpan salinan…"), QMessageBox.ButtonRole.ActionRole)
    close = box.addButton(tr("Tutup sekarang"), QMessageBox.ButtonRole.DestructiveRole)
    box.setDefaultButton(wait)
    box.exec()
    clicked = box.clickedButton()
    if clicked is copy:
        chosen, _filter = QFileDialog.getSaveFileName(
            parent,
            tr("Simpan salinan perubahan yang belum tersimpan"),
            str(Path.home() / saved.name),
            tr("Berkas JSON (*.json)"),
        )
        if not chosen:
            return False
        write_recovery(context, unsettled, Path(chosen))
    elif clicked is not close:
        return False
    context.give_up_retrying()
    return True
