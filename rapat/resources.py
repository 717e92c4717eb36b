"""Where the shipped resources (fonts, icons, translations) are found, however Rapat was installed."""

from __future__ import annotations

import sys
from pathlib import Path


def resource_path(*parts: str) -> Path:
    """The path of a file under resources/: beside the package in a checkout or editable install,
    under the frozen bundle, or under share/rapat/ where a wheel's data files land."""
    candidates = [Path(__file__).resolve().parent.parent / "resources"]
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        candidates.append(Path(bundle) / "resources")
    candidates.append(Path(sys.prefix) / "share" / "rapat" / "resources")
    for root in candidates:
        path = root.joinpath(*parts)
        if path.exists():
            return path
    return candidates[0].joinpath(*parts)
