"""How long the Excel work takes (issue 7).

1. The 400-participant meeting workbook against openpyxl writing the same cells plainly (no styles,
   widths or print setup), alternating, with the medians and the median ratio. Goal: < 1.5 s, ≤ 2x.
2. A 5,000-row invitation list (.xlsx and .csv) read and previewed. Goal: < 2 s.

    .venv/bin/python benchmarks/xlsx_speed.py [--rounds N]
"""

from __future__ import annotations

import argparse
import csv
import statistics
import tempfile
from io import BytesIO
from pathlib import Path

from common import report, report_ratio, side_by_side, time_call
from openpyxl import Workbook

from rapat.documents.workbook import meeting_tables, meeting_workbook
from rapat.records.meeting import MeetingRecord
from rapat.services.demo import DemoGenerator
from rapat.services.participant_import import build_preview, read_table

LIST_HEADERS = ["No", "Nama", "Jabatan", "Instansi", "NIP", "Pangkat/Golongan", "No. HP"]


def big_meeting() -> MeetingRecord:
    """A demo meeting with 400 participants, as the tests' big_meeting fixture makes it."""
    generator = DemoGenerator(seed=7)
    record = generator.meeting(0, 1)
    record.participants = generator.participants_for(record.start_time, 400)
    return record


def plain_workbook(record: MeetingRecord) -> bytes:
    """The same cells written the plainest way openpyxl offers."""
    workbook = Workbook()
    workbook.remove(workbook.active)
    for table in meeting_tables(record):
        sheet = workbook.create_sheet(table.title)
        sheet.append([column.header for column in table.columns])
        for row in table.rows:
            sheet.append(row)
    out = BytesIO()
    workbook.save(out)
    return out.getvalue()


def invitation_list(folder: Path, size: int) -> tuple[Path, Path]:
    """A size-row list of invented people, as .xlsx and as a semicolon CSV in Windows-1252."""
    generator = DemoGenerator(seed=5)
    people = []
    while len(people) < size:
        people += generator.participants_for(generator.meeting(0, 1).start_time, 400)
    rows = [
        [i, p.name, p.position, f"{p.institution} {i % 97}", p.nip, p.rank, p.phone]
        for i, p in enumerate(people[:size], start=1)
    ]
    workbook = Workbook()
    workbook.active.append(LIST_HEADERS)
    for row in rows:
        workbook.active.append(row)
    xlsx = folder / "undangan.xlsx"
    workbook.save(xlsx)
    csv_path = folder / "undangan.csv"
    with csv_path.open("w", encoding="cp1252", errors="replace", newline="") as out:
        writer = csv.writer(out, delimiter=";")
        writer.writerow(LIST_HEADERS)
        writer.writerows(rows)
    return xlsx, csv_path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=7)
    rounds = parser.parse_args().rounds

    record = big_meeting()
    subject, floor, ratio = side_by_side(
        lambda: time_call(lambda: meeting_workbook(record)),
        lambda: time_call(lambda: plain_workbook(record)),
        rounds,
    )
    report("meeting workbook, 400 participants (median)", subject, goal=1.5)
    report_ratio("meeting workbook vs plain openpyxl", subject, floor, ratio, goal=2.0)

    with tempfile.TemporaryDirectory() as folder:
        for path in invitation_list(Path(folder), 5000):
            seconds = statistics.median(
                time_call(lambda p=path: build_preview(read_table(p))) for _ in range(rounds)
            )
            preview = build_preview(read_table(path))
            report(
                f"preview of a 5,000-row {path.suffix} list ({len(preview.rows)} rows)",
                seconds,
                2.0,
            )


if __name__ == "__main__":
    main()
