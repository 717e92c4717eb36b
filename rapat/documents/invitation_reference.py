"""How a document cites the invitation letter: "Nomor 005/731/Kesbangpol/XI/2024 tanggal 1 November 2024"."""

from __future__ import annotations

from datetime import date

from rapat.dates import plain_date


def invitation_line(number: str | None, dated: date | None) -> str:
    """The number and the date of the letter, as much of them as is known; "-" for neither."""
    parts = [f"Nomor {number}" if number else "", f"tanggal {plain_date(dated)}" if dated else ""]
    return " ".join(part for part in parts if part) or "-"
