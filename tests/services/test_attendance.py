"""Attendance at the door: invitations, check-in, walk-ins, representatives, signatures, counts."""

from __future__ import annotations

import time as clock
from datetime import date, time

import pytest

from rapat.errors import InvalidInput
from rapat.services import attendance as att
from rapat.services.attendance_list import SuggestionPool
from rapat.services.directory import list_people, save_institution, save_person
from rapat.services.follow_up import create_follow_up
from rapat.services.meetings import create_meeting


@pytest.fixture
def meeting(database) -> int:
    with database.session() as s:
        return create_meeting(
            s, title="Rakor Pilkada", date=date(2024, 11, 5), start_time=time(9), location="Aula"
        )


@pytest.fixture
def polres(database) -> int:
    with database.session() as s:
        inst = save_institution(s, None, "Polres Lembah Hijau", "Polres")
        save_person(s, None, "AKBP Budi Santoso, S.I.K.", institution_id=inst, position="Kapolres")
        save_person(s, None, "AKP Rafli", institution_id=inst, position="Kabag Ops")
        return inst


def test_invite_institution_adds_its_people_or_one_line(database, meeting, polres):
    with database.session() as s:
        assert att.invite_institution(s, meeting, polres) == 2
        assert att.invite_institution(s, meeting, polres) == 0  # nobody twice
        empty = save_institution(s, None, "Kodim 0312", None)
        assert att.invite_institution(s, meeting, empty) == 1
        rows = att.list_attendance(s, meeting)
    assert [r.institution for r in rows] == ["Polres Lembah Hijau"] * 2 + ["Kodim 0312"]
    assert all(r.status == "absent" for r in rows)


def test_check_in_marks_present_and_refuses_twice(database, meeting, polres):
    with database.session() as s:
        att.invite_institution(s, meeting, polres)
        first = att.list_attendance(s, meeting)[0]
    with database.session() as s:
        row = att.check_in(s, first.id, time(8, 55))
    assert row.status == "present" and row.check_in == time(8, 55)
    refused = pytest.raises(att.AlreadyCheckedIn, match=r"sudah tercatat hadir pukul 08\.55")
    with refused, database.session() as s:
        att.check_in(s, first.id, time(9, 30))
    with database.session() as s:
        assert att.attendance_row(s, first.id).check_in == time(8, 55)


def test_walk_in_empty_name_refused_and_same_name_checks_in(database, meeting):
    with pytest.raises(InvalidInput, match="Nama"), database.session() as s:
        att.add_walk_in(s, meeting, "  ", "KPU")
    with database.session() as s:
        row = att.add_walk_in(s, meeting, "Siti Aminah", "KPU Kabupaten", position="Ketua")
        assert row.status == "present" and row.person_id is not None
    with pytest.raises(att.AlreadyCheckedIn), database.session() as s:
        att.add_walk_in(s, meeting, "siti  aminah", "kpu kabupaten")
    with database.session() as s:
        assert len(att.list_attendance(s, meeting)) == 1


def test_represented_records_who_came_for_whom(database, meeting, polres):
    with database.session() as s:
        att.invite_institution(s, meeting, polres)
        head = att.list_attendance(s, meeting)[0]
        row = att.mark_represented(s, head.id, "Iptu Dewi", "Kasat Intelkam", time(9, 5))
    assert (row.name, row.status, row.representing) == ("Iptu Dewi", "represented", "Kapolres")


def test_counts_per_institution(database, meeting, polres):
    with database.session() as s:
        att.invite_institution(s, meeting, polres)
        att.add_walk_in(s, meeting, "Siti", "KPU")
        att.check_in(s, att.list_attendance(s, meeting)[0].id)
        counts = att.meeting_counts(s, meeting)
    assert (counts.present, counts.invited) == (2, 3)
    assert [(c.institution, c.present, c.invited) for c in counts.by_institution] == [
        ("KPU", 1, 1),
        ("Polres Lembah Hijau", 1, 2),
    ]


def test_signature_empty_pad_stores_nothing_and_status_and_time(database, meeting):
    with database.session() as s:
        row = att.add_walk_in(s, meeting, "Siti", "KPU")
        assert att.set_signature(s, row.id, b"").signature_png is None
        assert att.set_signature(s, row.id, b"\x89PNG").signature_png == b"\x89PNG"
        assert att.set_arrival_time(s, row.id, time(7, 45)).check_in == time(7, 45)
        excused = att.set_status(s, row.id, "excused")
    assert excused.check_in is None and excused.status == "excused"


def test_reorder_keeps_the_new_order(database, meeting):
    with database.session() as s:
        ids = [att.add_walk_in(s, meeting, n, "KPU").id for n in ("A", "B", "C")]
        moved = att.move_participant(s, ids[2], 0)
        assert [r.name for r in moved] == ["C", "A", "B"]
    with database.session() as s:
        assert att.list_attendance(s, meeting) == moved


def test_suggestions_match_any_part_and_check_in_from_directory(database, meeting, polres):
    with database.session() as s:
        pool = att.suggestion_pool(s, meeting)
    found = pool.match("RAFLI")
    assert [f.name for f in found] == ["AKP Rafli"] and found[0].person_id
    assert {f.name for f in pool.match("lembah kapolres")} == {"AKBP Budi Santoso, S.I.K."}
    with database.session() as s:
        row = att.check_in_person(s, meeting, found[0].person_id, time(9))
        assert row.status == "present"
        pool = att.suggestion_pool(s, meeting)
    assert pool.match("rafli")[0].participant_id == row.id


def test_copy_invitees_and_follow_up(database, meeting, polres):
    with database.session() as s:
        att.invite_institution(s, meeting, polres)
        head = att.list_attendance(s, meeting)[0]
        att.mark_represented(s, head.id, "Iptu Dewi", "Kasat")
        follow = create_follow_up(s, meeting, date(2024, 12, 1))
        rows = att.list_attendance(s, follow)
    assert [r.name for r in rows] == ["Kapolres", "AKP Rafli"]
    assert all(r.status == "absent" and r.check_in is None for r in rows)


@pytest.mark.slow
def test_suggestions_fast_in_a_big_meeting(database, big_meeting):
    with database.session() as s:
        pool = att.suggestion_pool(s, big_meeting)
    started = clock.perf_counter()
    for text in ("a", "ag", "agu", "agus", "agus p"):
        pool.match(text)
    assert (clock.perf_counter() - started) / 5 < 0.03


def test_pool_update_takes_in_a_check_in(database, meeting, polres):
    with database.session() as s:
        pool = att.suggestion_pool(s, meeting)
        person = pool.match("rafli")[0]
        row = att.check_in_person(s, meeting, person.person_id)
    pool.update(row)
    found = pool.match("rafli")
    assert len(found) == 1 and found[0].participant_id == row.id and found[0].status == "present"


def test_a_pool_of_the_invitees_takes_in_the_directory_later(database, meeting, polres):
    """The start-up's two stages give the same suggestions as one read of both."""
    with database.session() as s:
        att.invite_institution(s, meeting, polres)
        save_person(s, None, "Rahma Dewi", position="Kabid Humas")
        rows = att.list_attendance(s, meeting)
        whole = att.suggestion_pool(s, meeting)
        people = att.directory_suggestions(s)
    staged = SuggestionPool.of_invitees(rows)
    assert not staged.complete and [f.name for f in staged.match("rafli")] == ["AKP Rafli"]
    assert staged.match("rahma") == []  # only in the directory
    staged.add_directory(people)
    assert staged.complete and len(staged) == len(whole)
    assert [f.name for f in staged.match("rahma")] == ["Rahma Dewi"]
    for text in ("kapolres", "rafli", "budi", "rahma", "lembah", "a"):
        assert staged.match(text) == whole.match(text), text


def test_typing_on_narrows_to_the_same_candidates_as_a_fresh_search(database, big_meeting):
    """Each keystroke may narrow the previous one's matches; the answers must not differ."""
    with database.session() as s:
        typed = att.suggestion_pool(s, big_meeting)
        fresh = att.suggestion_pool(s, big_meeting)
    names = [entry.name for entry, _text in typed._entries[::37]]
    for name in [*names, "kecamatan tepian", "dinas  kes", "polres lembah"]:
        for end in range(1, len(name) + 1):
            fresh._last = None  # the fresh pool answers each text from scratch
            assert typed.match(name[:end]) == fresh.match(name[:end]), name[:end]
        for end in range(len(name), 0, -3):  # and backspacing
            fresh._last = None
            assert typed.match(name[:end]) == fresh.match(name[:end]), name[:end]


def test_invite_many_institutions_each_once(database, meeting, polres):
    with database.session() as s:
        kodim = save_institution(s, None, "Kodim 0312", None)
        assert att.invite_institutions(s, meeting, [polres, kodim, polres]) == 3
        assert att.invite_institutions(s, meeting, [polres, kodim]) == 0  # no second "Pimpinan"
        assert att.invited_institutions(s, meeting) == {polres, kodim}
        names = [r.name for r in att.list_attendance(s, meeting)]
    assert names == ["AKBP Budi Santoso, S.I.K.", "AKP Rafli", "Pimpinan Kodim 0312"]


def test_invite_many_people_skips_those_already_invited(database, meeting, polres):
    with database.session() as s:
        kapolres, rafli = (p.id for p in list_people(s, institution_id=polres))
        att.invite_person(s, meeting, rafli)
        assert att.invite_people(s, meeting, [kapolres, rafli, kapolres]) == 1
        assert att.invited_people(s, meeting) == {kapolres, rafli}
        assert len(att.list_attendance(s, meeting)) == 2


def test_copy_count_is_what_copying_adds(database, meeting, polres):
    with database.session() as s:
        att.invite_institution(s, meeting, polres)
        later = create_meeting(
            s, title="Rakor lanjutan", date=date(2024, 11, 12), start_time=time(9), location="Aula"
        )
        att.add_walk_in(s, later, "AKP Rafli", "Polres Lembah Hijau")
        assert att.count_copyable(s, later, meeting) == 1
        assert att.copy_invitees(s, later, meeting) == 1
        assert att.count_copyable(s, later, meeting) == 0
        assert att.participant_counts(s) == {meeting: 2, later: 2}
