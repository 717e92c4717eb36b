"""Editing the minutes and the actions of a draft meeting, and the order of their lists."""

from __future__ import annotations

from datetime import date

import pytest

from rapat.errors import InvalidInput, ReadOnlyMeeting
from rapat.models import Meeting
from rapat.services import actions, minutes
from rapat.services.meetings import load_meeting


def _texts(database, meeting_id):
    with database.session() as session:
        record = load_meeting(session, meeting_id)
    return record


def test_points_in_order_with_insert_after_and_moves(database, example_meeting):
    with database.session() as session:
        first = minutes.add_point(session, example_meeting, "Poin A", speaker="Agus Salim, S.T.")
        minutes.add_point(session, example_meeting, "Poin C")
        minutes.add_point(session, example_meeting, "Poin B", after_id=first)
    assert [p.text for p in _texts(database, example_meeting).discussion][-3:] == [
        "Poin A",
        "Poin B",
        "Poin C",
    ]
    with database.session() as session:
        minutes.move_point(session, first, +1)
    assert [p.text for p in _texts(database, example_meeting).discussion][-3:] == [
        "Poin B",
        "Poin A",
        "Poin C",
    ]
    with database.session() as session:
        minutes.move_point(session, first, +10)  # clamped at the end
        minutes.update_point(session, first, text="Poin A (diperbaiki)", speaker="")
    last = _texts(database, example_meeting).discussion[-1]
    assert (last.text, last.speaker) == ("Poin A (diperbaiki)", None)


def test_empty_point_is_not_stored(database, example_meeting):
    with (
        database.session() as session,
        pytest.raises(InvalidInput, match="Isi pembahasan: wajib diisi"),
    ):
        minutes.add_point(session, example_meeting, "   ")
    assert len(_texts(database, example_meeting).discussion) == 3


def test_agenda_items_and_their_points(database, example_meeting):
    with database.session() as session:
        item = minutes.add_agenda_item(session, example_meeting, "Lain-lain")
        minutes.add_point(session, example_meeting, "Usulan rapat berikut", agenda_item_id=item)
        minutes.move_agenda_item(session, item, 0)
    record = _texts(database, example_meeting)
    assert record.agenda[0] == "Lain-lain" and record.discussion[-1].agenda_item == 1
    assert record.discussion[0].agenda_item == 3  # "Paparan peta rawan banjir" moved from 2 to 3
    with database.session() as session:
        minutes.remove_agenda_item(session, item)
    record = _texts(database, example_meeting)
    assert "Lain-lain" not in record.agenda and record.discussion[-1].agenda_item is None


def test_agenda_item_of_another_meeting_is_refused(database, example_meeting):
    from rapat.services.meetings import create_meeting

    with database.session() as session:
        other = create_meeting(
            session,
            title="Lain",
            date=date(2025, 1, 1),
            start_time=load_meeting(session, example_meeting).start_time,
            location="X",
        )
        item = minutes.add_agenda_item(session, other, "Agenda lain")
    with (
        database.session() as session,
        pytest.raises(InvalidInput, match="bukan bagian dari rapat ini"),
    ):
        minutes.add_point(session, example_meeting, "Poin", agenda_item_id=item)


def test_decisions(database, example_meeting):
    with database.session() as session:
        new = minutes.add_decision(session, example_meeting, "Rapat evaluasi 1 Desember.")
        minutes.move_decision(session, new, -5)
        minutes.update_decision(session, new, "Rapat evaluasi 2 Desember.")
    assert _texts(database, example_meeting).decisions[0] == "Rapat evaluasi 2 Desember."


def test_action_from_a_point_links_directory_and_history(database, example_meeting):
    with database.session() as session:
        point = minutes.add_point(session, example_meeting, "Patroli gabungan tiap malam minggu")
        action_id = actions.add_action(
            session, example_meeting, "Patroli gabungan", "Kodim 0799/Lembah Hijau",
            person="Mayor Inf. Rudi Hartono", due=date(2025, 11, 1), source_point_id=point,
        )  # fmt: skip
    with database.session() as session:
        from rapat.models import ActionItem

        stored = session.get(ActionItem, action_id)
        assert stored.source_point_id == point and stored.institution_id and stored.person_id
        assert [h.new_status for h in actions.action_history(session, action_id)] == ["open"]
        actions.update_action(session, action_id, due=None, person="")
    with database.session() as session:
        stored = session.get(ActionItem, action_id)
        assert stored.due is None and stored.person is None and stored.person_id is None


def test_final_meeting_minutes_are_read_only(database, example_meeting):
    with database.session() as session:
        session.get(Meeting, example_meeting).status = "final"
    record = _texts(database, example_meeting)
    for change in (
        lambda s: minutes.add_point(s, example_meeting, "Tambahan"),
        lambda s: minutes.update_point(s, record.discussion[0].id, text="Ubah"),
        lambda s: minutes.add_decision(s, example_meeting, "Tambahan"),
        lambda s: actions.add_action(s, example_meeting, "Tambahan", "Setda"),
        lambda s: actions.update_action(s, record.actions[0].id, description="Ubah"),
        lambda s: actions.delete_action(s, record.actions[0].id),
    ):
        with database.session() as session, pytest.raises(ReadOnlyMeeting):
            change(session)
    assert _texts(database, example_meeting) == record


def test_a_text_beyond_its_limit_is_refused_whoever_writes_it(database, example_meeting):
    from rapat import limits

    with database.session() as session:
        point = minutes.add_point(session, example_meeting, "Kesiapan posko")
    before = _texts(database, example_meeting)
    too_long = "a" * (limits.CHARACTERS_PER_TEXT + 1)
    with pytest.raises(InvalidInput, match="batasnya 100000"), database.session() as session:
        minutes.update_point(session, point, text=too_long)
    with pytest.raises(InvalidInput, match="per isian"), database.session() as session:
        minutes.add_decision(session, example_meeting, too_long)
    assert _texts(database, example_meeting) == before
