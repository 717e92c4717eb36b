"""Where the translation sources are, and PySide6's Qt Linguist tools to run over them."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

TRANSLATIONS = Path(__file__).parent.parent / "resources" / "translations"


def qt_tool_or_skip(tool: str) -> list[str]:
    """The command running PySide6's lupdate or lrelease; skips the test where it is missing."""
    import PySide6

    binary = Path(PySide6.__file__).parent / (tool + (".exe" if os.name == "nt" else ""))
    if not binary.exists():
        pytest.skip(f"PySide6's {tool} is not installed (it comes with PySide6-Essentials)")
    return [sys.executable, "-c", f"from PySide6.scripts.pyside_tool import {tool}; {tool}()"]
