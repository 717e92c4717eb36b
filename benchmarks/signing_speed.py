"""How long signing and verifying a 43-page notula take (issues 6 and 13: under 1.5 s each, also as
a whole `rapat sign` / `rapat verify` process).

A demo meeting is grown until its notula with the daftar hadir has at least 43 pages, finalized as
for the archive (PDF/A, both signature fields naming their officers), then signed by the chair, by
the note-taker, and verified against the office's root; each step is timed over several rounds and
its median printed, in this process and as the command-line processes a script would run, with
the machine's load (which inflates wall-clock times far more than processor times).
The chair's signature is then timed again at B-LT (the office's CRL embedded), at B-T against a
real RFC 3161 authority on 127.0.0.1 (the tests' one), and at both, as Rapat signs (B-LT: under 0.5 s).

    .venv/bin/python benchmarks/signing_speed.py [--rounds N]
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

from pdf_speed import big_meeting

from rapat.db import open_database
from rapat.documents.notula import build_notula
from rapat.documents.signers import BlockOfficer
from rapat.documents.signing import add_signature_fields, sign_pdf, verify_pdf
from rapat.records.organization import ProfileRecord
from rapat.services import certificates

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))
from timestamp_authority import TimestampAuthority  # the tests' local authority

PAGES = 43
ROOT_PASS, CHAIR_PASS, NOTE_PASS = "akar-rahasia", "sandi-ketua", "sandi-notulis"


def many_pages():
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
            return record, built
        record.participants = record.participants + record.participants[:100]


def identities(folder: Path, record):
    """The officers' certificates (issued to the meeting's chair and note-taker), their PKCS#12
    files and the root's PEM written into folder, the identities and the trusted roots."""
    database = open_database(str(folder / "rapat.db"))
    with database.session() as session:
        certificates.create_root(session, "Pemerintah Kabupaten Lembah Hijau", ROOT_PASS)
        chair = certificates.issue_officer(
            session, ROOT_PASS, record.chair.name, CHAIR_PASS, nip=record.chair.nip
        )
        note = certificates.issue_officer(
            session, ROOT_PASS, record.note_taker.name, NOTE_PASS, nip=record.note_taker.nip
        )
        (folder / "ketua.p12").write_bytes(certificates.pkcs12_data(session, chair))
        (folder / "akar.pem").write_text(certificates.root_pem(session))
        result = (
            certificates.signing_identity(session, chair, CHAIR_PASS),
            certificates.signing_identity(session, note, NOTE_PASS),
            certificates.trust_roots(session),
            certificates.validation_material(session),
        )
    database.close()
    return result


def processes(folder: Path, pdf: bytes, signed: bytes, rounds: int) -> list[list[float]]:
    """`rapat sign --as chair` and `rapat verify --trust` (in an empty database) as processes."""
    (folder / "masuk.pdf").write_bytes(pdf)
    (folder / "ttd.pdf").write_bytes(signed)
    env = dict(os.environ, RAPAT_P12_PASSPHRASE=CHAIR_PASS)
    sign = [sys.executable, "-m", "rapat", "sign", str(folder / "masuk.pdf"), "-o"]
    sign_rest = ["--p12", str(folder / "ketua.p12"), "--as", "chair"]
    verify = [sys.executable, "-m", "rapat", "--db", str(folder / "lain.db"), "verify"]
    verify_rest = [str(folder / "ttd.pdf"), "--trust", str(folder / "akar.pem")]
    _run([*verify, *verify_rest], env)  # creates the empty database before the timed rounds
    figures = [[], [], [], []]  # sign: wall, processor; verify: wall, processor
    for number in range(rounds):
        out = str(folder / f"keluar-{number}.pdf")
        for column, command in enumerate(([*sign, out, *sign_rest], [*verify, *verify_rest])):
            seconds, processor = timed(lambda command=command: _run(command, env))
            figures[2 * column].append(seconds)
            figures[2 * column + 1].append(processor)
    return figures


def _run(command: list[str], env: dict) -> float:
    """Run a command; returns the processor time it used (user and system), which a busy machine
    does not inflate as it does the wall-clock time."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    subprocess.run(command, env=env, check=True, capture_output=True)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime


def timed(work):
    start = time.perf_counter()
    result = work()
    return time.perf_counter() - start, result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=5)
    rounds = parser.parse_args().rounds
    load_before = os.getloadavg()[0]
    record, built = many_pages()
    officers = {
        "ttd_ketua": BlockOfficer(record.chair.name, record.chair.nip),
        "ttd_notulis": BlockOfficer(record.note_taker.name, record.note_taker.nip),
    }
    fields = [replace(built.signature_fields[name], officer=officers[name]) for name in officers]
    pdf = add_signature_fields(built.data, fields)
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        chair, note, roots, material = identities(folder, record)
        first, second, checks = [], [], []
        for _ in range(rounds):
            seconds, half = timed(lambda: sign_pdf(pdf, chair, field="ttd_ketua"))
            first.append(seconds)
            seconds, whole = timed(lambda half=half: sign_pdf(half, note, field="ttd_notulis"))
            second.append(seconds)
            seconds, reports = timed(lambda whole=whole: verify_pdf(whole, roots))
            checks.append(seconds)
            assert len(reports) == 2 and all(r.sound and r.trusted for r in reports)
        signing, signing_cpu, checking, checking_cpu = processes(folder, pdf, whole, rounds)
    print(f"notula: {built.pages} pages, {len(whole) // 1024} KiB signed; {rounds} rounds")
    print(f"sign as chair (first signature):       median {statistics.median(first):.3f} s")
    print(f"sign as note-taker (second signature): median {statistics.median(second):.3f} s")
    print(f"verify both signatures:                median {statistics.median(checks):.3f} s")
    for what, wall, cpu in (
        ("process `rapat sign --as chair`:      ", signing, signing_cpu),
        ("process `rapat verify --trust`:       ", checking, checking_cpu),
    ):
        print(
            f"{what} median {statistics.median(wall):.3f} s "
            f"(processor time {statistics.median(cpu):.3f} s)"
        )
    long_term(pdf, chair, material, rounds)
    print(
        f"load average (1 min) {load_before:.2f} at the start, {os.getloadavg()[0]:.2f} at the "
        f"end, on {os.cpu_count()} processors"
    )


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
