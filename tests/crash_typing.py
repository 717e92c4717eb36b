"""Started by tests/ui/test_crash.py: open Rapat offscreen on a database, type into a new discussion
point as a note-taker would, say so on stdout, then sit idle until the test kills the process.

With "stream" as a third argument it types without end (the words over and over) and says
"STORED n" each time a write of the point is committed (its first n characters), so the test can
kill it at any moment of an autosave and check that nothing reported stored is lost.
"""

from __future__ import annotations

import itertools
import os
import sys

os.environ["QT_QPA_PLATFORM"] = "offscreen"

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

WORDS = [
    "Kapolres",
    "menyampaikan",
    "bahwa",
    "pengamanan",
    "melibatkan",
    "café",
    "Nguyễn",
    "السلام",
    "personel",
    "gabungan",
    "di",
    "120",
    "TPS",
    "sampai",
    "selesai.",
]


def type_word(word: str) -> None:
    widget = QApplication.focusWidget()
    for char in word + " ":
        if char.isascii():
            QTest.keyClick(widget, char)
        else:
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                QApplication.sendEvent(
                    widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char)
                )


def stream_text(length: int) -> str:
    """The first `length` characters that the stream mode types."""
    text = ""
    for word in itertools.cycle(WORDS):
        if len(text) >= length:
            return text[:length]
        text += word + " "
    return text


def main(db_path: str, meeting_id: int, stream: bool = False) -> int:
    app = QApplication(sys.argv[:1])
    from rapat.db import open_database
    from rapat.ui.app import setup_application
    from rapat.ui.context import Context
    from rapat.ui.main_window import MainWindow

    setup_application(app)
    context = Context(open_database(db_path))
    window = MainWindow(context, restore=False)
    window.remember = False
    window.show()
    window.activateWindow()
    while not window.isActiveWindow():
        app.processEvents()
    window.open_meeting(meeting_id)
    workspace = window.workspace
    workspace.show_notula()
    while workspace.notula is None or not workspace.notula.loaded:  # read in the background
        app.processEvents()
    notula = workspace.notula
    notula.sections[0].title.setFocus()
    QTest.keyClick(
        QApplication.focusWidget(), Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier
    )
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    words = itertools.cycle(WORDS) if stream else iter(WORDS)
    if stream:
        write = context.write

        def reporting_write(work, on_done=None, *args, keep=None, **kwargs):
            """Context.write, saying on stdout what each write stored once it is committed."""
            text = (keep or {}).get("text")

            def done(result) -> None:
                if text is not None:
                    print(f"STORED {len(text)}", flush=True)
                if on_done is not None:
                    on_done(result)

            write(work, done, *args, keep=keep, **kwargs)

        context.write = reporting_write
        print("TYPING", flush=True)

    def next_word() -> None:
        word = next(words, None)
        if word is None:
            print("TYPED", flush=True)  # now idle: the test kills us
            return
        type_word(word)
        QTimer.singleShot(40, next_word)

    QTimer.singleShot(0, next_word)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], int(sys.argv[2]), sys.argv[3:] == ["stream"]))
