"""The Dokumen tab's signing panel: which block signs next, what it offers when no stored
certificate belongs to that block's officer, and a .p12 file that cannot be read."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from signing_helpers import Typed, choose_file
from workspace_helpers import refreshed

from rapat.services.archive import archived_documents, document_bytes
from rapat.services.finalize import finalize
from rapat.ui.signing_panel import P12_FILE


@pytest.fixture
def tab(office_documents_tab):
    return office_documents_tab


def _archived(database, meeting_id) -> bytes:
    with database.session() as session:
        (document,) = archived_documents(session, meeting_id)
        return document_bytes(session, document.id)


def test_a_draft_offers_no_signing(tab):
    assert "setelah finalisasi" in tab.waiting.text()
    assert tab.signing_form.isHidden() and tab.sign_button.isHidden()
    assert tab.finalize_button.isVisible()


def test_without_a_stored_certificate_only_a_file_is_offered(
    qtbot, tab, database, example_meeting, monkeypatch, tmp_path
):
    with database.session() as session:
        finalize(session, example_meeting)
    refreshed(qtbot, tab)
    assert tab.signing_form.isVisible() and not tab.finalize_button.isVisible()
    assert [tab.field.itemData(i) for i in range(tab.field.count())] == [
        "ttd_ketua",
        "ttd_notulis",
    ]
    assert tab.field.currentText().startswith("Pimpinan Rapat (")
    assert [tab.certificate.itemData(i) for i in range(tab.certificate.count())] == [P12_FILE]
    assert "pilih berkas .p12/.pfx" in tab.certificate.toolTip()

    before = _archived(database, example_meeting)
    typed = Typed(monkeypatch)
    choose_file(monkeypatch, "getOpenFileName", tmp_path / "hilang.p12")
    qtbot.mouseClick(tab.sign_button, Qt.MouseButton.LeftButton)
    assert "hilang.p12 tidak dapat dibaca" in tab.banner.text
    assert typed.prompts == []  # no passphrase asked for a file that is not there
    assert tab.progress.isHidden() and tab.sign_button.isEnabled()
    assert _archived(database, example_meeting) == before
