"""Icons from qtawesome (Material Design), cached as PNG files so start-up need not import it.

qtawesome pulls in qtpy, whose star-imports of QtGui and QtWidgets cost about a tenth of a second;
the rail's icons are drawn once into the user's cache folder and read back on later start-ups.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QIcon, QPixmap

SIZE = 48
COLOURS = {"normal": "#3e4c59", "active": "#1f6fb2"}


def _cache_folder() -> Path:
    from platformdirs import user_cache_path

    return user_cache_path("Rapat", appauthor=False) / "icons"


def icon(name: str) -> QIcon:
    """The named qtawesome icon in the interface's colours, normal and selected."""
    folder = _cache_folder()
    files = {state: folder / f"{name}-{state}-{SIZE}.png" for state in COLOURS}
    if not all(path.exists() for path in files.values()):
        _draw(name, files)
    result = QIcon()
    result.addPixmap(QPixmap(str(files["normal"])), QIcon.Mode.Normal, QIcon.State.Off)
    result.addPixmap(QPixmap(str(files["active"])), QIcon.Mode.Normal, QIcon.State.On)
    result.addPixmap(QPixmap(str(files["active"])), QIcon.Mode.Active, QIcon.State.On)
    return result


def _draw(name: str, files: dict[str, Path]) -> None:
    import qtawesome

    files["normal"].parent.mkdir(parents=True, exist_ok=True)
    for state, path in files.items():
        pixmap = qtawesome.icon(name, color=COLOURS[state]).pixmap(SIZE, SIZE)
        pixmap.save(str(path.with_suffix(".tmp.png")), "PNG")
        path.with_suffix(".tmp.png").replace(path)
