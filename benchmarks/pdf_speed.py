"""How long the notula with its daftar hadir takes, against the plainest ReportLab document.

A 400-participant meeting with 120 discussion points and 150 actions, everyone who came signed on a
signature pad (a drawing of their own each), is built both ways, alternating, and the medians and the
median ratio are printed. The goal (issue 5): under 2 s and within 2x. The surat undangan of the
same meeting is timed too (goal, issue 17: under 1 s).

The plain document holds the same text and no pictures: every text the notula draws, in the units
it draws them (each paragraph, each table cell, the page numbers, the DRAF mark, a signature
place's number — as often as each is drawn: a repeated table header once per page), each one plain
paragraph of a SimpleDocTemplate. For comparison it is also timed holding only the meeting's fields,
one paragraph each: a quarter fewer words, without the labels, headings, column headers, numbers,
dates as written and the summary the notula prints.

With --process, whole processes are timed instead (issue 17: within 2x): `rapat pdf` of the meeting
grown to 405 participants, against Python processes that build the plain documents; both the clock
and the processor time (user and system) of each process are reported, with the machine's load.
Both run from compiled bytecode, after an untimed first run of each.

    .venv/bin/python benchmarks/pdf_speed.py [--rounds N] [--process] [--unsigned]
"""

from __future__ import annotations

import argparse
import io
import os
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path

from PIL import Image, ImageDraw
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph, SimpleDocTemplate

from rapat.documents.fonts import REGULAR, register_fonts
from rapat.documents.invitation import build_invitation
from rapat.documents.notula import build_notula
from rapat.records.meeting import MeetingRecord
from rapat.records.organization import ProfileRecord
from rapat.services.demo import DemoGenerator


def big_meeting() -> MeetingRecord:
    """A demo meeting grown to 400 participants, 120 points and 150 actions."""
    generator = DemoGenerator(seed=11)
    record = generator.meeting(0, 1)
    record.participants = generator.participants_for(record.start_time, 400)
    points, actions, decisions = [], [], []
    index = 1
    while len(points) < 120 or len(actions) < 150:
        other = generator.meeting(index, 50)
        index += 1
        points += [
            replace(p, agenda_item=min(p.agenda_item, len(record.agenda))) for p in other.discussion
        ]
        actions += other.actions
        decisions += other.decisions
    record.discussion, record.actions, record.decisions = (
        points[:120],
        actions[:150],
        decisions[:20],
    )
    return record


INK = (11, 46, 107, 255)  # the signature pad's ink


def sign_attendance(record: MeetingRecord, seed: int = 5) -> None:
    """Give everyone who came a signature of their own, as the signature pad stores one: strokes
    on a transparent background, cropped to them (a few hundred pixels wide)."""
    rng = random.Random(seed)
    for participant in record.participants:
        if participant.status not in ("present", "represented"):
            continue
        width, height = rng.randint(280, 460), rng.randint(100, 180)
        image = Image.new("RGBA", (width, height), (0, 0, 0, 0))
        draw = ImageDraw.Draw(image)
        for _stroke in range(rng.randint(1, 3)):
            points = [(rng.randint(6, width - 6), rng.randint(6, height - 6)) for _ in range(14)]
            draw.line(points, fill=INK, width=3, joint="curve")
        out = io.BytesIO()
        image.save(out, "PNG")
        participant.signature_png = out.getvalue()


def texts(record: MeetingRecord) -> list[str]:
    """The meeting's fields, one item per field that prints something (a field left empty prints
    nothing, so it is no paragraph there either)."""
    found = [record.title, record.location, record.opening, record.closing]
    found += record.agenda + record.decisions
    for officer in (record.chair, record.secretary, record.note_taker):
        found += [officer.name, officer.position, officer.rank, officer.nip]
    for p in record.discussion:
        found += [p.speaker, p.text]
    for a in record.actions:
        found += [a.description, a.institution, a.person, a.due and str(a.due), a.status]
    for p in record.participants:
        found += [p.name, p.nip, p.position, p.institution, p.status, p.representing]
        found += [p.check_in and str(p.check_in)]
    return [" ".join(text.split()) for text in found if text]


@contextmanager
def drawn_texts() -> Iterator[list[str]]:
    """Every text ReportLab draws while the block runs, in the units it draws them: a paragraph's
    whole text, or a string drawn on its own (a plain table cell, a page number)."""
    found: list[str] = []

    def paragraph(draw):
        def recorded(self, *args, **kwargs):
            found.append(self.getPlainText())
            return draw(self, *args, **kwargs)

        return recorded

    def string(draw):
        def recorded(self, x, y, text, *args, **kwargs):
            found.append(text)
            return draw(self, x, y, text, *args, **kwargs)

        return recorded

    originals = {
        (Paragraph, "drawPara"): paragraph,
        (Canvas, "drawString"): string,
        (Canvas, "drawCentredString"): string,
        (Canvas, "drawRightString"): string,
    }
    saved = {key: getattr(*key) for key in originals}
    for (owner, name), recorder in originals.items():
        setattr(owner, name, recorder(saved[owner, name]))
    try:
        yield found
    finally:
        for (owner, name), draw in saved.items():
            setattr(owner, name, draw)
        found[:] = [" ".join(text.split()) for text in found]
        found[:] = [text for text in found if text]


def floors(build_notula: Callable[[], object], record: MeetingRecord) -> dict[str, list[str]]:
    """What the plain documents hold: the notula's own text, and the meeting's fields alone."""
    with drawn_texts() as own:
        build_notula()
    return {"the notula's own text": own, "the meeting's fields only": texts(record)}


def words(lines: list[str]) -> int:
    return sum(len(line.split()) for line in lines)


def plain_pdf(lines: list[str]) -> bytes:
    register_fonts()
    style = ParagraphStyle("plain", fontName=REGULAR, fontSize=10, leading=13)
    out = io.BytesIO()
    SimpleDocTemplate(out, pagesize=A4, initialFontName=REGULAR).build(
        [Paragraph(line.replace("&", "&amp;").replace("<", "&lt;"), style) for line in lines]
    )
    return out.getvalue()


PLAIN_PROCESS = """
import sys
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph, SimpleDocTemplate
from rapat.documents.fonts import REGULAR, register_fonts
register_fonts()
style = ParagraphStyle("plain", fontName=REGULAR, fontSize=10, leading=13)
lines = open(sys.argv[1], encoding="utf-8").read().split("\\n")
SimpleDocTemplate(sys.argv[2], pagesize=A4, initialFontName=REGULAR).build(
    [Paragraph(line.replace("&", "&amp;").replace("<", "&lt;"), style) for line in lines]
)
"""


def whole_processes(record: MeetingRecord, profile: ProfileRecord, rounds: int) -> None:
    """`rapat pdf` against plain ReportLab processes, each started afresh."""
    from rapat.db import open_database
    from rapat.services.meetings import store_meeting
    from rapat.services.organization import update_profile
    from rapat.services.outputs import notula_document

    folder = Path(tempfile.mkdtemp(prefix="rapat-pdf-speed-"))
    database = open_database(str(folder / "rapat.db"))
    with database.session() as session:
        update_profile(session, letterhead=profile.letterhead, signing_city=profile.signing_city)
        meeting_id = store_meeting(session, record)
    with database.session() as session:
        plain_texts = floors(lambda: notula_document(session, meeting_id), record)
    database.close()
    commands = {"rapat pdf": [sys.executable, "-m", "rapat", "--db", str(folder / "rapat.db")]}
    commands["rapat pdf"] += ["pdf", str(meeting_id), "-o", str(folder / "notula.pdf")]
    for number, (holding, lines) in enumerate(plain_texts.items()):
        text = folder / f"plain-{number}.txt"
        text.write_text("\n".join(lines), encoding="utf-8")
        plain = [
            sys.executable,
            "-c",
            PLAIN_PROCESS,
            str(text),
            str(folder / f"plain-{number}.pdf"),
        ]
        commands[f"plain, {holding} ({len(lines)} paragraphs, {words(lines)} words)"] = plain
    # All run as installed programs do, from compiled bytecode (kept aside in the temporary
    # folder), which the first, untimed run of each writes: a shell that forbids writing bytecode
    # would otherwise have every run of `rapat pdf` compile its fifty modules again.
    environment = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    environment["PYTHONPYCACHEPREFIX"] = str(folder / "bytecode")
    for command in commands.values():
        subprocess.run(command, check=True, capture_output=True, env=environment)
    times: dict[str, list[tuple[float, float]]] = {name: [] for name in commands}
    loads = [os.getloadavg()[0]]
    for _ in range(rounds):
        for name, command in commands.items():
            before = resource.getrusage(resource.RUSAGE_CHILDREN)
            start = time.perf_counter()
            subprocess.run(command, check=True, capture_output=True, env=environment)
            clock = time.perf_counter() - start
            after = resource.getrusage(resource.RUSAGE_CHILDREN)
            cpu = after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime
            times[name].append((clock, cpu))
        loads.append(os.getloadavg()[0])
    signed = sum(1 for p in record.participants if p.signature_png)
    print(f"meeting: {len(record.participants)} participants ({signed} signed), whole processes")
    print(f"load average (1 min) during the rounds: {min(loads):.2f} to {max(loads):.2f}")
    for kind, index in (("clock", 0), ("processor", 1)):
        medians = {name: statistics.median(t[index] for t in runs) for name, runs in times.items()}
        ours = medians.pop("rapat pdf")
        print(f"{kind}:")
        print(f"  rapat pdf: median {ours:.3f} s over {rounds}")
        for name, median in medians.items():
            print(f"  {name}: median {median:.3f} s, ratio {ours / median:.2f}x")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=7)
    parser.add_argument("--process", action="store_true", help="time whole processes")
    parser.add_argument(
        "--unsigned", action="store_true", help="no signatures on the daftar hadir (text only)"
    )
    arguments = parser.parse_args()
    rounds = arguments.rounds
    record = big_meeting()
    if not arguments.unsigned:
        sign_attendance(record)
    profile = ProfileRecord(
        letterhead="Pemerintah Kabupaten Lembah Hijau\nBadan Kesatuan Bangsa dan Politik",
        address="Jl. Merdeka No. 1",
        signing_city="Lembah Hijau",
    )
    if arguments.process:
        record.participants = DemoGenerator(seed=11).participants_for(record.start_time, 405)
        if not arguments.unsigned:
            sign_attendance(record)
        whole_processes(record, profile, rounds)
        return
    plain_texts = floors(lambda: build_notula(record, profile), record)
    build_notula(record, profile)  # warm-up: fonts, caches
    for lines in plain_texts.values():
        plain_pdf(lines)
    ours: list[float] = []
    plain: dict[str, list[float]] = {holding: [] for holding in plain_texts}
    for _ in range(rounds):
        start = time.perf_counter()
        document = build_notula(record, profile)
        ours.append(time.perf_counter() - start)
        for holding, lines in plain_texts.items():
            start = time.perf_counter()
            plain_pdf(lines)
            plain[holding].append(time.perf_counter() - start)
    print(
        f"meeting: {len(record.participants)} participants, {len(record.discussion)} points, "
        f"{len(record.actions)} actions; notula {document.pages} pages, {len(document.data) // 1024} KiB"
    )
    print(
        f"notula + daftar hadir (PDF/A): median {statistics.median(ours):.3f} s over {rounds} rounds"
    )
    for holding, times in plain.items():
        lines = plain_texts[holding]
        ratios = [a / b for a, b in zip(ours, times, strict=True)]
        print(
            f"plain ReportLab, {holding} ({len(lines)} paragraphs, {words(lines)} words): "
            f"median {statistics.median(times):.3f} s, median ratio {statistics.median(ratios):.2f}x"
        )
    record.invitation_ref, record.invitation_date = "005/731/Kesbangpol/XI/2024", record.date
    letters = []
    for _ in range(rounds):
        start = time.perf_counter()
        build_invitation(record, profile)
        letters.append(time.perf_counter() - start)
    print(f"surat undangan (PDF/A):        median {statistics.median(letters):.3f} s (goal < 1 s)")


if __name__ == "__main__":
    main()
