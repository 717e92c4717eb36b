"""A meeting's photo (Dokumentasi) as plain data."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class PhotoRecord:
    id: int
    seq: int
    filename: str
    media_type: str
    caption: str | None
    data: bytes
