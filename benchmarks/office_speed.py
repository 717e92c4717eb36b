"""The office server's speed: list, search, register, a big meeting and its package, on PostgreSQL.

    .venv/bin/python benchmarks/office_speed.py [--meetings 2000] [--rounds 20]

Starts a throwaway PostgreSQL cluster as the tests do (tests/postgres_server.py), prepares it
with `rapat server init`, fills it with `rapat demo`, and measures as a staff login (rapat_staf).
Goals (issue 15): the 2,000-meeting list and search under 100 ms, the register under 50 ms, a
405-participant meeting opens under 300 ms, a package of a meeting with 400 participants, 400
signatures and 10 photos exports and imports under 3 s each.
"""

from __future__ import annotations

import argparse
import io
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from common import PYTHON

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

from postgres_server import cluster, server_programs  # the tests' own helper

PORT = 54339
SEARCHES = ["netralitas ASN", "netralitás", "polres", "persiapan", "rapat", "ra"]


def median_ms(work: Callable[[], object], rounds: int) -> float:
    times = []
    for _ in range(rounds):
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000


def line(name: str, ms: float, goal: float) -> None:
    verdict = "met" if ms < goal else "MISSED"
    print(f"{name:<52} {ms:8.1f} ms   (goal < {goal:.0f} ms: {verdict})", flush=True)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--meetings", type=int, default=2000)
    parser.add_argument("--rounds", type=int, default=20)
    args = parser.parse_args()
    programs = server_programs()
    if programs is None:
        sys.exit("no PostgreSQL server programs (initdb, pg_ctl) here")
    with cluster(programs, PORT) as socket:
        admin = f"postgresql+psycopg://postgres@/rapat?host={socket}&port={PORT}"
        staff = f"postgresql+psycopg://staf@/rapat?host={socket}&port={PORT}"
        rapat = [PYTHON, "-m", "rapat"]
        subprocess.run([*rapat, "server", "init", admin], check=True, stdout=subprocess.DEVNULL)
        subprocess.run(
            [*rapat, "--db", admin, "server", "add-user", "staf"],
            input="sandi-staf-kantor\n",
            text=True,
            check=True,
            stdout=subprocess.DEVNULL,
        )
        start = time.perf_counter()
        subprocess.run(
            [*rapat, "--db", staff, "demo", "--meetings", str(args.meetings)],
            check=True,
            stdout=subprocess.DEVNULL,
        )
        print(
            f"rapat demo --meetings {args.meetings} on the server: {time.perf_counter() - start:.1f} s"
        )
        measure(staff, args.rounds)


def _png(shade: int) -> bytes:
    from PIL import Image

    out = io.BytesIO()
    Image.new("RGB", (300, 120), (shade % 256, 40, 90)).save(out, "PNG")
    return out.getvalue()


def _jpeg() -> bytes:
    """A photo as heavy as a phone's: noise does not compress (about 1.5 MB at 1600x1200)."""
    from PIL import Image

    out = io.BytesIO()
    Image.frombytes("RGB", (1600, 1200), os.urandom(1600 * 1200 * 3)).save(out, "JPEG", quality=85)
    return out.getvalue()


def measure(url: str, rounds: int) -> None:
    from sqlalchemy import text

    from rapat.db import open_database
    from rapat.services.actions import ActionFilter, find_actions
    from rapat.services.attachments import add_photo
    from rapat.services.demo import DemoGenerator
    from rapat.services.meetings import list_meetings, load_meeting, store_meeting
    from rapat.services.package import export_package, import_package
    from rapat.services.search import search

    database = open_database(url)
    try:
        with database.session() as session:
            count = len(list_meetings(session))
            line(
                f"list of {count} meetings", median_ms(lambda: list_meetings(session), rounds), 100
            )
            for query in SEARCHES:
                hits = len(search(session, query))
                ms = median_ms(lambda q=query: search(session, q), rounds)
                line(f"search {query!r} ({hits} meetings)", ms, 100)
            for name, criteria in {
                "register, everything": ActionFilter(latest_only=True),
                "register, institution 'polres'": ActionFilter(
                    institution="polres", latest_only=True
                ),
            }.items():
                rows = len(find_actions(session, criteria))
                ms = median_ms(lambda c=criteria: find_actions(session, c), rounds)
                line(f"{name} ({rows} rows)", ms, 50)
        generator = DemoGenerator(seed=11)
        record = generator.meeting(0, 1)
        record.participants = [
            replace(p, signature_png=_png(i)) if i < 400 else p
            for i, p in enumerate(generator.participants_for(record.start_time, 405))
        ]
        with database.session() as session:
            big = store_meeting(session, record)
            for number in range(10):
                add_photo(session, big, f"foto-{number + 1}.jpg", _jpeg())
        with database.session() as session:
            ms = median_ms(lambda: load_meeting(session, big), max(rounds // 4, 3))
        line("open a 405-participant meeting (load_meeting)", ms, 300)
        with tempfile.TemporaryDirectory() as folder:
            package = Path(folder) / "besar.rapat"
            start = time.perf_counter()
            with database.session() as session:
                written = export_package(session, big, package)
            line(
                f"export its package ({written.size / 1e6:.1f} MB, 400 signatures, 10 photos)",
                (time.perf_counter() - start) * 1000,
                3000,
            )
            laptop = open_database(str(Path(folder) / "laptop.db"))
            try:
                start = time.perf_counter()
                with laptop.session() as session:
                    import_package(session, package)
                line("import it into a laptop's SQLite", (time.perf_counter() - start) * 1000, 3000)
            finally:
                laptop.close()
            with database.session() as session:  # the server then takes it as another meeting
                session.execute(
                    text("UPDATE meetings SET uid = :u WHERE id = :i"),
                    {"u": "00000000-0000-4000-8000-000000000000", "i": big},
                )
            start = time.perf_counter()
            with database.session() as session:
                import_package(session, package)
            line(
                "import it into the server (a new meeting)",
                (time.perf_counter() - start) * 1000,
                3000,
            )
    finally:
        database.close()


if __name__ == "__main__":
    os.chdir(Path(__file__).parent)
    main()
