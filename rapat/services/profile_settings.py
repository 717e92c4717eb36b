"""The office profile as the command line's settings file: `rapat profile show` prints it as JSON,
`rapat profile set FILE.json` changes the keys the file names.

The keys are the words of a letterhead form: government and unit (the kop surat's lines), address,
phone, email, website, city (where the notula is signed), logo (a path to an image, relative to the
settings file, kept as PNG), signature_blocks (`chair` or `chair_and_note_taker`), timezone (WIB,
WITA or WIT, the zone new meetings start with), and the naskah dinas: invitation_pattern (the
invitation number, e.g. "005/{n}/Kesbangpol/{bulan}/{tahun}"), margins (centimetres by side:
{"left": 3, "right": 2, "top": 2, "bottom": 2.5}, the sides given change), typeface (liberation or
noto) and font_size (points). A key or side set to null is emptied (for the page: its usual
default). Every value is checked before anything is stored: one wrong key or value changes nothing.
"""

from __future__ import annotations

import io
import json
import os
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from rapat.errors import InvalidInput
from rapat.i18n import tr
from rapat.models.vocabulary import SignatureBlocks, TimeZone
from rapat.records.organization import MARGIN_FIELDS
from rapat.services.naskah_settings import check_naskah_settings, is_number
from rapat.services.organization import get_profile, update_profile

TEXT_KEYS = {
    "address": "address",
    "phone": "phone",
    "email": "email",
    "website": "website",
    "city": "signing_city",
}
BLOCKS = {
    "chair": SignatureBlocks.CHAIR.value,
    "chair_and_note_taker": SignatureBlocks.CHAIR_AND_NOTE_TAKER.value,
}
PAGE_KEYS = ("invitation_pattern", "margins", "typeface", "font_size")
KEYS = ("government", "unit", *TEXT_KEYS, "logo", "signature_blocks", "timezone", *PAGE_KEYS)
_TEXTUAL = {"government", "unit", *TEXT_KEYS}


def profile_settings(session: Session) -> dict[str, Any]:
    """The profile under the settings file's keys; the logo as its size, or None."""
    profile = get_profile(session)
    lines = profile.letterhead_lines
    settings: dict[str, Any] = {
        "government": lines[0] if lines else None,
        "unit": "\n".join(lines[1:]) or None,
    }
    settings |= {key: getattr(profile, field) for key, field in TEXT_KEYS.items()}
    settings["logo"] = {"png_bytes": len(profile.logo_png)} if profile.logo_png else None
    settings["signature_blocks"] = next(
        key for key, value in BLOCKS.items() if value == profile.signature_blocks
    )
    settings["timezone"] = profile.default_timezone
    settings["invitation_pattern"] = profile.invitation_pattern
    settings["margins"] = {
        side: _centimetres(getattr(profile, field)) for side, field in MARGIN_FIELDS.items()
    }
    settings["typeface"] = profile.typeface
    settings["font_size"] = profile.font_size
    return settings


def _centimetres(millimetres: float | None) -> float | None:
    return None if millimetres is None else round(millimetres / 10, 2)


def set_profile_from_file(session: Session, path: str | os.PathLike) -> list[str]:
    """Check a settings file whole, then store it; returns the keys it changed, in file order."""
    path = Path(path)
    settings = _read(path)
    changes = _changes(session, settings, path)
    update_profile(session, **changes)
    return list(settings)


def _read(path: Path) -> dict[str, Any]:
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        reason = error.strerror if isinstance(error, OSError) else tr("bukan teks UTF-8")
        raise InvalidInput(
            tr("{file}: tidak dapat dibaca ({reason})").format(file=path, reason=reason)
        ) from None
    try:
        settings = json.loads(text)
    except json.JSONDecodeError as error:
        raise InvalidInput(
            tr("{file}: bukan JSON yang sah (baris {line})").format(file=path, line=error.lineno)
        ) from None
    if not isinstance(settings, dict):
        raise InvalidInput(tr("{file}: harus berisi satu objek JSON").format(file=path))
    for key in settings:
        if key not in KEYS:
            raise InvalidInput(
                tr("{file}: kunci '{key}' tidak dikenal; gunakan {keys}").format(
                    file=path, key=key, keys=", ".join(KEYS)
                )
            )
    return settings


def _changes(session: Session, settings: dict[str, Any], path: Path) -> dict[str, Any]:
    """The profile fields to store, from checked settings; raises on the first bad value."""
    changes: dict[str, Any] = {}
    texts = {key: _text(path, key, value) for key, value in settings.items() if key in _TEXTUAL}
    if "government" in texts and texts["government"] and "\n" in texts["government"]:
        raise InvalidInput(tr("{file}: 'government' harus satu baris").format(file=path))
    if "government" in texts or "unit" in texts:
        current = profile_settings(session)
        government = texts.get("government", current["government"])
        unit = texts.get("unit", current["unit"])
        if unit and not government:
            raise InvalidInput(
                tr("{file}: 'unit' memerlukan 'government' (baris pertama kop surat)").format(
                    file=path
                )
            )
        changes["letterhead"] = "\n".join(line for line in (government, unit) if line) or None
    for key, field in TEXT_KEYS.items():
        if key in texts:
            changes[field] = texts[key]
    if "logo" in settings:
        changes["logo_png"] = _logo(path, settings["logo"])
    if "signature_blocks" in settings:
        value = settings["signature_blocks"]
        if value not in BLOCKS:
            raise InvalidInput(
                tr("{file}: 'signature_blocks' harus chair atau chair_and_note_taker").format(
                    file=path
                )
            )
        changes["signature_blocks"] = BLOCKS[value]
    if "timezone" in settings:
        value = settings["timezone"]
        if value is not None and value not in [zone.value for zone in TimeZone]:
            raise InvalidInput(tr("{file}: 'timezone' harus WIB, WITA atau WIT").format(file=path))
        changes["default_timezone"] = value
    changes |= _page_changes(settings, path)
    return changes


def _page_changes(settings: dict[str, Any], path: Path) -> dict[str, Any]:
    """The naskah dinas settings among `settings`, as profile fields, checked as the window's."""
    changes: dict[str, Any] = {}
    if "invitation_pattern" in settings:
        value = settings["invitation_pattern"]
        changes["invitation_pattern"] = (value.strip() or None) if isinstance(value, str) else value
    if "margins" in settings:
        margins = settings["margins"]
        if margins is None:  # every side back to its default
            margins = dict.fromkeys(MARGIN_FIELDS)
        if not isinstance(margins, dict) or set(margins) - set(MARGIN_FIELDS):
            raise InvalidInput(
                tr("{file}: 'margins' harus objek dengan {sides} (cm)").format(
                    file=path, sides=", ".join(MARGIN_FIELDS)
                )
            )
        for side, value in margins.items():  # centimetres; a wrong value is refused below
            changes[MARGIN_FIELDS[side]] = round(value * 10, 2) if is_number(value) else value
    for key in ("typeface", "font_size"):
        if key in settings:
            changes[key] = settings[key]
    try:
        check_naskah_settings(changes)
    except InvalidInput as error:
        raise InvalidInput(f"{path}: {error}") from None
    return changes


def _text(path: Path, key: str, value: Any) -> str | None:
    if value is None:
        return None
    if not isinstance(value, str):
        raise InvalidInput(tr("{file}: '{key}' harus berupa teks").format(file=path, key=key))
    lines = [" ".join(line.split()) for line in value.strip().splitlines()]
    return "\n".join(line for line in lines if line) or None


def _logo(path: Path, value: Any) -> bytes | None:
    """The image a settings file names, as PNG (as the Pengaturan page stores it)."""
    from PIL import Image, UnidentifiedImageError

    if value is None:
        return None
    if not isinstance(value, str) or not value.strip():
        raise InvalidInput(tr("{file}: 'logo' harus berupa path berkas gambar").format(file=path))
    image_path = path.parent / Path(value).expanduser()
    try:
        with Image.open(image_path) as image:
            image.load()
            if image.mode not in ("1", "L", "LA", "P", "RGB", "RGBA"):
                image = image.convert("RGBA")  # CMYK and the like have no PNG form
            out = io.BytesIO()
            image.save(out, "PNG")
    except OSError as error:
        problem = (
            tr("bukan gambar yang dapat dibaca")
            if isinstance(error, UnidentifiedImageError)
            else error.strerror or str(error)
        )
        raise InvalidInput(
            tr("{file}: 'logo': {image}: {problem}").format(
                file=path, image=image_path, problem=problem
            )
        ) from None
    return out.getvalue()
