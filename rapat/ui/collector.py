"""Python's cycle collector runs on the GUI thread only, while the window is open.

The interpreter collects on whichever thread happens to allocate when a generation fills: a
worker reading the database among them. Garbage holding a Qt object — a widget let go of with a
cycle through its slots — is then destroyed on that worker, and the window crashes later, far from
the cause. So the interpreter's own collection is switched off and a timer on the GUI thread
collects the generations that are due, as the interpreter would have.

Start-up holds collection (rapat.lasting); the collector takes over once it is handed back.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

INTERVAL_MS = 200  # garbage made in between waits at most this long


class GuiThreadCollector(QObject):
    """Collects from its thread's event loop; stop() hands collection back to the interpreter."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._collecting = False  # the interpreter's own collection is off because of us
        self._timer = QTimer(self)
        self._timer.setInterval(INTERVAL_MS)
        self._timer.timeout.connect(self._collect)

    def start(self) -> None:
        self._take_over()
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()
        if self._collecting:
            self._collecting = False
            gc.enable()

    def _take_over(self) -> None:
        """Switch the interpreter's collection off, unless start-up holds it (then nothing is due)."""
        if gc.isenabled():
            gc.disable()
            self._collecting = True

    def _collect(self) -> None:
        self._take_over()
        if not self._collecting:
            return
        counts, thresholds = gc.get_count(), gc.get_threshold()
        if counts[0] <= thresholds[0]:
            return
        due = [generation for generation in (2, 1) if counts[generation] > thresholds[generation]]
        gc.collect(due[0] if due else 0)
