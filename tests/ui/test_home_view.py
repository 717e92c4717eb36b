"""Beranda's follow-up lists: overdue actions per institution and those due this week, each one click
from the register filtered to them."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Qt
from workspace_helpers import settle

from rapat.services.actions import add_action
from rapat.ui.main_window import MainWindow


def _click(qtbot, listing, row: int) -> None:
    rect = listing.visualItemRect(listing.item(row))
    qtbot.mouseClick(listing.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_overdue_per_institution_opens_the_register_filtered(
    qtbot, context, database, example_meeting
):
    with database.session() as session:
        add_action(
            session, example_meeting, "Laporan mingguan posko", "Dinas Sosial", due=date.today()
        )
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    home = window.page("home")
    window.show_page("home")
    settle(qtbot)  # the page is read in the background
    overdue = [home.overdue.item(i).text() for i in range(home.overdue.count())]
    assert overdue[0].startswith("1 terlambat · ")  # the example's three actions are long overdue
    assert any(text.endswith("Polres Lembah Hijau") for text in overdue)
    polres = next(i for i, text in enumerate(overdue) if text.endswith("Polres Lembah Hijau"))
    _click(qtbot, home.overdue, polres)
    register = window.page("register")
    assert window.stack.currentWidget() is register
    qtbot.waitUntil(lambda: register.model.rowCount() == 1)
    assert register.institution.currentText() == "Polres Lembah Hijau"
    assert register.overdue.isChecked()
    assert register.model.row_at(0).description == "Memperbaiki dua unit perahu karet"

    window.show_page("home")
    settle(qtbot)  # the page is read in the background
    due = [home.due_soon.item(i).text() for i in range(home.due_soon.count())]
    assert due[0] == "Semua 1 tindak lanjut minggu ini"
    assert "Laporan mingguan posko" in due[1]
    _click(qtbot, home.due_soon, 0)
    qtbot.waitUntil(lambda: register.model.rowCount() == 1)
    monday = date.today() - timedelta(days=date.today().weekday())
    assert register.criteria().due_from == monday and register.criteria().unfinished
    window.close()
