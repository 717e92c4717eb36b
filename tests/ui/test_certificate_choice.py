"""Point 12 of the newcomer's list: choosing in the Sertifikat box, by mouse or keyboard, opens no
file dialog; the file is asked for only when "Tanda tangani…" is pressed with "Berkas .p12/.pfx
lain…" chosen."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog
from workspace_helpers import refreshed

from rapat.services.finalize import finalize
from rapat.ui.signing_panel import P12_FILE


def test_the_certificate_box_opens_no_file_dialog_when_chosen(
    qtbot, office_documents_tab, database, example_meeting, monkeypatch
):
    asked: list[tuple] = []
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: asked.append(a) or ("", ""))
    )
    tab = office_documents_tab
    with database.session() as session:
        finalize(session, example_meeting)
    refreshed(qtbot, tab)
    box = tab.certificate
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: box.view().isVisible())
    qtbot.keyClick(box.view(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not box.view().isVisible())
    box.setFocus()
    qtbot.keyClick(box, Qt.Key.Key_Down)
    qtbot.keyClick(box, Qt.Key.Key_Up)
    assert box.currentData() == P12_FILE
    assert asked == []
    qtbot.mouseClick(tab.sign_button, Qt.MouseButton.LeftButton)
    assert len(asked) == 1
