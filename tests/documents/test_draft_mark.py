"""A document made from a draft meeting says DRAF on every page; the final copy never does."""

from __future__ import annotations

import pytest
from pdf_inspection import page_texts

from rapat.documents.attendance import build_attendance
from rapat.documents.notula import build_notula


@pytest.mark.parametrize("build", [build_notula, build_attendance])
def test_every_page_of_a_draft_says_draf(build, example_record, profile):
    example_record.status = "draft"
    document = build(example_record, profile)
    pages = page_texts(document.data)
    assert len(pages) == document.pages > 1 or build is build_attendance
    assert all("DRAF" in page for page in pages)


@pytest.mark.parametrize("build", [build_notula, build_attendance])
def test_a_final_copy_carries_no_draft_mark(build, example_record, profile):
    example_record.status = "final"
    document = build(example_record, profile)
    assert not any("DRAF" in page for page in page_texts(document.data))


def test_the_archived_copy_made_by_finalizing_has_no_draft_mark(
    database, example_meeting, letterhead
):
    from rapat.services.archive import document_bytes
    from rapat.services.finalize import finalize

    with database.session() as session:
        document_id = finalize(session, example_meeting)
    with database.session() as session:
        pages = page_texts(document_bytes(session, document_id))
    assert pages and not any("DRAF" in page for page in pages)
