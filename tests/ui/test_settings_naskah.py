"""Pengaturan › Profil Kantor › Naskah dinas, used by keyboard: the invitation number's pattern, the
margins and the type of the office's documents, each stored when the field is left."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from workspace_helpers import settle

from rapat.services.organization import get_profile


@pytest.fixture
def view(qtbot, context):
    from rapat.ui.settings_view import SettingsView

    view = SettingsView(context)
    qtbot.addWidget(view)
    view.resize(1180, 700)
    view.show()
    view.refresh()
    settle(qtbot)
    return view


def _type(qtbot, widget, text: str) -> None:
    widget.setFocus()
    widget.selectAll()
    qtbot.keyClicks(widget, text)
    qtbot.keyClick(widget, Qt.Key.Key_Tab)  # leaving the field stores it
    settle(qtbot)


def _stored(database):
    with database.session() as session:
        return get_profile(session)


def test_the_pattern_is_shown_as_its_first_number_and_stored_when_left(qtbot, view, database):
    box = view.naskah
    assert box.pattern.placeholderText() == "005/{n}/{bulan}/{tahun}"
    _type(qtbot, box.pattern, "005/{n}/Kesbangpol/{bulan}/{tahun}")
    assert _stored(database).invitation_pattern == "005/{n}/Kesbangpol/{bulan}/{tahun}"
    assert box.example.text().startswith("Nomor pertama tahun ini: 005/1/Kesbangpol/")


def test_a_pattern_without_its_number_is_said_and_not_stored(qtbot, view, database):
    box = view.naskah
    _type(qtbot, box.pattern, "005/Kesbangpol/{tahun}")
    assert "tidak memuat {n}" in box.example.text()
    assert _stored(database).invitation_pattern is None


def test_margins_and_type_are_stored_and_the_defaults_come_back(qtbot, view, database):
    box = view.naskah
    left = box.margins["left"]
    assert left.value() == 3.0 and box.margins["bottom"].value() == 2.5
    left.setFocus()
    left.selectAll()
    qtbot.keyClicks(left, "3,5" if left.locale().decimalPoint() == "," else "3.5")
    qtbot.keyClick(left, Qt.Key.Key_Tab)
    settle(qtbot)
    assert _stored(database).margin_left_mm == 35.0
    box.typeface.setFocus()
    qtbot.keyClick(box.typeface, Qt.Key.Key_Down)  # the other face
    settle(qtbot)
    assert _stored(database).typeface == "noto"
    qtbot.mouseClick(box.defaults, Qt.MouseButton.LeftButton)
    settle(qtbot)
    stored = _stored(database)
    assert (stored.margin_left_mm, stored.typeface, stored.invitation_pattern) == (None, None, None)
    qtbot.waitUntil(lambda: left.value() == 3.0 and box.typeface.currentData() == "liberation")
