"""Two writers on one SQLite file: a stale write is refused with who changed what, never applied;
a late edit of a finalized meeting is refused; a creation tried again stores one row."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from rapat.errors import Conflict, ReadOnlyMeeting
from rapat.models import DiscussionPoint
from rapat.models.tracking import os_user
from rapat.services import minutes as mn
from rapat.services.meetings import editable_meeting_row


def first_point(database, meeting_id) -> mn.MinutesPoint:
    with database.session() as s:
        return mn.load_minutes(s, meeting_id).points[0]


def test_a_save_based_on_an_older_version_is_refused_with_the_other_text(database, example_meeting):
    point = first_point(database, example_meeting)
    with database.session() as s:  # the first window saves
        first = mn.update_point(s, point.id, version=point.version, text="Kata jendela pertama.")
    assert first == point.version + 1
    with pytest.raises(Conflict) as refused, database.session() as s:  # the second, from before
        mn.update_point(s, point.id, version=point.version, text="Kata jendela kedua.")
    conflict = refused.value
    assert conflict.who == os_user() and conflict.when is not None
    assert conflict.version == first
    assert conflict.theirs["text"] == "Kata jendela pertama."
    assert "sudah diubah oleh" in conflict.message and os_user() in conflict.message
    assert first_point(database, example_meeting).text == "Kata jendela pertama."
    with database.session() as s:  # told, the second window re-applies its text on the new version
        mn.update_point(s, point.id, version=conflict.version, text="Kata jendela kedua.")
    assert first_point(database, example_meeting).text == "Kata jendela kedua."


def test_a_change_that_lands_between_read_and_update_is_refused(database, example_meeting):
    point = first_point(database, example_meeting)
    with pytest.raises(Conflict) as refused, database.session() as late:
        late.get(DiscussionPoint, point.id)  # read before the other writer stores its change
        with database.session() as other:
            mn.update_point(other, point.id, version=point.version, text="Yang lebih dulu.")
        mn.update_point(late, point.id, version=point.version, text="Yang terlambat.")
    assert refused.value.theirs["text"] == "Yang lebih dulu."
    assert first_point(database, example_meeting).text == "Yang lebih dulu."


def test_a_new_place_in_the_list_is_no_new_version(database, example_meeting):
    point = first_point(database, example_meeting)
    with database.session() as s:
        mn.move_point(s, point.id, 1)
    with database.session() as s:  # the text editor's version still holds
        mn.update_point(s, point.id, version=point.version, text="Masih versi yang sama.")


def test_a_creation_tried_again_stores_one_point(database, example_meeting):
    with database.session() as s:
        before = s.scalar(select(func.count(DiscussionPoint.id)))
    ids = set()
    for text in ("Separuh", "Separuh kalimat", "Separuh kalimat yang utuh."):
        with database.session() as s:
            ids.add(mn.add_point(s, example_meeting, text, "Camat", uid="a" * 32))
    with database.session() as s:
        after = s.scalar(select(func.count(DiscussionPoint.id)))
        stored = s.get(DiscussionPoint, ids.pop())
        assert (after, stored.text, stored.speaker) == (
            before + 1,
            "Separuh kalimat yang utuh.",
            "Camat",
        )
    assert not ids


def test_an_edit_that_arrives_after_finalizing_is_refused(database, example_meeting, letterhead):
    from rapat.services.finalize import finalize

    point = first_point(database, example_meeting)
    with pytest.raises(ReadOnlyMeeting, match="sudah final"), database.session() as late:
        editable_meeting_row(late, example_meeting)  # the edit reads a draft …
        with database.session() as other:  # … and the meeting is finalized meanwhile
            finalize(other, example_meeting)
        mn.update_point(late, point.id, version=point.version, text="Terlambat.")
    assert first_point(database, example_meeting).text == point.text


def test_any_versioned_row_changed_meanwhile_is_a_conflict_not_an_internal_error(
    database, example_meeting
):
    from rapat.models import Participant
    from rapat.services import attendance as att

    with database.session() as s:
        participant = att.list_attendance(s, example_meeting)[0].id
    with pytest.raises(Conflict, match="diubah oleh pengguna lain"), database.session() as late:
        row = late.get(Participant, participant)  # a writer holds the row …
        with database.session() as other:  # … another changes it meanwhile
            att.set_status(other, participant, "excused")
        row.position = "Kepala Bagian"  # written when the first one's transaction ends
    with database.session() as s:
        assert att.attendance_row(s, participant).status == "excused"
        assert s.get(Participant, participant).position != "Kepala Bagian"
