"""Start-up, check-in keystroke and workspace-open figures for the interface (printed, not asserted).

    .venv/bin/python benchmarks/startup.py [--db FILE] [--runs N] [--startup-only]

1. Start-up on a `rapat demo --meetings 2000` database, `rapat --smoke-test` (newest meeting open,
   painted from the snapshot the previous run left) against a bare PySide6 QMainWindow with a
   table that, once painted, imports sqlalchemy.orm, opens the same file and reads one row.
   Subprocesses in alternating pairs; the median of the pairs' ratios is printed for
   - the first frame (goal: within 1.5x the bare window's),
   - "ready": Rapat has loaded the database layer, shown the newest meeting's live data and can
     check someone in; the bare window has read its row (goal: within 1.5x),
   - and the longest pause of Rapat's GUI thread between the two, from a 5 ms heartbeat
     (goal: under 50 ms).
   Both report their moments on the system-wide monotonic clock (`first-frame-monotonic T`,
   `ready-monotonic T`), measured from the launch of the process, and the processor time the
   process had used by then (`first-frame-cpu S`, `ready-cpu S`). The machine's load average is
   printed before and after: other work on the machine widens the spread of the clock figures,
   much less that of the processor-time ratios, which are printed too.
2. What checking the archive's pages costs: SQLite's quick_check (which rapat.backup runs on each
   backup and each command-line opening) and integrity_check, on the same database.
3. Per-keystroke suggestion time in the check-in field of a 400-participant meeting (goal < 30 ms).
4. Opening that meeting's workspace (goal < 300 ms).
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
    print("first-frame-cpu", time.process_time(), flush=True)
    from sqlalchemy import create_engine, text
    from sqlalchemy.orm import Session

    with Session(create_engine("sqlite:///" + sys.argv[1])) as session:
        session.execute(text("SELECT id, title FROM meetings LIMIT 1")).one()
    print("ready-monotonic", time.monotonic(), flush=True)
    print("ready-cpu", time.process_time(), flush=True)
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

MOMENTS = ("first-frame-monotonic", "ready-monotonic")


def timed(command: list[str], env: dict[str, str]) -> dict[str, float]:
    """Seconds from launch to each reported moment, and the longest pause reported (ms)."""
    started = time.monotonic()
    done = subprocess.run(command, check=True, env=env, capture_output=True, text=True)
    found = dict(line.split(maxsplit=1) for line in done.stdout.splitlines() if " " in line)
    figures = {name: float(found[name]) - started for name in MOMENTS}
    for name in MOMENTS:
        cpu = name.replace("monotonic", "cpu")
        figures[cpu] = float(found[cpu])
    if "longest-pause-ms" in found:
        figures["longest-pause-ms"] = float(found["longest-pause-ms"])
    return figures


def startup(db: Path, runs: int) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    # An installed Rapat has compiled bytecode; let the warm-up runs write it for both sides.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    # Rapat's own cache folder, so that the snapshot the runs keep is not the user's.
    env["XDG_CACHE_HOME"] = tempfile.mkdtemp(prefix="rapat-bench-cache-")
    rapat = [sys.executable, "-m", "rapat", "--db", str(db), "--smoke-test"]
    bare = [sys.executable, "-c", BARE, str(db)]
    print(f"load average before: {_load()}")
    for _ in range(2):  # warm the file cache for both; Rapat's first run leaves its snapshot
        timed(rapat, env)
        timed(bare, env)
    ours, theirs = [], []
    for _ in range(runs):
        ours.append(timed(rapat, env))
        theirs.append(timed(bare, env))
    for label, name in (("first frame", MOMENTS[0]), ("ready", MOMENTS[1])):
        for kind, key in (("clock", name), ("processor time", name.replace("monotonic", "cpu"))):
            mine = [run[key] for run in ours]
            floor = [run[key] for run in theirs]
            ratio = statistics.median(a / b for a, b in zip(mine, floor, strict=True))
            print(
                f"start-up, {label} ({kind}): rapat --smoke-test median "
                f"{statistics.median(mine) * 1000:.0f} ms, bare window median "
                f"{statistics.median(floor) * 1000:.0f} ms, "
                f"ratio (median of {runs} alternating pairs) {ratio:.2f}x"
            )
    pauses = [run["longest-pause-ms"] for run in ours]
    print(
        f"start-up, longest GUI-thread pause between first frame and ready: "
        f"median {statistics.median(pauses):.0f} ms, worst {max(pauses):.0f} ms (goal < 50 ms)"
    )
    print(f"load average after: {_load()}")


def page_checks(db: Path) -> None:
    import sqlite3
    from contextlib import closing

    for pragma in ("quick_check", "integrity_check"):
        clock, processor = [], []
        for _ in range(5):
            with closing(sqlite3.connect(f"{db.resolve().as_uri()}?mode=ro", uri=True)) as check:
                started, used = time.perf_counter(), time.process_time()
                check.execute(f"PRAGMA {pragma}").fetchall()
                clock.append(time.perf_counter() - started)
                processor.append(time.process_time() - used)
        print(
            f"pages check, PRAGMA {pragma} ({db.stat().st_size / 1e6:.0f} MB): median "
            f"{statistics.median(clock) * 1000:.0f} ms clock, "
            f"{statistics.median(processor) * 1000:.0f} ms processor time"
        )


def _load() -> str:
    return " ".join(f"{value:.2f}" for value in os.getloadavg())


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
    parser.add_argument("--startup-only", action="store_true", help="only the start-up figures")
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
    page_checks(db)
    if args.startup_only:
        return
    scratch = folder / "interactive.db"
    scratch.write_bytes(db.read_bytes())
    interactive(scratch)


if __name__ == "__main__":
    main()
