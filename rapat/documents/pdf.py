"""The common build of every PDF: A4 pages numbered "Halaman X dari Y", then PDF/A finishing."""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass, field

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, SimpleDocTemplate

from rapat.documents.fonts import REGULAR, register_fonts
from rapat.documents.pdfa import finish_pdfa
from rapat.documents.signing import FieldSpec

MARGIN = 18 * mm
FOOTER_SIZE = 8
DRAFT_WORD = "DRAF"
DRAFT_SIZE = 110
DRAFT_GREY = 0.86


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


class _NumberedCanvas(Canvas):
    """Holds the pages back until the end, so each can say how many pages the file has in all."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self._held: list[dict] = []

    def showPage(self) -> None:
        self._held.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._held)
        for number, state in enumerate(self._held, start=1):
            self.__dict__.update(state)
            self.setFont(REGULAR, FOOTER_SIZE)
            self.drawCentredString(
                self._pagesize[0] / 2, MARGIN / 2, f"Halaman {number} dari {total}"
            )
            Canvas.showPage(self)
        Canvas.save(self)


def _draw_draft_mark(canvas: Canvas, _document) -> None:
    """A large pale DRAF across the page, drawn before the page's content so that it stays legible."""
    width, height = canvas._pagesize
    canvas.saveState()
    canvas.setFillGray(DRAFT_GREY)
    canvas.setFont(REGULAR, DRAFT_SIZE)
    canvas.translate(width / 2, height / 2)
    canvas.rotate(45 if height > width else 30)
    canvas.drawCentredString(0, -DRAFT_SIZE / 3, DRAFT_WORD)
    canvas.restoreState()


def _no_mark(_canvas: Canvas, _document) -> None:
    pass


def page_width(wide: bool = False) -> float:
    """The width of the text frame on a portrait (or landscape, when wide) A4 page."""
    return (landscape(A4) if wide else A4)[0] - 2 * MARGIN


def render(
    story: Sequence[Flowable],
    metadata: Metadata,
    warnings: list[str],
    wide: bool = False,
    signature_fields: dict[str, FieldSpec] | None = None,
    draft: bool = False,
) -> BuiltDocument:
    """Lay out the story on A4 (landscape when wide) and finish it as PDF/A-2b.

    A draft carries a DRAF mark on every page; a final copy never does.
    """
    register_fonts()
    buffer = io.BytesIO()
    document = SimpleDocTemplate(
        buffer,
        pagesize=landscape(A4) if wide else A4,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN * 0.8,
        bottomMargin=MARGIN,
        title=metadata.title,
        author=metadata.author,
        subject=metadata.subject,
        creator="Rapat",
        pageCompression=1,
        lang="id-ID",
        initialFontName=REGULAR,
        initialFontSize=10,
        initialLeading=12,
    )
    mark = _draw_draft_mark if draft else _no_mark
    document.build(list(story), onFirstPage=mark, onLaterPages=mark, canvasmaker=_NumberedCanvas)
    data = finish_pdfa(buffer.getvalue(), metadata.title, metadata.author, metadata.subject)
    fields = dict(signature_fields or {})
    return BuiltDocument(data=data, pages=document.page, warnings=warnings, signature_fields=fields)
