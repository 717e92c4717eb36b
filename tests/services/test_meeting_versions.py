"""Two writers on one SQLite file editing a meeting's details, opening, agenda and attendance: a
change based on an older version is refused with who made the newer one, never applied."""

from __future__ import annotations

from datetime import time

import pytest

from rapat.errors import Conflict, ReadOnlyMeeting
from rapat.models.officer import Officer
from rapat.models.tracking import os_user
from rapat.services import attendance as att
from rapat.services.meetings import load_details, set_agenda, update_meeting


def details(database, meeting_id):
    with database.session() as s:
        return load_details(s, meeting_id)


def test_a_stale_change_of_the_details_is_refused_with_their_values(database, example_meeting):
    read = details(database, example_meeting)
    with database.session() as s:
        newer = update_meeting(s, example_meeting, version=read.version, title="Rakor Pertama")
    assert newer == read.version + 1 == details(database, example_meeting).version
    with pytest.raises(Conflict) as refused, database.session() as s:
        update_meeting(s, example_meeting, version=read.version, title="Rakor Kedua")
    conflict = refused.value
    assert conflict.who == os_user() and conflict.version == newer
    assert conflict.theirs == {"title": "Rakor Pertama"}
    assert "Rincian rapat sudah diubah oleh" in conflict.message
    assert details(database, example_meeting).title == "Rakor Pertama"
    with database.session() as s:  # told, the second writer stores on the newer version
        update_meeting(s, example_meeting, version=conflict.version, title="Rakor Kedua")
    assert details(database, example_meeting).title == "Rakor Kedua"


def test_officers_and_the_opening_are_named_in_a_refusal(database, example_meeting):
    read = details(database, example_meeting)
    chair = Officer("Drs. Baru", "Sekretaris Daerah")
    with database.session() as s:
        update_meeting(s, example_meeting, version=read.version, chair=chair, opening="Dibuka.")
    with pytest.raises(Conflict) as refused, database.session() as s:
        update_meeting(s, example_meeting, version=read.version, opening="Lain.")
    assert refused.value.theirs == {"opening": "Dibuka."}
    assert refused.value.message.startswith("Kata pembukaan sudah diubah oleh")
    with pytest.raises(Conflict) as refused, database.session() as s:
        update_meeting(s, example_meeting, version=read.version, chair=Officer("Orang lain"))
    assert refused.value.theirs["chair"].name == "Drs. Baru"


def test_a_stale_agenda_is_refused_and_the_stored_titles_given(database, example_meeting):
    read = details(database, example_meeting)
    with database.session() as s:
        versions = set_agenda(s, example_meeting, ["Pembukaan", "Paparan"], read.agenda_versions)
    assert details(database, example_meeting).agenda_versions == versions
    with pytest.raises(Conflict) as refused, database.session() as s:
        set_agenda(s, example_meeting, ["Pembukaan", "Tanya jawab"], read.agenda_versions)
    assert refused.value.theirs == {"agenda": ["Pembukaan", "Paparan"]}
    assert refused.value.who == os_user()
    assert details(database, example_meeting).agenda == ["Pembukaan", "Paparan"]


def test_a_stale_attendance_change_is_refused(database, example_meeting):
    with database.session() as s:
        line = att.list_attendance(s, example_meeting)[0]
        first = att.set_status(s, line.id, "excused", version=line.version)
    assert first.version == line.version + 1
    for change in (
        lambda s: att.set_status(s, line.id, "present", version=line.version),
        lambda s: att.set_arrival_time(s, line.id, time(9), version=line.version),
        lambda s: att.set_signature(s, line.id, None, version=line.version),
    ):
        with pytest.raises(Conflict) as refused, database.session() as s:
            change(s)
        assert refused.value.who == os_user() and refused.value.theirs["status"] == "excused"
    with database.session() as s:
        assert att.attendance_row(s, line.id).status == "excused"
        att.set_status(s, line.id, "present", version=first.version)  # on the newer version


def test_a_final_meeting_still_refuses_every_edit(database, example_meeting, letterhead):
    from rapat.services.finalize import finalize

    read = details(database, example_meeting)
    with database.session() as s:
        finalize(s, example_meeting)
    with pytest.raises(ReadOnlyMeeting, match="sudah final"), database.session() as s:
        update_meeting(s, example_meeting, version=read.version, title="Terlambat")
    with pytest.raises(ReadOnlyMeeting, match="sudah final"), database.session() as s:
        set_agenda(s, example_meeting, ["Terlambat"], read.agenda_versions)
