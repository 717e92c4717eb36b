"""The meeting list's "Paket" menu: a meeting travels as a .rapat package, and comes back.

Export writes the selected meeting's package, optionally marking it as taken to a laptop
("dibawa ke …"); import stores a package, over the same meeting when this copy has not changed
since (rapat.services.package). Both run as the context's background writes.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QSettings, Signal
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMenu, QToolButton, QWidget

from rapat.services.package import export_package, import_package
from rapat.ui.context import Context

FOLDER_KEY = "packages/folder"


class PackageButton(QToolButton):
    """A button whose menu exports and imports meeting packages; `said` carries the outcome
    (or a refusal) in words for the page to show."""

    said = Signal(str, str)  # text, kind ("ok" or "error")
    stored = Signal(int)  # the meeting an import stored

    def __init__(
        self, context: Context, selected: Callable[[], int | None], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.selected = selected
        self.setText(self.tr("Paket"))
        self.setToolTip(self.tr("Bawa rapat ke laptop dan kembali sebagai paket .rapat"))
        self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self)
        self.export_action = menu.addAction(self.tr("Ekspor paket rapat terpilih…"), self.export)
        self.take_action = menu.addAction(
            self.tr("Bawa ke laptop (ekspor dan tandai)…"), lambda: self.export(take=True)
        )
        self.import_action = menu.addAction(self.tr("Impor paket .rapat…"), self.import_)
        self.setMenu(menu)

    def export(self, take: bool = False) -> None:
        meeting_id = self.selected()
        if meeting_id is None:
            self.said.emit(self.tr("Pilih dulu rapat yang akan diekspor."), "error")
            return
        place = None
        if take:
            place, ok = QInputDialog.getText(
                self, self.tr("Bawa ke laptop"), self.tr("Dibawa ke (nama laptop atau tempat):")
            )
            if not ok or not place.strip():
                return
            place = place.strip()
        path, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Ekspor paket rapat"),
            str(
                Path(QSettings().value(FOLDER_KEY, str(Path.home()))) / f"rapat-{meeting_id}.rapat"
            ),
            self.tr("Paket rapat (*.rapat)"),
        )
        if not path:
            return
        QSettings().setValue(FOLDER_KEY, str(Path(path).parent))
        self.context.write(
            lambda s: export_package(s, meeting_id, path, taken_to=place),
            on_done=lambda written: self.said.emit(
                self.tr("Paket tersimpan: {file}.").format(file=written.path.name)
                + (
                    " " + self.tr("Rapat ditandai dibawa ke {place}.").format(place=place)
                    if place
                    else ""
                ),
                "ok",
            ),
            on_error=lambda error: self.said.emit(str(error), "error"),
            changed="meeting",
        )

    def import_(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Impor paket rapat"),
            QSettings().value(FOLDER_KEY, str(Path.home())),
            self.tr("Paket rapat (*.rapat)"),
        )
        if path:
            self.import_file(path)

    def import_file(self, path: str) -> None:
        outcomes = {
            "new": self.tr("Rapat '{title}' tersimpan dari paket."),
            "updated": self.tr("Rapat '{title}' diperbarui dari paket."),
            "unchanged": self.tr(
                "Rapat '{title}' sudah sama dengan paket; tidak ada yang berubah."
            ),
        }

        def done(stored) -> None:
            self.said.emit(outcomes[stored.outcome].format(title=stored.title), "ok")
            self.stored.emit(stored.meeting_id)

        self.context.write(
            lambda s: import_package(s, path),
            on_done=done,
            on_error=lambda error: self.said.emit(str(error), "error"),
            changed="meeting",
        )
