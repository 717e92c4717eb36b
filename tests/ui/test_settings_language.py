"""Pengaturan offers the interface language; it is stored for the next start."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QTabWidget


def test_choosing_english_is_stored_for_the_next_start(qtbot, context):
    from rapat.i18n import chosen_language
    from rapat.ui.settings_view import SettingsView

    view = SettingsView(context)
    qtbot.addWidget(view)
    assert view.language.currentText() == "Bahasa Indonesia"
    labels = [label.text() for label in view.findChildren(QLabel)]
    assert any(text.startswith("Berlaku saat Rapat dibuka lagi") for text in labels)
    view.language.setCurrentIndex(view.language.findText("English"))
    assert chosen_language() == "en"


def test_the_view_reads_in_english_with_the_english_translation(qtbot, context, english_interface):
    from rapat.ui.settings_view import SettingsView

    view = SettingsView(context)
    qtbot.addWidget(view)
    tabs = view.findChild(QTabWidget)
    assert [tabs.tabText(i) for i in range(tabs.count())] == [
        "Office profile",
        "Electronic signatures",
        "Backups",
    ]
    assert "Interface language" in [label.text() for label in view.findChildren(QLabel)]


def test_screen_dates_follow_the_interface_language(english_interface):
    from datetime import date

    from rapat.ui.text import long_date

    assert long_date(date(2025, 10, 14)) == "Tuesday, 14 October 2025"
