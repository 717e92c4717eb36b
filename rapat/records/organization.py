"""The office's profile as plain data: letterhead, contacts, logo, signing city, signature blocks."""

from __future__ import annotations

from dataclasses import dataclass

from rapat.models.vocabulary import SignatureBlocks


@dataclass
class ProfileRecord:
    letterhead: str | None = None
    address: str | None = None
    phone: str | None = None
    email: str | None = None
    website: str | None = None
    logo_png: bytes | None = None
    signing_city: str | None = None
    signature_blocks: str = SignatureBlocks.CHAIR_AND_NOTE_TAKER.value
    default_timezone: str | None = None  # of new meetings; None means WIB

    @property
    def letterhead_lines(self) -> list[str]:
        return [line for line in (self.letterhead or "").splitlines() if line.strip()]

    @property
    def note_taker_signs(self) -> bool:
        return self.signature_blocks == SignatureBlocks.CHAIR_AND_NOTE_TAKER
