"""Another authority's certificate, chosen as a file and stored as trusted."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.serialization import Encoding
from cryptography.x509.oid import NameOID
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QVBoxLayout, QWidget
from signing_helpers import choose_file

from rapat.models.vocabulary import CertificateKind
from rapat.services.certificates import list_certificates
from rapat.ui.messages import Banner
from rapat.ui.tasks import wait_for_tasks
from rapat.ui.trusted_certificates import TrustedCertificateImport


@pytest.fixture
def button(qtbot, context):
    host = QWidget()
    layout = QVBoxLayout(host)
    banner = Banner()
    layout.addWidget(banner)
    widget = TrustedCertificateImport(context, banner)
    layout.addWidget(widget)
    qtbot.addWidget(host)
    host.show()
    yield widget
    wait_for_tasks()


def _authority_der(name: str) -> bytes:
    key = ec.generate_private_key(ec.SECP256R1())
    subject = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, name)])
    now = datetime.now(UTC)
    certificate = (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - timedelta(days=1))
        .not_valid_after(now + timedelta(days=365))
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .sign(key, hashes.SHA256())
    )
    return certificate.public_bytes(Encoding.DER)


def test_a_der_file_is_stored_as_trusted_and_its_id_handed_over(
    qtbot, button, monkeypatch, context, tmp_path
):
    der = tmp_path / "provinsi.cer"
    der.write_bytes(_authority_der("CA Provinsi Sejahtera"))
    choose_file(monkeypatch, "getOpenFileName", der)
    with qtbot.waitSignal(button.imported, timeout=10000) as stored:
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    (row,) = context.read(list_certificates)
    assert stored.args == [row.id]
    assert (row.owner, row.kind) == ("CA Provinsi Sejahtera", CertificateKind.TRUSTED)


def test_an_unreadable_file_is_named_and_nothing_is_stored(
    qtbot, button, monkeypatch, context, tmp_path
):
    missing = tmp_path / "hilang.pem"
    choose_file(monkeypatch, "getOpenFileName", missing)
    stored = []
    button.imported.connect(stored.append)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    wait_for_tasks()
    assert button.banner.text.startswith(f"{missing} tidak dapat dibaca (")
    assert stored == [] and context.read(list_certificates) == []


def test_a_cancelled_choice_does_nothing(qtbot, button, monkeypatch, context):
    choose_file(monkeypatch, "getOpenFileName", None)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    wait_for_tasks()
    assert button.banner.text == "" and context.read(list_certificates) == []
