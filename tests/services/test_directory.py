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


def _two_writers_add(database, name: str) -> list[int]:
    """Two writers, each with its own session, add the same new institution: the first holds its
    write until the second has read the directory and tried its own insert."""
    import threading
    import time

    from rapat.services.directory import DirectoryLinker

    first_wrote, second_read = threading.Event(), threading.Event()
    ids: list[int] = []
    errors: list[BaseException] = []

    def first() -> None:
        try:
            with database.session() as session:
                linker = DirectoryLinker(session)
                second_read.wait(5)
                ids.append(linker.institution(name))
                first_wrote.set()
                time.sleep(0.3)  # the second writer is now waiting for this transaction
        except BaseException as error:
            errors.append(error)
            first_wrote.set()

    def second() -> None:
        try:
            with database.session() as session:
                linker = DirectoryLinker(session)  # reads the directory before the first writes
                second_read.set()
                first_wrote.wait(5)
                ids.append(linker.institution(name))
        except BaseException as error:
            errors.append(error)

    threads = [threading.Thread(target=first), threading.Thread(target=second)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(20)
    assert errors == []
    return ids


def test_two_writers_adding_the_same_institution_get_one_row(database):
    from sqlalchemy import func, select

    from rapat.models import Institution

    ids = _two_writers_add(database, "Dinas Pemuda dan Olahraga")
    assert len(ids) == 2 and ids[0] == ids[1]
    with database.session() as session:
        assert session.scalar(select(func.count()).select_from(Institution)) == 1
