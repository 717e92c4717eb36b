"""The walk-in form on its own: what it asks for, and what it hands over."""

from __future__ import annotations

from PySide6.QtCore import Qt

from rapat.ui.walk_in_form import WalkInForm


def shown_form(qtbot) -> WalkInForm:
    form = WalkInForm()
    qtbot.addWidget(form)
    form.show()
    form.activateWindow()
    qtbot.waitUntil(form.isActiveWindow)
    return form


def test_a_walk_in_needs_a_name_and_an_institution(qtbot):
    form = shown_form(qtbot)
    form.open_walk_in("")
    submitted = []
    form.submitted.connect(submitted.append)
    qtbot.keyClick(form.name, Qt.Key.Key_Return)
    assert form.error.text() == "Nama wajib diisi." and not submitted
    qtbot.keyClicks(form.name, "Budi Santoso")
    qtbot.keyClick(form.name, Qt.Key.Key_Return)
    assert form.error.text() == "Instansi wajib diisi." and form.institution.hasFocus()
    qtbot.keyClicks(form.institution, "Kodim 1234")
    qtbot.keyClicks(form.representing, "  ")
    qtbot.keyClick(form.institution, Qt.Key.Key_Return)
    assert submitted == [
        {
            "name": "Budi Santoso",
            "position": None,
            "institution": "Kodim 1234",
            "representing": None,
        }
    ]


def test_a_representative_needs_only_a_name_and_escape_cancels(qtbot):
    form = shown_form(qtbot)
    form.open_represent(7, "Kapolres")
    assert "Kapolres" in form.heading.text() and form.institution.isHidden()
    assert form.participant_id == 7 and form.mode == "represent"
    with qtbot.waitSignal(form.submitted) as submitted:
        qtbot.keyClicks(form.name, "Kompol Andi")
        qtbot.keyClick(form.name, Qt.Key.Key_Return)
    assert submitted.args[0]["name"] == "Kompol Andi"
    with qtbot.waitSignal(form.cancelled):
        qtbot.keyClick(form.name, Qt.Key.Key_Escape)
    assert form.isHidden()
