"""The signature stamp's text font as a simple TrueType font: the Latin cut of Noto Sans, embedded
whole, its characters encoded in WinAnsi.

pyHanko's own font engine shapes text with HarfBuzz and subsets the font with fontTools for every
signature; loading fontTools and subsetting took a sixth of a `rapat sign`. A stamp's text (names,
NIPs, Indonesian dates) fits WinAnsi, and a simple font needs no more than each character's advance
width, read here from the font program's own tables. As PDF/A-2b asks of a non-symbolic TrueType
font, the program (22 KB compressed) is embedded, carries a Windows Unicode (3,1) cmap, and the
dictionary says WinAnsiEncoding with the program's widths; a later signer's stamp refers to the
font an earlier stamp embedded, so a notula carries one copy. A stamp whose text falls outside
WinAnsi or the cut goes through pyHanko's engine instead (rapat.documents.stamp).
"""

from __future__ import annotations

import struct
from dataclasses import dataclass
from functools import cache
from io import BytesIO

from pyhanko.pdf_utils import generic
from pyhanko.pdf_utils.font.api import FontEngine, FontEngineFactory, ShapeResult

from rapat.documents.stamp import STAMP_FONT
from rapat.resources import resource_path

# The program is a cut of the font, so its name carries a subset tag (ISO 32000-1, 9.6.4).
SUBSET_TAG = "RPTSTP+"
FIRST_CODE, LAST_CODE = 0x20, 0xFF
NONSYMBOLIC = 1 << 5


@dataclass(frozen=True)
class TrueTypeFont:
    """A TrueType program with what a simple font dictionary says about it."""

    name: str  # PostScript name
    program: bytes
    widths: dict[int, int]  # WinAnsi code → advance width, in thousandths of an em
    bbox: tuple[int, int, int, int]
    ascent: int
    descent: int
    cap_height: int
    italic_angle: float
    stem_v: int

    def encodes(self, text: str) -> bool:
        """Whether every character of text has a WinAnsi code and a glyph in the program."""
        try:
            codes = text.encode("cp1252")
        except UnicodeEncodeError:
            return False
        return all(code in self.widths for code in codes)


@cache
def latin_cut() -> TrueTypeFont:
    """The stamp's Latin cut of Noto Sans."""
    return read_truetype(resource_path(*STAMP_FONT).read_bytes())


def read_truetype(program: bytes) -> TrueTypeFont:
    """The metrics of a TrueType program, from its head, hhea, hmtx, OS/2, post, name and cmap."""
    count = struct.unpack_from(">H", program, 4)[0]
    tables = {}
    for number in range(count):
        tag, _checksum, offset, _length = struct.unpack_from(">4sIII", program, 12 + 16 * number)
        tables[tag.decode("latin-1")] = offset
    head, hhea, os2 = tables["head"], tables["hhea"], tables["OS/2"]
    per_em = struct.unpack_from(">H", program, head + 18)[0]

    def scaled(value: float) -> int:
        return round(value * 1000 / per_em)

    bbox = tuple(scaled(v) for v in struct.unpack_from(">4h", program, head + 36))
    ascent, descent = struct.unpack_from(">2h", program, hhea + 4)
    metrics = struct.unpack_from(">H", program, hhea + 34)[0]
    advances = struct.unpack_from(f">{2 * metrics}H", program, tables["hmtx"])[::2]  # , lsb
    glyphs = _unicode_glyphs(program, tables["cmap"])
    widths = {}
    for code in range(FIRST_CODE, LAST_CODE + 1):
        try:
            character = bytes([code]).decode("cp1252")
        except UnicodeDecodeError:
            continue
        glyph = glyphs(ord(character))
        if glyph:
            widths[code] = scaled(advances[min(glyph, metrics - 1)])
    weight = struct.unpack_from(">H", program, os2 + 4)[0]
    return TrueTypeFont(
        name=_postscript_name(program, tables["name"]),
        program=program,
        widths=widths,
        bbox=bbox,
        ascent=scaled(ascent),
        descent=scaled(descent),
        cap_height=scaled(struct.unpack_from(">h", program, os2 + 88)[0]),
        italic_angle=struct.unpack_from(">i", program, tables["post"] + 4)[0] / 65536,
        stem_v=50 + round((weight / 65) ** 2),  # the usual estimate: TrueType does not say
    )


def _unicode_glyphs(program: bytes, cmap: int):
    """The lookup of the Windows Unicode BMP (3,1) subtable, format 4: code point → glyph id."""
    count = struct.unpack_from(">H", program, cmap + 2)[0]
    for number in range(count):
        platform, encoding, offset = struct.unpack_from(">HHI", program, cmap + 4 + 8 * number)
        if (platform, encoding) == (3, 1):
            table = cmap + offset
            break
    else:
        raise ValueError("the font has no Windows Unicode (3,1) cmap")
    if struct.unpack_from(">H", program, table)[0] != 4:
        raise ValueError("the font's (3,1) cmap is not of format 4")
    segments = struct.unpack_from(">H", program, table + 6)[0] // 2
    ends_at = table + 14
    starts_at = ends_at + 2 * segments + 2
    deltas_at = starts_at + 2 * segments
    ranges_at = deltas_at + 2 * segments
    ends = struct.unpack_from(f">{segments}H", program, ends_at)
    starts = struct.unpack_from(f">{segments}H", program, starts_at)
    deltas = struct.unpack_from(f">{segments}h", program, deltas_at)
    ranges = struct.unpack_from(f">{segments}H", program, ranges_at)

    def glyph(point: int) -> int:
        for number, end in enumerate(ends):
            if point > end:
                continue
            if point < starts[number]:
                return 0
            if ranges[number] == 0:
                return (point + deltas[number]) & 0xFFFF
            at = ranges_at + 2 * number + ranges[number] + 2 * (point - starts[number])
            found = struct.unpack_from(">H", program, at)[0]
            return (found + deltas[number]) & 0xFFFF if found else 0
        return 0

    return glyph


def _postscript_name(program: bytes, name_table: int) -> str:
    """Name id 6, from its Windows (UTF-16) or Macintosh (Latin) record."""
    count, strings = struct.unpack_from(">2H", program, name_table + 2)
    for number in range(count):
        platform, _encoding, _language, name_id, length, offset = struct.unpack_from(
            ">6H", program, name_table + 6 + 12 * number
        )
        if name_id != 6 or platform not in (1, 3):
            continue
        raw = program[name_table + strings + offset : name_table + strings + offset + length]
        return raw.decode("utf-16-be" if platform == 3 else "latin-1")
    raise ValueError("the font has no PostScript name")


class WinAnsiFontEngine(FontEngine):
    """pyHanko's font interface over a simple TrueType font: one byte per character, each glyph
    advancing by its width, no shaping (the stamp's cut has no layout tables anyway)."""

    def __init__(self, writer, font: TrueTypeFont) -> None:
        super().__init__(writer, font.name, embedded_subset=False)
        self.font = font
        self._resource = None

    @property
    def uses_complex_positioning(self) -> bool:
        return False

    def shape(self, txt: str) -> ShapeResult:
        codes = txt.encode("cp1252")
        ops = BytesIO()
        generic.ByteStringObject(codes).write_to_stream(ops)
        ops.write(b" Tj")
        advance = sum(self.font.widths[code] for code in codes) / 1000
        return ShapeResult(graphics_ops=ops.getvalue(), x_advance=advance, y_advance=0)

    def as_resource(self):
        if self._resource is None:
            self._resource = self._earlier_stamps_font() or self.writer.add_object(
                self._font_dictionary()
            )
        return self._resource

    def _earlier_stamps_font(self):
        """The same font as an earlier signature's stamp embedded it, so that the second signer
        adds no second copy of the program; None when no stamp has it."""
        from pyhanko.sign.fields import enumerate_sig_fields

        name = f"/{SUBSET_TAG}{self.font.name}"
        widths = [self.font.widths.get(code, 0) for code in range(FIRST_CODE, LAST_CODE + 1)]
        empty = generic.DictionaryObject()
        forms, seen = [], set()
        for _name, value, reference in enumerate_sig_fields(self.writer):
            if value is not None:
                field = reference.get_object()
                for widget in _direct(field.get("/Kids", [field])):
                    forms.append(_direct(_direct(widget.get("/AP", empty)).get("/N")))
        while forms:
            form = forms.pop()
            if not isinstance(form, generic.DictionaryObject) or id(form) in seen:
                continue
            seen.add(id(form))
            resources = _direct(form.get("/Resources", empty))
            fonts = _direct(resources.get("/Font", empty))
            for key in fonts:
                font = fonts.raw_get(key)
                found = font.get_object()
                if (
                    isinstance(font, generic.IndirectObject)
                    and found.get("/BaseFont") == name
                    and found.get("/Subtype") == "/TrueType"
                    and [int(w) for w in _direct(found.get("/Widths", []))] == widths
                ):
                    return font
            forms += [_direct(form) for form in _direct(resources.get("/XObject", empty)).values()]
        return None

    def _font_dictionary(self) -> generic.DictionaryObject:
        font = self.font
        name = generic.NameObject(f"/{SUBSET_TAG}{font.name}")
        program = generic.StreamObject(
            {generic.NameObject("/Length1"): generic.NumberObject(len(font.program))},
            stream_data=font.program,
        )
        program.compress()
        descriptor = generic.DictionaryObject(
            {
                generic.NameObject("/Type"): generic.NameObject("/FontDescriptor"),
                generic.NameObject("/FontName"): name,
                generic.NameObject("/Flags"): generic.NumberObject(NONSYMBOLIC),
                generic.NameObject("/FontBBox"): generic.ArrayObject(
                    generic.NumberObject(v) for v in font.bbox
                ),
                generic.NameObject("/ItalicAngle"): generic.FloatObject(font.italic_angle),
                generic.NameObject("/Ascent"): generic.NumberObject(font.ascent),
                generic.NameObject("/Descent"): generic.NumberObject(font.descent),
                generic.NameObject("/CapHeight"): generic.NumberObject(font.cap_height),
                generic.NameObject("/StemV"): generic.NumberObject(font.stem_v),
                generic.NameObject("/FontFile2"): self.writer.add_object(program),
            }
        )
        return generic.DictionaryObject(
            {
                generic.NameObject("/Type"): generic.NameObject("/Font"),
                generic.NameObject("/Subtype"): generic.NameObject("/TrueType"),
                generic.NameObject("/BaseFont"): name,
                generic.NameObject("/FirstChar"): generic.NumberObject(FIRST_CODE),
                generic.NameObject("/LastChar"): generic.NumberObject(LAST_CODE),
                generic.NameObject("/Widths"): generic.ArrayObject(
                    generic.NumberObject(font.widths.get(code, 0))
                    for code in range(FIRST_CODE, LAST_CODE + 1)
                ),
                generic.NameObject("/Encoding"): generic.NameObject("/WinAnsiEncoding"),
                generic.NameObject("/FontDescriptor"): self.writer.add_object(descriptor),
            }
        )


def _direct(value):
    """The object itself, where a PDF dictionary holds a reference to it."""
    return value.get_object() if isinstance(value, generic.IndirectObject) else value


class WinAnsiFontFactory(FontEngineFactory):
    def __init__(self, font: TrueTypeFont) -> None:
        self.font = font

    def create_font_engine(self, writer, obj_stream=None) -> WinAnsiFontEngine:
        return WinAnsiFontEngine(writer, self.font)
