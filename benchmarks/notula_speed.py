"""Notula figures for a meeting with 200 points and 150 actions (printed, not asserted).

    .venv/bin/python benchmarks/notula_speed.py [--runs N]

1. Opening the Notula tab: building it and painting the workspace (goal < 300 ms).
2. Per-keystroke handling in a point: key event, undo step, autosave mark, repaint (goal < 16 ms).
3. The same while autosave writes: a keystroke every 30 ms for a few seconds, with the time of each
   save; saves run on the GUI thread between keystrokes, so the worst added delay is a save's time.
4. Per-keystroke handling at the end of a 40,000-character point.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

POINTS, ACTIONS = 200, 150


def build_meeting(db_path: str) -> int:
    from rapat.db import open_database
    from rapat.services.demo import DemoGenerator
    from rapat.services.meetings import store_meeting

    generator = DemoGenerator(seed=11)
    record = generator.meeting(0, 1)
    base_points, base_actions = record.discussion, record.actions
    record.discussion = [base_points[i % len(base_points)] for i in range(POINTS)]
    record.actions = [base_actions[i % len(base_actions)] for i in range(ACTIONS)]
    database = open_database(db_path)
    with database.session() as session:
        meeting_id = store_meeting(session, record)
    database.close()
    return meeting_id


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


def line(name: str, values_ms: list[float], goal_ms: float | None = None) -> None:
    verdict = ""
    if goal_ms is not None:
        verdict = f" (goal < {goal_ms:.0f} ms: {'met' if max(values_ms) < goal_ms else 'MISSED'})"
    print(
        f"{name}: median {statistics.median(values_ms):.2f} ms, p95 {percentile(values_ms, 0.95):.2f} ms, "
        f"max {max(values_ms):.2f} ms{verdict}"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()

    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication
    from superqt.utils import qdebounced

    app = QApplication(sys.argv[:1])
    from rapat.db import open_database
    from rapat.ui.app import setup_application
    from rapat.ui.context import Context
    from rapat.ui.debounce import preload
    from rapat.ui.meeting_workspace import MeetingWorkspace

    setup_application(app)
    preload()  # as the main window does half a second after start-up
    folder = tempfile.mkdtemp(prefix="rapat-notula-")
    db_path = str(Path(folder) / "rapat.db")
    meeting_id = build_meeting(db_path)
    context = Context(open_database(db_path))
    print(f"meeting: {POINTS} points, {ACTIONS} actions")

    opening = []
    for _ in range(args.runs + 1):
        workspace = MeetingWorkspace(context, meeting_id)
        workspace.resize(1366, 768)
        workspace.show()
        app.processEvents()
        started = time.perf_counter()
        workspace.show_notula()
        while workspace.notula is None or not workspace.notula.loaded:  # read in the background
            app.processEvents()
        workspace.grab()
        opening.append((time.perf_counter() - started) * 1000)
        workspace.close()
        workspace.deleteLater()
        app.processEvents()
    line("open the Notula tab (first run imports the modules, not counted)", opening[1:], 300)

    workspace = MeetingWorkspace(context, meeting_id)
    workspace.resize(1366, 768)
    workspace.show()
    workspace.activateWindow()
    workspace.show_notula()
    while workspace.notula is None or not workspace.notula.loaded:
        app.processEvents()
    notula = workspace.notula
    row = notula.focus_point(POINTS // 2)
    app.processEvents()

    def keystroke(char: str) -> float:
        started = time.perf_counter()
        QTest.keyClick(row.box, char)
        app.processEvents()
        return (time.perf_counter() - started) * 1000

    quiet = [keystroke(c) for c in "kapolres menyampaikan kesiapan pengamanan " * 6]
    workspace.flush()
    line("keystroke in a point (no save due)", quiet, 16)

    saves: list[float] = []
    autosaver = workspace.autosaver
    flush = autosaver.flush

    def timed_flush() -> None:
        started = time.perf_counter()
        pending = autosaver.pending
        flush()
        if pending:
            saves.append((time.perf_counter() - started) * 1000)

    autosaver.flush = timed_flush
    autosaver._debounced = qdebounced(timed_flush, timeout=400)
    busy = []
    text = "camat melaporkan posko terpadu siap siaga dua puluh empat jam "
    deadline = time.perf_counter() + 4.0
    i = 0
    while time.perf_counter() < deadline:
        busy.append(keystroke(text[i % len(text)]))
        i += 1
        if i % 40 == 0:
            pause_until = time.perf_counter() + 0.6  # a breath: the debounced save runs
            while time.perf_counter() < pause_until:
                app.processEvents()
                time.sleep(0.005)
        else:
            next_key = time.perf_counter() + 0.03
            while time.perf_counter() < next_key:
                app.processEvents()
                time.sleep(0.002)
    line("keystroke while autosave writes", busy, 16)
    line(f"autosave write ({len(saves)} saves in {len(busy)} keystrokes)", saves)

    long_row = notula.focus_point(POINTS // 2 + 1)
    long_row.box.setPlainText("Paparan panjang Kepala Dinas. " * 1334)
    long_row.box.moveCursor(long_row.box.textCursor().MoveOperation.End)
    app.processEvents()
    row = long_row
    longest = [keystroke(c) for c in "tambahan kalimat " * 5]
    line(f"keystroke at the end of a {len(row.box.text()):,}-character point", longest, 16)
    workspace.flush()
    workspace.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
