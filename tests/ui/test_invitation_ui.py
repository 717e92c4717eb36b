"""The invitation in the window: its date on the Rincian tab, the letter on the Dokumen tab."""

from __future__ import annotations

import io
from datetime import date

import icalendar
import pytest
from pypdf import PdfReader
from PySide6.QtCore import QDate, Qt
from signing_helpers import choose_file
from workspace_helpers import ready, settle

from rapat.services.finalize import audit_trail
from rapat.services.meetings import load_details, update_meeting
from rapat.services.organization import update_profile
from rapat.ui.documents_tab import INVITATION_PAGE, DocumentsTab
from rapat.ui.main_window import MainWindow
from rapat.ui.tasks import wait_for_tasks

SLOW = 60000


@pytest.fixture
def window(qtbot, context):
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    yield window
    window.close()


def test_the_invitation_date_is_typed_beside_its_number(qtbot, database, window, example_meeting):
    window.open_meeting(example_meeting)
    form = ready(qtbot, window.workspace).show_details()
    assert form.invitation_date.text() == "belum ada"
    form.invitation_date.setFocus()
    form.invitation_date.setDate(QDate(2025, 10, 7))
    form.invitation_date.editingFinished.emit()
    settle(qtbot)
    with database.session() as session:
        assert load_details(session, example_meeting).invitation_date == date(2025, 10, 7)
    form.invitation_date.setDate(QDate())
    form.invitation_date.editingFinished.emit()
    settle(qtbot)
    with database.session() as session:
        assert load_details(session, example_meeting).invitation_date is None


def test_the_documents_tab_makes_the_numbered_letter(
    qtbot, context, database, example_meeting, monkeypatch, tmp_path
):
    with database.session() as session:
        update_profile(
            session,
            letterhead="PEMERINTAH KOTA PALOPO\nBADAN KESATUAN BANGSA DAN POLITIK",
            invitation_pattern="005/{n}/Kesbangpol/{bulan}/{tahun}",
        )
        update_meeting(session, example_meeting, invitation_ref=None)
    tab = DocumentsTab(context, example_meeting)
    qtbot.addWidget(tab)
    tab.resize(1180, 620)
    tab.show()
    qtbot.waitUntil(lambda: tab.loaded)  # read in the background
    with qtbot.waitSignal(tab.invitation_view.ready, timeout=SLOW):
        tab.pages.setCurrentRow(INVITATION_PAGE)
    text = PdfReader(io.BytesIO(tab.invitation_view.document.data)).pages[0].extract_text()
    today = date.today()
    assert "005/1/Kesbangpol/" in text and f"/{today.year}" in text
    target = tmp_path / "undangan.pdf"
    choose_file(monkeypatch, "getSaveFileName", target)
    qtbot.mouseClick(tab.invitation_view.save_button, Qt.MouseButton.LeftButton)
    settle(qtbot)
    assert target.read_bytes().startswith(b"%PDF")
    with database.session() as session:
        assert load_details(session, example_meeting).invitation_ref.startswith("005/1/")
        events = [row.event for row in audit_trail(session, example_meeting)]
    assert "invitation" in events and "export" in events
    wait_for_tasks()


def test_the_invitation_page_saves_the_calendar_file(
    qtbot, context, database, example_meeting, monkeypatch, tmp_path
):
    tab = DocumentsTab(context, example_meeting)
    qtbot.addWidget(tab)
    tab.resize(1180, 620)
    tab.show()
    qtbot.waitUntil(lambda: tab.loaded)  # read in the background
    tab.pages.setCurrentRow(INVITATION_PAGE)
    assert tab.calendar_button.isVisible() and tab.calendar_button.isEnabled()
    target = tmp_path / "undangan.ics"
    choose_file(monkeypatch, "getSaveFileName", target)
    with qtbot.waitSignal(tab.finished, timeout=SLOW):
        qtbot.mouseClick(tab.calendar_button, Qt.MouseButton.LeftButton)
    assert tab.banner.text == f"Tersimpan: {target}"
    (event,) = icalendar.Calendar.from_ical(target.read_bytes()).walk("VEVENT")
    with database.session() as session:
        record = load_details(session, example_meeting)
        events = [row.event for row in audit_trail(session, example_meeting)]
    start = event.decoded("dtstart")
    assert (start.date(), start.time()) == (record.date, record.start_time)
    assert str(start.tzinfo) == "Asia/Jakarta"  # the meeting's WIB
    assert str(event["summary"]) == record.title
    assert "export" in events
    wait_for_tasks()


def test_without_a_kop_the_window_says_so(qtbot, context, example_meeting):
    tab = DocumentsTab(context, example_meeting)
    qtbot.addWidget(tab)
    tab.resize(1180, 620)
    tab.show()
    qtbot.waitUntil(lambda: tab.loaded)  # read in the background
    with qtbot.waitSignal(tab.attendance_view.ready, timeout=SLOW):
        tab.pages.setCurrentRow(2)
    assert "belum memuat kop surat" in tab.attendance_view.banner.text
    wait_for_tasks()
