"""Officers' certificates on their own: issued from the root and handed out, saved and revoked from
the selected row, each action offered only where it applies."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog, QVBoxLayout, QWidget
from signing_helpers import Typed, choose_file
from workspace_helpers import settle

from rapat.documents.signing import open_pkcs12
from rapat.services import certificates
from rapat.services.certificates import list_certificates
from rapat.ui.certificate_table import CertificateModel, CertificateTable
from rapat.ui.messages import Banner
from rapat.ui.officer_certificates import OfficerCertificatesPanel
from rapat.ui.tasks import wait_for_tasks

ROOT_PASS, OFFICER_PASS = "akar-rahasia", "sandi-pejabat"


@pytest.fixture
def typed(monkeypatch) -> Typed:
    return Typed(monkeypatch)


@pytest.fixture
def panel(qtbot, context, database):
    with database.session() as session:
        certificates.create_root(session, "Kabupaten Lembah Hijau", ROOT_PASS)
    host = QWidget()
    layout = QVBoxLayout(host)
    banner = Banner()
    layout.addWidget(banner)
    table = CertificateTable(CertificateModel(host))
    layout.addWidget(table)
    widget = OfficerCertificatesPanel(context, banner, table)
    for child in (widget.import_p12_button, widget.save_p12_button, widget.revoke_button, widget):
        layout.addWidget(child)

    def refresh(*_args) -> None:
        table.certificates().set_rows(context.read(list_certificates))

    for signal in (widget.issued, widget.imported, widget.revoked):
        signal.connect(refresh)
    table.selectionModel().selectionChanged.connect(
        lambda *_args: widget.show_selected(table.selected())
    )
    refresh()
    widget.set_root_present(True)
    widget.show_selected(None)
    qtbot.addWidget(host)
    host.show()
    yield widget
    wait_for_tasks()


def test_the_form_waits_for_a_root(panel):
    panel.set_root_present(False)
    assert not any(
        w.isEnabled() for w in (panel.officer_name, panel.officer_position, panel.issue_button)
    )
    panel.set_root_present(True)
    assert panel.issue_button.isEnabled() and panel.officer_name.isEnabled()


def test_an_empty_name_is_asked_for_before_any_passphrase(qtbot, panel, typed):
    qtbot.mouseClick(panel.issue_button, Qt.MouseButton.LeftButton)
    assert panel.banner.text == "Isi nama pejabat lebih dulu."
    assert typed.prompts == []


def test_an_issued_certificate_is_handed_out_then_revoked_from_the_list(
    qtbot, panel, typed, monkeypatch, context, tmp_path
):
    root = panel.table.certificates().row_at(0)
    panel.table.select_certificate(root.id)
    assert not panel.save_p12_button.isEnabled() and not panel.revoke_button.isEnabled()

    qtbot.keyClicks(panel.officer_name, "Ir. Hendra Gunawan")
    qtbot.keyClicks(panel.officer_position, "Kepala Bagian Umum")
    typed.answers += [ROOT_PASS, OFFICER_PASS]
    target = tmp_path / "hendra.p12"
    choose_file(monkeypatch, "getSaveFileName", target)
    with qtbot.waitSignal(panel.issued, timeout=30000) as issued:
        qtbot.mouseClick(panel.issue_button, Qt.MouseButton.LeftButton)
    (officer_id,) = issued.args
    settle(qtbot)  # the file is written once its data is read, in the background
    assert open_pkcs12(target.read_bytes(), OFFICER_PASS).owner == "Ir. Hendra Gunawan"
    assert panel.officer_name.text() == "" and panel.officer_position.text() == ""

    panel.table.select_certificate(officer_id)
    assert panel.save_p12_button.isEnabled() and panel.revoke_button.isEnabled()
    again = tmp_path / "hendra-lagi.p12"
    choose_file(monkeypatch, "getSaveFileName", again)
    qtbot.mouseClick(panel.save_p12_button, Qt.MouseButton.LeftButton)
    settle(qtbot)
    assert again.read_bytes() == target.read_bytes()

    monkeypatch.setattr(
        QInputDialog, "getText", staticmethod(lambda *a, **k: ("Kunci hilang", True))
    )
    typed.answers.append(ROOT_PASS)
    with qtbot.waitSignal(panel.revoked, timeout=30000):
        qtbot.mouseClick(panel.revoke_button, Qt.MouseButton.LeftButton)
    assert panel.banner.text.startswith("Sertifikat Ir. Hendra Gunawan dicabut")
    row = next(r for r in context.read(list_certificates) if r.id == officer_id)
    assert row.revocation_reason == "Kunci hilang"
    panel.table.select_certificate(officer_id)
    assert panel.save_p12_button.isEnabled() and not panel.revoke_button.isEnabled()


def test_a_wrong_root_passphrase_is_handed_over_as_a_failure(qtbot, panel, typed, context):
    qtbot.keyClicks(panel.officer_name, "Dewi Lestari")
    typed.answers += ["salah-sekali", OFFICER_PASS]
    with qtbot.waitSignal(panel.failed, timeout=30000) as failed:
        qtbot.mouseClick(panel.issue_button, Qt.MouseButton.LeftButton)
    assert str(failed.args[0]) == "Kata sandi akar sertifikat salah"
    assert len(context.read(list_certificates)) == 1
