"""The services behind the live minutes editor: one light read, placing points and decisions."""

from __future__ import annotations

from datetime import date

from rapat.services import actions, minutes


def _minutes(database, meeting_id) -> minutes.Minutes:
    with database.session() as session:
        return minutes.load_minutes(session, meeting_id)


def test_load_minutes_gives_ids_in_order_and_action_sources(database, example_meeting):
    with database.session() as session:
        point = minutes.add_point(session, example_meeting, "Poin baru")
        decision = minutes.add_decision(session, example_meeting, "Keputusan baru")
        actions.add_action(
            session,
            example_meeting,
            "Tindak",
            "Polres",
            source_point_id=point,
            due=date(2020, 1, 1),
        )
    result = _minutes(database, example_meeting)
    assert result.points[-1].id == point and result.points[-1].text == "Poin baru"
    assert result.decisions[-1] == (decision, "Keputusan baru")
    assert result.actions[-1].source_point_id == point
    assert result.actions[-1].due == date(2020, 1, 1)
    assert [title for _id, title in result.agenda] and result.status == "draft"


def test_place_point_within_and_across_agenda_items(database, example_meeting):
    agenda = [item_id for item_id, _title in _minutes(database, example_meeting).agenda]
    first, second = agenda[0], agenda[1]
    with database.session() as session:
        a = minutes.add_point(session, example_meeting, "A", agenda_item_id=first)
        b = minutes.add_point(session, example_meeting, "B", agenda_item_id=first)
        minutes.place_point(session, b, first, 0)

    def section(item_id):
        return [
            p.text
            for p in _minutes(database, example_meeting).points
            if p.agenda_item_id == item_id
        ]

    assert section(first)[:2] == ["B", "A"]
    with database.session() as session:
        minutes.place_point(session, a, second, 0)
    assert section(second)[0] == "A" and "A" not in section(first)


def test_place_point_into_an_empty_section_follows_earlier_items(database, example_meeting):
    with database.session() as session:
        new_item = minutes.add_agenda_item(session, example_meeting, "Butir kosong")
        point = minutes.add_point(session, example_meeting, "Sendiri")
        minutes.place_point(session, point, new_item, 5)
    points = _minutes(database, example_meeting).points
    assert points[-1].id == point and points[-1].agenda_item_id == new_item


def test_place_decision(database, example_meeting):
    with database.session() as session:
        decision = minutes.add_decision(session, example_meeting, "Paling atas")
        minutes.place_decision(session, decision, 0)
    assert _minutes(database, example_meeting).decisions[0] == (decision, "Paling atas")
