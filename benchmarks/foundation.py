"""Foundation speed figures: demo fill, importing a 400-participant meeting, `rapat list --json`.

    .venv/bin/python benchmarks/foundation.py [--meetings 2000] [--rounds 15]

Prints each figure next to its goal; the list figure is a ratio against `python -c "import sqlalchemy"`
measured side by side, alternating.
"""

from __future__ import annotations

import argparse
import json
import os
import tempfile
from pathlib import Path

from common import PYTHON, report, report_ratio, side_by_side, time_call, time_command


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--meetings", type=int, default=2000)
    parser.add_argument("--rounds", type=int, default=15)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        folder = Path(folder)
        db = folder / "bench.db"
        rapat = [PYTHON, "-m", "rapat", "--db", str(db)]

        seconds = time_command([*rapat, "demo", "--meetings", str(args.meetings), "--seed", "1"])
        report(f"rapat demo --meetings {args.meetings}", seconds, goal=60)

        big = folder / "big.json"
        big.write_text(json.dumps(_big_meeting(), ensure_ascii=False), encoding="utf-8")
        report(
            "rapat import (400 participants, whole process)",
            time_command([*rapat, "import", str(big)]),
            goal=2,
        )
        report("  of which storing it in one transaction", _store_time(db, big), goal=2)

        subject, floor, ratio = side_by_side(
            lambda: time_command([*rapat, "list", "--json"]),
            lambda: time_command([PYTHON, "-c", "import sqlalchemy"]),
            args.rounds,
        )
        report_ratio(f"rapat list --json ({args.meetings} meetings)", subject, floor, ratio, goal=2)


def _big_meeting() -> dict:
    from rapat.services.demo import DemoGenerator
    from rapat.services.interchange import meeting_to_json

    generator = DemoGenerator(seed=9)
    record = generator.meeting(0, 1)
    record.participants = generator.participants_for(record.start_time, 400)
    return meeting_to_json(record)


def _store_time(db: Path, big: Path) -> float:
    from rapat.db import open_database
    from rapat.services.interchange import read_meeting_file
    from rapat.services.meetings import store_meeting

    database = open_database(str(db))

    def store() -> None:
        with database.session() as session:
            store_meeting(session, read_meeting_file(big))

    try:
        return time_call(store)
    finally:
        database.close()


if __name__ == "__main__":
    os.chdir(Path(__file__).parent)
    main()
