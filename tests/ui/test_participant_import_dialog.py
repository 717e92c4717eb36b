"""The import dialog, driven as a user would: pick a file, read the preview, fix a column, import."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import Workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog
from sqlalchemy import func, select

from rapat.models import Participant
from rapat.models.base import name_key
from rapat.services.demo import DemoGenerator
from rapat.services.participant_import import build_preview, read_table
from rapat.spreadsheets import OLE_SIGNATURE
from rapat.ui.participant_import_dialog import (
    PROBLEM_BACKGROUND,
    ParticipantImportDialog,
    PreviewModel,
)
from rapat.ui.tasks import wait_for_tasks

# The offscreen platform cannot resize windows to their hints; it says so when a dialog is shown.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

HEADERS = ["No", "Nama", "Jabatan", "Instansi", "NIP", "Pangkat/Golongan", "No. HP"]


def _invitation_list(path: Path, good: int) -> Path:
    """A realistic list: a title block, `good` distinct people, and three broken rows near the top."""
    people, seen = [], set()
    generator = DemoGenerator(seed=3)
    while len(people) < good:
        for p in generator.participants_for(generator.meeting(0, 1).start_time, 400):
            key = (name_key(p.name), name_key(p.institution))
            if key not in seen and (p.nip is None or p.nip not in seen):
                seen |= {key, p.nip}
                people.append([p.name, p.position, p.institution, p.nip, p.rank, p.phone])
    rows = people[:good]
    rows.insert(2, [None, "Kepala Bidang", "Dinas Sosial", None, None, None])
    rows.insert(5, ["Drs. H. Syamsul Bahri, M.Si", "Camat", None, "1971 0312", None, None])
    rows.insert(8, list(rows[0]))
    workbook = Workbook()
    sheet = workbook.active
    sheet.append(["DAFTAR UNDANGAN RAPAT KOORDINASI FORKOPIMDA"])
    sheet.append([])
    sheet.append(HEADERS)
    for number, row in enumerate(rows, start=1):
        sheet.append([number, *row])
    workbook.save(path)
    return path


def _pick(monkeypatch, path: Path) -> None:
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *args, **kw: (str(path), ""))


@pytest.fixture
def dialog(qtbot, context, example_meeting):
    widget = ParticipantImportDialog(context, example_meeting)
    qtbot.addWidget(widget)
    widget.show()
    yield widget
    wait_for_tasks()


def test_preview_model_passes_the_model_tester(qtmodeltester, tmp_path):
    preview = build_preview(read_table(_invitation_list(tmp_path / "u.xlsx", 1204)))
    model = PreviewModel()
    model.set_rows(preview.rows)
    assert model.rowCount() == 500  # fetched lazily
    qtmodeltester.check(model)
    while model.canFetchMore(model.index(-1, -1)):
        model.fetchMore(model.index(-1, -1))
    assert model.rowCount() == 1207


def test_a_list_with_problems_is_shown_and_cannot_be_imported(qtbot, dialog, monkeypatch, tmp_path):
    _pick(monkeypatch, _invitation_list(tmp_path / "undangan.xlsx", 1204))
    qtbot.mouseClick(dialog.choose_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.summary.text() != "", timeout=15000)

    assert dialog.summary.text() == "1.204 baris siap, 3 baris bermasalah"
    assert not dialog.import_button.isEnabled()
    assert dialog.combos["institution"].currentText() == "D: Instansi"
    model = dialog.model
    assert model.rowCount() < 1207
    problem_rows = [r for r in range(10) if model.index(r, 1).data()]
    assert problem_rows == [2, 5, 8]
    assert model.index(2, 1).data() == "Nama kosong"
    assert model.index(5, 1).data() == "Instansi kosong; NIP harus 18 digit angka, bukan '19710312'"
    assert model.index(8, 1).data() == "sama dengan baris 4"
    assert model.index(2, 2).data(Qt.ItemDataRole.BackgroundRole) == PROBLEM_BACKGROUND
    assert dialog.table.isColumnHidden(10)  # Jam Hadir: not in this file
    dialog.grab().save("/tmp/import_preview.png")

    dialog.only_problems.click()
    assert model.rowCount() == 3
    assert [model.index(r, 0).data() for r in range(3)] == ["6", "9", "12"]


def test_choosing_the_institution_column_makes_it_importable(
    qtbot, dialog, database, monkeypatch, tmp_path
):
    workbook = Workbook()
    for row in [
        ["Nama", "Jabatan", "Asal"],
        ["Rudi", "Lurah", "Kel. Air Tawar"],
        ["Sinta", "Sekcam", "Kec. Koto"],
    ]:
        workbook.active.append(row)
    workbook.save(tmp_path / "asal.xlsx")
    _pick(monkeypatch, tmp_path / "asal.xlsx")
    qtbot.mouseClick(dialog.choose_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.summary.text() != "", timeout=15000)
    assert "Pilih kolom untuk Instansi" in dialog.message.text
    assert not dialog.import_button.isEnabled()

    combo = dialog.combos["institution"]
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_End)  # the last column, "C: Asal"
    qtbot.waitUntil(dialog.import_button.isEnabled, timeout=15000)
    assert combo.currentText() == "C: Asal"
    assert dialog.summary.text() == "2 baris siap, 0 baris bermasalah"

    with qtbot.waitSignal(dialog.imported, timeout=15000) as stored:
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert stored.args == [2]
    with database.session() as session:
        names = session.scalars(
            select(Participant.institution).order_by(Participant.id.desc()).limit(2)
        )
        assert sorted(names) == ["Kec. Koto", "Kel. Air Tawar"]
        assert session.scalar(select(func.count()).select_from(Participant)) == 8


def test_a_password_protected_workbook_says_so(qtbot, dialog, monkeypatch, tmp_path):
    path = tmp_path / "rahasia.xlsx"
    path.write_bytes(OLE_SIGNATURE + b"\0" * 512 + "EncryptionInfo".encode("utf-16-le"))
    _pick(monkeypatch, path)
    qtbot.mouseClick(dialog.choose_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "kata sandi" in dialog.message.text, timeout=15000)
    assert not dialog.import_button.isEnabled()
    assert not dialog.combos["name"].isEnabled()
    assert dialog.model.rowCount() == 0


def test_daftar_hadir_opens_the_import_and_shows_the_new_rows(
    qtbot, context, example_meeting, monkeypatch, tmp_path
):
    from rapat.ui.attendance_view import AttendanceView

    view = AttendanceView(context, example_meeting)
    qtbot.addWidget(view)
    view.load()
    qtbot.waitUntil(lambda: view.loaded)  # the rows are read in the background
    wait_for_tasks()
    qtbot.wait(10)  # the second read's answer, too
    before = view.model.rowCount()
    (action,) = [a for a in view.check_in.invite_button.menu().actions() if "Impor" in a.text()]
    action.trigger()
    (dialog,) = view.findChildren(ParticipantImportDialog)
    _pick(monkeypatch, _invitation_list(tmp_path / "undangan.xlsx", 4))
    qtbot.mouseClick(dialog.choose_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.preview is not None, timeout=15000)
    assert not dialog.preview.ok  # the three broken rows: fix them in the file, as a user would
    clean = tmp_path / "bersih.xlsx"
    workbook = Workbook()
    workbook.active.append(HEADERS)
    workbook.active.append(
        [1, "Ir. Hendra Gunawan", "Kepala Dinas", "Dinas PUPR", None, None, None]
    )
    workbook.save(clean)
    _pick(monkeypatch, clean)
    qtbot.mouseClick(dialog.choose_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.import_button.isEnabled(), timeout=15000)
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.model.rowCount() == before + 1, timeout=15000)
    assert "1 undangan ditambahkan" in view.banner.text
    wait_for_tasks()
