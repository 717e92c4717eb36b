"""The surat undangan in naskah dinas form: kop, Nomor, Sifat, Lampiran, Hal, Yth., the meeting's
day, time, place and agenda, and the signing official's block; many invitees go to an attachment."""

from __future__ import annotations

from typing import TYPE_CHECKING

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, PageBreak, Spacer

from rapat.dates import long_date, plain_date, time_span
from rapat.documents.compose import UNNAMED, Composer, table
from rapat.documents.letterhead import letterhead
from rapat.documents.pdf import BuiltDocument, Metadata, PageSetup, render
from rapat.models.vocabulary import AttendanceStatus
from rapat.records.meeting import by_institution

if TYPE_CHECKING:
    from rapat.records.meeting import MeetingRecord
    from rapat.records.organization import ProfileRecord

MAX_ADDRESSEES = 6  # more than this, and the letter says "daftar terlampir"
LABEL_WIDTH = 22 * mm
DETAIL_LABEL_WIDTH = 30 * mm
SIGNATURE_SPACE = 22 * mm


def addressees(meeting: MeetingRecord) -> list[tuple[str, str]]:
    """Whom the letter is addressed to: an official and their institution for each invited
    institution, in order.

    A representative's entry names the official they stood in for ("Kapolres Palopo"); otherwise
    the first invitee's position.
    """
    found: list[tuple[str, str]] = []
    for institution, members in by_institution(meeting.participants).items():
        stood_in_for = next(
            (
                p.representing
                for p in members
                if p.status == AttendanceStatus.REPRESENTED and p.representing
            ),
            None,
        )
        found.append((stood_in_for or members[0].position or "", institution))
    return found


REGION_HEADS = ("wali kota", "walikota", "bupati", "gubernur")  # "Penjabat …", "Wakil …" too
REGIONS = ("kota", "kabupaten", "provinsi")


def addressee_line(official: str, institution: str) -> str:
    """ "Ketua KPU Kota Palopo", as a letter addresses an official: the institution left out when
    the title already names it ("Kapolres Palopo", "Dandim 0309/Solok"); a regional government by
    its region ("Wali Kota Solok", "Sekretaris Daerah Kabupaten Gunung Mas"); an office named
    ke-…-an after its head by its name ("Camat Wara", "Lurah Pasar Lama"); and a word both end
    and start with said once ("Kepala Kantor" + "Kantor Kemenag" → one "Kantor")."""
    if not official.strip() or not institution.strip(" -"):  # "-": no institution was given
        return official.strip() or institution
    title, words = official.lower(), institution.split()
    last = title.split()[-1]
    if institution.lower() in title or (
        len(title.split()) > 1 and last == words[-1].lower() and last not in REGIONS
    ):
        return official
    if len(words) > 2 and words[0].lower() == "pemerintah" and words[1].lower() in REGIONS:
        region = words[2:] if title.endswith(REGION_HEADS) else words[1:]
        return f"{official} {' '.join(region)}"
    if len(words) > 1 and words[0].lower() == f"ke{last}an":
        return f"{official} {' '.join(words[1:])}"
    if words[0].lower() == last:
        official = official[: -len(last)].rstrip()
    return f"{official} {institution}"


def build_invitation(meeting: MeetingRecord, profile: ProfileRecord) -> BuiltDocument:
    """The letter, and its attachment listing the invitees when they are too many for the letter."""
    composer = Composer(PageSetup.of(profile))
    width = composer.setup.width()
    s = composer.styles
    invited = addressees(meeting)
    attached = len(invited) > MAX_ADDRESSEES
    story: list[Flowable] = letterhead(profile, composer, width)
    place = f"{profile.signing_city}, " if profile.signing_city else ""
    dated = plain_date(meeting.invitation_date) if meeting.invitation_date else ""
    story.append(composer.para(f"{place}{dated}", s.right))
    story.append(Spacer(1, 3 * mm))
    subject = f"Undangan {meeting.kind}" if meeting.kind else "Undangan Rapat"
    story.append(
        _labelled(
            composer,
            [
                ("Nomor", meeting.invitation_ref or "-"),
                ("Sifat", "Biasa"),
                ("Lampiran", "1 (satu) berkas" if attached else "-"),
                ("Hal", subject),
            ],
            LABEL_WIDTH,
            width,
        )
    )
    story.append(Spacer(1, 6 * mm))
    story += _addressed_to(composer, invited, attached, width)
    story.append(Spacer(1, 6 * mm))
    story += _body(meeting, composer, width)
    story.append(_signature(meeting, composer, width))
    if attached:
        story += _attachment(meeting, composer, invited, width)
    metadata = Metadata(
        title=f"Surat Undangan {meeting.title}",
        author=profile.letterhead_lines[-1] if profile.letterhead_lines else "Rapat",
        subject=f"Undangan nomor {meeting.invitation_ref or '-'}"
        + (f" tanggal {dated}" if dated else ""),
    )
    return render(story, metadata, composer)


def _labelled(
    composer: Composer, fields: list[tuple[str, str]], label_width: float, width: float
) -> Flowable:
    s = composer.styles
    rows = [
        [composer.para(label, s.body), composer.para(":", s.body), composer.para(value, s.body)]
        for label, value in fields
    ]
    return table(rows, [label_width, 4 * mm, width - label_width - 4 * mm], s.plain())


def _addressed_to(
    composer: Composer, invited: list[tuple[str, str]], attached: bool, width: float
) -> list[Flowable]:
    s = composer.styles
    story: list[Flowable] = [composer.para("Yth.", s.body)]
    if attached:
        story.append(composer.para("Bapak/Ibu (daftar terlampir)", s.body))
    else:
        listed = ParagraphStyle("addressee", parent=s.body, leftIndent=6 * mm)
        for number, (official, institution) in enumerate(invited, 1):
            bullet = f"{number}." if len(invited) > 1 else None
            story.append(
                composer.para(addressee_line(official, institution), listed, bullet=bullet)
            )
    story.append(composer.para("di Tempat", s.body))
    return story


def _body(meeting: MeetingRecord, composer: Composer, width: float) -> list[Flowable]:
    s = composer.styles
    agenda = [
        composer.para(item, s.body, bullet=f"{number}." if len(meeting.agenda) > 1 else None)
        for number, item in enumerate(meeting.agenda, 1)
    ]
    indented = ParagraphStyle("agenda-item", parent=s.body, leftIndent=5 * mm)
    for paragraph in agenda:
        if paragraph.bulletText:
            paragraph.style = indented
    details = [
        [composer.para(label, s.body), composer.para(":", s.body), value]
        for label, value in (
            ("Hari/Tanggal", composer.para(long_date(meeting.date), s.body)),
            (
                "Waktu",
                composer.para(
                    time_span(meeting.start_time, meeting.end_time, meeting.timezone), s.body
                ),
            ),
            ("Tempat", composer.para(meeting.location, s.body)),
            ("Acara", agenda or composer.para(meeting.title, s.body)),
        )
    ]
    indent = 10 * mm
    detail_table = table(
        details,
        [DETAIL_LABEL_WIDTH, 4 * mm, width - indent - DETAIL_LABEL_WIDTH - 4 * mm],
        s.plain(("LEFTPADDING", (0, 0), (0, -1), 0)),
    )
    detail_table.hAlign = "RIGHT"
    return [
        composer.para(
            f"Dalam rangka {meeting.title}, dengan hormat kami mengundang Bapak/Ibu "
            "untuk hadir pada:",
            s.justified,
        ),
        Spacer(1, 2 * mm),
        detail_table,
        Spacer(1, 2 * mm),
        composer.para(
            "Mengingat pentingnya acara tersebut, kami mengharapkan Bapak/Ibu hadir tepat "
            "waktu. Demikian disampaikan, atas perhatian dan kehadirannya diucapkan terima kasih.",
            s.justified,
        ),
    ]


def _signature(meeting: MeetingRecord, composer: Composer, width: float) -> Flowable:
    """The official who invites, on the right half, kept whole with the letter's last lines."""
    s = composer.styles
    official = meeting.chair
    name_style = ParagraphStyle("invitation-signer", parent=s.centre, fontName=s.bold)
    lines: list[Flowable] = [composer.para(f"{official.position or 'Pimpinan Rapat'},", s.centre)]
    lines.append(Spacer(1, SIGNATURE_SPACE))
    lines.append(composer.shaped("<u>{}</u>", name_style, official.name or UNNAMED))
    if official.rank:
        lines.append(composer.para(official.rank, s.centre))
    if official.nip:
        lines.append(composer.para(f"NIP. {official.nip}", s.centre))
    block = table([["", lines]], [width / 2, width / 2], s.plain())
    return KeepTogether([Spacer(1, 8 * mm), block])


def _attachment(
    meeting: MeetingRecord, composer: Composer, invited: list[tuple[str, str]], width: float
) -> list[Flowable]:
    """The invitees on their own page, which continues the letter's page numbers."""
    s = composer.styles
    dated = plain_date(meeting.invitation_date) if meeting.invitation_date else "-"
    header = [composer.para(label, s.cell_header) for label in ("No", "Jabatan", "Instansi")]
    half = (width - 12 * mm) / 2
    rows = [header] + [
        [
            str(number),
            composer.cell(official or "-", s.cell, half),
            composer.cell(institution, s.cell, half),
        ]
        for number, (official, institution) in enumerate(invited, 1)
    ]
    return [
        PageBreak(),
        _labelled(
            composer,
            [
                ("Lampiran", "Surat Undangan"),
                ("Nomor", meeting.invitation_ref or "-"),
                ("Tanggal", dated),
            ],
            LABEL_WIDTH,
            width / 1.6,
        ),
        Spacer(1, 6 * mm),
        composer.para("DAFTAR UNDANGAN", s.title),
        Spacer(1, 4 * mm),
        table(
            rows,
            [12 * mm, half, half],
            s.grid(("ALIGN", (0, 1), (0, -1), "CENTER")),
            header_rows=1,
            page_height=composer.setup.height(),
        ),
    ]
