"""What an office sets for its naskah dinas: the page (margins, typeface, type size) and the pattern
its invitation letters are numbered from.

Every value is checked here before it is stored, whichever face sends it (the Pengaturan page,
`rapat profile set`), and a wrong one is refused with one message saying what is allowed. Empty
(None) means the usual default (rapat.records.organization).
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any

from rapat.errors import InvalidInput
from rapat.i18n import tr
from rapat.records.organization import MARGIN_FIELDS, TYPEFACES

MARGIN_MM = (10.0, 60.0)  # narrower cannot be bound or punched; wider leaves no room for a table
FONT_SIZE_PT = (10.0, 14.0)
PATTERN_LENGTH = 100  # characters

DEFAULT_PATTERN = "005/{n}/{bulan}/{tahun}"  # 005: the classification code of an undangan
ROMAN_MONTHS = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")


def margin_side(side: str) -> str:
    """The side's name as a person reads it: kiri, kanan, atas, bawah."""
    names = {"left": tr("kiri"), "right": tr("kanan"), "top": tr("atas"), "bottom": tr("bawah")}
    return names[side]


def format_number(pattern: str | None, sequence: int, dated: date) -> str:
    """The pattern filled in: {n} the sequence, {bulan} the month in Roman numerals, {tahun} the year.

    "005/{n}/Kesbangpol/{bulan}/{tahun}" with 731 on 1 November 2024 is 005/731/Kesbangpol/XI/2024.
    """
    pattern = pattern or DEFAULT_PATTERN
    if "{n}" not in pattern:
        raise InvalidInput(
            tr("Pola nomor surat undangan '{pattern}' tidak memuat {{n}} (nomor urut)").format(
                pattern=pattern
            )
        )
    try:
        return pattern.format(n=sequence, bulan=ROMAN_MONTHS[dated.month - 1], tahun=dated.year)
    except (KeyError, IndexError, ValueError):
        raise InvalidInput(
            tr(
                "Pola nomor surat undangan '{pattern}' hanya boleh memuat {{n}}, {{bulan}} dan {{tahun}}"
            ).format(pattern=pattern)
        ) from None


def check_naskah_settings(changes: Mapping[str, Any]) -> None:
    """Refuse the first value of `changes` (profile fields) that is not allowed."""
    low, high = MARGIN_MM
    for side, field in MARGIN_FIELDS.items():
        value = changes.get(field)
        if value is not None and not (is_number(value) and low <= value <= high):
            raise InvalidInput(
                tr("Margin {side} harus antara {low} dan {high} cm").format(
                    side=margin_side(side), low=f"{low / 10:g}", high=f"{high / 10:g}"
                )
            )
    typeface = changes.get("typeface")
    if typeface is not None and typeface not in TYPEFACES:
        raise InvalidInput(
            tr("Jenis huruf harus salah satu dari: {faces}").format(faces=", ".join(TYPEFACES))
        )
    size = changes.get("font_size")
    if size is not None and not (is_number(size) and FONT_SIZE_PT[0] <= size <= FONT_SIZE_PT[1]):
        raise InvalidInput(
            tr("Ukuran huruf harus antara {low} dan {high} pt").format(
                low=f"{FONT_SIZE_PT[0]:g}", high=f"{FONT_SIZE_PT[1]:g}"
            )
        )
    pattern = changes.get("invitation_pattern")
    if pattern is not None:
        if not isinstance(pattern, str) or not pattern.strip():
            raise InvalidInput(tr("Pola nomor surat undangan harus berupa teks"))
        if len(pattern) > PATTERN_LENGTH or "\n" in pattern:
            raise InvalidInput(
                tr("Pola nomor surat undangan paling panjang {n} karakter, satu baris").format(
                    n=PATTERN_LENGTH
                )
            )
        format_number(pattern, 1, date(2000, 1, 1))


def is_number(value: Any) -> bool:
    """A number as JSON or a spin box gives it (true and false are not)."""
    return isinstance(value, int | float) and not isinstance(value, bool)
