"""The Dokumen tab's archive panel: empty until the first finalizing, then one row per revision
whose actions fit its state (only a signed document can have its archive validation renewed)."""

from __future__ import annotations

import pytest
from workspace_helpers import refreshed

from rapat.services.archive import archived_documents
from rapat.services.finalize import finalize


@pytest.fixture
def tab(office_documents_tab):
    return office_documents_tab


def _actions(tab) -> list[bool]:
    return [
        button.isEnabled()
        for button in (
            tab.save_archived_button,
            tab.open_archived_button,
            tab.verify_archived_button,
            tab.refresh_archived_button,
        )
    ]


def test_an_empty_archive_says_how_to_fill_it(tab):
    assert tab.archive_empty.isVisible() and tab.archive_table.isHidden()
    assert "Finalisasi rapat" in tab.archive_empty.text()
    assert _actions(tab) == [False, False, False, False]
    assert tab.selected_archived() is None


def test_a_document_waiting_for_signatures_is_kept_but_not_renewed(
    qtbot, tab, database, example_meeting
):
    with database.session() as session:
        finalize(session, example_meeting)
        (archived,) = archived_documents(session, example_meeting)
    refreshed(qtbot, tab)
    assert tab.archive_table.isVisible() and tab.archive_empty.isHidden()
    assert tab.archive_table.rowCount() == 1
    assert tab.archive_table.item(0, 0).text() == "1"
    assert tab.archive_table.item(0, 1).text() == "Menunggu tanda tangan: Pimpinan Rapat, Notulis"
    digest = tab.archive_table.item(0, 3)
    assert digest.text() == archived.sha256[:16] + "…"
    assert digest.toolTip().startswith("Sidik berkas") and digest.toolTip().endswith(
        archived.sha256
    )
    assert tab.selected_archived() == archived
    assert _actions(tab) == [True, True, True, False]  # B-LTA only once every block is signed
    tab.archive_table.clearSelection()
    assert _actions(tab) == [False, False, False, False]
