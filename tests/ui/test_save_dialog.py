"""Save dialogs propose a name from the meeting's date and title and open in the last folder."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from rapat.ui.documents_tab import DocumentsTab
from rapat.ui.save_dialog import meeting_file_name
from rapat.ui.tasks import wait_for_tasks

TITLE = "Rapat Koordinasi Kesiapsiagaan Menghadapi Musim Hujan"


def test_names_come_from_the_date_and_title_and_stay_valid_file_names():
    assert (
        meeting_file_name(date(2025, 10, 14), "Rakor: Pilkada 2024/2025?", "Notula", "pdf")
        == "2025-10-14 Notula Rakor Pilkada 2024 2025.pdf"
    )
    long = meeting_file_name(date(2025, 10, 14), "kata " * 60, "Notula", "pdf")
    assert len(long) < 140 and long.endswith("….pdf")


def test_the_dialog_proposes_the_meeting_s_name_then_remembers_the_folder(
    qtbot, context, example_meeting, monkeypatch, tmp_path
):
    asked: list[str] = []
    chosen = tmp_path / "Arsip rapat" / "buku kerja.xlsx"
    chosen.parent.mkdir()

    def dialog(_parent, _caption, proposed, _filter):
        asked.append(proposed)
        return str(chosen), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(dialog))
    tab = DocumentsTab(context, example_meeting)
    qtbot.addWidget(tab)
    tab.show()
    qtbot.waitUntil(lambda: tab.loaded)  # read in the background
    with qtbot.waitSignal(tab.finished, timeout=60000):
        qtbot.mouseClick(tab.workbook_button, Qt.MouseButton.LeftButton)
    assert load_workbook(chosen).sheetnames[0] == "Rapat"
    first = Path(asked[0])
    assert first.name == f"2025-10-14 Rapat {TITLE}.xlsx"
    assert first.parent != Path.cwd()  # never the program's folder

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(dialog))
    tab.notula_view.save_as()
    assert Path(asked[1]) == chosen.parent / f"2025-10-14 Notula {TITLE}.pdf"
    wait_for_tasks()
