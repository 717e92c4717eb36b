"""The timestamp authority setting, revoking a certificate, a signature made without a timestamp,
and "Perbarui validasi arsip", driven as a user would."""

from __future__ import annotations

import socket

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog, QMessageBox
from signing_helpers import Typed
from timestamp_authority import TimestampAuthority
from workspace_helpers import refreshed, settle

from rapat.services import certificates
from rapat.services.archive import archived_documents, document_bytes
from rapat.services.finalize import audit_trail
from rapat.services.organization import get_profile, update_profile
from rapat.ui.certificates_view import CertificatesView
from rapat.ui.documents_tab import DocumentsTab
from rapat.ui.tasks import wait_for_tasks

ROOT_PASS, CHAIR_PASS, NOTE_PASS = "akar-rahasia", "sandi-ketua", "sandi-notulis"
SLOW = 60000


@pytest.fixture
def typed(monkeypatch) -> Typed:
    return Typed(monkeypatch)


@pytest.fixture
def officers(database, example_meeting):
    with database.session() as session:
        update_profile(
            session,
            letterhead="PEMERINTAH KABUPATEN LEMBAH HIJAU\nBADAN KESATUAN BANGSA DAN POLITIK",
            signature_blocks="chair_note_taker",
        )
        certificates.create_root(session, "Pemerintah Kabupaten Lembah Hijau", ROOT_PASS)
        chair = certificates.issue_officer(session, ROOT_PASS, "Bambang Sutrisno", CHAIR_PASS)
        note = certificates.issue_officer(session, ROOT_PASS, "Dewi Lestari", NOTE_PASS)
    return chair, note


def _click(qtbot, button) -> None:
    assert button.isEnabled(), button.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_timestamp_address_is_stored_when_left(qtbot, context, database):
    view = CertificatesView(context)
    qtbot.addWidget(view)
    view.resize(1100, 700)
    view.show()
    field = view.timestamps.url
    field.setFocus()
    qtbot.keyClicks(field, "http://tsa.lembahhijau.go.id/tsr")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    wait_for_tasks()
    with database.session() as session:
        assert get_profile(session).timestamp_url == "http://tsa.lembahhijau.go.id/tsr"
    field.selectAll()
    qtbot.keyClick(field, Qt.Key.Key_Delete)
    qtbot.keyClick(field, Qt.Key.Key_Return)
    wait_for_tasks()
    with database.session() as session:
        assert get_profile(session).timestamp_url is None


def test_revoking_an_officer_from_the_list(qtbot, context, officers, typed, monkeypatch):
    _chair, note = officers
    view = CertificatesView(context)
    qtbot.addWidget(view)
    view.resize(1100, 700)
    view.show()
    settle(qtbot)  # the certificates are read in the background
    view.table.select_certificate(note)
    monkeypatch.setattr(
        QInputDialog, "getText", staticmethod(lambda *a, **k: ("Pindah tugas", True))
    )
    typed.answers.append(ROOT_PASS)
    _click(qtbot, view.officers.revoke_button)
    qtbot.waitUntil(lambda: "dicabut" in view.banner.text, timeout=SLOW)
    settle(qtbot)
    row = next(r for r in view.model.rows() if r.id == note)
    assert row.revocation_reason == "Pindah tugas"
    column = view.model.columnCount() - 1
    text = view.model.index(view.model.rows().index(row), column).data()
    assert text.startswith("Dicabut") and "Pindah tugas" in text
    view.table.select_certificate(note)
    assert not view.officers.revoke_button.isEnabled()
    wait_for_tasks()


@pytest.fixture
def tab(qtbot, context, example_meeting):
    widget = DocumentsTab(context, example_meeting)
    qtbot.addWidget(widget)
    widget.resize(1180, 620)
    widget.show()
    qtbot.waitUntil(lambda: widget.loaded)  # read in the background
    yield widget
    wait_for_tasks()


def _finalize(qtbot, tab, monkeypatch) -> None:
    monkeypatch.setattr(
        QMessageBox, "question", staticmethod(lambda *a, **k: QMessageBox.StandardButton.Yes)
    )
    with qtbot.waitSignal(tab.finished, timeout=SLOW):
        _click(qtbot, tab.finalize_button)


def _sign(qtbot, tab, typed, field: str, certificate: int, passphrase: str) -> None:
    tab.field.setCurrentIndex(tab.field.findData(field))
    tab.certificate.setCurrentIndex(tab.certificate.findData(certificate))
    typed.answers.append(passphrase)
    with qtbot.waitSignal(tab.finished, timeout=SLOW):
        _click(qtbot, tab.sign_button)


def test_unreachable_authority_is_shown_and_the_archive_refreshed_later(
    qtbot, tab, typed, officers, database, example_meeting, monkeypatch
):
    chair, note = officers
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        closed = probe.getsockname()[1]
    with database.session() as session:
        update_profile(session, timestamp_url=f"http://127.0.0.1:{closed}/tsr")
    refreshed(qtbot, tab)
    _finalize(qtbot, tab, monkeypatch)
    _sign(qtbot, tab, typed, "ttd_ketua", chair, CHAIR_PASS)
    assert "tidak dapat dihubungi" in tab.banner.text and "tanpa cap waktu" in tab.banner.text
    _sign(qtbot, tab, typed, "ttd_notulis", note, NOTE_PASS)

    with TimestampAuthority() as tsa:
        with database.session() as session:
            update_profile(session, timestamp_url=tsa.url)
            (document,) = archived_documents(session, example_meeting)
            before = document_bytes(session, document.id)
        refreshed(qtbot, tab)
        tab.archive_table.selectRow(0)
        with qtbot.waitSignal(tab.finished, timeout=SLOW):
            _click(qtbot, tab.refresh_archived_button)
    assert "Validasi arsip revisi 1 diperbarui" in tab.banner.text
    with database.session() as session:
        after = document_bytes(session, document.id)
        events = [row.event for row in audit_trail(session, example_meeting)]
    assert after.startswith(before) and b"/DocTimeStamp" in after[len(before) :]
    assert events[-1] == "archive_timestamp"
    qtbot.waitUntil(lambda: tab.audit_table.rowCount() == len(events))
    assert tab.audit_table.item(0, 2).text() == "Validasi arsip"
