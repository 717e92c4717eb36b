"""Paragraph and table styles of the official documents, every one naming an embedded font.

ReportLab falls back to Helvetica, which is not embedded and so not allowed in PDF/A, wherever a
style, a bullet or a table cell leaves its font unset; hence the font is named everywhere here.
Sizes follow the office's body size (12 pt by default): tables a little smaller, titles larger.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import TableStyle

from rapat.documents.fonts import Face, registered
from rapat.records.organization import DEFAULT_FONT_SIZE, DEFAULT_TYPEFACE

HEADER_FILL = colors.HexColor("#E6E6E6")
GROUP_FILL = colors.HexColor("#F2F2F2")


def _style(name: str, size: float, font: str, **extra) -> ParagraphStyle:
    return ParagraphStyle(
        name,
        fontName=font,
        fontSize=size,
        leading=round(size * 1.25, 1),
        bulletFontName=font,
        bulletFontSize=size,
        **extra,
    )


@dataclass(frozen=True, eq=False)
class Styles:
    face: Face
    body_size: float
    cell_size: float
    body: ParagraphStyle
    justified: ParagraphStyle
    title: ParagraphStyle
    subtitle: ParagraphStyle
    heading: ParagraphStyle
    subheading: ParagraphStyle
    small: ParagraphStyle
    centre: ParagraphStyle
    right: ParagraphStyle
    letterhead: ParagraphStyle
    letterhead_contact: ParagraphStyle
    cell: ParagraphStyle
    cell_bold: ParagraphStyle
    cell_centre: ParagraphStyle
    cell_header: ParagraphStyle
    caption: ParagraphStyle

    @property
    def regular(self) -> str:
        return self.face.regular

    @property
    def bold(self) -> str:
        return self.face.bold

    def grid(self, *commands: tuple, header_rows: int = 1, lines: bool = True) -> TableStyle:
        """A bordered table with a shaded header, its cells in the embedded font, plus extra commands.

        Without lines only the outer box is drawn and the caller draws the rest.
        """
        size = self.cell_size
        return TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), self.regular, size, round(size * 1.25, 1)),
                ("GRID" if lines else "BOX", (0, 0), (-1, -1), 0.5, colors.black),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("BACKGROUND", (0, 0), (-1, header_rows - 1), HEADER_FILL),
                ("VALIGN", (0, 0), (-1, header_rows - 1), "MIDDLE"),
                ("TOPPADDING", (0, 0), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
                ("LEFTPADDING", (0, 0), (-1, -1), 3),
                ("RIGHTPADDING", (0, 0), (-1, -1), 3),
                *commands,
            ]
        )

    def plain(self, *commands: tuple) -> TableStyle:
        """A borderless layout table (identity block, signatures), its cells in the embedded font."""
        return TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), self.regular, self.body_size),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 2),
                ("TOPPADDING", (0, 0), (-1, -1), 1),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
                *commands,
            ]
        )


@cache
def styles(face_name: str = DEFAULT_TYPEFACE, size: float = DEFAULT_FONT_SIZE) -> Styles:
    """The styles of a face at a body size, made once the face is registered."""
    face = registered(face_name)
    regular, bold = face.regular, face.bold
    cell = round(max(8.0, size * 0.75), 1)
    return Styles(
        face=face,
        body_size=size,
        cell_size=cell,
        body=_style("body", size, regular, alignment=TA_LEFT),
        justified=_style("justified", size, regular, alignment=TA_JUSTIFY),
        title=_style("title", size + 2, bold, alignment=TA_CENTER, spaceAfter=2),
        subtitle=_style("subtitle", size, bold, alignment=TA_CENTER),
        heading=_style("heading", size, bold, spaceBefore=8, spaceAfter=3, keepWithNext=1),
        subheading=_style("subheading", size, bold, spaceBefore=4, spaceAfter=2, keepWithNext=1),
        small=_style("small", cell, regular),
        centre=_style("centre", size, regular, alignment=TA_CENTER),
        right=_style("right", size, regular, alignment=TA_RIGHT),
        letterhead=_style("letterhead", size + 2, bold, alignment=TA_CENTER),
        letterhead_contact=_style("letterhead_contact", cell, regular, alignment=TA_CENTER),
        cell=_style("cell", cell, regular),
        cell_bold=_style("cell_bold", cell, bold),
        cell_centre=_style("cell_centre", cell, regular, alignment=TA_CENTER),
        cell_header=_style("cell_header", cell, bold, alignment=TA_CENTER),
        caption=_style("caption", cell, regular, alignment=TA_CENTER),
    )
