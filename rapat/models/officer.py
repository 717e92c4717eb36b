"""An officer of a meeting as written on its minutes: plain data, importable without SQLAlchemy."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass
class Officer:
    """Chair, secretary or note-taker as written on the minutes, kept as they were on the day."""

    name: str | None = None
    position: str | None = None
    nip: str | None = None
    rank: str | None = None

    def __bool__(self) -> bool:
        return bool(self.name)
