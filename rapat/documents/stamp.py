"""The visible mark of a signature: who signed, when in the meeting's zone, and a QR code to check it.

The stamp fills the signature field, which is the blank room of the signer's block between the
position and the printed name, so it never covers the name. The QR code carries the archive
reference and the SHA-256 of the finalized copy as archived before anyone signed, which the office
can look up; the text beside it says so. Text uses the shipped Noto Sans (1000 units per em, which
pyHanko's layout assumes; a Latin cut of it, see resources/fonts/stamp_font.py), embedded as a
subset, and the QR code is drawn as paths, so the signed file stays PDF/A.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from functools import cache
from pathlib import Path

from rapat.dates import clock, plain_date, zone_clock
from rapat.i18n import tr
from rapat.resources import resource_path

STAMP_FONT = ("fonts", "NotoSans-Stamp.ttf")  # Latin cut of Noto Sans: quick for pyHanko to subset
FULL_FONT = ("fonts", "NotoSans-Regular.ttf")  # for a stamp that needs any other character
FONT_SIZE = 6.5


@dataclass(frozen=True)
class StampDetails:
    """What the stamp of one signature says."""

    signer: str
    nip: str | None = None
    zone: str | None = None  # WIB, WITA or WIT: the meeting's zone
    reference: str | None = None  # "arsip Rapat #12 revisi 1"
    finalized_sha256: str | None = None  # of the finalized copy, before the first signature

    @property
    def qr_text(self) -> str | None:
        if not (self.reference and self.finalized_sha256):
            return None
        return tr("Rapat {reference}; SHA-256 salinan final sebelum ditandatangani: {sha}").format(
            reference=self.reference, sha=self.finalized_sha256
        )


def local_time(moment: datetime, zone: str | None) -> str:
    """ "5 November 2024 12.31 WITA": the moment in the meeting's zone (WIB when it has none)."""
    name, offset = zone_clock(zone)
    local = moment.astimezone(offset)
    return f"{plain_date(local.date())} {clock(local.time())} {name.value}"


def stamp_style(details: StampDetails):
    """pyHanko's stamp style: a QR code beside the text when there is something to check."""
    from pyhanko.pdf_utils.font.opentype import GlyphAccumulatorFactory
    from pyhanko.pdf_utils.text import TextBoxStyle
    from pyhanko.stamp import QRStampStyle, TextStampStyle

    lines = [tr("Ditandatangani secara elektronik"), tr("oleh %(officer)s")]
    if details.nip:
        lines.append(tr("NIP %(nip)s"))
    lines.append("%(when)s")
    if details.qr_text:
        lines.append(tr("QR: rujukan arsip dan SHA-256"))
    text = "".join(lines) % stamp_parameters(details, datetime.now(UTC))
    text_style = TextBoxStyle(
        font=GlyphAccumulatorFactory(str(stamp_font(text)), font_size=FONT_SIZE)
    )
    style = QRStampStyle if details.qr_text else TextStampStyle
    return style(stamp_text="\n".join(lines), text_box_style=text_style, border_width=1)


def stamp_font(text: str) -> Path:
    """The Latin cut of Noto Sans when it has every character of text, otherwise the full font."""
    return resource_path(*(STAMP_FONT if {ord(c) for c in text} <= _cut() else FULL_FONT))


@cache
def _cut() -> frozenset[int]:
    """The characters the Latin cut has."""
    from fontTools.ttLib import TTFont

    return frozenset(TTFont(resource_path(*STAMP_FONT), lazy=True).getBestCmap())


def stamp_parameters(details: StampDetails, moment: datetime | None = None) -> dict[str, str]:
    """The values the stamp's text names; `url` is what pyHanko puts in the QR code."""
    parameters = {
        "officer": details.signer,
        "nip": details.nip or "",
        "when": local_time(moment or datetime.now(UTC), details.zone),
    }
    if details.qr_text:
        parameters["url"] = details.qr_text
    return parameters
