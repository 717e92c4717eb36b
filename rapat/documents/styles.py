"""Paragraph and table styles of the official documents, every one naming the embedded font.

ReportLab falls back to Helvetica, which is not embedded and so not allowed in PDF/A, wherever a
style, a bullet or a table cell leaves its font unset; hence the font is named everywhere here.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import TableStyle

from rapat.documents.fonts import BOLD, REGULAR, register_fonts

BODY_SIZE = 10.5
CELL_SIZE = 8.5
HEADER_FILL = colors.HexColor("#E6E6E6")
GROUP_FILL = colors.HexColor("#F2F2F2")


def _style(name: str, size: float, font: str = REGULAR, **extra) -> ParagraphStyle:
    return ParagraphStyle(
        name,
        fontName=font,
        fontSize=size,
        leading=round(size * 1.3, 1),
        bulletFontName=font,
        bulletFontSize=size,
        **extra,
    )


@dataclass(frozen=True)
class Styles:
    body: ParagraphStyle
    justified: ParagraphStyle
    title: ParagraphStyle
    subtitle: ParagraphStyle
    heading: ParagraphStyle
    subheading: ParagraphStyle
    small: ParagraphStyle
    centre: ParagraphStyle
    letterhead: ParagraphStyle
    letterhead_contact: ParagraphStyle
    cell: ParagraphStyle
    cell_bold: ParagraphStyle
    cell_centre: ParagraphStyle
    cell_header: ParagraphStyle
    caption: ParagraphStyle
    footer: ParagraphStyle


@cache
def styles() -> Styles:
    """The styles, made once the font is registered."""
    register_fonts()
    return Styles(
        body=_style("body", BODY_SIZE, alignment=TA_LEFT),
        justified=_style("justified", BODY_SIZE, alignment=TA_JUSTIFY),
        title=_style("title", 14, BOLD, alignment=TA_CENTER, spaceAfter=2),
        subtitle=_style("subtitle", 11.5, BOLD, alignment=TA_CENTER),
        heading=_style("heading", BODY_SIZE, BOLD, spaceBefore=8, spaceAfter=3),
        subheading=_style("subheading", BODY_SIZE, BOLD, spaceBefore=4, spaceAfter=2),
        small=_style("small", 8.5),
        centre=_style("centre", BODY_SIZE, alignment=TA_CENTER),
        letterhead=_style("letterhead", 13, BOLD, alignment=TA_CENTER),
        letterhead_contact=_style("letterhead_contact", 8.5, alignment=TA_CENTER),
        cell=_style("cell", CELL_SIZE),
        cell_bold=_style("cell_bold", CELL_SIZE, BOLD),
        cell_centre=_style("cell_centre", CELL_SIZE, alignment=TA_CENTER),
        cell_header=_style("cell_header", CELL_SIZE, BOLD, alignment=TA_CENTER),
        caption=_style("caption", 8.5, alignment=TA_CENTER),
        footer=_style("footer", 8, alignment=TA_CENTER),
    )


def grid_style(*commands: tuple, header_rows: int = 1, lines: bool = True) -> TableStyle:
    """A bordered table with a shaded header, its cells in the embedded font, plus extra commands.

    Without lines only the outer box is drawn and the caller draws the rest.
    """
    return TableStyle(
        [
            ("FONT", (0, 0), (-1, -1), REGULAR, CELL_SIZE, round(CELL_SIZE * 1.3, 1)),
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


def plain_style(*commands: tuple) -> TableStyle:
    """A borderless layout table (identity block, signatures), its cells in the embedded font."""
    return TableStyle(
        [
            ("FONT", (0, 0), (-1, -1), REGULAR, BODY_SIZE),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), 2),
            ("TOPPADDING", (0, 0), (-1, -1), 1),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
            *commands,
        ]
    )
