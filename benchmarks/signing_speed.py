"""How long signing and verifying a 43-page notula take (issue 6: under 1.5 s each), and what a
timestamp (B-T) and embedded validation data (B-LT) add to a signature (issue 13: B-LT under 0.5 s).

A demo meeting is grown until its notula with the daftar hadir has at least 43 pages, finalized as
for the archive (PDF/A, both signature fields), then signed by the chair, by the note-taker, and
verified against the office's root; each step is timed over several rounds and its median printed.
The chair's signature is then timed again at B-LT (the office's CRL embedded), at B-T against a
real RFC 3161 authority on 127.0.0.1 (the tests' one), and at both, as Rapat signs.

    .venv/bin/python benchmarks/signing_speed.py [--rounds N]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

from pdf_speed import big_meeting

from rapat.db import open_database
from rapat.documents.notula import build_notula
from rapat.documents.signing import add_signature_fields, sign_pdf, verify_pdf
from rapat.services import certificates
from rapat.services.organization import ProfileRecord

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))
from timestamp_authority import TimestampAuthority  # the tests' local authority

PAGES = 43
ROOT_PASS, CHAIR_PASS, NOTE_PASS = "akar-rahasia", "sandi-ketua", "sandi-notulis"


def forty_three_pages():
    """The big demo meeting, with more participants until the archived notula has 43 pages."""
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
            certificates.validation_material(session),
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
    built = forty_three_pages()
    fields = [built.signature_fields[name] for name in ("ttd_ketua", "ttd_notulis")]
    pdf = add_signature_fields(built.data, fields)
    with tempfile.TemporaryDirectory() as folder:
        chair, note, roots, material = identities(Path(folder))
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
    long_term(pdf, chair, material, rounds)


def long_term(pdf: bytes, chair, material, rounds: int) -> None:
    """The chair's signature at B-B, B-LT, B-T and B-T + B-LT, each level timed in turn within a
    round so that the machine's load falls alike on all; the difference to B-B is what it adds."""
    with TimestampAuthority() as tsa:
        levels = {
            "B-B (no timestamp, no validation data)": dict,
            "B-LT (chain and CRL embedded)": lambda: {"validation": material},
            "B-T (local RFC 3161 authority)": lambda: {"authority": _reach(tsa.url)},
            "B-T + B-LT (as Rapat signs)": lambda: {
                "authority": _reach(tsa.url),
                "validation": material,
            },
        }
        times: dict[str, list[float]] = {label: [] for label in levels}
        for _ in range(rounds):
            for label, options in levels.items():
                # reaching the authority (its probe) is part of what the level costs
                seconds, _signed = timed(
                    lambda options=options: sign_pdf(pdf, chair, field="ttd_ketua", **options())
                )
                times[label].append(seconds)
    plain = statistics.median(times["B-B (no timestamp, no validation data)"])
    for label, measured in times.items():
        median = statistics.median(measured)
        print(f"sign as chair at {label:<40} median {median:.3f} s (+{median - plain:.3f} s)")


def _reach(url: str):
    from rapat.documents.long_term import reach_timestamp_authority

    authority, warning = reach_timestamp_authority(url)
    assert authority is not None, warning
    return authority


if __name__ == "__main__":
    main()
