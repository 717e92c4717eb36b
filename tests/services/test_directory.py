"""The directory: search, add and edit, merge duplicates."""

from __future__ import annotations

import pytest

from rapat.errors import InvalidInput
from rapat.services import directory as d
from rapat.services.attendance import add_walk_in, list_attendance
from rapat.services.meetings import load_meeting


def test_add_edit_and_search(database):
    with database.session() as s:
        kpu = d.save_institution(s, None, "Komisi Pemilihan Umum Kabupaten", "KPU")
        d.save_person(s, None, "Siti Aminah", institution_id=kpu, position="Ketua")
        assert d.list_institutions(s, "kpu")[0].category == "election"
        assert d.list_institutions(s, "kpu")[0].people == 1
        d.save_institution(s, kpu, "KPU Kabupaten Lembah Hijau", "KPU", "election")
        people = d.list_people(s, "lembah")
    assert [p.name for p in people] == ["Siti Aminah"]
    assert people[0].institution == "KPU Kabupaten Lembah Hijau"


def test_duplicates_refused(database):
    with database.session() as s:
        d.save_institution(s, None, "Kodim 0312", None)
        d.save_person(s, None, "A", nip="196501011990031001")
    with pytest.raises(InvalidInput, match="sudah ada"), database.session() as s:
        d.save_institution(s, None, "kodim  0312", None)
    with pytest.raises(InvalidInput, match="NIP"), database.session() as s:
        d.save_person(s, None, "B", nip="196501011990031001")
    with pytest.raises(InvalidInput, match="Nama"), database.session() as s:
        d.save_person(s, None, " ")


def test_merge_repoints_participants_and_actions(database, example_meeting):
    with database.session() as s:
        meeting = load_meeting(s, example_meeting)
        action = meeting.actions[0]
        institution = d.list_institutions(s, action.institution)[0]
        twin = d.save_institution(s, None, action.institution + " (duplikat)", None)
        row = add_walk_in(s, example_meeting, "Orang Baru", action.institution + " (duplikat)")
        d.merge_institutions(s, institution.id, twin)
        rows = {r.id: r for r in list_attendance(s, example_meeting)}
        assert rows[row.id].institution_id == institution.id
        assert not d.list_institutions(s, "(duplikat)")
        p1 = d.save_person(s, None, "Budi", institution_id=institution.id)
        p2 = d.save_person(s, None, "Budi S.", phone="0812", institution_id=institution.id)
        d.merge_people(s, p1, p2)
        merged = next(p for p in d.list_people(s, "Budi") if p.id == p1)
    assert merged.phone == "0812"
    with database.session() as s:
        assert all(p.id != p2 for p in d.list_people(s, "Budi"))
