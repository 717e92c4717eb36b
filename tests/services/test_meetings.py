"""Meeting services: create, edit, list, search, and the read-only rule for final meetings."""

from __future__ import annotations

from datetime import date, time

import pytest

from rapat.errors import InvalidInput, NotFound, ReadOnlyMeeting
from rapat.models import Meeting, Officer
from rapat.services.meetings import (
    create_meeting,
    delete_meeting,
    list_meetings,
    load_meeting,
    newest_meeting_id,
    update_meeting,
)


def _create(session, **extra) -> int:
    details = dict(
        title="Rapat Koordinasi Pilkada",
        date=date(2026, 11, 20),
        start_time=time(9),
        location="Aula Kesbangpol",
    )
    details.update(extra)
    return create_meeting(session, **details)


def test_create_then_edit_details(database):
    with database.session() as session:
        meeting_id = _create(session, chair=Officer("Dr. Bambang", "Sekretaris Daerah"))
    with database.session() as session:
        update_meeting(
            session, meeting_id, end_time=time(11, 30), timezone="WITA", opening="Dibuka."
        )
    with database.session() as session:
        record = load_meeting(session, meeting_id)
    assert (record.end_time, record.timezone, record.opening) == (time(11, 30), "WITA", "Dibuka.")
    assert record.chair == Officer("Dr. Bambang", "Sekretaris Daerah")
    assert record.status == "draft" and record.revision == 1


def test_start_and_end_change_together(database):
    with database.session() as session:
        meeting_id = _create(session, end_time=time(10))
    with database.session() as session:
        update_meeting(session, meeting_id, start_time=time(13), end_time=time(15))
    with database.session() as session, pytest.raises(InvalidInput):
        update_meeting(session, meeting_id, end_time=time(12))


def test_a_failed_edit_changes_nothing(database):
    with database.session() as session:
        meeting_id = _create(session)
    with pytest.raises(InvalidInput), database.session() as session:
        update_meeting(session, meeting_id, title="Judul baru", location=" ")
    with database.session() as session:
        assert load_meeting(session, meeting_id).title == "Rapat Koordinasi Pilkada"


def test_missing_date_is_refused(database):
    with database.session() as session, pytest.raises(InvalidInput, match="Tanggal dan jam mulai"):
        create_meeting(session, title="Rapat", location="Aula", date=None, start_time=time(9))


def test_final_meeting_is_read_only(database, example_meeting):
    with database.session() as session:
        session.get(Meeting, example_meeting).status = "final"
    with database.session() as session, pytest.raises(ReadOnlyMeeting, match="buat revisi"):
        update_meeting(session, example_meeting, title="Diubah")
    with database.session() as session, pytest.raises(ReadOnlyMeeting):
        delete_meeting(session, example_meeting)


def test_list_search_and_newest(database, example_meeting):
    with database.session() as session:
        later = _create(session, date=date(2026, 1, 5))
    with database.session() as session:
        assert [m.id for m in list_meetings(session)] == [later, example_meeting]
        assert newest_meeting_id(session) == later
        assert [m.id for m in list_meetings(session, "kodim")] == [
            example_meeting
        ]  # an institution
        assert [m.id for m in list_meetings(session, "bappeda")] == [example_meeting]  # the place
        assert [m.id for m in list_meetings(session, "2026-01")] == [later]  # the date
        assert [m.id for m in list_meetings(session, "PILKADA")] == [later]
        assert list_meetings(session, "tidak ada yang cocok") == []


def test_unknown_meeting(database):
    with database.session() as session, pytest.raises(NotFound, match="Rapat nomor 5 tidak ada"):
        load_meeting(session, 5)


def test_delete_removes_everything_it_owns(database, example_meeting):
    from sqlalchemy import func, select

    from rapat.models import ActionItem, Participant

    with database.session() as session:
        delete_meeting(session, example_meeting)
    with database.session() as session:
        assert session.scalar(select(func.count(Participant.id))) == 0
        assert session.scalar(select(func.count(ActionItem.id))) == 0
