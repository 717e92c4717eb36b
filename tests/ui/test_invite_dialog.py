"""Inviting from the Daftar Hadir tab as the secretariat would: open the Undang menu, type to
search, tick rows with the keyboard, press Enter, and see the attendance list grow."""

from __future__ import annotations

from datetime import date, time

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from sqlalchemy import event
from workspace_helpers import open_workspace, settle

from rapat.services import attendance as att
from rapat.services.directory import save_institution, save_person
from rapat.services.meetings import create_meeting
from rapat.ui.invite_dialog import PickerDialog


@pytest.fixture
def directory(database, door_meeting) -> int:
    """Beside the door meeting's Polres and KPU: a Kodim with two people, a Dinas with nobody in
    the directory yet, and a Bawaslu member with an NIP."""
    with database.session() as s:
        kodim = save_institution(s, None, "Kodim 0312 Lembah Hijau", "Kodim")
        save_person(s, None, "Letkol Inf Andi Wijaya", institution_id=kodim, position="Dandim")
        save_person(s, None, "Mayor Inf Bayu Saputra", institution_id=kodim, position="Kasdim")
        save_institution(s, None, "Dinas Kesehatan", "Dinkes")
        bawaslu = save_institution(s, None, "Bawaslu Kabupaten Lembah Hijau", "Bawaslu")
        save_person(
            s,
            None,
            "Rina Marlina, S.Sos.",
            institution_id=bawaslu,
            position="Anggota Bawaslu",
            nip="198807122010012003",
        )
    return door_meeting


def open_picker(qtbot, view, label: str) -> PickerDialog:
    """Choose an entry of the Undang ▾ menu; returns the dialog it opens."""
    action = next(a for a in view.check_in.invite_button.menu().actions() if a.text() == label)
    action.trigger()
    dialog = next(d for d in view.findChildren(QDialog) if isinstance(d, PickerDialog))
    qtbot.waitExposed(dialog)
    qtbot.waitUntil(dialog.search.hasFocus)
    settle(qtbot)  # what there is to choose from is read in the background
    return dialog


def shown(dialog: PickerDialog, column: int = 0) -> list[str]:
    model = dialog.model
    return [model.index(row, column).data() for row in range(model.rowCount())]


def search_for(qtbot, dialog: PickerDialog, text: str) -> None:
    dialog.search.setFocus()
    dialog.search.selectAll()
    qtbot.keyClicks(dialog.search, text)


def tick_first(qtbot, dialog: PickerDialog) -> None:
    """↓ from the search field into the list, then Space."""
    qtbot.keyClick(dialog.search, Qt.Key.Key_Down)
    assert dialog.table.hasFocus()
    qtbot.keyClick(dialog.table, Qt.Key.Key_Space)


def stored_names(database, meeting_id: int) -> list[str]:
    with database.session() as s:
        return [r.name for r in att.list_attendance(s, meeting_id)]


def test_invite_two_institutions_by_keyboard(qtbot, context, database, directory):
    view = open_workspace(qtbot, context, directory).attendance
    assert view.counts.total.text() == "Hadir 0 dari 3"
    dialog = open_picker(qtbot, view, "Undang instansi…")
    assert not dialog.ok.isEnabled() and dialog.ok.text() == "Undang (0)"
    qtbot.keyClicks(dialog.search, "0312")
    assert shown(dialog) == ["Kodim 0312 Lembah Hijau"]
    tick_first(qtbot, dialog)
    assert dialog.summary.text() == "1 dipilih · 1 tampil"
    assert dialog.ok.isEnabled() and dialog.ok.text() == "Undang (1)"
    qtbot.keyClick(dialog.table, Qt.Key.Key_Up)  # back to the search field
    assert dialog.search.hasFocus()
    search_for(qtbot, dialog, "dinkes")  # the short name
    assert shown(dialog) == ["Dinas Kesehatan"]
    tick_first(qtbot, dialog)
    assert dialog.ok.text() == "Undang (2)"
    qtbot.keyClick(dialog.table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: view.counts.total.text() == "Hadir 0 dari 6")
    added = ["Letkol Inf Andi Wijaya", "Mayor Inf Bayu Saputra", "Pimpinan Dinkes"]
    assert [r.name for r in view.model.rows()][3:] == added
    assert stored_names(database, directory)[3:] == added
    assert view.banner.text == "3 undangan ditambahkan."
    kodim = next(c for c in view.counts.model.rows() if c.institution.startswith("Kodim"))
    assert (kodim.present, kodim.invited) == (0, 2)


def test_an_institution_already_invited_cannot_be_chosen_again(qtbot, context, database, directory):
    view = open_workspace(qtbot, context, directory).attendance
    dialog = open_picker(qtbot, view, "Undang instansi…")
    qtbot.keyClicks(dialog.search, "polres")
    assert shown(dialog) == ["Polres Lembah Hijau"]
    assert shown(dialog, 4) == ["Sudah diundang"]
    qtbot.keyClick(dialog.search, Qt.Key.Key_Down)  # nothing there to go to
    assert dialog.search.hasFocus()
    polres = dialog.table.visualRect(dialog.model.index(0, 0)).center()
    qtbot.mouseClick(dialog.table.viewport(), Qt.MouseButton.LeftButton, pos=polres)
    assert not dialog.check_all.isEnabled()
    assert dialog.summary.text() == "0 dipilih · 1 tampil" and not dialog.ok.isEnabled()
    qtbot.keyClick(dialog.search, Qt.Key.Key_Return)
    assert dialog.isVisible()
    qtbot.keyClick(dialog.search, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert len(stored_names(database, directory)) == 3


def test_category_filter_and_choose_all_shown(qtbot, context, database, directory):
    view = open_workspace(qtbot, context, directory).attendance
    dialog = open_picker(qtbot, view, "Undang instansi…")
    dialog.category.setCurrentIndex(dialog.category.findText("Forkopimda"))
    assert shown(dialog) == ["Kodim 0312 Lembah Hijau", "Polres Lembah Hijau"]
    qtbot.mouseClick(dialog.check_all, Qt.MouseButton.LeftButton)
    assert dialog.summary.text() == "1 dipilih · 2 tampil"  # the Polres was invited already
    search_for(qtbot, dialog, "tidak ada")
    assert dialog.pages.currentWidget() is dialog.empty
    assert dialog.empty.text().startswith("Tidak ada instansi yang cocok")
    assert dialog.ok.text() == "Undang (1)"  # what was ticked stays ticked while filtering
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.counts.total.text() == "Hadir 0 dari 5")
    assert stored_names(database, directory)[3:] == [
        "Letkol Inf Andi Wijaya",
        "Mayor Inf Bayu Saputra",
    ]


def test_invite_people_by_nip_and_position(qtbot, context, database, directory):
    view = open_workspace(qtbot, context, directory).attendance
    dialog = open_picker(qtbot, view, "Undang orang dari direktori…")
    qtbot.keyClicks(dialog.search, "kabag ops")
    assert shown(dialog, 4) == ["Sudah diundang"]  # AKP Rafli is on the door meeting's list
    search_for(qtbot, dialog, "20100120")  # a part of the NIP
    assert shown(dialog) == ["Rina Marlina, S.Sos."]
    tick_first(qtbot, dialog)
    qtbot.keyClick(dialog.table, Qt.Key.Key_Up)
    search_for(qtbot, dialog, "kasdim")
    tick_first(qtbot, dialog)
    assert dialog.summary.text() == "2 dipilih · 1 tampil"
    qtbot.keyClick(dialog.table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: view.counts.total.text() == "Hadir 0 dari 5")
    assert stored_names(database, directory)[3:] == [
        "Mayor Inf Bayu Saputra",
        "Rina Marlina, S.Sos.",
    ]
    assert view.banner.text == "2 undangan ditambahkan."


def test_copy_the_invitees_of_an_earlier_meeting(qtbot, context, database, door_meeting):
    with database.session() as s:
        later = create_meeting(
            s,
            title="Rakor Evaluasi Pilkada",
            date=date(2024, 12, 3),
            start_time=time(9),
            location="Ruang Rapat Kesbangpol",
        )
        att.add_walk_in(s, later, "Siti Aminah, S.H.", "KPU Kabupaten Lembah Hijau")
    view = open_workspace(qtbot, context, later).attendance
    dialog = open_picker(qtbot, view, "Salin undangan dari rapat lain…")
    assert shown(dialog) == ["5 Nov 2024"]  # every other meeting, this one left out
    qtbot.keyClicks(dialog.search, "pengamanan")
    settle(qtbot)  # how many copying adds is read in the background
    assert shown(dialog, 1) == ["Rakor Pengamanan Pilkada"]
    assert dialog.summary.text() == "2 dari 3 peserta akan diundang; yang sudah ada dilewati."
    assert dialog.ok.text() == "Salin (2)"
    qtbot.keyClick(dialog.search, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: view.counts.total.text() == "Hadir 1 dari 3")
    assert stored_names(database, later) == [
        "Siti Aminah, S.H.",
        "AKBP Budi Santoso, S.I.K.",
        "AKP Rafli Hasibuan",
    ]
    assert view.banner.text == "2 undangan ditambahkan."


def test_empty_directory_says_what_fills_it(qtbot, context, database):
    with database.session() as s:
        meeting = create_meeting(
            s, title="Rakor Perdana", date=date(2024, 1, 8), start_time=time(9), location="Aula"
        )
    view = open_workspace(qtbot, context, meeting).attendance
    dialog = open_picker(qtbot, view, "Undang instansi…")
    assert dialog.pages.currentWidget() is dialog.empty
    assert dialog.empty.text().startswith("Direktori belum berisi instansi.")
    assert not dialog.ok.isEnabled()


def test_typing_filters_a_big_directory_without_a_query(qtbot, context, big_meeting):
    with context.db.session() as s:
        meeting = create_meeting(
            s, title="Rakor Besar", date=date(2024, 1, 8), start_time=time(9), location="Aula"
        )
        typeable = [r for r in att.list_attendance(s, big_meeting) if r.name.isascii()]
        last = max(typeable, key=lambda r: r.name.casefold())
    view = open_workspace(qtbot, context, meeting).attendance
    dialog = open_picker(qtbot, view, "Undang orang dari direktori…")
    assert dialog.model.rowCount() < len(dialog.model.rows())  # handed to the view in batches
    statements = []
    event.listen(context.db.engine, "before_cursor_execute", lambda *a: statements.append(a[2]))
    qtbot.keyClicks(dialog.search, last.name)
    assert last.name in shown(dialog)  # found though it sorts beyond the first batch
    assert statements == []
