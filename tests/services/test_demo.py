"""Demo data: realistic, valid, and the same for the same seed."""

from __future__ import annotations

import json
from collections import Counter

from rapat.models.vocabulary import InstitutionCategory
from rapat.services.demo import demo_meetings, fill_demo
from rapat.services.demo_data import INSTITUTIONS
from rapat.services.interchange import meeting_to_json, parse_meeting
from rapat.services.meetings import list_meetings, load_meeting


def test_same_seed_same_meetings_other_seed_other_meetings():
    first = [meeting_to_json(m) for m in demo_meetings(15, seed=5)]
    again = [meeting_to_json(m) for m in demo_meetings(15, seed=5)]
    other = [meeting_to_json(m) for m in demo_meetings(15, seed=6)]
    assert first == again
    assert first != other


def test_every_demo_meeting_is_a_valid_interchange_file():
    for meeting in demo_meetings(60, seed=2):
        data = json.loads(json.dumps(meeting_to_json(meeting), ensure_ascii=False))
        assert meeting_to_json(parse_meeting(data)) == data


def test_demo_is_realistic():
    meetings = list(demo_meetings(300, seed=1))
    sizes = [len(m.participants) for m in meetings]
    assert min(sizes) >= 5 and max(sizes) <= 400
    statuses = Counter(p.status for m in meetings for p in m.participants)
    assert set(statuses) == {"present", "represented", "excused", "absent"}
    represented = [p for m in meetings for p in m.participants if p.status == "represented"]
    assert all(p.representing and p.representing != p.position for p in represented)
    nips = [p.nip for m in meetings for p in m.participants if p.nip]
    assert nips and all(len(n) == 18 and n.isdigit() for n in nips)
    assert {c for _n, _s, c, _h, _p in INSTITUTIONS} == set(InstitutionCategory)
    actions = Counter(a.status for m in meetings for a in m.actions)
    assert set(actions) == {"open", "in_progress", "done", "cancelled"}
    assert all(m.agenda and m.discussion and m.decisions and m.chair for m in meetings)


def test_fill_demo_stores_the_meetings(database):
    assert fill_demo(database, 12, seed=4) == 12
    expected = [meeting_to_json(m) for m in demo_meetings(12, seed=4)]
    with database.session() as session:
        summaries = list_meetings(session)
        stored = [meeting_to_json(load_meeting(session, s.id)) for s in reversed(summaries)]
    assert stored == expected
