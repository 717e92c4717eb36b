"""The common build of every PDF: A4 pages laid out as naskah dinas, then PDF/A finishing.

The first page carries the kop and no number; from the second page the number stands at the top
centre as "- 2 -", and an attachment in the same file continues the count. Margins and type come
from the office profile, with the usual defaults (3 cm left, 2 cm right, 2 cm top, 2.5 cm bottom;
Arial-metric 12 pt).
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from reportlab import rl_config
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate

from rapat.documents.pdfa import finish_pdfa
from rapat.documents.styles import Styles, styles
from rapat.records.organization import (
    DEFAULT_FONT_SIZE,
    DEFAULT_MARGINS_MM,
    DEFAULT_TYPEFACE,
    ProfileRecord,
)

if TYPE_CHECKING:
    from rapat.documents.compose import Composer
    from rapat.documents.signature_field import FieldSpec

# ReportLab wraps every compressed stream in ASCII85 unless told otherwise: a quarter larger, and
# the PDF/A pass copies streams as they are (rapat.documents.pdfa), so binary streams it is.
rl_config.useA85 = 0

DRAFT_WORD = "DRAF"
DRAFT_SIZE = 110
DRAFT_GREY = 0.86


@dataclass(frozen=True)
class PageSetup:
    """Margins in millimetres, the typeface and the body size of an office's documents."""

    left: float = DEFAULT_MARGINS_MM["left"]
    right: float = DEFAULT_MARGINS_MM["right"]
    top: float = DEFAULT_MARGINS_MM["top"]
    bottom: float = DEFAULT_MARGINS_MM["bottom"]
    face: str = DEFAULT_TYPEFACE
    size: float = DEFAULT_FONT_SIZE

    @classmethod
    def of(cls, profile: ProfileRecord) -> PageSetup:
        """The setup an office profile names, the defaults for what it leaves empty."""
        margins = {side: profile.page_margin_mm(side) for side in DEFAULT_MARGINS_MM}
        return cls(**margins, face=profile.page_typeface, size=profile.page_font_size)

    @property
    def styles(self) -> Styles:
        return styles(self.face, self.size)

    def width(self, wide: bool = False) -> float:
        """The width of the text frame on a portrait (or landscape, when wide) A4 page."""
        return (landscape(A4) if wide else A4)[0] - (self.left + self.right) * mm

    def height(self, wide: bool = False) -> float:
        """The height of the text frame: what a whole page holds."""
        return (landscape(A4) if wide else A4)[1] - (self.top + self.bottom) * mm


@dataclass(frozen=True)
class BuiltDocument:
    """A finished PDF, its page count, and what it could not include as given (for the user)."""

    data: bytes
    pages: int
    warnings: list[str] = field(default_factory=list)
    signature_fields: dict[str, FieldSpec] = field(default_factory=dict)  # each signer's room


@dataclass(frozen=True)
class Metadata:
    title: str
    author: str
    subject: str


class _Pages:
    """What every page carries besides its content: the DRAF mark, and the number from page 2."""

    def __init__(self, setup: PageSetup, draft: bool) -> None:
        self.setup = setup
        self.draft = draft

    def first(self, canvas: Canvas, _document) -> None:
        self._mark(canvas)

    def later(self, canvas: Canvas, _document) -> None:
        self._mark(canvas)
        width, height = canvas._pagesize
        s = self.setup.styles
        canvas.saveState()
        canvas.setFont(s.regular, s.body_size)
        baseline = height - self.setup.top * mm / 2 - s.body_size / 3
        canvas.drawCentredString(width / 2, baseline, f"- {canvas.getPageNumber()} -")
        canvas.restoreState()

    def _mark(self, canvas: Canvas) -> None:
        """A large pale DRAF across the page, drawn before the content so that it stays legible."""
        if not self.draft:
            return
        width, height = canvas._pagesize
        canvas.saveState()
        canvas.setFillGray(DRAFT_GREY)
        canvas.setFont(self.setup.styles.regular, DRAFT_SIZE)
        canvas.translate(width / 2, height / 2)
        canvas.rotate(45 if height > width else 30)
        canvas.drawCentredString(0, -DRAFT_SIZE / 3, DRAFT_WORD)
        canvas.restoreState()


def render(
    story: Sequence[Flowable],
    metadata: Metadata,
    composer: Composer,
    wide: bool = False,
    draft: bool = False,
) -> BuiltDocument:
    """Lay out the story on A4 (landscape when wide) and finish it as PDF/A-2b.

    A draft carries a DRAF mark on every page; a final copy never does.
    """
    setup = composer.setup
    regular = setup.styles.regular
    buffer = io.BytesIO()
    pagesize = landscape(A4) if wide else A4
    document = BaseDocTemplate(
        buffer,
        pagesize=pagesize,
        leftMargin=setup.left * mm,
        rightMargin=setup.right * mm,
        topMargin=setup.top * mm,
        bottomMargin=setup.bottom * mm,
        title=metadata.title,
        author=metadata.author,
        subject=metadata.subject,
        creator="Rapat",
        pageCompression=1,
        lang="id-ID",
        initialFontName=regular,
        initialFontSize=setup.size,
        initialLeading=round(setup.size * 1.25, 1),
    )
    # The frame has no padding of its own, so the text stands exactly at the office's margins.
    frame = Frame(
        document.leftMargin,
        document.bottomMargin,
        document.width,
        document.height,
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
    )
    pages = _Pages(setup, draft)
    document.addPageTemplates(
        [
            PageTemplate("first", [frame], onPage=pages.first, autoNextPageTemplate="later"),
            PageTemplate("later", [frame], onPage=pages.later),
        ]
    )
    document.build(list(story))
    data = finish_pdfa(buffer.getvalue(), metadata.title, metadata.author, metadata.subject)
    return BuiltDocument(
        data=data,
        pages=document.page,
        warnings=composer.warnings(),
        signature_fields=dict(composer.signature_fields),
    )
