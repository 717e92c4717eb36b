"""The office's profile (letterhead, signing city, signature blocks): one row, always there."""

from __future__ import annotations

from dataclasses import dataclass, fields

from sqlalchemy.orm import Session

from rapat.models import OrganizationProfile
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
    timestamp_url: str | None = None
    signature_blocks: str = SignatureBlocks.CHAIR_AND_NOTE_TAKER.value

    @property
    def letterhead_lines(self) -> list[str]:
        return [line for line in (self.letterhead or "").splitlines() if line.strip()]

    @property
    def note_taker_signs(self) -> bool:
        return self.signature_blocks == SignatureBlocks.CHAIR_AND_NOTE_TAKER


_FIELDS = [f.name for f in fields(ProfileRecord)]


def _row(session: Session) -> OrganizationProfile:
    profile = session.get(OrganizationProfile, 1)
    if profile is None:
        profile = OrganizationProfile(id=1, signature_blocks=ProfileRecord.signature_blocks)
        session.add(profile)
        session.flush()
    return profile


def get_profile(session: Session) -> ProfileRecord:
    profile = session.get(OrganizationProfile, 1)
    if profile is None:
        return ProfileRecord()
    return ProfileRecord(**{name: getattr(profile, name) for name in _FIELDS})


def update_profile(session: Session, **changes) -> None:
    unknown = set(changes) - set(_FIELDS)
    if unknown:
        raise ValueError(f"unknown profile fields: {sorted(unknown)}")
    profile = _row(session)
    for key, value in changes.items():
        setattr(profile, key, value)
