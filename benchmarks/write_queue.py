"""How long the GUI thread is blocked while a check-in waits for a database another program holds.

    .venv/bin/python benchmarks/write_queue.py [--hold 1.5]

A second connection holds a write transaction for --hold seconds while the interface stores a
check-in. A 10 ms timer on the GUI thread measures the longest gap between its ticks: first with
the check-in stored on the GUI thread (as Context.write did before its queue), then through
Context.write, which stores it on the writer thread. The write waits for the lock either way.
"""

from __future__ import annotations

import argparse
import itertools
import os
import sqlite3
import sys
import tempfile
import threading
import time
from datetime import date
from datetime import time as clock
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def longest_gap_ms(app, run, until) -> float:
    """Start run() from the event loop and return the longest gap between 10 ms ticks until
    until() is true."""
    from PySide6.QtCore import QTimer

    ticks = [time.perf_counter()]
    timer = QTimer(interval=10, timeout=lambda: ticks.append(time.perf_counter()))
    timer.start()
    QTimer.singleShot(20, run)
    deadline = time.perf_counter() + 30
    while not until() and time.perf_counter() < deadline:
        app.processEvents()
        time.sleep(0.001)
    settled = time.perf_counter() + 0.05  # a few ticks more: the gap ends with the next tick
    while time.perf_counter() < settled:
        app.processEvents()
        time.sleep(0.001)
    timer.stop()
    return max(b - a for a, b in itertools.pairwise(ticks)) * 1000


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--hold", type=float, default=1.5, help="seconds the lock is held")
    args = parser.parse_args()

    from PySide6.QtWidgets import QApplication

    from rapat import db as dbmod
    from rapat.db import open_database
    from rapat.services import attendance as att
    from rapat.services.directory import save_institution, save_person
    from rapat.services.meetings import create_meeting
    from rapat.ui.context import Context

    app = QApplication([])
    folder = Path(tempfile.mkdtemp(prefix="rapat-bench-"))
    path = folder / "rapat.db"
    database = open_database(str(path))
    with database.session() as s:
        meeting = create_meeting(
            s, title="Rakor", date=date(2024, 11, 5), start_time=clock(9), location="Aula"
        )
        institution = save_institution(s, None, "Polres Lembah Hijau", "Polres")
        for n in range(2):
            save_person(s, None, f"Peserta {n}", institution_id=institution, position="Staf")
        att.invite_institution(s, meeting, institution)
        first, second = [r.id for r in att.list_attendance(s, meeting)]
    dbmod.BUSY_TIMEOUT_MS = int(args.hold * 1000) + 2000  # the write waits for the lock
    database.engine.dispose()
    context = Context(database)

    def hold() -> None:
        holder = sqlite3.connect(path, check_same_thread=False)
        holder.execute("BEGIN IMMEDIATE")
        threading.Timer(args.hold, lambda: (holder.rollback(), holder.close())).start()

    stored: list[int] = []

    def on_gui_thread() -> None:
        hold()
        with database.session() as s:
            stored.append(att.check_in(s, first).id)

    def queued() -> None:
        hold()
        context.write(lambda s: att.check_in(s, second), lambda row: stored.append(row.id))

    before = longest_gap_ms(app, on_gui_thread, lambda: len(stored) == 1)
    time.sleep(args.hold)
    after = longest_gap_ms(app, queued, lambda: len(stored) == 2)
    print(f"lock held {args.hold:.1f} s; longest GUI-thread gap while a check-in waits for it:")
    print(f"  stored on the GUI thread   {before:8.0f} ms")
    print(f"  stored by Context.write    {after:8.0f} ms")
    context.close()


if __name__ == "__main__":
    main()
