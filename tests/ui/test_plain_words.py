"""No programmer words and no UTC on the screens: times on the meeting's clock, the file digest
explained (Qt's own buttons in Indonesian: tests/test_translations.py)."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from rapat.services.meetings import load_details
from rapat.ui.documents_tab import AUDIT_PAGE, DocumentsTab
from rapat.ui.tasks import wait_for_tasks
from rapat.ui.text import zoned_moment


def test_a_moment_is_shown_on_the_meeting_s_clock(context):
    signed = datetime(2025, 10, 14, 2, 32, tzinfo=UTC)
    assert zoned_moment(signed, "WITA") == "14 Okt 2025 10.32 WITA"
    assert zoned_moment(signed, "WIT") == "14 Okt 2025 11.32 WIT"
    assert zoned_moment(signed, None) == "14 Okt 2025 09.32 WIB"


def test_the_history_is_in_the_meeting_s_zone_and_the_digest_is_explained(
    qtbot, context, database, example_meeting, monkeypatch, tmp_path
):
    target = tmp_path / "buku.xlsx"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), ""))
    )
    tab = DocumentsTab(context, example_meeting)
    qtbot.addWidget(tab)
    tab.show()
    qtbot.waitUntil(lambda: tab.loaded)  # read in the background
    with qtbot.waitSignal(tab.finished, timeout=60000):
        qtbot.mouseClick(tab.workbook_button, Qt.MouseButton.LeftButton)
    tab.pages.setCurrentRow(AUDIT_PAGE)
    with database.session() as s:
        zone = load_details(s, example_meeting).timezone or "WIB"
    qtbot.waitUntil(lambda: tab.audit_table.rowCount() > 0)  # read again in the background
    when = tab.audit_table.item(0, 0).text()
    assert when.endswith(f" {zone}") and "UTC" not in when
    headers = [
        tab.archive_table.horizontalHeaderItem(c).text()
        for c in range(tab.archive_table.columnCount())
    ]
    assert "SHA-256" not in headers and "Sidik berkas" in headers
    wait_for_tasks()
