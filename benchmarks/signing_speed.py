"""How long signing and verifying a 40-page notula take (issue 6: under 1.5 s each).

A demo meeting is grown until its notula with the daftar hadir has at least 40 pages, finalized as
for the archive (PDF/A, both signature fields), then signed by the chair, by the note-taker, and
verified against the office's root; each step is timed over several rounds and its median printed.

    .venv/bin/python benchmarks/signing_speed.py [--rounds N]
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from pathlib import Path

from pdf_speed import big_meeting

from rapat.db import open_database
from rapat.documents.notula import build_notula
from rapat.documents.signing import add_signature_fields, sign_pdf, verify_pdf
from rapat.records.organization import ProfileRecord
from rapat.services import certificates

PAGES = 40
ROOT_PASS, CHAIR_PASS, NOTE_PASS = "akar-rahasia", "sandi-ketua", "sandi-notulis"


def forty_pages():
    """The big demo meeting, with more participants until the archived notula has 40 pages."""
    record = big_meeting()
    profile = ProfileRecord(
        letterhead="Pemerintah Kabupaten Lembah Hijau\nBadan Kesatuan Bangsa dan Politik",
        signing_city="Lembah Hijau",
        signature_blocks="chair_note_taker",
    )
    record.id = 1
    while True:
        built = build_notula(record, profile, for_archive=True)
        if built.pages >= PAGES:
            return built
        record.participants = record.participants + record.participants[:100]


def identities(folder: Path):
    database = open_database(str(folder / "rapat.db"))
    with database.session() as session:
        certificates.create_root(session, "Pemerintah Kabupaten Lembah Hijau", ROOT_PASS)
        chair = certificates.issue_officer(session, ROOT_PASS, "Dr. Bambang Sutrisno", CHAIR_PASS)
        note = certificates.issue_officer(session, ROOT_PASS, "Dewi Lestari, S.Sos", NOTE_PASS)
        result = (
            certificates.signing_identity(session, chair, CHAIR_PASS),
            certificates.signing_identity(session, note, NOTE_PASS),
            certificates.trust_roots(session),
        )
    database.close()
    return result


def timed(work):
    start = time.perf_counter()
    result = work()
    return time.perf_counter() - start, result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=5)
    rounds = parser.parse_args().rounds
    built = forty_pages()
    fields = [built.signature_fields[name] for name in ("ttd_ketua", "ttd_notulis")]
    pdf = add_signature_fields(built.data, fields)
    with tempfile.TemporaryDirectory() as folder:
        chair, note, roots = identities(Path(folder))
    first, second, checks = [], [], []
    for _ in range(rounds):
        seconds, half = timed(lambda: sign_pdf(pdf, chair, field="ttd_ketua"))
        first.append(seconds)
        seconds, whole = timed(lambda half=half: sign_pdf(half, note, field="ttd_notulis"))
        second.append(seconds)
        seconds, reports = timed(lambda whole=whole: verify_pdf(whole, roots))
        checks.append(seconds)
        assert len(reports) == 2 and all(r.sound and r.trusted for r in reports)
    print(f"notula: {built.pages} pages, {len(whole) // 1024} KiB signed; {rounds} rounds")
    print(f"sign as chair (first signature):       median {statistics.median(first):.3f} s")
    print(f"sign as note-taker (second signature): median {statistics.median(second):.3f} s")
    print(f"verify both signatures:                median {statistics.median(checks):.3f} s")


if __name__ == "__main__":
    main()
