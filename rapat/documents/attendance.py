"""The daftar hadir: every participant by institution, with signatures, and invited against present."""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer

from rapat.dates import clock, long_date
from rapat.documents.compose import CELL_PADDING, Composer, keep_with_table, table
from rapat.documents.images import picture
from rapat.documents.letterhead import letterhead
from rapat.documents.pdf import BuiltDocument, Metadata, PageSetup, render
from rapat.documents.styles import GROUP_FILL, Styles
from rapat.i18n import tr
from rapat.models.vocabulary import ATTENDANCE_LABELS, AttendanceStatus, MeetingStatus
from rapat.records.meeting import by_institution

if TYPE_CHECKING:
    from rapat.records.meeting import MeetingRecord, ParticipantRecord
    from rapat.records.organization import ProfileRecord

# No, Nama, Jabatan, Instansi, Keterangan, Jam, Tanda Tangan: the middle four share what is left
# after the fixed columns, the signature column never narrower than 40 mm.
NUMBER_WIDTH, CLOCK_WIDTH, SIGNATURE_WIDTH = 8 * mm, 11 * mm, 40 * mm
SHARED_COLUMNS = (32, 23, 25, 21)
SIGNATURE_PLACE = (26 * mm, 11 * mm)  # one signature's place: the left or the right of its column
NUMBER_ROOM = 6 * mm  # the place's number, before the signature
SIGNATURE_BOX = (SIGNATURE_PLACE[0] - NUMBER_ROOM, SIGNATURE_PLACE[1])
ATTENDING = (AttendanceStatus.PRESENT, AttendanceStatus.REPRESENTED)


def build_attendance(meeting: MeetingRecord, profile: ProfileRecord) -> BuiltDocument:
    """The daftar hadir alone, on the letterhead."""
    composer = Composer(PageSetup.of(profile))
    width = composer.setup.width()
    story = letterhead(profile, composer, width) + attendance_story(meeting, composer, width)
    metadata = Metadata(
        title=f"Daftar Hadir {meeting.title}",
        author=profile.letterhead_lines[-1] if profile.letterhead_lines else "Rapat",
        subject=f"Daftar hadir rapat {long_date(meeting.date)}",
    )
    return render(story, metadata, composer, draft=meeting.status == MeetingStatus.DRAFT)


def attendance_story(
    meeting: MeetingRecord, composer: Composer, width: float, attached: bool = False
) -> list[Flowable]:
    """The daftar hadir's title, table and summary, to stand alone or follow the notula."""
    s = composer.styles
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
        *_summary_table(
            composer.para("Rekapitulasi Kehadiran per Instansi", s.heading),
            meeting.participants,
            composer,
            width,
        ),
    ]
    return story


def _participants_table(participants: list, composer: Composer, width: float):
    s = composer.styles
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
    groups: list[int] = []  # the rows holding an institution's name
    for institution, members in by_institution(participants).items():
        heading = _GroupHeading(composer.para(institution, s.cell_bold), width - CELL_PADDING)
        commands.append(("BACKGROUND", (0, len(rows)), (-1, len(rows)), GROUP_FILL))
        rows.append([heading, "", "", "", "", "", ""])
        groups.append(len(rows) - 1)  # never ends a page without its first participant
        commands.append(
            ("LINEAFTER", (0, len(rows)), (-2, len(rows) + len(members) - 1), 0.5, colors.black)
        )
        for participant in members:
            number += 1
            rows.append(_participant_row(number, participant, composer, widths))
    return table(
        rows,
        widths,
        s.grid(*commands, lines=False),
        header_rows=1,
        page_height=composer.setup.height(),
        keep_with_next=groups,
    )


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
    shared = width - NUMBER_WIDTH - CLOCK_WIDTH - SIGNATURE_WIDTH
    middle = [shared * part / sum(SHARED_COLUMNS) for part in SHARED_COLUMNS]
    return [NUMBER_WIDTH, *middle, CLOCK_WIDTH, SIGNATURE_WIDTH]


def _participant_row(
    number: int, p: ParticipantRecord, composer: Composer, widths: list[float]
) -> list:
    s = composer.styles
    if p.nip:
        # a size smaller, so that the 18 digits stand on one line in the name's column
        nip = f'<b>{{}}</b><br/><font size="{s.cell_size - 1}">NIP. {{}}</font>'
        name = composer.shaped(nip, s.cell, p.name, p.nip)
    else:
        name = composer.shaped("<b>{}</b>", s.cell, p.name)
    signature = picture(p.signature_png, *SIGNATURE_BOX)
    if p.signature_png and signature is None:
        composer.warn(
            tr("Tanda tangan {name} tidak dapat dibaca dan tidak dicantumkan").format(name=p.name)
        )
    if p.status in ATTENDING:
        place: Flowable = SignaturePlace(number, signature, widths[-1], composer.styles)
    else:  # izin or tidak hadir is written where a signature could otherwise be added later
        place = composer.shaped("<i>{}</i>", s.cell_centre, remark(p))
    return [
        str(number),
        name,
        composer.cell(p.position, s.cell, widths[2]),
        composer.cell(p.institution, s.cell, widths[3]),
        composer.cell(remark(p), s.cell, widths[4]),
        clock(p.check_in) if p.check_in else "",
        place,
    ]


class SignaturePlace(Flowable):
    """A numbered place to sign, on the left of the column for odd numbers and on the right for
    even ones, as paper lists alternate them; the signature image, when there is one, stands in it."""

    def __init__(self, number: int, image: Flowable | None, width: float, s: Styles) -> None:
        super().__init__()
        self.number = number
        self.image = image
        self.column = width - CELL_PADDING
        self.styles = s

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.column, SIGNATURE_PLACE[1]

    def draw(self) -> None:
        canvas = self.canv
        left = 0.0 if self.number % 2 else self.column - SIGNATURE_PLACE[0]
        canvas.setFont(self.styles.regular, self.styles.cell_size)
        canvas.drawString(left, SIGNATURE_PLACE[1] - self.styles.cell_size, f"{self.number}.")
        if self.image is not None:
            self.image.drawOn(canvas, left + NUMBER_ROOM, 0)


def remark(p: ParticipantRecord) -> str:
    """The Keterangan column: Hadir, Mewakili <whom>, Izin or Tidak hadir."""
    if p.status == AttendanceStatus.REPRESENTED and p.representing:
        return f"Mewakili {p.representing}"
    return ATTENDANCE_LABELS.get(p.status, p.status)


def _summary_table(
    heading: Paragraph, participants: list, composer: Composer, width: float
) -> list[Flowable]:
    """Invited against present per institution; those who came in another's place counted apart."""
    s = composer.styles
    header = ["No", "Instansi", "Diundang", "Hadir", "Izin", "Tidak hadir", "Di antaranya diwakili"]
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
        + [composer.shaped("<b>{}</b>", s.cell_centre, str(totals[key])) for key in _COUNT_KEYS]
    )
    fixed = [8 * mm, None, 18 * mm, 16 * mm, 14 * mm, 16 * mm, 22 * mm]
    fixed[1] = width - sum(w for w in fixed if w)
    centred = [("ALIGN", (0, 1), (0, -1), "CENTER"), ("ALIGN", (2, 1), (-1, -1), "CENTER")]
    style = s.grid(*centred)
    data = table(rows, fixed, style, header_rows=1, page_height=composer.setup.height())
    return keep_with_table(heading, data, rows, style, width)


_COUNT_KEYS = ("invited", "attending", "excused", "absent", "represented")


def _counts(members: list[ParticipantRecord]) -> Counter[str]:
    counts: Counter[str] = Counter(invited=len(members))
    for p in members:
        if p.status in ATTENDING:
            counts["attending"] += 1
            if p.status == AttendanceStatus.REPRESENTED:
                counts["represented"] += 1
        elif p.status == AttendanceStatus.EXCUSED:
            counts["excused"] += 1
        else:
            counts["absent"] += 1
    return counts


def attending_count(participants: list[ParticipantRecord]) -> int:
    """How many came, in person or represented."""
    return sum(1 for p in participants if p.status in ATTENDING)
