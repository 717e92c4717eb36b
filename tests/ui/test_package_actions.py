"""The meeting list's Paket menu: take a meeting to a laptop as a package, and import one."""

from __future__ import annotations

from workspace_helpers import settle

from rapat.ui.meeting_list_view import MeetingListView


def test_a_meeting_is_taken_away_and_a_package_imported_from_the_list(
    qtbot, context, example_meeting, tmp_path, monkeypatch
):
    view = MeetingListView(context)
    qtbot.addWidget(view)
    view.show()
    view.refresh()
    settle(qtbot)  # the page is read in the background
    package = tmp_path / "ke-aula.rapat"
    monkeypatch.setattr(
        "rapat.ui.package_actions.QFileDialog.getSaveFileName",
        lambda *args: (str(package), ""),
    )
    monkeypatch.setattr(
        "rapat.ui.package_actions.QInputDialog.getText", lambda *args: ("Laptop Aula", True)
    )
    view.packages.take_action.trigger()
    settle(qtbot)
    assert package.exists()
    assert "ditandai dibawa ke Laptop Aula" in view.banner.text
    view.packages.import_file(str(package))
    settle(qtbot)
    assert "sudah sama dengan paket" in view.banner.text
    damaged = tmp_path / "rusak.rapat"
    damaged.write_bytes(package.read_bytes()[:200])
    view.packages.import_file(str(damaged))
    settle(qtbot)
    assert "rusak atau terpotong" in view.banner.text
    assert view.model.rowCount() == 1
