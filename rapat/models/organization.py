"""The office's profile: what its letterhead says and how its minutes are signed."""

from __future__ import annotations

from sqlalchemy import LargeBinary, String, Text
from sqlalchemy.orm import Mapped, mapped_column, validates

from rapat.models.base import Base, check_choice
from rapat.models.vocabulary import SignatureBlocks


class OrganizationProfile(Base):
    """A single row (id 1)."""

    __tablename__ = "organization_profile"

    id: Mapped[int] = mapped_column(primary_key=True)
    # Letterhead lines from the top, one per line: "PEMERINTAH KOTA ...", then the unit's name.
    letterhead: Mapped[str | None] = mapped_column(Text)
    address: Mapped[str | None] = mapped_column(Text)
    phone: Mapped[str | None] = mapped_column(Text)
    email: Mapped[str | None] = mapped_column(Text)
    website: Mapped[str | None] = mapped_column(Text)
    logo_png: Mapped[bytes | None] = mapped_column(LargeBinary)
    signing_city: Mapped[str | None] = mapped_column(Text)
    timestamp_url: Mapped[str | None] = mapped_column(Text)  # an RFC 3161 authority
    signature_blocks: Mapped[str] = mapped_column(
        String(20), default=SignatureBlocks.CHAIR_AND_NOTE_TAKER.value
    )

    @validates("signature_blocks")
    def _blocks(self, _key, value):
        return check_choice("Blok tanda tangan", value, SignatureBlocks)

    @property
    def letterhead_lines(self) -> list[str]:
        return [line for line in (self.letterhead or "").splitlines() if line.strip()]
