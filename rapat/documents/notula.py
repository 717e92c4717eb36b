"""The notula in the Tata Naskah Dinas form, with its action table, signatures, photos and annex."""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache
from typing import TYPE_CHECKING

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    KeepTogether,
    PageBreak,
    Paragraph,
    Spacer,
    Table,
)

from rapat.dates import long_date, plain_date, time_span
from rapat.documents.archive_reference import archive_reference
from rapat.documents.attendance import attendance_story, attending_count
from rapat.documents.compose import (
    UNNAMED,
    Composer,
    TableWithTail,
    keep_with_table,
    owner_cell,
    table,
)
from rapat.documents.fonts import REGULAR
from rapat.documents.images import picture
from rapat.documents.invitation_reference import invitation_line
from rapat.documents.letterhead import letterhead
from rapat.documents.pdf import BuiltDocument, Metadata, PageSetup, render
from rapat.documents.signature_room import SignatureRoom
from rapat.documents.styles import Styles
from rapat.i18n import tr
from rapat.models.vocabulary import ACTION_LABELS, MeetingStatus, SignatureField

if TYPE_CHECKING:
    from rapat.models.officer import Officer
    from rapat.records.attachment import PhotoRecord
    from rapat.records.meeting import ActionRecord, MeetingRecord
    from rapat.records.organization import ProfileRecord

SIGNATURE_ROOM_HEIGHT = 20 * mm
QR_SIZE = 22 * mm

LABEL_WIDTH = 46 * mm
INDENT = 6 * mm
PHOTO_BOX = (80 * mm, 62 * mm)


def build_notula(
    meeting: MeetingRecord,
    profile: ProfileRecord,
    photos: Sequence[PhotoRecord] = (),
    with_attendance: bool = True,
    for_archive: bool = False,
) -> BuiltDocument:
    """The notula on the letterhead, its Dokumentasi page, and the daftar hadir attached.

    For the archive (a finalized meeting) the document also names its archive entry, in a QR code
    and in its subject, so that verification can find the archived copy.
    """
    composer = Composer(PageSetup.of(profile))
    width = composer.setup.width()
    story = letterhead(profile, composer, width)
    story += _title(meeting, composer)
    story.append(_identity(meeting, composer, width, with_attendance))
    proceedings = _proceedings(meeting, composer, width)
    # The signature block never stands alone on a page: the closing lines go with it, or when
    # there are none the last paragraph before it, or the last row of the actions' table.
    closing = _closing(meeting, composer)
    if not closing and isinstance(proceedings[-1], Paragraph):
        closing = [proceedings.pop()]
    block = [*closing, Spacer(1, 8 * mm), _signatures(meeting, profile, composer, width)]
    if not closing and isinstance(proceedings[-1], Table):
        story += [*proceedings[:-1], TableWithTail(proceedings[-1], block)]
    else:
        story += [*proceedings, KeepTogether(block)]
    if for_archive:
        story.append(_archive_mark(meeting, composer, width))
    if photos:
        story += _documentation(photos, composer, width)
    if with_attendance:
        story += [PageBreak(), *attendance_story(meeting, composer, width, attached=True)]
    metadata = Metadata(
        title=f"Notula {meeting.title}",
        author=meeting.note_taker.name or meeting.chair.name or "Rapat",
        subject=f"Notula rapat {long_date(meeting.date)}, {meeting.location}"
        + (f" — {archive_reference(meeting.id, meeting.revision)}" if for_archive else ""),
    )
    return render(story, metadata, composer, draft=meeting.status == MeetingStatus.DRAFT)


def _archive_mark(meeting: MeetingRecord, composer: Composer, width: float) -> Flowable:
    """A QR code naming the archive entry, with the same words beside it. (The document's SHA-256
    cannot be inside itself: each signature's stamp carries it.)"""
    from reportlab.graphics.barcode.qr import QrCodeWidget
    from reportlab.graphics.shapes import Drawing

    code = QrCodeWidget(f"Rapat {archive_reference(meeting.id, meeting.revision)}")
    left, bottom, right, top = code.getBounds()
    drawing = Drawing(
        QR_SIZE, QR_SIZE, transform=[QR_SIZE / (right - left), 0, 0, QR_SIZE / (top - bottom), 0, 0]
    )
    drawing.initialFontName = REGULAR  # the drawing's state starts in Helvetica, never embedded
    drawing.add(code)
    words = composer.para(
        "Notula ini ditandatangani secara elektronik dan tersimpan sebagai\n"
        f"{archive_reference(meeting.id, meeting.revision)}.\n"
        "Keasliannya dapat diperiksa dengan Rapat (Periksa Keaslian).",
        composer.styles.caption,
    )
    return KeepTogether(
        [
            Spacer(1, 6 * mm),
            table(
                [[drawing, words]],
                [QR_SIZE + 4 * mm, width - QR_SIZE - 4 * mm],
                composer.styles.plain(("VALIGN", (0, 0), (-1, -1), "MIDDLE")),
            ),
        ]
    )


@cache
def _indented(s: Styles, level: int, bold: bool = False) -> ParagraphStyle:
    return ParagraphStyle(
        f"indent{level}{bold}",
        parent=s.subheading if bold else s.justified,
        leftIndent=level * INDENT,
        bulletIndent=(level - 1) * INDENT,
    )


def _title(meeting: MeetingRecord, composer: Composer) -> list[Flowable]:
    s = composer.styles
    story = [composer.para("NOTULA", s.title), composer.para(meeting.title, s.subtitle)]
    if meeting.revision > 1:
        story.append(composer.para(f"Revisi ke-{meeting.revision}", s.centre))
    return [*story, Spacer(1, 6 * mm)]


def _identity(meeting: MeetingRecord, composer: Composer, width: float, attached: bool):
    s = composer.styles
    agenda = [
        composer.para(item, s.body, bullet=f"{number}.")
        for number, item in enumerate(meeting.agenda, 1)
    ]
    agenda_style = ParagraphStyle("agenda", parent=s.body, leftIndent=5 * mm)
    for paragraph in agenda:
        paragraph.style = agenda_style
    attending = attending_count(meeting.participants)
    participants = f"{attending} orang hadir dari {len(meeting.participants)} undangan"
    if attached:
        participants += "; daftar hadir terlampir"
    invitation = invitation_line(meeting.invitation_ref, meeting.invitation_date)
    fields = [
        ("Sidang/Rapat", composer.para(meeting.title, s.body)),
        ("Hari/Tanggal", composer.para(long_date(meeting.date), s.body)),
        ("Surat Undangan", composer.para(invitation, s.body)),
        (
            "Waktu Sidang/Rapat",
            composer.para(
                time_span(meeting.start_time, meeting.end_time, meeting.timezone), s.body
            ),
        ),
        ("Tempat", composer.para(meeting.location, s.body)),
        ("Acara", agenda or composer.para("-", s.body)),
        (None, None),
        ("Ketua", composer.para(_officer_line(meeting.chair), s.body)),
        ("Sekretaris", composer.para(_officer_line(meeting.secretary), s.body)),
        ("Pencatat", composer.para(_officer_line(meeting.note_taker), s.body)),
        ("Peserta", composer.para(participants, s.body)),
    ]
    rows = []
    for label, value in fields:
        if label is None:
            rows.append([composer.para("Pimpinan Sidang/Rapat", s.subheading), "", ""])
        else:
            rows.append([composer.para(label, s.body), composer.para(":", s.body), value])
    chair_row = next(i for i, (label, _v) in enumerate(fields) if label is None)
    style = s.plain(
        ("SPAN", (0, chair_row), (-1, chair_row)),
        ("TOPPADDING", (0, chair_row), (-1, chair_row), 6),
    )
    return table(rows, [LABEL_WIDTH, 4 * mm, width - LABEL_WIDTH - 4 * mm], style)


def _officer_line(officer: Officer) -> str:
    if not officer.name:
        return "-"
    return f"{officer.name} ({officer.position})" if officer.position else officer.name


def _proceedings(meeting: MeetingRecord, composer: Composer, width: float) -> list[Flowable]:
    s = composer.styles
    story: list[Flowable] = [composer.para("Kegiatan Sidang/Rapat", s.heading)]
    story.append(
        composer.para("Kata Pembukaan", _indented(composer.styles, 1, bold=True), bullet="1.")
    )
    story.append(composer.para(meeting.opening or "-", _indented(composer.styles, 1)))
    story.append(composer.para("Pembahasan", _indented(composer.styles, 1, bold=True), bullet="2."))
    story += _discussion(meeting, composer)
    story.append(
        composer.para("Keputusan/Kesimpulan", _indented(composer.styles, 1, bold=True), bullet="3.")
    )
    decisions = meeting.decisions or ["-"]
    for number, decision in enumerate(decisions, 1):
        bullet = f"{number})" if meeting.decisions else None
        story.append(composer.para(decision, _indented(composer.styles, 2), bullet=bullet))
    # A follow-up meeting reviews the actions carried from the earlier one, each with its status now.
    carried = [action for action in meeting.actions if action.carried_from_id is not None]
    planned = [action for action in meeting.actions if action.carried_from_id is None]
    for heading, actions in (
        ("Tindak Lanjut Rapat Sebelumnya", carried),
        ("Rencana Tindak Lanjut", planned),
    ):
        if actions:
            story += _actions_table(composer.para(heading, s.heading), actions, composer, width)
    return story


def _discussion(meeting: MeetingRecord, composer: Composer) -> list[Flowable]:
    if not meeting.discussion:
        return [composer.para("-", _indented(composer.styles, 2))]
    groups: dict[int | None, list] = {}
    for point in meeting.discussion:
        item = (
            point.agenda_item
            if point.agenda_item and point.agenda_item <= len(meeting.agenda)
            else None
        )
        groups.setdefault(item, []).append(point)
    story: list[Flowable] = []
    letters = iter("abcdefghijklmnopqrstuvwxyz")
    for item in sorted(groups, key=lambda i: (i is not None, i or 0)):
        if item is not None:
            letter = next(letters, "-")
            story.append(
                composer.para(
                    meeting.agenda[item - 1],
                    _indented(composer.styles, 2, bold=True),
                    bullet=f"{letter}.",
                )
            )
        for point in groups[item]:
            style = _indented(composer.styles, 3)
            if point.speaker:
                said = composer.shaped(
                    "<b>{}</b>: {}", style, point.speaker, point.text, bullet="–"
                )
            else:
                said = composer.para(point.text, style, bullet="–")
            story.append(said)
    return story


def _actions_table(
    heading: Paragraph, actions: Sequence[ActionRecord], composer: Composer, width: float
) -> list[Flowable]:
    """The heading and the table of actions, the heading never left at the foot of a page."""
    s = composer.styles
    header = ["No", "Uraian", "Instansi/PIC", "Tenggat", "Status"]
    widths = [8 * mm, 0, 45 * mm, 24 * mm, 25 * mm]
    widths[1] = width - sum(widths)
    rows: list[list] = [[composer.para(label, s.cell_header) for label in header]]
    for number, action in enumerate(actions, 1):
        owner = owner_cell(composer, action.institution, action.person)
        rows.append(
            [
                str(number),
                composer.para(action.description, s.cell),
                owner,
                composer.cell(plain_date(action.due) if action.due else "-", s.cell, widths[3]),
                composer.cell(ACTION_LABELS.get(action.status, action.status), s.cell, widths[4]),
            ]
        )
    style = s.grid(("ALIGN", (0, 1), (0, -1), "CENTER"))
    data = table(rows, widths, style, header_rows=1, page_height=composer.setup.height())
    return keep_with_table(heading, data, rows, style, width)


def _closing(meeting: MeetingRecord, composer: Composer) -> list[Flowable]:
    s = composer.styles
    if not meeting.closing:
        return []
    return [composer.para("Penutup", s.heading), composer.para(meeting.closing, s.justified)]


def _signatures(
    meeting: MeetingRecord, profile: ProfileRecord, composer: Composer, width: float
) -> Flowable:
    """The chair's block on the right (with the place and date), the note-taker's on the left."""
    s = composer.styles
    place = f"{profile.signing_city}, " if profile.signing_city else ""
    room = width / 2 - 12
    chair = _signature(
        composer, "Pimpinan Sidang/Rapat,", meeting.chair, SignatureField.CHAIR, room
    )
    dated = [composer.para(f"{place}{plain_date(meeting.date)}", s.centre), *chair]
    if profile.note_taker_signs:
        left = [
            Spacer(1, 1),
            *_signature(
                composer, "Notulis/Pencatat,", meeting.note_taker, SignatureField.NOTE_TAKER, room
            ),
        ]
        row = [left, dated]
    else:
        row = ["", dated]
    return table([row], [width / 2, width / 2], s.plain(("VALIGN", (0, 0), (-1, -1), "BOTTOM")))


def _signature(
    composer: Composer, role: str, officer: Officer, field: str, room: float
) -> list[Flowable]:
    s = composer.styles
    name_style = ParagraphStyle("signer", parent=s.centre, fontName=s.bold)
    lines = [composer.para(role, s.centre)]
    if officer.position:
        lines.append(composer.para(officer.position, s.centre))
    lines.append(SignatureRoom(field, room, SIGNATURE_ROOM_HEIGHT, composer.signature_fields))
    lines.append(composer.shaped("<u>{}</u>", name_style, officer.name or UNNAMED))
    if officer.rank:
        lines.append(composer.para(officer.rank, s.centre))
    if officer.nip:
        lines.append(composer.para(f"NIP. {officer.nip}", s.centre))
    return lines


def _documentation(
    photos: Sequence[PhotoRecord], composer: Composer, width: float
) -> list[Flowable]:
    s = composer.styles
    cells: list[list[Flowable]] = []
    for photo in photos:
        image = picture(photo.data, *PHOTO_BOX, photo=True)
        if image is None:
            composer.warn(
                tr("Foto {file} tidak dapat dibaca dan tidak dicantumkan").format(
                    file=photo.filename
                )
            )
            continue
        cells.append([image, Spacer(1, 1.5 * mm), composer.para(photo.caption or "", s.caption)])
    if not cells:
        return []
    if len(cells) % 2:
        cells.append([])
    rows = [cells[i : i + 2] for i in range(0, len(cells), 2)]
    style = s.plain(("ALIGN", (0, 0), (-1, -1), "CENTER"), ("BOTTOMPADDING", (0, 0), (-1, -1), 8))
    return [
        PageBreak(),
        composer.para("DOKUMENTASI", s.title),
        Spacer(1, 5 * mm),
        CondPageBreak(PHOTO_BOX[1]),
        table(rows, [width / 2, width / 2], style),
    ]
