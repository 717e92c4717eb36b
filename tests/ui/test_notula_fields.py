"""The notula's text fields on their own: text kept exactly, boxes that grow, undo keys that reach
the workspace's stack."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack

from rapat.ui.autosave import CallCommand
from rapat.ui.notula_fields import MAX_BOX_HEIGHT, TextBox, TitleField


def test_a_box_keeps_non_breaking_spaces_and_grows_up_to_its_limit(qtbot):
    box = TextBox("Isi…")
    qtbot.addWidget(box)
    box.resize(400, 40)
    box.show()
    qtbot.waitExposed(box)
    box.set_text("Rp\u00a01.000.000\nbaris dua")
    assert box.text() == "Rp\u00a01.000.000\nbaris dua"
    one = box.height()
    box.set_text("\n".join(f"baris {n}" for n in range(60)))
    assert one < box.height() <= MAX_BOX_HEIGHT


def test_ctrl_z_goes_to_the_workspace_stack(qtbot):
    stack = QUndoStack()
    done = []
    stack.push(CallCommand("langkah", lambda: done.append("redo"), lambda: done.append("undo")))
    title = TitleField()
    title.undo_stack = stack
    qtbot.addWidget(title)
    title.show()
    qtbot.keyClick(title, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert done[-1] == "undo"
    qtbot.keyClick(
        title, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    assert done[-1] == "redo"
