"""Periksa Keaslian driven as a user would: choose or drop a PDF, optionally trust one more
certificate, and read the verdict for the archived notula, a tampered copy and strangers' files."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QMimeData, QPoint, Qt, QUrl
from PySide6.QtGui import QDropEvent
from signing_helpers import choose_file

from rapat.services import certificates
from rapat.services.archive import document_bytes
from rapat.services.finalize import finalize, sign_archived
from rapat.ui.tasks import wait_for_tasks
from rapat.ui.verify_dialog import VerifyDialog

ROOT_PASS, CHAIR_PASS, NOTE_PASS = "akar-rahasia", "sandi-ketua", "sandi-notulis"
SLOW = 60000


@pytest.fixture
def signed_notula(database, example_meeting, letterhead, tmp_path):
    """The example meeting finalized and signed by its chair and note-taker, saved as a file."""
    from rapat.services.organization import update_profile

    with database.session() as session:
        update_profile(session, signature_blocks="chair_note_taker", signing_city="Lembah Hijau")
        certificates.create_root(session, "Pemerintah Kabupaten Lembah Hijau", ROOT_PASS)
        chair = certificates.issue_officer(
            session, ROOT_PASS, "Dr. Ir. Bambang Sutrisno, M.T.", CHAIR_PASS
        )
        note = certificates.issue_officer(session, ROOT_PASS, "Dewi Lestari, S.Sos", NOTE_PASS)
        document = finalize(session, example_meeting)
    for cert, passphrase, field in (
        (chair, CHAIR_PASS, "ttd_ketua"),
        (note, NOTE_PASS, "ttd_notulis"),
    ):
        with database.session() as session:
            identity = certificates.signing_identity(session, cert, passphrase)
            sign_archived(session, document, identity, field)
    with database.session() as session:
        data = document_bytes(session, document)
    path = tmp_path / "notula-ttd.pdf"
    path.write_bytes(data)
    return path


@pytest.fixture
def dialog(qtbot, context):
    widget = VerifyDialog(context)
    qtbot.addWidget(widget)
    widget.show()
    yield widget
    wait_for_tasks()


def check(qtbot, dialog, monkeypatch, path) -> bool:
    choose_file(monkeypatch, "getOpenFileName", path)
    with qtbot.waitSignal(dialog.checked, timeout=SLOW) as verdict:
        qtbot.mouseClick(dialog.choose_button, Qt.MouseButton.LeftButton)
    return verdict.args[0]


def _cells(dialog) -> list[list[str]]:
    table = dialog.table
    return [
        [table.item(r, c).text() for c in range(table.columnCount())]
        for r in range(table.rowCount())
    ]


def test_the_archived_signed_notula_is_authentic(qtbot, dialog, monkeypatch, signed_notula):
    assert check(qtbot, dialog, monkeypatch, signed_notula) is True
    assert dialog.verdict.text().startswith("<b style='font-size:15pt'>SAH</b>")
    rows = _cells(dialog)
    assert [row[:2] for row in rows] == [
        ["Pimpinan Rapat", "Dr. Ir. Bambang Sutrisno, M.T."],
        ["Notulis", "Dewi Lestari, S.Sos"],
    ]
    assert all(row[3] == "Utuh" and row[4] == "Tepercaya" and row[2] for row in rows)
    assert "sama persis dengan arsip" in dialog.archive_label.text()
    assert dialog.file_label.text() == "notula-ttd.pdf"


def test_a_tampered_copy_is_not_authentic(qtbot, dialog, monkeypatch, signed_notula, tmp_path):
    data = bytearray(signed_notula.read_bytes())
    data[data.find(b"stream") + 40] ^= 0x01
    tampered = tmp_path / "notula-diubah.pdf"
    tampered.write_bytes(bytes(data))
    assert check(qtbot, dialog, monkeypatch, tampered) is False
    assert "TIDAK SAH" in dialog.verdict.text()
    assert "tidak utuh" in dialog.verdict.text()
    assert {row[3] for row in _cells(dialog)} != {"Utuh"}
    assert "BERBEDA dari arsip" in dialog.archive_label.text()


def test_a_dropped_file_is_checked(qtbot, dialog, signed_notula):
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(signed_notula))])
    event = QDropEvent(
        QPoint(10, 10).toPointF(),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    with qtbot.waitSignal(dialog.checked, timeout=SLOW) as verdict:
        dialog.dropEvent(event)
    assert verdict.args == [True]


def test_unsigned_and_broken_files(qtbot, dialog, monkeypatch, tmp_path, database, example_meeting):
    from rapat.documents.notula import build_notula
    from rapat.services.meetings import load_meeting
    from rapat.services.organization import get_profile

    with database.session() as session:
        plain = build_notula(load_meeting(session, example_meeting), get_profile(session)).data
    unsigned = tmp_path / "polos.pdf"
    unsigned.write_bytes(plain)
    assert check(qtbot, dialog, monkeypatch, unsigned) is False
    assert "tidak memuat tanda tangan elektronik" in dialog.verdict.text()
    assert "tidak tercatat di arsip" in dialog.archive_label.text()

    broken = tmp_path / "terpotong.pdf"
    broken.write_bytes(plain[: len(plain) // 3])
    choose_file(monkeypatch, "getOpenFileName", broken)
    qtbot.mouseClick(dialog.choose_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(dialog.banner.text), timeout=SLOW)
    assert dialog.verdict.isHidden() and dialog.table.rowCount() == 0
    assert "Traceback" not in dialog.banner.text
    assert dialog.choose_button.isEnabled()


def test_another_office_is_trusted_only_with_its_certificate(
    qtbot, dialog, monkeypatch, tmp_path, database, example_meeting
):
    from rapat.db import open_database
    from rapat.documents.notula import build_notula
    from rapat.documents.signing import FieldSpec, add_signature_fields, sign_pdf
    from rapat.services.meetings import load_meeting
    from rapat.services.organization import get_profile

    other = open_database(str(tmp_path / "kantor-lain.db"))
    with other.session() as session:
        certificates.create_root(session, "Pemerintah Kota Sungai Biru", ROOT_PASS)
        officer = certificates.issue_officer(session, ROOT_PASS, "Ir. Yohanes Tan", CHAIR_PASS)
        identity = certificates.signing_identity(session, officer, CHAIR_PASS)
        (tmp_path / "akar-lain.pem").write_text(certificates.root_pem(session))
    other.close()
    with database.session() as session:
        plain = build_notula(load_meeting(session, example_meeting), get_profile(session)).data
    pdf = add_signature_fields(plain, [FieldSpec("ttd_ketua", 0, (300, 100, 520, 170))])
    stranger = tmp_path / "dari-kota.pdf"
    stranger.write_bytes(sign_pdf(pdf, identity, field="ttd_ketua"))

    assert check(qtbot, dialog, monkeypatch, stranger) is False
    assert "tidak berasal dari otoritas tepercaya" in dialog.verdict.text()
    assert _cells(dialog)[0][3:] == ["Utuh", "Tidak dikenal"]

    choose_file(monkeypatch, "getOpenFileName", tmp_path / "akar-lain.pem")
    qtbot.mouseClick(dialog.trust_button, Qt.MouseButton.LeftButton)
    assert "akar-lain.pem" in dialog.trust_label.text()
    assert check(qtbot, dialog, monkeypatch, stranger) is True
    assert _cells(dialog)[0][4] == "Tepercaya"


def test_reachable_from_the_documents_tab_and_the_certificates_page(
    qtbot, context, example_meeting, signed_notula
):
    from rapat.ui.certificates_view import CertificatesView
    from rapat.ui.documents_tab import DocumentsTab

    tab = DocumentsTab(context, example_meeting)
    qtbot.addWidget(tab)
    tab.show()
    qtbot.waitUntil(lambda: tab.loaded)  # read in the background
    assert tab.archive_table.rowCount() == 1
    qtbot.mouseClick(tab.verify_archived_button, Qt.MouseButton.LeftButton)
    (dialog,) = tab.findChildren(VerifyDialog)
    with qtbot.waitSignal(dialog.checked, timeout=SLOW) as verdict:
        pass  # the archived copy is checked as soon as the dialog opens
    assert verdict.args == [True]
    assert "sama persis" in dialog.archive_label.text()
    page = CertificatesView(context)
    qtbot.addWidget(page)
    qtbot.mouseClick(page.verify_button, Qt.MouseButton.LeftButton)
    assert len(page.findChildren(VerifyDialog)) == 1
    for opened in (dialog, *page.findChildren(VerifyDialog)):
        opened.close()
    wait_for_tasks()
