"""Kill Rapat at random moments while it upgrades an archive, creates a new one, imports meetings or
signs the archived notula, then check that every archive opens with all its rows, and every
signature announced is in its whole, intact archived PDF.

On demand: `python tests/crash_storage.py --kills 100` spreads the kills over the four kinds and
prints how many records reported saved were lost and how many archives did not open (both must be
0). tests/test_crash_storage.py runs a few kills of each kind in the test suite; both start this
file as the child process that is killed (`python tests/crash_storage.py child KIND DB`).
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve()
EXAMPLE = HERE.parent / "data" / "meeting.json"
KINDS = ("upgrade", "create", "import", "sign")
ROOT_PASS, OFFICER_PASS = "akar-rahasia-uji", "sandi-pejabat-uji"
SIGNERS = ("ttd_ketua", "ttd_notulis")


# --- the child: does one thing and says when it is done --------------------------------------


def child(kind: str, db: str) -> int:
    from rapat.db import open_database

    print("START", flush=True)
    started = time.perf_counter()
    database = open_database(db)
    print(f"OPENED {time.perf_counter() - started:.3f}", flush=True)
    if kind == "import":
        from rapat.services.interchange import read_meeting_file
        from rapat.services.meetings import store_meeting

        record = read_meeting_file(EXAMPLE)
        while True:
            with database.session() as session:
                store_meeting(session, record)
            print("SAVED", flush=True)
    if kind == "sign":
        sign_in_turn(database)
    database.close()
    return 0


def sign_in_turn(database) -> None:
    """Finalize the meeting, let both officers sign, reopen it as a new revision; again and again.
    Each signature is announced only once its transaction has committed."""
    from rapat.services.certificates import signing_identity
    from rapat.services.finalize import amend, finalize, sign_archived

    with database.session() as session:
        identities = [signing_identity(session, n, OFFICER_PASS) for n in (2, 3)]
    while True:
        with database.session() as session:
            document_id = finalize(session, 1)
        for block, identity in zip(SIGNERS, identities, strict=True):
            with database.session() as session:
                sign_archived(session, document_id, identity, block)
            print(f"SIGNED {document_id} {block}", flush=True)
        with database.session() as session:
            amend(session, 1, "Uji ketahanan")


def signing_archive(path: Path) -> None:
    """A new archive holding one complete meeting, a letterhead, the office root (certificate 1) and
    the chair's and note-taker's certificates (2 and 3)."""
    from rapat.db import open_database
    from rapat.services import certificates
    from rapat.services.interchange import read_meeting_file
    from rapat.services.meetings import load_meeting, store_meeting
    from rapat.services.organization import update_profile

    database = open_database(str(path))
    with database.session() as session:
        meeting_id = store_meeting(session, read_meeting_file(EXAMPLE))
        update_profile(session, letterhead="PEMERINTAH KABUPATEN LEMBAH HIJAU\nBAGIAN UMUM")
        record = load_meeting(session, meeting_id)
        certificates.create_root(session, "Pemerintah Kabupaten Lembah Hijau", ROOT_PASS)
        for officer in (record.chair, record.note_taker):
            certificates.issue_officer(
                session, ROOT_PASS, officer.name, OFFICER_PASS, nip=officer.nip
            )
    database.close()


# --- the parent: prepares archives, kills children, checks what is left -----------------------


def old_archive(path: Path, meetings: int) -> dict[str, int]:
    """An archive at schema 0001 holding demo meetings; returns its row counts."""
    from alembic import command
    from alembic.config import Config

    from rapat import location
    from rapat.db import open_database
    from rapat.services.demo import fill_demo

    database = open_database(str(path))
    fill_demo(database, meetings, seed=3)
    config = Config()
    config.set_main_option("script_location", str(location.MIGRATIONS))
    with database.engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, "0001")
    database.close()
    assert not Path(f"{path}-wal").exists()
    return row_counts(path)


def row_counts(path: Path) -> dict[str, int]:
    with sqlite3.connect(path) as connection:
        tables = [
            name
            for (name,) in connection.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
                "AND name NOT LIKE 'search_index%' AND name NOT IN ('alembic_version', 'certificates')"
            )
        ]
        counts = {
            t: connection.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in tables
        }
    connection.close()
    return counts


@dataclass
class Tally:
    kills: int = 0
    lost: int = 0
    corrupt: int = 0
    notes: list[str] = field(default_factory=list)


def _start(kind: str, db: Path) -> subprocess.Popen:
    env = {**os.environ, "PYTHONPATH": str(HERE.parent.parent)}
    return subprocess.Popen(
        [sys.executable, str(HERE), "child", kind, str(db)],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        env=env,
    )


def measure(kind: str, template: Path | None, work: Path) -> float:
    """Seconds the child's opening takes when nothing kills it."""
    db = work / f"measure-{kind}.db"
    _fresh_copy(template, db)
    process = _start(kind, db)
    process.stdout.readline()
    opened = process.stdout.readline().split()
    process.kill()
    process.wait()
    return float(opened[1])


def kill_once(
    kind: str,
    template: Path | None,
    counts: dict[str, int],
    work: Path,
    window: float,
    tally: Tally,
    rng: random.Random,
) -> None:
    from rapat.db import known_revisions, open_database

    db = work / f"{kind}-{tally.kills}.db"
    _fresh_copy(template, db)
    process = _start(kind, db)
    saved = 0
    assert process.stdout.readline().strip() == "START"
    said: list[str] = []
    if kind in ("import", "sign"):
        process.stdout.readline()  # OPENED
        deadline = time.monotonic() + rng.uniform(0.05, window)
        os.set_blocking(process.stdout.fileno(), False)
        while time.monotonic() < deadline:
            said += process.stdout.readlines()
            time.sleep(0.005)
    else:
        time.sleep(rng.uniform(0, window))
    process.send_signal(signal.SIGKILL)
    process.wait(10)
    if kind in ("import", "sign"):
        said += process.stdout.readlines()
    saved = sum(1 for line in said if line.startswith("SAVED"))
    process.stdout.close()
    tally.kills += 1
    try:
        database = open_database(str(db))
        database.close()
    except Exception as error:
        tally.corrupt += 1
        tally.notes.append(f"{db.name}: does not open: {error}")
        return
    with sqlite3.connect(db) as connection:
        check = connection.execute("PRAGMA integrity_check").fetchall()
        revision = connection.execute("SELECT version_num FROM alembic_version").fetchone()[0]
    connection.close()
    if check != [("ok",)] or revision != known_revisions()[-1]:
        tally.corrupt += 1
        tally.notes.append(f"{db.name}: integrity {check[:2]}, schema {revision}")
        return
    now = row_counts(db)
    if kind == "upgrade":
        missing = {t: n - now.get(t, 0) for t, n in counts.items() if now.get(t, 0) < n}
        if missing:
            tally.lost += sum(missing.values())
            tally.notes.append(f"{db.name}: rows lost {missing}")
    elif kind == "import" and now["meetings"] < saved:
        tally.lost += saved - now["meetings"]
        tally.notes.append(f"{db.name}: {saved} saved, {now['meetings']} stored")
    elif kind == "sign":
        check_signatures(
            db, [line.split()[1:] for line in said if line.startswith("SIGNED")], tally
        )
    db.unlink()
    for extra in (f"{db}-wal", f"{db}-shm"):
        Path(extra).unlink(missing_ok=True)
    shutil.rmtree(db.parent / "backups", ignore_errors=True)


def check_signatures(db: Path, signed: list[list[str]], tally: Tally) -> None:
    """Every signature announced is in its archived PDF, and every archived PDF is whole: its
    stored hash is its bytes' and each of its signatures is intact."""
    import hashlib

    from rapat.documents.signing import empty_signature_fields, verify_pdf

    with sqlite3.connect(db) as connection:
        stored = {
            str(number): (data, sha256)
            for number, data, sha256 in connection.execute(
                "SELECT id, data, sha256 FROM signed_documents"
            )
        }
    connection.close()
    for document_id, block in signed:
        data, _sha = stored.get(document_id, (b"", ""))
        if not data or block in empty_signature_fields(data):
            tally.lost += 1
            tally.notes.append(f"{db.name}: signature {block} of document {document_id} lost")
    for document_id, (data, sha256) in stored.items():
        reports = verify_pdf(data, [])
        if hashlib.sha256(data).hexdigest() != sha256 or not all(
            r.intact and r.valid for r in reports
        ):
            tally.corrupt += 1
            tally.notes.append(f"{db.name}: archived document {document_id} is damaged")


def _fresh_copy(template: Path | None, db: Path) -> None:
    for old in (db, Path(f"{db}-wal"), Path(f"{db}-shm")):
        old.unlink(missing_ok=True)
    if template is not None:
        shutil.copyfile(template, db)


def run(kills: int, meetings: int, work: Path, seed: int = 1) -> Tally:
    rng = random.Random(seed)
    template = work / "template-0001.db"
    counts = old_archive(template, meetings)
    tally = Tally()
    signing = work / "template-signing.db"
    signing_archive(signing)
    templates = {"upgrade": template, "create": None, "import": None, "sign": signing}
    windows = {
        "upgrade": measure("upgrade", template, work) * 1.2,
        "create": measure("create", None, work) * 1.2,
        "import": 1.0,
        "sign": 10.0,  # finalizing, two signatures and a new revision take several seconds
    }
    for number in range(kills):
        kind = KINDS[number % len(KINDS)]
        kill_once(kind, templates[kind], counts, work, windows[kind], tally, rng)
    return tally


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--kills", type=int, default=100)
    parser.add_argument(
        "--meetings", type=int, default=300, help="demo meetings in the archive upgraded"
    )
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        started = time.perf_counter()
        tally = run(args.kills, args.meetings, Path(folder), args.seed)
    for note in tally.notes:
        print(note)
    print(
        f"{tally.kills} kills (upgrade, first creation, import, signing in turn) in "
        f"{time.perf_counter() - started:.0f} s: {tally.lost} records lost, "
        f"{tally.corrupt} archives that do not open"
    )
    return 0 if tally.lost == tally.corrupt == 0 else 1


if __name__ == "__main__":
    sys.path.insert(0, str(HERE.parent.parent))
    if sys.argv[1:2] == ["child"]:
        sys.exit(child(sys.argv[2], sys.argv[3]))
    sys.exit(main())
