"""The Tindak Lanjut register: filter, sort, update a status with a note, open the meeting, print one
institution's list and export the filtered set, the way a secretariat worker does it."""

from __future__ import annotations

import io
import re
from datetime import date

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog
from workspace_helpers import settle

from rapat.services.actions import ActionFilter, action_trail, find_actions
from rapat.services.follow_up import create_follow_up
from rapat.ui.register_view import RegisterView
from rapat.ui.tasks import tasks_running, wait_for_tasks


@pytest.fixture
def follow_up(database, example_meeting) -> int:
    with database.session() as session:
        return create_follow_up(session, example_meeting, on=date(2025, 11, 4))


@pytest.fixture
def view(qtbot, context, follow_up):
    view = RegisterView(context)
    qtbot.addWidget(view)
    view.resize(1250, 700)
    view.show()
    view.refresh()
    qtbot.waitUntil(lambda: view.model.rowCount() == 3)
    return view


def _descriptions(view) -> list[str]:
    return [row.description for row in view.model.rows()]


def test_each_piece_of_work_once_at_its_newest_meeting(view, follow_up):
    rows = view.model.rows()
    carried = [row for row in rows if row.carried_from_id is not None]
    assert len(carried) == 3 and {row.meeting_id for row in rows} == {follow_up}
    assert view.count.text() == "3 tindak lanjut"


def test_filters_as_you_type_and_by_status_overdue_and_due_dates(qtbot, view):
    qtbot.keyClicks(view.institution.lineEdit(), "polres")
    qtbot.waitUntil(lambda: _descriptions(view) == ["Memperbaiki dua unit perahu karet"])
    assert view.print_button.text() == "Cetak daftar polres…"
    view.clear_filters()
    qtbot.waitUntil(lambda: view.model.rowCount() == 3)
    view.status.setCurrentIndex(view.status.findData("in_progress"))
    qtbot.waitUntil(lambda: _descriptions(view) == ["Memperbaiki dua unit perahu karet"])
    view.apply_filter(ActionFilter(overdue_on=date.today(), institution="sekretariat"))
    qtbot.waitUntil(lambda: _descriptions(view) == ["Menyusun jadwal piket posko siaga"])
    assert view.overdue.isChecked() and view.model.row_at(0).days_overdue(date.today()) > 0
    view.apply_filter(ActionFilter(due_from=date(2025, 10, 21), due_until=date(2025, 10, 30)))
    qtbot.waitUntil(lambda: _descriptions(view) == ["Memperbaiki dua unit perahu karet"])
    qtbot.keyClicks(view.person, "zzz")
    qtbot.waitUntil(lambda: view.model.rowCount() == 0)
    assert view.empty.isVisible() and "Hapus saringan" in view.empty.text()


def test_sorting_by_a_column(qtbot, view):
    view.table.sortByColumn(3, Qt.SortOrder.DescendingOrder)  # Tenggat, latest first
    dues = [row.due for row in view.model.rows()]
    assert dues == sorted(dues, reverse=True)
    view.table.sortByColumn(1, Qt.SortOrder.AscendingOrder)
    assert (
        next(row.institution for row in view.model.rows()) == "Badan Penanggulangan Bencana Daerah"
    )


def test_update_a_status_with_a_note_shows_who_and_when_across_meetings(
    qtbot, database, view, example_meeting
):
    qtbot.keyClicks(view.institution.lineEdit(), "Polres")
    qtbot.waitUntil(lambda: view.model.rowCount() == 1)
    view.table.selectRow(0)
    action = view.selected_row()
    view.new_status.setCurrentIndex(view.new_status.findData("done"))
    qtbot.keyClicks(view.note, "Perahu sudah diperbaiki")
    qtbot.keyClick(view.note, Qt.Key.Key_Return)
    wait_for_tasks()
    qtbot.waitUntil(lambda: view.model.rowCount() == 1 and view.model.row_at(0).status == "done")
    settle(qtbot)  # the trail is read in the background
    texts = [view.history.item(i).text() for i in range(view.history.count())]
    assert "Belum dikerjakan" not in texts[0]
    assert "Sedang dikerjakan → Selesai" in texts[0] and "Perahu sudah diperbaiki" in texts[0]
    assert any("Dibawa dari rapat" in text for text in texts)
    with database.session() as session:
        trail = action_trail(session, action.id)
    assert trail[-1].change.note == "Perahu sudah diperbaiki" and trail[-1].change.user
    assert trail[0].meeting_id == example_meeting  # the history starts in the earlier meeting
    assert view.note.text() == ""


def test_open_the_source_meeting(qtbot, view, follow_up):
    view.table.selectRow(0)
    with qtbot.waitSignal(view.open_meeting) as opened:
        qtbot.mouseClick(view.open_button, Qt.MouseButton.LeftButton)
    assert opened.args == [follow_up]


def test_print_one_institution_s_list(qtbot, view):
    qtbot.keyClicks(view.institution.lineEdit(), "Polres")
    qtbot.waitUntil(lambda: view.model.rowCount() == 1)
    qtbot.mouseClick(view.print_button, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(view.print_dialog.view.ready, timeout=30000):
        pass
    data = view.print_dialog.view.document.data
    text = " ".join(
        re.sub(r"\s+", " ", page.extract_text()) for page in PdfReader(io.BytesIO(data)).pages
    )
    assert "MATRIKS TINDAK LANJUT" in text and "Instansi: Polres" in text
    assert "Memperbaiki dua unit perahu karet" in text
    assert "Menyusun jadwal piket posko siaga" not in text
    view.print_dialog.close()


def test_export_the_filtered_set_to_excel(qtbot, view, tmp_path, monkeypatch):
    target = tmp_path / "polres.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    qtbot.keyClicks(view.institution.lineEdit(), "Polres")
    qtbot.waitUntil(lambda: view.model.rowCount() == 1)
    qtbot.mouseClick(view.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Tersimpan" in view.banner.text, timeout=10000)
    sheet = load_workbook(target).active
    values = [cell for row in sheet.iter_rows(values_only=True) for cell in row if cell]
    assert "Memperbaiki dua unit perahu karet" in values
    assert "Menyusun jadwal piket posko siaga" not in values


def test_the_register_model_passes_the_model_tester(qtmodeltester, view):
    qtmodeltester.check(view.model)


def test_refilter_reads_only_what_the_service_returns(database, view):
    with database.session() as session:
        expected = find_actions(session, view.criteria())
    assert view.model.rows() == expected


def test_a_saved_list_is_recorded_under_the_heading_rapat_actions_gives(
    qtbot, view, database, example_meeting, tmp_path, monkeypatch
):
    """The register and `rapat actions` share one heading and record the same export."""
    from rapat.cli import main
    from rapat.services.finalize import audit_trail

    view.meeting.setCurrentIndex(view.meeting.findData(example_meeting))
    qtbot.waitUntil(lambda: not tasks_running())  # the filtered rows are shown
    view.print_list()
    with qtbot.waitSignal(view.print_dialog.view.ready, timeout=30000):
        pass
    target = tmp_path / "dari-jendela.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    monkeypatch.setattr(
        "PySide6.QtWidgets.QFileDialog.getSaveFileName", lambda *a, **k: (str(target), "")
    )
    qtbot.mouseClick(view.print_dialog.view.save_button, Qt.MouseButton.LeftButton)
    settle(qtbot)
    assert "Tersimpan" in view.print_dialog.view.banner.text
    view.print_dialog.close()
    qtbot.waitUntil(lambda: not tasks_running())
    db = str(database.engine.url.database)
    cli = tmp_path / "dari-cli.pdf"
    assert main(["--db", db, "actions", "--meeting", str(example_meeting), "-o", str(cli)]) == 0

    def heading(path) -> str:
        text = PdfReader(path).pages[0].extract_text()
        return next(line.strip() for line in text.splitlines() if "Rapat:" in line)

    assert heading(target) == heading(cli)
    with database.session() as session:
        details = [row.detail for row in audit_trail(session, example_meeting)]
    assert details == [
        "matriks tindak lanjut PDF: dari-jendela.pdf",
        "matriks tindak lanjut PDF: dari-cli.pdf",
    ]
