"""The shipped typefaces, registered once with ReportLab and embedded in every PDF.

Liberation Sans has Arial's metrics, the face most regional Tata Naskah Dinas rules name, and is the
default; Noto Sans, with its wider coverage, is the office profile's other choice.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from rapat.records.organization import DEFAULT_TYPEFACE
from rapat.resources import resource_path


@dataclass(frozen=True)
class Face:
    """A family's four registered font names; `<b>` and `<i>` in a paragraph pick among them."""

    regular: str
    bold: str
    italic: str
    bold_italic: str


FACES = {
    "liberation": Face(
        "LiberationSans",
        "LiberationSans-Bold",
        "LiberationSans-Italic",
        "LiberationSans-BoldItalic",
    ),
    "noto": Face("NotoSans", "NotoSans-Bold", "NotoSans-Italic", "NotoSans-BoldItalic"),
}
# The default face's names, for the few texts drawn outside a profile's typography.
REGULAR = FACES[DEFAULT_TYPEFACE].regular
BOLD = FACES[DEFAULT_TYPEFACE].bold


def register_fonts() -> str:
    """Register the default family and return its regular face's name."""
    return registered(DEFAULT_TYPEFACE).regular


@cache
def registered(name: str | None) -> Face:
    """The face of that name (the default for a name not known), registered with ReportLab once."""
    family = FACES.get(name or DEFAULT_TYPEFACE, FACES[DEFAULT_TYPEFACE])
    for font in (family.regular, family.bold, family.italic, family.bold_italic):
        pdfmetrics.registerFont(TTFont(font, str(resource_path("fonts", f"{_file(font)}.ttf"))))
    pdfmetrics.registerFontFamily(
        family.regular,
        normal=family.regular,
        bold=family.bold,
        italic=family.italic,
        boldItalic=family.bold_italic,
    )
    for bold, italic, font in (
        (0, 0, family.regular),
        (1, 0, family.bold),
        (0, 1, family.italic),
        (1, 1, family.bold_italic),
    ):
        addMapping(family.regular, bold, italic, font)
    return family


def _file(name: str) -> str:
    """The file of a face: "NotoSans" is NotoSans-Regular.ttf, "NotoSans-Bold" NotoSans-Bold.ttf."""
    return name if "-" in name else f"{name}-Regular"


@cache
def _covered(font_name: str) -> frozenset[int]:
    register_fonts()
    return frozenset(pdfmetrics.getFont(font_name).face.charToGlyph)


def missing_characters(text: str, font_name: str = REGULAR) -> set[str]:
    """The characters of text the font cannot draw (they print as an empty box)."""
    covered = _covered(font_name)
    if covered.issuperset(map(ord, text)):  # the usual case, checked without a loop in Python
        return set()
    return {ch for ch in text if ord(ch) not in covered and ch not in "\n\r\t"}
