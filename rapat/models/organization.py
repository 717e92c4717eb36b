"""The office's profile: what its letterhead says and how its minutes are signed."""

from __future__ import annotations

from sqlalchemy import Float, Integer, LargeBinary, String, Text
from sqlalchemy.orm import Mapped, mapped_column, validates

from rapat.i18n import tr
from rapat.models.base import Base, check_choice
from rapat.models.vocabulary import SignatureBlocks, TimeZone


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
    default_timezone: Mapped[str | None] = mapped_column(String(4))  # of new meetings; None: WIB
    # The page of its naskah dinas: margins in mm and the typeface; empty means the usual defaults.
    margin_left_mm: Mapped[float | None] = mapped_column(Float)
    margin_right_mm: Mapped[float | None] = mapped_column(Float)
    margin_top_mm: Mapped[float | None] = mapped_column(Float)
    margin_bottom_mm: Mapped[float | None] = mapped_column(Float)
    typeface: Mapped[str | None] = mapped_column(String(20))
    font_size: Mapped[float | None] = mapped_column(Float)
    # How its invitation letters are numbered, e.g. "005/{n}/Kesbangpol/{bulan}/{tahun}".
    invitation_pattern: Mapped[str | None] = mapped_column(Text)

    @validates("signature_blocks")
    def _blocks(self, _key, value):
        return check_choice(tr("Blok tanda tangan"), value, SignatureBlocks)

    @validates("default_timezone")
    def _zone(self, _key, value):
        return check_choice("Zona waktu", value, TimeZone)

    @property
    def letterhead_lines(self) -> list[str]:
        return [line for line in (self.letterhead or "").splitlines() if line.strip()]


class InvitationCounter(Base):
    """The last sequence number handed out to an invitation letter, one row per year."""

    __tablename__ = "invitation_counters"

    year: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    last_number: Mapped[int] = mapped_column(Integer, default=0)
