"""The office's profile (letterhead, signing city, signature blocks, the page of its naskah dinas):
one row, always there."""

from __future__ import annotations

from dataclasses import fields

from sqlalchemy.orm import Session

from rapat.models import OrganizationProfile
from rapat.records.organization import ProfileRecord
from rapat.services.naskah_settings import check_naskah_settings

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
    check_naskah_settings(changes)
    profile = _row(session)
    for key, value in changes.items():
        setattr(profile, key, value)
