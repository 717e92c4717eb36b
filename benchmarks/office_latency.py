"""Keystrokes with 50 ms between Rapat and its server (printed, not asserted).

    .venv/bin/python benchmarks/office_latency.py [--ms 50]

Starts the tests' throwaway PostgreSQL cluster on 127.0.0.1, puts benchmarks/latency_proxy.py in
front of it (each chunk delayed by --ms in each direction), opens a meeting of 200 participants
and 60 points through the proxy, and times each keystroke's handling on the GUI thread: in a
notula point while the autosave writes (goal < 16 ms), in the Daftar Hadir's check-in field,
checking people in with Enter (goal < 30 ms), and in the Tindak Lanjut register's filter while
its rows are read from the server, across --meetings demo meetings (goal < 16 ms, as typing).
"""

from __future__ import annotations

import argparse
import itertools
import os
import statistics
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE.parent / "tests"))

from latency_proxy import start_in_thread  # noqa: E402 - beside this script
from postgres_server import cluster, server_programs  # noqa: E402 - the tests' own helper

PORT, PROXY = 54338, 54348


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


def line(name: str, values_ms: list[float], goal_ms: float | None = None) -> None:
    verdict = ""
    if goal_ms is not None:
        verdict = f" (goal < {goal_ms:.0f} ms: {'met' if max(values_ms) < goal_ms else 'MISSED'})"
    print(
        f"{name}: median {statistics.median(values_ms):.2f} ms, "
        f"p95 {percentile(values_ms, 0.95):.2f} ms, max {max(values_ms):.2f} ms{verdict}",
        flush=True,
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--ms", type=float, default=50)
    parser.add_argument("--meetings", type=int, default=500, help="demo meetings for the register")
    args = parser.parse_args()
    programs = server_programs()
    if programs is None:
        sys.exit("no PostgreSQL server programs (initdb, pg_ctl) here")
    with cluster(programs, PORT, tcp=True) as socket:
        direct = f"postgresql+psycopg://postgres@/rapat?host={socket}&port={PORT}"
        slow = f"postgresql+psycopg://postgres@127.0.0.1:{PROXY}/rapat"
        from rapat.office import init_server

        init_server(direct)
        meeting_id = _meeting(direct)
        _register(direct, args.meetings)
        start_in_thread(PROXY, PORT, args.ms)
        return _measure(slow, meeting_id, args.ms)


def _meeting(url: str) -> int:
    from rapat.db import open_database
    from rapat.services.demo import DemoGenerator
    from rapat.services.meetings import store_meeting

    generator = DemoGenerator(seed=5)
    record = generator.meeting(0, 1)
    record.participants = generator.participants_for(record.start_time, 200)
    record.discussion = [record.discussion[i % len(record.discussion)] for i in range(60)]
    database = open_database(url)
    try:
        with database.session() as session:
            return store_meeting(session, record)
    finally:
        database.close()


def _register(url: str, meetings: int) -> None:
    """Demo meetings, whose follow-up actions fill the register."""
    from rapat.db import open_database
    from rapat.services.demo import fill_demo

    database = open_database(url)
    try:
        fill_demo(database, meetings, seed=7)
    finally:
        database.close()


def _measure(url: str, meeting_id: int, delay_ms: float) -> int:
    from PySide6.QtCore import Qt, QTimer
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication
    from sqlalchemy import text

    from rapat.db import open_database
    from rapat.ui.app import setup_application
    from rapat.ui.context import Context
    from rapat.ui.debounce import preload
    from rapat.ui.meeting_workspace import MeetingWorkspace
    from rapat.ui.register_view import RegisterView
    from rapat.ui.tasks import wait_for_tasks

    app = QApplication(sys.argv[:1])
    setup_application(app)
    preload()
    database = open_database(url)
    with database.engine.connect() as connection:
        connection.execute(text("SELECT 1"))
        started = time.perf_counter()
        connection.execute(text("SELECT 1"))
        trip = (time.perf_counter() - started) * 1000
    print(f"one query's round trip through the proxy: {trip:.0f} ms ({delay_ms:.0f} ms each way)")
    context = Context(database)
    started = time.perf_counter()
    workspace = MeetingWorkspace(context, meeting_id)
    workspace.resize(1366, 768)
    workspace.show()
    workspace.activateWindow()
    while workspace.attendance is None or workspace.attendance.check_in.pool is None:
        app.processEvents()
        time.sleep(0.002)
    print(f"open the workspace through the proxy: {(time.perf_counter() - started) * 1000:.0f} ms")

    def keystroke(widget, key) -> float:
        began = time.perf_counter()
        QTest.keyClick(widget, key)
        app.processEvents()
        return (time.perf_counter() - began) * 1000

    def breathe(seconds: float) -> None:
        until = time.perf_counter() + seconds
        while time.perf_counter() < until:
            app.processEvents()
            time.sleep(0.002)

    field = workspace.attendance.field
    field.setFocus()
    names = [r.name.split(",")[0].split()[-1] for r in workspace.attendance.model.rows()[:12]]
    typed = []
    for name in names:
        for char in name.lower()[:6]:
            typed.append(keystroke(field, char))
            breathe(0.03)
        typed.append(keystroke(field, Qt.Key.Key_Return))  # the check-in is written behind
        breathe(0.2)
    line("keystroke in the check-in field, checking people in", typed, 30)

    notula = workspace.show_notula()
    while not notula.loaded:  # the minutes are read in the background
        breathe(0.01)
    breathe(0.5)
    row = notula.focus_point(30)
    breathe(0.2)
    busy = []
    words = "camat melaporkan posko terpadu siap siaga dua puluh empat jam "
    deadline = time.perf_counter() + 5.0
    i = 0
    while time.perf_counter() < deadline:
        busy.append(keystroke(row.box, words[i % len(words)]))
        i += 1
        breathe(0.6 if i % 40 == 0 else 0.03)  # a breath now and then: the autosave writes
    line("keystroke in a notula point while the autosave writes", busy, 16)
    workspace.flush()
    wait_for_tasks()
    workspace.close()

    register = RegisterView(context)
    register.resize(1366, 768)
    register.show()
    register.refresh()
    while register.model.rowCount() == 0:
        app.processEvents()
        time.sleep(0.002)
    shown = register.count.text()
    field = register.institution.lineEdit()
    field.setFocus()
    filtering = []
    ticks: list[float] = []  # a 5 ms timer's ticks: their longest gap is the longest freeze
    timer = QTimer(interval=5, timeout=lambda: ticks.append(time.perf_counter()))
    timer.start()
    for word in ("polres", "dinas", "kecamatan", "badan", "kodim", "satpol"):
        for char in word:
            filtering.append(keystroke(field, char))
            breathe(0.08)  # typing: the filter's pause (150 ms) passes now and then
        breathe(0.4)  # the rows come back from the server and are shown
        field.clear()
        breathe(0.4)
    wait_for_tasks()
    timer.stop()
    gaps = [(later - earlier) * 1000 for earlier, later in itertools.pairwise(ticks)]
    print(f"register: {shown}, filtered by institution as it is typed")
    line("keystroke in the register's filter while it reads the server", filtering, 16)
    print(f"the window's longest pause meanwhile: {max(gaps):.0f} ms", flush=True)
    register.close()
    context.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
