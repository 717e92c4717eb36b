"""Draw the rail's icons into this folder from Material Design Icons (through QtAwesome).

    pip install QtAwesome
    QT_QPA_PLATFORM=offscreen python resources/icons/render.py mdi6.home-outline …

The PNG files are kept in the repository, so Rapat itself needs neither QtAwesome nor drawing at
start-up. Material Design Icons: Pictogrammers, Apache License 2.0 (see NOTICE.txt).
"""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication

from rapat.ui.icons import COLOURS, icon_file

SIZE = 96  # drawn large: Qt scales down smoothly, also for high-density screens


def main(names: list[str]) -> None:
    import qtawesome

    for name in names:
        for state, colour in COLOURS.items():
            pixmap = qtawesome.icon(name, color=colour).pixmap(SIZE, SIZE)
            pixmap.save(str(icon_file(name, state)), "PNG")
            print(icon_file(name, state))


if __name__ == "__main__":
    application = QApplication(sys.argv[:1])
    main(sys.argv[1:])
