"""The daftar hadir: every participant by institution, with signatures, and invited against present."""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from rapat.dates import clock, long_date
from rapat.documents.compose import CELL_PADDING, Composer, table
from rapat.documents.images import picture
from rapat.documents.letterhead import letterhead
from rapat.documents.pdf import BuiltDocument, Metadata, page_width, render
from rapat.documents.styles import GROUP_FILL, grid_style, styles
from rapat.i18n import tr
from rapat.models.vocabulary import ATTENDANCE_LABELS, AttendanceStatus

if TYPE_CHECKING:
    from rapat.records.meeting import MeetingRecord, ParticipantRecord
    from rapat.records.organization import ProfileRecord

COLUMNS_MM = (8, 40, 31, 28, 24, 11, 32)
SIGNATURE_BOX = (30 * mm, 11 * mm)
ATTENDING = (AttendanceStatus.PRESENT, AttendanceStatus.REPRESENTED)


def build_attendance(meeting: MeetingRecord, profile: ProfileRecord) -> BuiltDocument:
    """The daftar hadir alone, on the letterhead."""
    composer = Composer()
    width = page_width()
    story = letterhead(profile, composer, width) + attendance_story(meeting, composer, width)
    metadata = Metadata(
        title=f"Daftar Hadir {meeting.title}",
        author=profile.letterhead_lines[-1] if profile.letterhead_lines else "Rapat",
        subject=f"Daftar hadir rapat {long_date(meeting.date)}",
    )
    return render(story, metadata, composer.warnings())


def attendance_story(
    meeting: MeetingRecord, composer: Composer, width: float, attached: bool = False
) -> list[Flowable]:
    """The daftar hadir's title, table and summary, to stand alone or follow the notula."""
    s = styles()
    story: list[Flowable] = []
    if attached:
        story.append(composer.para("Lampiran Notula", s.small))
    story += [
        composer.para("DAFTAR HADIR", s.title),
        composer.para(meeting.title, s.subtitle),
        Spacer(1, 2 * mm),
        composer.para(f"Hari/Tanggal: {long_date(meeting.date)}", s.centre),
        composer.para(f"Tempat: {meeting.location}", s.centre),
        Spacer(1, 4 * mm),
        _participants_table(meeting.participants, composer, width),
        composer.para("Rekapitulasi Kehadiran per Instansi", s.heading),
        _summary_table(meeting.participants, composer, width),
    ]
    return story


def by_institution(participants: list[ParticipantRecord]) -> dict[str, list[ParticipantRecord]]:
    """Participants grouped by institution, institutions in the order they first appear."""
    groups: dict[str, list[ParticipantRecord]] = {}
    for participant in participants:
        groups.setdefault(participant.institution or "-", []).append(participant)
    return groups


def _participants_table(participants: list, composer: Composer, width: float):
    s = styles()
    header = [
        composer.para(label, s.cell_header)
        for label in ("No", "Nama", "Jabatan", "Instansi", "Keterangan", "Jam", "Tanda Tangan")
    ]
    rows: list[list] = [header]
    widths = _widths(width)
    commands: list[tuple] = [
        ("ALIGN", (0, 1), (0, -1), "CENTER"),
        ("ALIGN", (5, 1), (5, -1), "CENTER"),
        ("LINEBELOW", (0, 0), (-1, -1), 0.5, colors.black),
        ("LINEAFTER", (0, 0), (-2, 0), 0.5, colors.black),
    ]
    number = 0
    for institution, members in by_institution(participants).items():
        heading = _GroupHeading(composer.para(institution, s.cell_bold), width - CELL_PADDING)
        commands.append(("BACKGROUND", (0, len(rows)), (-1, len(rows)), GROUP_FILL))
        rows.append([heading, "", "", "", "", "", ""])
        commands.append(
            ("LINEAFTER", (0, len(rows)), (-2, len(rows) + len(members) - 1), 0.5, colors.black)
        )
        for participant in members:
            number += 1
            rows.append(_participant_row(number, participant, composer, widths))
    return table(rows, widths, grid_style(*commands, lines=False), header_rows=1)


class _GroupHeading(Flowable):
    """An institution's name drawn across its whole row, where a SPAN would be the usual way.

    ReportLab recomputes every span of a table each time it splits it across pages, which made a
    long daftar hadir several times slower; the row's inner lines are left out instead.
    """

    def __init__(self, paragraph: Flowable, width: float) -> None:
        super().__init__()
        self.paragraph = paragraph
        self.full_width = width

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        _width, height = self.paragraph.wrap(self.full_width, available_height)
        return available_width, height

    def draw(self) -> None:
        self.paragraph.drawOn(self.canv, 0, 0)


def _widths(width: float) -> list[float]:
    scale = width / (sum(COLUMNS_MM) * mm)
    return [w * mm * scale for w in COLUMNS_MM]


def _participant_row(
    number: int, p: ParticipantRecord, composer: Composer, widths: list[float]
) -> list:
    s = styles()
    name = f"<b>{composer.markup(p.name)}</b>"
    if p.nip:
        name += f"<br/>NIP. {composer.markup(p.nip)}"
    signature = picture(p.signature_png, *SIGNATURE_BOX)
    if p.signature_png and signature is None:
        composer.warn(
            tr("Tanda tangan {name} tidak dapat dibaca dan tidak dicantumkan").format(name=p.name)
        )
    return [
        str(number),
        composer.rich(name, s.cell),
        composer.cell(p.position, s.cell, widths[2]),
        composer.cell(p.institution, s.cell, widths[3]),
        composer.cell(remark(p), s.cell, widths[4]),
        clock(p.check_in) if p.check_in else "",
        signature or Spacer(1, SIGNATURE_BOX[1]),
    ]


def remark(p: ParticipantRecord) -> str:
    """The Keterangan column: Hadir, Mewakili <whom>, Izin or Tidak hadir."""
    if p.status == AttendanceStatus.REPRESENTED and p.representing:
        return f"Mewakili {p.representing}"
    return ATTENDANCE_LABELS.get(p.status, p.status)


def _summary_table(participants: list, composer: Composer, width: float):
    s = styles()
    header = ["No", "Instansi", "Diundang", "Hadir", "Izin", "Tidak hadir"]
    rows: list[list] = [[composer.para(label, s.cell_header) for label in header]]
    totals: Counter[str] = Counter()
    for number, (institution, members) in enumerate(by_institution(participants).items(), 1):
        counts = _counts(members)
        totals.update(counts)
        rows.append(
            [str(number), composer.para(institution, s.cell)]
            + [str(counts[k]) for k in _COUNT_KEYS]
        )
    rows.append(
        ["", composer.para("Jumlah", s.cell_bold)]
        + [composer.rich(f"<b>{totals[key]}</b>", s.cell_centre) for key in _COUNT_KEYS]
    )
    fixed = [8 * mm, None, 20 * mm, 20 * mm, 20 * mm, 20 * mm]
    fixed[1] = width - sum(w for w in fixed if w)
    centred = [("ALIGN", (0, 1), (0, -1), "CENTER"), ("ALIGN", (2, 1), (-1, -1), "CENTER")]
    return table(rows, fixed, grid_style(*centred), header_rows=1)


_COUNT_KEYS = ("invited", "attending", "excused", "absent")


def _counts(members: list[ParticipantRecord]) -> Counter[str]:
    counts: Counter[str] = Counter(invited=len(members))
    for p in members:
        if p.status in ATTENDING:
            counts["attending"] += 1
        elif p.status == AttendanceStatus.EXCUSED:
            counts["excused"] += 1
        else:
            counts["absent"] += 1
    return counts


def attending_count(participants: list[ParticipantRecord]) -> int:
    """How many came, in person or represented."""
    return sum(1 for p in participants if p.status in ATTENDING)
