"""The office's root on its own: its state, the form that makes it, and the export for verifiers."""

from __future__ import annotations

import pytest
from cryptography import x509
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QVBoxLayout, QWidget
from signing_helpers import Typed, choose_file
from workspace_helpers import settle

from rapat.models.vocabulary import CertificateKind
from rapat.services.certificates import list_certificates
from rapat.services.organization import update_profile
from rapat.ui.messages import Banner
from rapat.ui.root_certificate_panel import RootCertificatePanel
from rapat.ui.tasks import wait_for_tasks

ROOT_PASS = "akar-rahasia"


@pytest.fixture
def panel(qtbot, context):
    host = QWidget()
    layout = QVBoxLayout(host)
    banner = Banner()
    layout.addWidget(banner)
    widget = RootCertificatePanel(context, banner)
    layout.addWidget(widget)
    layout.addWidget(widget.export_root_button)
    qtbot.addWidget(host)
    host.show()
    yield widget
    wait_for_tasks()


def test_without_a_root_the_form_is_offered_with_the_letterhead_as_a_guess(qtbot, panel, database):
    with database.session() as session:
        update_profile(session, letterhead="PEMERINTAH KABUPATEN LEMBAH HIJAU\nBAGIAN UMUM")
    panel.show_root(None)
    settle(qtbot)  # the letterhead is read in the background
    assert panel.organization.text() == "Pemerintah Kabupaten Lembah Hijau"
    assert panel.root_state.text().startswith("Belum ada.")
    assert panel.create_root_button.isVisible()
    assert not panel.export_root_button.isEnabled()


def test_an_empty_name_is_asked_for_before_any_passphrase(qtbot, panel, monkeypatch, context):
    typed = Typed(monkeypatch)
    panel.show_root(None)
    panel.organization.clear()
    qtbot.mouseClick(panel.create_root_button, Qt.MouseButton.LeftButton)
    assert panel.banner.text == "Isi nama organisasi lebih dulu."
    assert typed.prompts == []
    assert context.read(list_certificates) == []


def test_making_the_root_says_so_then_hands_its_id_over_and_exports_it(
    qtbot, panel, monkeypatch, context, tmp_path
):
    typed = Typed(monkeypatch)
    panel.show_root(None)
    qtbot.keyClicks(panel.organization, "Kecamatan Sukamaju")
    typed.answers.append(ROOT_PASS)
    started = []
    panel.making_key.connect(lambda: started.append(True))
    with qtbot.waitSignal(panel.created, timeout=30000) as made:
        qtbot.mouseClick(panel.create_root_button, Qt.MouseButton.LeftButton)
        assert started == [True]
    (root,) = context.read(list_certificates)
    assert made.args == [root.id] and root.kind == CertificateKind.ROOT
    assert panel.banner.text.startswith("Akar organisasi dibuat.")

    panel.show_root(root)
    assert panel.create_root_button.isHidden() and panel.organization.isHidden()
    assert panel.root_state.text().startswith(root.owner)
    pem = tmp_path / "akar.pem"
    choose_file(monkeypatch, "getSaveFileName", pem)
    qtbot.mouseClick(panel.export_root_button, Qt.MouseButton.LeftButton)
    settle(qtbot)  # the file is written once its data is read, in the background
    assert x509.load_pem_x509_certificate(pem.read_bytes()).subject.rfc4514_string()
    assert panel.banner.text == f"Tersimpan: {pem}"
