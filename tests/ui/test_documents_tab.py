"""The Dokumen tab driven as a user would: preview, export, photos, finalize, sign as chair and as
note-taker (with a stored certificate and with a .p12 file), the archive and the audit trail."""

from __future__ import annotations

import io

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QLabel, QMessageBox
from signing_helpers import Typed, choose_file
from workspace_helpers import ready, refreshed, settle

from rapat.services import certificates
from rapat.services.archive import archived_documents, document_bytes
from rapat.services.finalize import amend, audit_trail
from rapat.ui.documents_tab import (
    ATTENDANCE_PAGE,
    NOTULA_PAGE,
    PHOTOS_PAGE,
    DocumentsTab,
)
from rapat.ui.signing_panel import P12_FILE
from rapat.ui.tasks import wait_for_tasks

ROOT_PASS, CHAIR_PASS, NOTE_PASS = "akar-rahasia", "sandi-ketua", "sandi-notulis"
CHAIR, NOTE_TAKER = "Dr. Ir. Bambang Sutrisno, M.T.", "Dewi Lestari, S.Sos"
SLOW = 60000


@pytest.fixture
def officers(database, example_meeting):
    """The office's root, a chair and a note-taker; the office signs with both blocks."""
    from rapat.services.organization import update_profile

    with database.session() as session:
        update_profile(
            session,
            letterhead="PEMERINTAH KABUPATEN LEMBAH HIJAU\nBADAN KESATUAN BANGSA DAN POLITIK",
            signing_city="Lembah Hijau",
            signature_blocks="chair_note_taker",
        )
        certificates.create_root(session, "Pemerintah Kabupaten Lembah Hijau", ROOT_PASS)
        chair = certificates.issue_officer(session, ROOT_PASS, CHAIR, CHAIR_PASS)
        note = certificates.issue_officer(session, ROOT_PASS, NOTE_TAKER, NOTE_PASS)
    return chair, note


@pytest.fixture
def typed(monkeypatch) -> Typed:
    return Typed(monkeypatch)


@pytest.fixture
def tab(qtbot, context, example_meeting):
    widget = DocumentsTab(context, example_meeting)
    qtbot.addWidget(widget)
    widget.resize(1180, 620)
    widget.show()
    qtbot.waitUntil(lambda: widget.loaded)  # read in the background
    yield widget
    wait_for_tasks()


def _click(qtbot, button) -> None:
    assert button.isEnabled(), button.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def _events(database, meeting_id) -> list[str]:
    with database.session() as session:
        return [row.event for row in audit_trail(session, meeting_id)]


def finalize(qtbot, tab, monkeypatch) -> None:
    asked = []
    monkeypatch.setattr(
        QMessageBox,
        "question",
        staticmethod(lambda *a, **k: asked.append(a) or QMessageBox.StandardButton.Yes),
    )
    with qtbot.waitSignal(tab.finished, timeout=SLOW):
        _click(qtbot, tab.finalize_button)
        assert not tab.progress.isHidden()
    assert asked


def sign(qtbot, tab, typed, field: str, certificate: int, passphrase: str) -> None:
    tab.field.setCurrentIndex(tab.field.findData(field))
    tab.certificate.setCurrentIndex(tab.certificate.findData(certificate))
    typed.answers.append(passphrase)
    with qtbot.waitSignal(tab.finished, timeout=SLOW):
        _click(qtbot, tab.sign_button)


def test_finalize_then_sign_as_chair_then_note_taker(
    qtbot, tab, typed, officers, database, example_meeting, monkeypatch, tmp_path
):
    chair_cert, note_cert = officers
    refreshed(qtbot, tab)
    assert tab.state.text().startswith("Draf")
    assert tab.missing.isHidden() and tab.finalize_button.isEnabled()
    assert tab.sign_button.isHidden() and tab.signing_form.isHidden()
    assert tab.archive_empty.isVisible()

    finalize(qtbot, tab, monkeypatch)
    text = tab.state.text()
    assert "menunggu tanda tangan" in text
    assert f"Pimpinan Rapat ({CHAIR})" in text and f"Notulis ({NOTE_TAKER})" in text
    assert not tab.finalize_box.isVisible()
    assert tab.signing_form.isVisible() and tab.sign_button.isEnabled()
    assert tab.archive_table.rowCount() == 1
    assert tab.archive_table.item(0, 1).text() == "Menunggu tanda tangan: Pimpinan Rapat, Notulis"
    assert [tab.field.itemData(i) for i in range(tab.field.count())] == ["ttd_ketua", "ttd_notulis"]
    before = document_bytes_of(database, example_meeting)

    sign(qtbot, tab, typed, "ttd_ketua", chair_cert, "bukan-sandinya")
    assert tab.banner.text == "Kata sandi sertifikat salah"
    assert document_bytes_of(database, example_meeting) == before  # nothing changed
    assert _events(database, example_meeting) == ["finalize"]
    assert "menunggu tanda tangan" in tab.state.text()

    sign(qtbot, tab, typed, "ttd_ketua", chair_cert, CHAIR_PASS)
    assert CHAIR in typed.prompts[-1][0] and not typed.prompts[-1][1]
    text = tab.state.text()
    assert "menunggu tanda tangan" in text and NOTE_TAKER in text and CHAIR not in text
    assert tab.archive_table.item(0, 1).text() == "Menunggu tanda tangan: Notulis"
    assert [tab.field.itemData(i) for i in range(tab.field.count())] == ["ttd_notulis"]
    with database.session() as session:
        (document,) = archived_documents(session, example_meeting)
    assert (document.state, document.waiting_for) == ("waiting", ["ttd_notulis"])

    p12 = tmp_path / "notulis.p12"
    with database.session() as session:
        p12.write_bytes(certificates.pkcs12_data(session, note_cert))
    choose_file(monkeypatch, "getOpenFileName", p12)
    sign(qtbot, tab, typed, "ttd_notulis", P12_FILE, NOTE_PASS)
    assert "sudah ditandatangani lengkap" in tab.state.text()
    assert tab.archive_table.item(0, 1).text() == "Ditandatangani"
    assert tab.sign_button.isHidden()
    with database.session() as session:
        (document,) = archived_documents(session, example_meeting)
    assert document.state == "signed"
    assert tab.archive_table.item(0, 3).text() == document.sha256[:16] + "…"

    target = tmp_path / "notula-ttd.pdf"
    choose_file(monkeypatch, "getSaveFileName", target)
    _click(qtbot, tab.save_archived_button)
    settle(qtbot)
    assert target.read_bytes() == document_bytes_of(database, example_meeting)
    qtbot.waitUntil(lambda: tab.audit_table.rowCount() == 4)
    shown = [tab.audit_table.item(r, 2).text() for r in range(4)]
    assert shown == ["Ekspor", "Tanda tangan", "Tanda tangan", "Finalisasi"]  # newest first
    assert CHAIR in tab.audit_table.item(2, 3).text()
    assert _events(database, example_meeting) == ["finalize", "sign", "sign", "export"]


def document_bytes_of(database, meeting_id) -> bytes:
    with database.session() as session:
        return document_bytes(session, archived_documents(session, meeting_id)[0].id)


def test_a_second_finalize_after_an_amend_lists_two_revisions(
    qtbot, officers, tab, database, example_meeting, monkeypatch
):
    finalize(qtbot, tab, monkeypatch)
    with database.session() as session:
        amend(session, example_meeting, "Nama Kasdim salah ketik")
    tab.context.changed.emit("meeting")
    settle(qtbot)  # the tab reads the meeting again in the background
    assert tab.state.text().startswith("Draf") and tab.finalize_button.isEnabled()
    finalize(qtbot, tab, monkeypatch)
    rows = [
        (tab.archive_table.item(r, 0).text(), tab.archive_table.item(r, 1).text())
        for r in range(tab.archive_table.rowCount())
    ]
    assert rows == [
        ("2", "Menunggu tanda tangan: Pimpinan Rapat, Notulis"),
        ("1", "Menunggu tanda tangan: Pimpinan Rapat, Notulis"),
    ]
    assert "Revisi 2" in tab.state.text()


def test_what_is_missing_is_listed_and_finalize_waits(qtbot, context, database):
    from datetime import date, time

    from rapat.services.meetings import create_meeting

    with database.session() as session:
        empty = create_meeting(
            session, title="Rapat", date=date(2026, 1, 5), start_time=time(9), location="Aula"
        )
    widget = DocumentsTab(context, empty)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitUntil(lambda: widget.loaded)  # read in the background
    items = [widget.missing.item(i).text() for i in range(widget.missing.count())]
    assert items[0] == "✕ Pimpinan rapat (ketua) belum diisi"
    assert "✕ Belum ada peserta yang tercatat hadir" in items
    assert widget.missing.isVisible() and not widget.finalize_button.isEnabled()
    wait_for_tasks()


def test_previews_and_the_workbook_are_exported_and_recorded(
    qtbot, tab, database, example_meeting, monkeypatch, tmp_path
):
    with qtbot.waitSignal(tab.notula_view.ready, timeout=SLOW):
        tab.pages.setCurrentRow(NOTULA_PAGE)
    assert tab.notula_view.document.pages >= 2
    target = tmp_path / "notula.pdf"
    choose_file(monkeypatch, "getSaveFileName", target)
    _click(qtbot, tab.notula_view.save_button)
    settle(qtbot)
    assert target.read_bytes().startswith(b"%PDF")

    with qtbot.waitSignal(tab.attendance_view.ready, timeout=SLOW):
        tab.pages.setCurrentRow(ATTENDANCE_PAGE)
    from pypdf import PdfReader

    attendance = PdfReader(io.BytesIO(tab.attendance_view.document.data))
    assert "DAFTAR HADIR" in attendance.pages[0].extract_text().upper()

    workbook = tmp_path / "rapat.xlsx"
    choose_file(monkeypatch, "getSaveFileName", workbook)
    with qtbot.waitSignal(tab.finished, timeout=SLOW):
        _click(qtbot, tab.workbook_button)
    assert load_workbook(workbook).sheetnames[0] == "Rapat"
    assert tab.workbook_button.isEnabled()
    with database.session() as session:
        details = [row.detail for row in audit_trail(session, example_meeting)]
    assert details == ["notula PDF: notula.pdf", "buku kerja Excel: rapat.xlsx"]
    qtbot.waitUntil(lambda: tab.audit_table.rowCount() == 2)  # read again in the background


def test_photos_are_added_with_a_caption_and_removed_while_draft(
    qtbot, tab, example_meeting, monkeypatch, tmp_path
):
    from PIL import Image

    photo = tmp_path / "suasana.jpg"
    Image.new("RGB", (640, 480), "#3a7").save(photo)
    not_a_photo = tmp_path / "catatan.png"
    not_a_photo.write_text("bukan gambar")
    tab.pages.setCurrentRow(PHOTOS_PAGE)
    photos = tab.photos
    qtbot.keyClicks(photos.caption, "Suasana rapat di Aula")
    monkeypatch.setattr(
        QFileDialog,
        "getOpenFileNames",
        staticmethod(lambda *a, **k: ([str(photo), str(not_a_photo)], "")),
    )
    _click(qtbot, photos.add_button)
    settle(qtbot)
    assert photos.list.count() == 1
    assert photos.list.item(0).text() == "Suasana rapat di Aula"
    assert "catatan.png: bukan foto JPEG atau PNG" in photos.banner.text
    photos.list.setCurrentRow(0)
    _click(qtbot, photos.remove_button)
    settle(qtbot)
    assert photos.list.count() == 0


def test_the_workspace_has_the_documents_tab(qtbot, context, example_meeting):
    from rapat.ui.meeting_workspace import MeetingWorkspace

    workspace = MeetingWorkspace(context, example_meeting)
    qtbot.addWidget(workspace)
    titles = [workspace.tabs.tabText(i) for i in range(workspace.tabs.count())]
    assert titles[-1] == "Dokumen"
    workspace.show()
    workspace.tabs.setCurrentIndex(len(titles) - 1)  # built when first shown, like a user's click
    qtbot.waitUntil(lambda: workspace.documents is not None)  # once the meeting has been read
    assert isinstance(workspace.documents, DocumentsTab)
    assert workspace.documents.isVisibleTo(workspace)


def test_photos_are_read_only_once_final(qtbot, officers, tab, monkeypatch):
    finalize(qtbot, tab, monkeypatch)
    tab.pages.setCurrentRow(PHOTOS_PAGE)
    assert not tab.photos.add_button.isEnabled()
    assert "sudah final" in tab.photos.note.text()


def test_finalizing_freezes_the_whole_workspace(
    qtbot, context, example_meeting, letterhead, monkeypatch
):
    """After Finalisasi in the Dokumen tab, the header says Final and the other tabs are read-only."""
    from rapat.ui.meeting_workspace import MeetingWorkspace

    workspace = MeetingWorkspace(context, example_meeting)
    qtbot.addWidget(workspace)
    workspace.show()
    ready(qtbot, workspace)
    assert workspace.status.text() == "Draf" and not workspace.attendance.read_only
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    documents = workspace.show_documents()
    assert not documents.finalize_button.isEnabled()  # until the tab knows what is missing
    qtbot.waitUntil(documents.finalize_button.isEnabled)  # read in the background
    with qtbot.waitSignal(documents.finished, timeout=30000):
        qtbot.mouseClick(documents.finalize_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: workspace.status.text().startswith("Final"))
    assert workspace.final_bar.isVisibleTo(workspace)
    assert workspace.attendance.read_only


def test_a_complete_meeting_waits_for_the_office_s_letterhead(
    qtbot, context, database, example_meeting
):
    """The same check as `rapat finalize`: no kop surat, no final notula."""
    from rapat.services.organization import update_profile

    widget = DocumentsTab(context, example_meeting)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitUntil(lambda: widget.loaded)  # read in the background
    items = [widget.missing.item(i).text() for i in range(widget.missing.count())]
    assert len(items) == 1 and "kop surat" in items[0]
    assert "Semua syarat terpenuhi" not in widget.readiness.text()
    assert not widget.finalize_button.isEnabled()
    with database.session() as session:
        update_profile(session, letterhead="PEMERINTAH KABUPATEN LEMBAH HIJAU\nBAGIAN UMUM")
    refreshed(qtbot, widget)
    assert widget.missing.count() == 0 and widget.finalize_button.isEnabled()
    wait_for_tasks()


def test_a_saved_archived_notula_is_recorded(
    qtbot, officers, tab, database, example_meeting, monkeypatch, tmp_path
):
    finalize(qtbot, tab, monkeypatch)
    tab.archive_table.selectRow(0)
    target = tmp_path / "arsip.pdf"
    choose_file(monkeypatch, "getSaveFileName", target)
    _click(qtbot, tab.save_archived_button)
    settle(qtbot)
    assert "Tersimpan" in tab.banner.text
    with database.session() as session:
        (archived,) = archived_documents(session, example_meeting)
        assert target.read_bytes() == document_bytes(session, archived.id)
        details = [row.detail for row in audit_trail(session, example_meeting)]
    assert details[-1] == "notula arsip revisi 1: arsip.pdf"


def _offered(tab) -> list[int]:
    return [tab.certificate.itemData(i) for i in range(tab.certificate.count())]


def test_each_block_offers_only_its_officers_certificates(
    qtbot, tab, typed, officers, database, example_meeting, monkeypatch, tmp_path
):
    chair_cert, note_cert = officers
    with database.session() as session:
        stranger = certificates.issue_officer(session, ROOT_PASS, "Nurul Aisyah", "sandi-orang")
        stranger_p12 = certificates.pkcs12_data(session, stranger)
    refreshed(qtbot, tab)
    finalize(qtbot, tab, monkeypatch)
    assert tab.field.currentData() == "ttd_ketua"
    assert _offered(tab) == [chair_cert, P12_FILE]
    tab.field.setCurrentIndex(tab.field.findData("ttd_notulis"))
    assert _offered(tab) == [note_cert, P12_FILE]

    p12 = tmp_path / "orang-lain.p12"
    p12.write_bytes(stranger_p12)
    before = document_bytes_of(database, example_meeting)
    choose_file(monkeypatch, "getOpenFileName", p12)
    sign(qtbot, tab, typed, "ttd_ketua", P12_FILE, "sandi-orang")
    assert "Nurul Aisyah" in tab.banner.text and CHAIR in tab.banner.text
    assert document_bytes_of(database, example_meeting) == before
    assert _events(database, example_meeting) == ["finalize"]

    sign(qtbot, tab, typed, "ttd_ketua", chair_cert, CHAIR_PASS)
    assert [tab.field.itemData(i) for i in range(tab.field.count())] == ["ttd_notulis"]
    assert _offered(tab) == [note_cert, P12_FILE]  # "Sebagai" and the certificate move together
    assert tab.certificate.currentData() == note_cert


def test_what_is_missing_is_read_whole_at_1366(qtbot, context, example_meeting, tmp_path):
    widget = DocumentsTab(context, example_meeting)
    qtbot.addWidget(widget)
    widget.resize(1366 - 104 - 32, 560)  # the content beside the rail on a 1366 laptop
    widget.show()
    qtbot.waitUntil(lambda: widget.loaded)  # read in the background
    qtbot.waitExposed(widget)
    widget.grab().save(str(tmp_path / "missing.png"))
    assert widget.missing.count() >= 1
    assert not widget.missing.horizontalScrollBar().isVisible()
    item = widget.missing.item(0)
    shown = widget.missing.visualItemRect(item)
    assert shown.width() <= widget.missing.viewport().width()
    assert shown.height() > widget.missing.fontMetrics().height()  # wrapped onto a second line
    wait_for_tasks()


def _answer_yes(qtbot) -> None:
    """Click "Ya" in the question box about to open (modal: it runs its own event loop)."""

    def click() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(10, click)
            return
        qtbot.mouseClick(box.button(QMessageBox.StandardButton.Yes), Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, click)


def _finalized_by_keyboard(qtbot, context, meeting_id):
    """The main window at 1366x707: Alt+5 to the Dokumen tab, Tab to Finalisasi, Space, "Ya";
    returned once the workspace shows the meeting final and the window is active again (as the
    window manager makes it when the question box has gone)."""
    from rapat.ui.main_window import MainWindow

    window = MainWindow(context)
    qtbot.addWidget(window)
    window.resize(1366, 707)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.open_meeting(meeting_id)
    workspace = ready(qtbot, window.workspace)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_5, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: workspace.documents is not None and workspace.documents.loaded)
    tab = workspace.documents
    assert tab.finalize_button.isEnabled()
    while QApplication.focusWidget() is not tab.finalize_button:
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    _answer_yes(qtbot)
    with qtbot.waitSignal(tab.finished, timeout=SLOW):
        qtbot.keyClick(tab.finalize_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: workspace.status.text().startswith("Final"))
    settle(qtbot)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window, workspace, tab


def test_after_finalizing_the_keyboard_stays_in_the_tab(
    qtbot, context, officers, example_meeting, tmp_path
):
    """The cursor goes on, shown, to the signing fields that follow the Finalisasi button (not
    to the rail beside the meeting, where Qt sends it when the button is disabled)."""
    window, _workspace, tab = _finalized_by_keyboard(qtbot, context, example_meeting)
    window.grab().save(str(tmp_path / "finalized.png"))
    assert QApplication.focusWidget() is tab.field
    assert tab.field.isVisible() and tab.field.hasFocus()
    qtbot.keyClick(tab.field, Qt.Key.Key_Tab)  # and Tab goes on through the signing fields
    assert QApplication.focusWidget() is tab.certificate


def test_after_finalizing_final_is_said_once(qtbot, context, officers, example_meeting):
    """The meeting being final is said in one place, the workspace's bar with its Buat revisi
    (and the header's badge): no banner and no Finalisasi box repeating it."""
    window, workspace, tab = _finalized_by_keyboard(qtbot, context, example_meeting)
    said = {
        label
        for label in window.findChildren(QLabel)
        if label.isVisible() and "final" in label.text().lower()
    }
    assert said == {workspace.status, workspace.final_text}
    assert workspace.revise_button.isVisible()
    assert not tab.banner.isVisible() and not tab.finalize_box.isVisible()
