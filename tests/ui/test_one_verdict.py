"""`rapat verify` and the Periksa Keaslian dialog render one verdict: on each file, genuine or forged,
both say the same thing with the same main reason. And `rapat sign --as` signs only the officer's
block, refusing anyone else before writing a file."""

from __future__ import annotations

import html

import pytest
from PySide6.QtCore import Qt
from signed_notula import (
    CHAIR,
    CHAIR_PASS,
    NOTE_PASS,
    NOTE_TAKER,
    STRANGER,
    STRANGER_PASS,
    edit_document_info,
    edit_xmp,
    lookalike_forgery,
    make_office,
    whiteout_decision,
)
from signing_helpers import choose_file

from rapat.cli import main
from rapat.services.verification import verify
from rapat.ui.tasks import wait_for_tasks
from rapat.ui.verify_dialog import VerifyDialog

SLOW = 60000


@pytest.fixture(scope="module")
def office(tmp_path_factory):
    office = make_office(tmp_path_factory.mktemp("office") / "rapat.db")
    yield office
    office.database.close()


@pytest.fixture(scope="module")
def files(office, tmp_path_factory) -> dict[str, object]:
    folder = tmp_path_factory.mktemp("files")
    tampered = bytearray(office.signed)
    tampered[office.signed.find(b"stream") + 40] ^= 0x01
    contents = {
        "asli": office.signed,
        "tahap-ketua": office.half,
        "belum-ditandatangani": office.unsigned,
        "satu-bita-diubah": bytes(tampered),
        "keputusan-ditutup": whiteout_decision(office.signed),
        "info-diubah": edit_document_info(office.signed),
        "xmp-diubah": edit_xmp(office.signed),
        "akar-tiruan": lookalike_forgery(office)[0],
    }
    paths = {}
    for name, data in contents.items():
        paths[name] = folder / f"{name}.pdf"
        paths[name].write_bytes(data)
    return paths


@pytest.fixture
def office_dialog(qtbot, qapp, office):
    from PySide6.QtCore import QSettings

    from rapat.ui.app import setup_application
    from rapat.ui.context import Context

    setup_application(qapp)
    QSettings().clear()
    dialog = VerifyDialog(Context(office.database))
    qtbot.addWidget(dialog)
    dialog.show()
    yield dialog
    wait_for_tasks()


EXPECTED = {
    "asli": True,
    "tahap-ketua": True,
    "belum-ditandatangani": False,
    "satu-bita-diubah": False,
    "keputusan-ditutup": False,
    "info-diubah": False,
    "xmp-diubah": False,
    "akar-tiruan": False,
}


@pytest.mark.parametrize("name", list(EXPECTED))
def test_the_command_line_and_the_dialog_agree(
    qtbot, office_dialog, monkeypatch, capsys, office, files, name
):
    path = files[name]
    code = main(["--db", str(office.path), "verify", str(path)])
    printed = capsys.readouterr().out
    choose_file(monkeypatch, "getOpenFileName", path)
    with qtbot.waitSignal(office_dialog.checked, timeout=SLOW) as checked:
        qtbot.mouseClick(office_dialog.choose_button, Qt.MouseButton.LeftButton)
    with office.database.session() as session:
        verdict = verify(session, path.read_bytes())
    assert checked.args[0] is verdict.authentic is EXPECTED[name]
    assert code == (0 if EXPECTED[name] else 1)
    shown = office_dialog.verdict.text()
    if verdict.authentic:
        assert printed.rstrip().endswith("Hasil: SAH")
        assert shown.startswith("<b style='font-size:15pt'>SAH</b>")
    else:
        assert f"Hasil: TIDAK SAH — {verdict.reasons[0]}" in printed
        assert shown.split("<br>")[1] == html.escape(verdict.reasons[0])


def _sign(office, tmp_path, monkeypatch, capsys, cert: int, passphrase: str, *args: str):
    p12 = tmp_path / f"sertifikat-{cert}.p12"
    p12.write_bytes(office.p12(cert))
    monkeypatch.setenv("RAPAT_P12_PASSPHRASE", passphrase)
    source, out = tmp_path / "masuk.pdf", tmp_path / "keluar.pdf"
    out.unlink(missing_ok=True)
    code = main(["sign", str(source), "-o", str(out), "--p12", str(p12), *args])
    captured = capsys.readouterr()
    return code, captured.out, captured.err, out


def test_sign_as_the_officer_of_a_block(office, tmp_path, monkeypatch, capsys):
    (tmp_path / "masuk.pdf").write_bytes(office.unsigned)
    code, _out, err, out = _sign(office, tmp_path, monkeypatch, capsys, office.chair, CHAIR_PASS)
    assert code == 2 and "--as chair" in err and not out.exists()  # which block? it never guesses

    code, _out, err, out = _sign(
        office, tmp_path, monkeypatch, capsys, office.stranger, STRANGER_PASS, "--as", "chair"
    )
    assert code == 2 and STRANGER in err and CHAIR in err and not out.exists()
    assert len(err.strip().splitlines()) == 1 and "Traceback" not in err

    code, _out, err, out = _sign(
        office, tmp_path, monkeypatch, capsys, office.note, NOTE_PASS, "--as", "chair"
    )
    assert code == 2 and NOTE_TAKER in err and CHAIR in err and not out.exists()

    code, _out, err, out = _sign(
        office, tmp_path, monkeypatch, capsys, office.chair, "bukan-sandinya", "--as", "chair"
    )
    assert code == 2 and "Kata sandi sertifikat salah" in err and not out.exists()

    code, printed, err, out = _sign(
        office, tmp_path, monkeypatch, capsys, office.chair, CHAIR_PASS, "--as", "chair"
    )
    assert code == 0, err
    assert CHAIR in printed
    (tmp_path / "masuk.pdf").write_bytes(out.read_bytes())
    code, printed, err, out = _sign(
        office, tmp_path, monkeypatch, capsys, office.note, NOTE_PASS, "--as", "note_taker"
    )
    assert code == 0, err
    root = tmp_path / "akar.pem"
    root.write_bytes(office.root_pem)
    elsewhere = tmp_path / "kantor-lain.db"
    assert main(["--db", str(elsewhere), "verify", str(out), "--trust", str(root)]) == 0
    printed = capsys.readouterr().out
    assert "pejabatnya" in printed and "BUKAN" not in printed and "Hasil: SAH" in printed
