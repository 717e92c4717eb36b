"""The office's profile as plain data: letterhead, contacts, logo, signing city, signature blocks."""

from __future__ import annotations

from dataclasses import dataclass

from rapat.models.vocabulary import SignatureBlocks

# The page of naskah dinas where the profile leaves it empty: the usual Tata Naskah Dinas setup.
MARGIN_FIELDS = {
    "left": "margin_left_mm",
    "right": "margin_right_mm",
    "top": "margin_top_mm",
    "bottom": "margin_bottom_mm",
}
DEFAULT_MARGINS_MM = {"left": 30.0, "right": 20.0, "top": 20.0, "bottom": 25.0}
TYPEFACES = ("liberation", "noto")  # Liberation Sans has Arial's metrics; Noto Sans covers more
DEFAULT_TYPEFACE = "liberation"
DEFAULT_FONT_SIZE = 12.0


@dataclass
class ProfileRecord:
    letterhead: str | None = None
    address: str | None = None
    phone: str | None = None
    email: str | None = None
    website: str | None = None
    logo_png: bytes | None = None
    signing_city: str | None = None
    timestamp_url: str | None = None  # the office's RFC 3161 timestamp authority
    signature_blocks: str = SignatureBlocks.CHAIR_AND_NOTE_TAKER.value
    default_timezone: str | None = None  # of new meetings; None means WIB
    margin_left_mm: float | None = None  # the page of naskah dinas; None means the usual default
    margin_right_mm: float | None = None
    margin_top_mm: float | None = None
    margin_bottom_mm: float | None = None
    typeface: str | None = None  # "liberation" (Arial-metric, the default) or "noto"
    font_size: float | None = None
    invitation_pattern: str | None = None  # e.g. "005/{n}/Kesbangpol/{bulan}/{tahun}"

    def page_margin_mm(self, side: str) -> float:
        """The margin the office's documents have on that side: its own, else the default."""
        return getattr(self, MARGIN_FIELDS[side]) or DEFAULT_MARGINS_MM[side]

    @property
    def page_typeface(self) -> str:
        return self.typeface or DEFAULT_TYPEFACE

    @property
    def page_font_size(self) -> float:
        return self.font_size or DEFAULT_FONT_SIZE

    @property
    def letterhead_lines(self) -> list[str]:
        return [line for line in (self.letterhead or "").splitlines() if line.strip()]

    @property
    def note_taker_signs(self) -> bool:
        return self.signature_blocks == SignatureBlocks.CHAIR_AND_NOTE_TAKER
