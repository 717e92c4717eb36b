"""Pengaturan → Tanda Tangan Elektronik, driven as a user would: make the root, issue officers,
hand out their .p12, export the root, import certificates, and see the expiry warnings."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.serialization import BestAvailableEncryption, Encoding, pkcs12
from cryptography.x509.oid import NameOID
from PySide6.QtCore import Qt
from signing_helpers import Typed, choose_file
from workspace_helpers import settle

from rapat.documents.signing import open_pkcs12
from rapat.services.certificates import list_certificates
from rapat.ui.certificate_table import EXPIRED_BACKGROUND, WARNING_BACKGROUND, CertificateModel
from rapat.ui.certificates_view import CertificatesView
from rapat.ui.tasks import wait_for_tasks

ROOT_PASS, CHAIR_PASS = "akar-rahasia", "sandi-ketua"


@pytest.fixture
def typed(monkeypatch) -> Typed:
    return Typed(monkeypatch)


@pytest.fixture
def view(qtbot, context):
    widget = CertificatesView(context)
    qtbot.addWidget(widget)
    widget.resize(1100, 640)
    widget.show()
    settle(qtbot)  # the certificates are read in the background
    yield widget
    wait_for_tasks()


def _click(qtbot, button) -> None:
    assert button.isEnabled(), button.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def _owners(view) -> list[str]:
    return [row.owner for row in view.model.rows()]


def make_root(qtbot, view, typed) -> None:
    qtbot.keyClicks(view.root.organization, "Pemerintah Kabupaten Lembah Hijau")
    typed.answers.append(ROOT_PASS)
    _click(qtbot, view.root.create_root_button)
    qtbot.waitUntil(lambda: view.model.rowCount() == 1, timeout=30000)


def issue(qtbot, view, typed, monkeypatch, name: str, passphrase: str, save_to=None) -> None:
    count = view.model.rowCount()
    view.officers.officer_name.setText("")
    qtbot.keyClicks(view.officers.officer_name, name)
    typed.answers += [ROOT_PASS, passphrase]
    choose_file(monkeypatch, "getSaveFileName", save_to)
    _click(qtbot, view.officers.issue_button)
    qtbot.waitUntil(lambda: view.model.rowCount() == count + 1, timeout=30000)


def test_root_and_an_officer_certificate_handed_out_as_p12(
    qtbot, view, typed, monkeypatch, tmp_path
):
    assert view.empty.isVisible() and not view.officers.issue_button.isEnabled()
    make_root(qtbot, view, typed)
    assert typed.prompts[-1][1] is True  # a new passphrase is asked twice
    assert "Akar TTE" in _owners(view)[0]
    assert view.root.create_root_button.isHidden() and view.officers.issue_button.isEnabled()

    target = tmp_path / "ketua.p12"
    qtbot.keyClicks(view.officers.officer_position, "Sekretaris Daerah")
    issue(qtbot, view, typed, monkeypatch, "Dr. Bambang Sutrisno, M.T.", CHAIR_PASS, target)
    assert [confirm for _prompt, confirm in typed.prompts[-2:]] == [False, True]
    assert "Dr. Bambang Sutrisno, M.T." in _owners(view)
    assert view.table.selected().owner == "Dr. Bambang Sutrisno, M.T."
    settle(qtbot)  # the file is written once its data is read, in the background
    identity = open_pkcs12(target.read_bytes(), CHAIR_PASS)  # the officer's file opens
    assert identity.owner == "Dr. Bambang Sutrisno, M.T."
    assert view.officers.officer_name.text() == ""

    pem = tmp_path / "akar.pem"
    choose_file(monkeypatch, "getSaveFileName", pem)
    _click(qtbot, view.root.export_root_button)
    settle(qtbot)
    root = x509.load_pem_x509_certificate(pem.read_bytes())
    assert identity.certificate.issuer == root.subject
    assert "Tersimpan" in view.banner.text


def test_a_wrong_root_passphrase_says_so_once_and_changes_nothing(
    qtbot, view, typed, monkeypatch, context
):
    make_root(qtbot, view, typed)
    qtbot.keyClicks(view.officers.officer_name, "Dewi Lestari, S.Sos")
    typed.answers += ["salah-sekali", "sandi-notulis"]
    saves = []
    monkeypatch.setattr(
        "PySide6.QtWidgets.QFileDialog.getSaveFileName",
        staticmethod(lambda *a, **k: saves.append(a) or ("", "")),
    )
    _click(qtbot, view.officers.issue_button)
    qtbot.waitUntil(lambda: view.banner.text == "Kata sandi akar sertifikat salah", timeout=30000)
    assert len(context.read(list_certificates)) == 1
    assert saves == []  # nothing to hand out
    assert (
        view.officers.officer_name.text() == "Dewi Lestari, S.Sos"
    )  # typed text kept for another try
    assert view.officers.issue_button.isEnabled()


def test_new_passphrases_shorter_than_eight_are_refused(qtbot, view, typed, context):
    qtbot.keyClicks(view.root.organization, "Kecamatan Sukamaju")
    typed.answers.append("pendek")
    _click(qtbot, view.root.create_root_button)
    qtbot.waitUntil(lambda: "minimal 8" in view.banner.text, timeout=10000)
    assert context.read(list_certificates) == []


def _certificate(name: str, days: int, *, ca: bool = False):
    key = ec.generate_private_key(ec.SECP256R1())
    subject = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, name)])
    now = datetime.now(UTC)
    certificate = (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - timedelta(days=400))
        .not_valid_after(now + timedelta(days=days))
        .add_extension(x509.BasicConstraints(ca=ca, path_length=None), critical=True)
        .sign(key, hashes.SHA256())
    )
    return key, certificate


def test_imported_certificates_and_expiry_warnings(qtbot, view, typed, monkeypatch, tmp_path):
    key, own = _certificate("Ir. Rina Wulandari", 10)
    p12 = tmp_path / "rina.pfx"
    p12.write_bytes(
        pkcs12.serialize_key_and_certificates(
            b"rina", key, own, None, BestAvailableEncryption(b"sandi-rina")
        )
    )
    choose_file(monkeypatch, "getOpenFileName", p12)
    typed.answers.append("keliru-ketik")
    _click(qtbot, view.officers.import_p12_button)
    settle(qtbot)
    assert view.banner.text == "Kata sandi sertifikat salah"
    assert view.model.rowCount() == 0

    typed.answers.append("sandi-rina")
    _click(qtbot, view.officers.import_p12_button)
    settle(qtbot)
    assert _owners(view) == ["Ir. Rina Wulandari"]
    assert "tersimpan" in view.banner.text

    _key, expired = _certificate("CA Lama Provinsi", -3, ca=True)
    pem = tmp_path / "lama.pem"
    pem.write_bytes(expired.public_bytes(Encoding.PEM))
    choose_file(monkeypatch, "getOpenFileName", pem)
    _click(qtbot, view.trusted)
    settle(qtbot)
    assert sorted(_owners(view)) == ["CA Lama Provinsi", "Ir. Rina Wulandari"]

    warning = view.warning.text()
    assert view.warning.isVisible()
    assert "CA Lama Provinsi sudah kedaluwarsa" in warning
    assert "Ir. Rina Wulandari berakhir" in warning
    model = view.model
    colours = {
        model.row_at(r).owner: model.data(model.index(r, 0), Qt.ItemDataRole.BackgroundRole)
        for r in range(model.rowCount())
    }
    assert colours == {
        "CA Lama Provinsi": EXPIRED_BACKGROUND,
        "Ir. Rina Wulandari": WARNING_BACKGROUND,
    }
    states = {model.row_at(r).owner: model.index(r, 5).data() for r in range(model.rowCount())}
    assert states["CA Lama Provinsi"] == "Kedaluwarsa"
    assert states["Ir. Rina Wulandari"].startswith("Berakhir dalam")


def test_certificate_model_passes_the_model_tester(qtmodeltester, context, database):
    from rapat.services.certificates import import_trusted

    with database.session() as session:
        for number in range(3):
            _key, cert = _certificate(f"CA {number}", 100 * number - 50, ca=True)
            import_trusted(session, cert.public_bytes(Encoding.PEM))
    model = CertificateModel()
    model.set_rows(context.read(list_certificates))
    qtmodeltester.check(model)


def test_settings_page_has_the_signing_tab(qtbot, context):
    from rapat.ui.settings_view import SettingsView

    settings = SettingsView(context)
    qtbot.addWidget(settings)
    settings.refresh()
    titles = [settings.tabs.tabText(i) for i in range(settings.tabs.count())]
    assert titles == ["Profil Kantor", "Tanda Tangan Elektronik", "Cadangan"]
    assert settings.tabs.widget(1) is settings.certificates


def test_the_empty_page_is_compact(qtbot, context, tmp_path):
    """No certificates yet: the two forms keep their natural height instead of spreading their
    fields over the page."""
    from rapat.ui.certificates_view import CertificatesView

    view = CertificatesView(context)
    qtbot.addWidget(view)
    view.resize(1230, 560)
    view.show()
    qtbot.waitExposed(view)
    settle(qtbot)  # the certificates are read in the background
    view.grab().save(str(tmp_path / "tte-empty.png"))
    assert view.table.isHidden()
    officers = view.officers
    gap = officers.officer_position.geometry().top() - officers.officer_name.geometry().bottom()
    assert gap < 20
