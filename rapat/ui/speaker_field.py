"""Who spoke: the notula's speaker field, offering the meeting's attendees as one types."""

from __future__ import annotations

from PySide6.QtCore import QRect, QStringListModel, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QCompleter, QLineEdit, QWidget

from rapat.ui.notula_fields import UndoKeys

SPEAKER_WIDTH = 240
SUGGESTIONS = 10


def words_match(name: str, typed: str) -> bool:
    """True when every typed word starts a word of the name ("ami" and "siti am" match Siti Aminah)."""
    words = [w.strip(".,()") for w in name.lower().split()]
    return all(any(w.startswith(t) for w in words) for t in typed.lower().split())


class SpeakerField(UndoKeys, QLineEdit):
    """Who spoke: typing the start of any word of an attendee's name offers them; free text stays."""

    picked = Signal()

    def __init__(
        self,
        names: list[str],
        parent: QWidget | None = None,
        institution_of: dict[str, str] | None = None,
    ) -> None:
        super().__init__(parent)
        self.names = names
        self.institution_of = institution_of if institution_of is not None else {}
        self.setPlaceholderText(self.tr("Pembicara"))
        self.setToolTip(
            self.tr(
                "Ketik awal nama atau instansi peserta, Enter memilih saran teratas; "
                "Esc: teks bebas"
            )
        )
        self._model = QStringListModel(self)
        # Not setCompleter: QLineEdit would write each highlighted suggestion into the field.
        self.completer = QCompleter(self._model, self)
        self.completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.setWidget(self)
        self.completer.activated.connect(self._take)
        self.textEdited.connect(self._suggest)

    def matches(self) -> list[str]:
        typed = self.text().strip()
        if not typed:
            return []
        found = [
            n for n in self.names if words_match(f"{n} {self.institution_of.get(n, '')}", typed)
        ]
        return found[:SUGGESTIONS]

    def _suggest(self, _text: str) -> None:
        found = self.matches()
        popup = self.completer.popup()
        if not found or found == [self.text()]:
            popup.hide()
            return
        self._model.setStringList(found)
        self.completer.complete(QRect(0, 0, max(self.width(), SPEAKER_WIDTH + 120), 0))
        popup.setCurrentIndex(self._model.index(0, 0))

    def _take(self, name: str) -> None:
        if name and name != self.text():
            self.setText(name)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self._undo_key(event):
            return
        key = event.key()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not event.modifiers():
            self.pick()
            self.picked.emit()
            return
        if key == Qt.Key.Key_Tab and not event.modifiers():
            self.pick()
        super().keyPressEvent(event)

    def pick(self) -> None:
        """Take the highlighted suggestion, or the first one, unless the popup was dismissed."""
        popup = self.completer.popup()
        current = popup.currentIndex()
        if popup.isVisible() and current.isValid():
            self._take(current.data())
        elif self.matches() and self.text() not in self.names and popup.isVisible():
            self._take(self.matches()[0])
        popup.hide()
