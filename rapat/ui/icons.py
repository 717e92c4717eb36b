"""The rail's icons: Material Design Icons drawn once into resources/icons as PNG files.

Reading a PNG costs next to nothing at start-up; drawing from an icon font would need QtAwesome
and qtpy, a tenth of a second. resources/icons/render.py draws them again when the set changes.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize
from PySide6.QtGui import QIcon

from rapat.resources import resource_path

COLOURS = {"normal": "#3e4c59", "active": "#1f6fb2"}


def icon_file(name: str, state: str) -> Path:
    return resource_path("icons", f"{name}-{state}.png")


def icon(name: str) -> QIcon:
    """The named icon in the interface's colours, normal and selected; read when first painted."""
    normal, active = str(icon_file(name, "normal")), str(icon_file(name, "active"))
    result = QIcon()
    result.addFile(normal, QSize(), QIcon.Mode.Normal, QIcon.State.Off)
    result.addFile(active, QSize(), QIcon.Mode.Normal, QIcon.State.On)
    result.addFile(active, QSize(), QIcon.Mode.Active, QIcon.State.On)
    return result
