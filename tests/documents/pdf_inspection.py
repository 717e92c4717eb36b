"""Reading produced PDFs back the way a checker would: text with pypdf, structure with pikepdf."""

from __future__ import annotations

import io
import re

import pikepdf
from pypdf import PdfReader


def text_of(data: bytes) -> str:
    """All the text of the document, whitespace collapsed to single spaces."""
    reader = PdfReader(io.BytesIO(data))
    return " ".join(re.sub(r"\s+", " ", page.extract_text() or "") for page in reader.pages)


def page_texts(data: bytes) -> list[str]:
    reader = PdfReader(io.BytesIO(data))
    return [re.sub(r"\s+", " ", page.extract_text() or "") for page in reader.pages]


def page_number_of(page_text: str) -> int | None:
    """The number a page carries at its top ("- 2 -"), or None for an unnumbered page.

    The page's furniture is drawn before its content: the DRAF mark of a draft, then the number.
    """
    found = re.match(r"(?:DRAF )?- (\d+) - ", page_text)
    return int(found.group(1)) if found else None


def fonts_of(data: bytes) -> dict[str, bool]:
    """Every font used on any page or form, and whether its program is embedded."""
    found: dict[str, bool] = {}
    with pikepdf.open(io.BytesIO(data)) as pdf:
        for page in pdf.pages:
            _collect(page.obj.get("/Resources"), found, set())
    return found


def _collect(resources, found: dict[str, bool], seen: set) -> None:
    if resources is None:
        return
    for font in (resources.get("/Font") or {}).values():
        found[str(font.get("/BaseFont"))] = _embedded(font)
    for xobject in (resources.get("/XObject") or {}).values():
        key = xobject.objgen
        if xobject.get("/Subtype") == "/Form" and key not in seen:
            seen.add(key)
            _collect(xobject.get("/Resources"), found, seen)


def _embedded(font) -> bool:
    if font.get("/Subtype") == "/Type0":
        font = font.DescendantFonts[0]
    descriptor = font.get("/FontDescriptor")
    return descriptor is not None and any(
        key in descriptor for key in ("/FontFile", "/FontFile2", "/FontFile3")
    )


def image_count(data: bytes) -> int:
    with pikepdf.open(io.BytesIO(data)) as pdf:
        return sum(
            1
            for page in pdf.pages
            for xobject in (page.Resources.get("/XObject") or {}).values()
            if xobject.get("/Subtype") == "/Image"
        )


def page_size(data: bytes, index: int = 0) -> tuple[float, float]:
    with pikepdf.open(io.BytesIO(data)) as pdf:
        box = [float(v) for v in pdf.pages[index].mediabox]
    return box[2] - box[0], box[3] - box[1]


def drawn_forms(data: bytes, index: int) -> list[tuple[str, float, float]]:
    """Every form XObject (ReportLab draws each image as one) painted on a page: its name and
    the position of its lower left corner, in points from the page's lower left corner."""
    drawn = []
    with pikepdf.open(io.BytesIO(data)) as pdf:
        page = pdf.pages[index]
        stack = [pikepdf.Matrix()]
        for operands, operator in pikepdf.parse_content_stream(page):
            op = str(operator)
            if op == "q":
                stack.append(stack[-1])
            elif op == "Q":
                stack.pop()
            elif op == "cm":
                stack[-1] = pikepdf.Matrix(*[float(v) for v in operands]) @ stack[-1]
            elif op == "Do":
                matrix = stack[-1]
                drawn.append((str(operands[0]), matrix.e, matrix.f))
    return drawn
