"""What the signing interface tests share: typed passphrases and chosen files instead of modals."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog

from rapat.ui.passphrase_dialog import PassphraseDialog


class Typed:
    """Answers the passphrase dialog with the next passphrase in line, and remembers the prompts."""

    def __init__(self, monkeypatch) -> None:
        self.answers: list[str | None] = []
        self.prompts: list[tuple[str, bool]] = []
        monkeypatch.setattr(PassphraseDialog, "get_passphrase", classmethod(self._answer))

    def _answer(self, _cls, _parent, prompt: str, confirm: bool = False) -> tuple[str, bool]:
        self.prompts.append((prompt, confirm))
        answer = self.answers.pop(0)
        return ("", False) if answer is None else (answer, True)


def choose_file(monkeypatch, kind: str, path: Path | None) -> None:
    """Make QFileDialog's getOpenFileName or getSaveFileName answer with path (None: cancelled)."""
    monkeypatch.setattr(
        QFileDialog, kind, staticmethod(lambda *a, **k: (str(path) if path else "", ""))
    )
