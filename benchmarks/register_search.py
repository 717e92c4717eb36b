"""Register and search speed on a demo archive: each figure next to SQLite's time for the bare query.

    .venv/bin/python benchmarks/register_search.py [--meetings 2000] [--rounds 20] [--db FILE]

Goals (issue 8): a search answers within 100 ms, the register re-filters within 50 ms. The bare
query is the same SQL (for search: the ranking query, without the snippets) run through the sqlite3
module with nothing built from its rows.
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import statistics
import subprocess
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

from common import PYTHON

SEARCHES = ["netralitas ASN", "polres", "jadwal piket", "rapat", "ra", "Ḥasan"]
BARE_REGISTER = """
    SELECT a.id, a.description, a.institution, a.person, a.due, a.status, m.id, m.title, m.date,
        a.carried_from_id
    FROM action_items a JOIN meetings m ON a.meeting_id = m.id
    WHERE lower(a.institution) LIKE ? AND NOT EXISTS
        (SELECT 1 FROM action_items c WHERE c.carried_from_id = a.id)
    ORDER BY a.due IS NULL, a.due, m.date, a.seq
"""


def median_ms(work: Callable[[], object], rounds: int) -> float:
    times = []
    for _ in range(rounds):
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000


def line(name: str, ours: float, bare: float, goal: float) -> None:
    verdict = "met" if ours < goal else "MISSED"
    print(
        f"{name:<44} {ours:7.1f} ms   bare SQLite {bare:6.1f} ms   (goal < {goal:.0f} ms: {verdict})"
    )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--meetings", type=int, default=2000)
    parser.add_argument("--rounds", type=int, default=20)
    parser.add_argument("--db", help="an existing demo database instead of a new one")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        db = Path(args.db) if args.db else Path(folder) / "bench.db"
        if not args.db:
            start = time.perf_counter()
            subprocess.run(
                [PYTHON, "-m", "rapat", "--db", str(db), "demo", "--meetings", str(args.meetings)],
                check=True,
                stdout=subprocess.DEVNULL,
            )
            print(f"rapat demo --meetings {args.meetings}: {time.perf_counter() - start:.1f} s")
        measure(db, args.rounds)


def measure(db: Path, rounds: int) -> None:
    from rapat.db import open_database
    from rapat.services.actions import ActionFilter, find_actions
    from rapat.services.search import COUNTED, LIMIT, RANKING, match_expression, search

    database = open_database(str(db))
    bare = sqlite3.connect(db)
    try:
        with database.session() as session:
            for query in SEARCHES:
                ours = median_ms(lambda q=query: search(session, q), rounds)
                expression = match_expression(query)
                values = {"query": expression, "limit": LIMIT, "counted": COUNTED}
                floor = median_ms(
                    lambda v=values: bare.execute(RANKING.element.text, v).fetchall(), rounds
                )
                hits = len(search(session, query))
                line(f"search {query!r} ({hits} meetings)", ours, floor, 100)
            today = date.today()
            filters = {
                "register, everything": (ActionFilter(latest_only=True), "%"),
                "register, institution 'polres'": (
                    ActionFilter(institution="polres", latest_only=True),
                    "%polres%",
                ),
                "register, overdue": (ActionFilter(overdue_on=today, latest_only=True), "%"),
            }
            for name, (criteria, pattern) in filters.items():
                ours = median_ms(lambda c=criteria: find_actions(session, c), rounds)
                floor = median_ms(
                    lambda p=pattern: bare.execute(BARE_REGISTER, (p,)).fetchall(), rounds
                )
                rows = len(find_actions(session, criteria))
                line(f"{name} ({rows} rows)", ours, floor, 50)
    finally:
        bare.close()
        database.close()


if __name__ == "__main__":
    os.chdir(Path(__file__).parent)
    main()
