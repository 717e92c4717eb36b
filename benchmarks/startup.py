"""Start-up, check-in keystroke and workspace-open figures for the interface (printed, not asserted).

    .venv/bin/python benchmarks/startup.py [--db FILE] [--runs N]

1. Start-up to a painted main window with the newest meeting open (`rapat --smoke-test`) on a
   `rapat demo --meetings 2000` database, against a bare PySide6 QMainWindow with a table shown and
   quit; subprocesses, alternating, the median ratio printed (goal: within 2x). Both report the
   moment their first frame is painted (the line `first-frame-monotonic T`, on the system-wide
   monotonic clock), measured from the moment the process is launched. The whole run to exit is
   printed as well: Rapat's goes on to load the database layer and the check-in suggestions.
2. Per-keystroke suggestion time in the check-in field of a 400-participant meeting (goal < 30 ms).
3. Opening that meeting's workspace (goal < 300 ms).
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BARE = """
import sys, time
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QTableWidget

class FirstFrame(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, report)
        return False

def report():
    print("first-frame-monotonic", time.monotonic(), flush=True)
    app.quit()

app = QApplication(sys.argv[:1])
window = QMainWindow()
table = QTableWidget(50, 6)
window.setCentralWidget(table)
window.resize(1366, 768)
watcher = FirstFrame()
window.installEventFilter(watcher)
window.show()
app.exec()
"""


def timed(command: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Seconds from launch to the first painted frame, and to the end of the process."""
    started = time.monotonic()
    done = subprocess.run(command, check=True, env=env, capture_output=True, text=True)
    ended = time.monotonic()
    line = next(x for x in done.stdout.splitlines() if x.startswith("first-frame-monotonic"))
    return float(line.split()[1]) - started, ended - started


def startup(db: Path, runs: int) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    # An installed Rapat has compiled bytecode; let the warm-up runs write it for both sides.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    rapat = [sys.executable, "-m", "rapat", "--db", str(db), "--smoke-test"]
    bare = [sys.executable, "-c", BARE]
    timed(rapat, env)  # warm the file cache for both
    timed(bare, env)
    ours, theirs = [], []
    for _ in range(runs):
        ours.append(timed(rapat, env))
        theirs.append(timed(bare, env))
    for label, index in (("first frame", 0), ("whole run to exit", 1)):
        mine = [run[index] for run in ours]
        floor = [run[index] for run in theirs]
        ratio = statistics.median(a / b for a, b in zip(mine, floor, strict=True))
        print(
            f"start-up, {label}: rapat --smoke-test median {statistics.median(mine) * 1000:.0f} ms, "
            f"bare QMainWindow median {statistics.median(floor) * 1000:.0f} ms, "
            f"ratio (median of {runs} alternating pairs) {ratio:.2f}x"
        )


def interactive(db: Path) -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(sys.argv[:1])
    from rapat.db import open_database
    from rapat.services.demo import DemoGenerator
    from rapat.services.meetings import store_meeting
    from rapat.ui.app import setup_application
    from rapat.ui.context import Context
    from rapat.ui.meeting_workspace import MeetingWorkspace
    from rapat.ui.tasks import wait_for_tasks

    setup_application(app)
    database = open_database(str(db))
    generator = DemoGenerator(seed=11)
    record = generator.meeting(0, 1)
    record.participants = generator.participants_for(record.start_time, 400)
    with database.session() as session:
        meeting_id = store_meeting(session, record)
    context = Context(database)
    opening = []
    for _ in range(5):
        started = time.perf_counter()
        workspace = MeetingWorkspace(context, meeting_id)
        workspace.resize(1366, 768)
        workspace.show()
        app.processEvents()
        opening.append(time.perf_counter() - started)
        wait_for_tasks()
        app.processEvents()
        if _ < 4:
            workspace.close()
            workspace.deleteLater()
            app.processEvents()
    print(f"workspace open, 400 participants: median {statistics.median(opening) * 1000:.0f} ms")
    view = workspace.attendance
    names = [r.name for r in view.model.rows()[::40]] + ["kecamatan tepian", "dinas kesehatan"]
    keystrokes = []
    for name in names:
        for end in range(1, len(name) + 1):
            started = time.perf_counter()
            view.field.setText(name[:end])
            app.processEvents()
            keystrokes.append(time.perf_counter() - started)
        view.field.clear()
    keystrokes.sort()
    print(
        f"check-in keystroke, 400 participants ({len(keystrokes)} keystrokes): "
        f"median {statistics.median(keystrokes) * 1000:.1f} ms, "
        f"95th {keystrokes[int(len(keystrokes) * 0.95)] * 1000:.1f} ms, "
        f"max {keystrokes[-1] * 1000:.1f} ms"
    )
    workspace.close()
    database.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, help="a database filled by `rapat demo --meetings 2000`")
    parser.add_argument("--runs", type=int, default=9)
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="rapat-bench-"))
    db = args.db
    if db is None:
        db = folder / "demo2000.db"
        print("filling a demo database with 2000 meetings …", flush=True)
        subprocess.run(
            [sys.executable, "-m", "rapat", "--db", str(db), "demo", "--meetings", "2000"],
            check=True,
            capture_output=True,
        )
    startup(db, args.runs)
    scratch = folder / "interactive.db"
    scratch.write_bytes(db.read_bytes())
    interactive(scratch)


if __name__ == "__main__":
    main()
