"""The application: Qt set up the Rapat way (Fusion, a calm light palette, Indonesian), then the window."""

from __future__ import annotations

import sys

from PySide6.QtCore import QCoreApplication, QLocale, Qt, QTimer
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from rapat.errors import RapatError

ACCENT = "#1f6fb2"


def make_palette() -> QPalette:
    """A restrained light palette with one accent colour."""
    palette = QPalette()
    colours = {
        QPalette.ColorRole.Window: "#f4f6f8",
        QPalette.ColorRole.WindowText: "#1f2933",
        QPalette.ColorRole.Base: "#ffffff",
        QPalette.ColorRole.AlternateBase: "#f1f5f9",
        QPalette.ColorRole.Text: "#1f2933",
        QPalette.ColorRole.Button: "#f8fafc",
        QPalette.ColorRole.ButtonText: "#1f2933",
        QPalette.ColorRole.Highlight: ACCENT,
        QPalette.ColorRole.HighlightedText: "#ffffff",
        QPalette.ColorRole.ToolTipBase: "#ffffff",
        QPalette.ColorRole.ToolTipText: "#1f2933",
        QPalette.ColorRole.PlaceholderText: "#7b8794",
        QPalette.ColorRole.Link: ACCENT,
    }
    for role, colour in colours.items():
        palette.setColor(role, QColor(colour))
    for role in (
        QPalette.ColorRole.Text,
        QPalette.ColorRole.WindowText,
        QPalette.ColorRole.ButtonText,
    ):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor("#9aa5b1"))
    return palette


STYLE_SHEET = f"""
QToolButton#railButton {{ border: none; border-radius: 6px; padding: 8px 4px; color: #3e4c59; }}
QToolButton#railButton:hover {{ background: #e4ebf2; }}
QToolButton#railButton:checked {{ background: #dbe8f5; color: {ACCENT}; }}
QToolButton#railButton:focus {{ border: 1px dashed {ACCENT}; }}
QWidget#rail {{ background: #e9eef3; border-right: 1px solid #d5dde5; }}
QPushButton#primary {{ background: {ACCENT}; color: white; border: 1px solid #185a91;
    border-radius: 4px; padding: 5px 14px; font-weight: 600; }}
QPushButton#primary:hover {{ background: #185a91; }}
QPushButton#primary:focus {{ border: 2px solid #0b2e4d; }}
QPushButton#primary:disabled {{ background: #c5d3e0; border-color: #b4c3d1; color: #f4f6f8; }}
QLabel#pageTitle {{ font-size: 17pt; font-weight: 600; color: #1f2933; }}
QLabel#sectionTitle {{ font-size: 11pt; font-weight: 600; color: #3e4c59; }}
QLabel#emptyState {{ color: #52606d; font-size: 11pt; }}
QLabel#statusBadge {{ border-radius: 9px; padding: 1px 10px; background: #fff4d6; color: #7a5400; }}
QLabel#statusBadge[final="true"] {{ background: #e7f5ec; color: #14532d; }}
QLineEdit:focus, QPlainTextEdit:focus, QDateEdit:focus, QTimeEdit:focus, QComboBox:focus {{
    border: 2px solid {ACCENT}; border-radius: 3px; }}
QTableView {{ gridline-color: #e4e7eb; }}
QTableView:focus {{ border: 1px solid {ACCENT}; }}
"""


def setup_application(app: QApplication) -> None:
    """Style, palette, locale and names for QSettings."""
    QCoreApplication.setOrganizationName("Rapat")
    QCoreApplication.setApplicationName("Rapat")
    QLocale.setDefault(QLocale(QLocale.Language.Indonesian, QLocale.Country.Indonesia))
    app.setStyle("Fusion")
    app.setPalette(make_palette())
    app.setStyleSheet(STYLE_SHEET)
    font = app.font()
    if font.pointSizeF() < 10:
        font.setPointSizeF(10)
        app.setFont(font)


def run_application(db_arg: str | None, smoke_test: bool = False) -> int:
    """Open the database and the main window; with smoke_test, open the newest meeting, paint, quit."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setAttribute(Qt.ApplicationAttribute.AA_DontShowIconsInMenus, False)
    setup_application(app)
    from rapat.db import open_database
    from rapat.ui.messages import show_error_box

    try:
        database = open_database(db_arg)
    except RapatError as error:
        if smoke_test:
            print(f"rapat: {error.message}", file=sys.stderr)
        else:
            show_error_box(
                None, error, QCoreApplication.translate("app", "Basis data tidak dapat dibuka")
            )
        return 2
    from rapat.ui.context import Context
    from rapat.ui.main_window import MainWindow
    from rapat.ui.tasks import wait_for_tasks

    window = MainWindow(Context(database), restore=not smoke_test)
    window.show()
    if smoke_test:
        window.remember = False  # a check run leaves the user's window settings alone
        window.open_newest_meeting()
        window.grab()
        QTimer.singleShot(0, app.quit)
    code = app.exec()
    window.close()
    wait_for_tasks()
    database.close()
    return code
