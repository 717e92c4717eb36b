"""Validation where data enters the model: real values or a clear Indonesian refusal."""

from __future__ import annotations

from datetime import date, time

import pytest

from rapat.errors import InvalidInput
from rapat.models import ActionItem, Institution, Meeting, Officer, Participant, Person


def _meeting(**changes) -> Meeting:
    fields = dict(
        title="Rapat Koordinasi",
        date=date(2025, 10, 14),
        start_time=time(9),
        location="Aula",
        chair=Officer("Bupati"),
        secretary=Officer(),
        note_taker=Officer(),
    )
    fields.update(changes)
    return Meeting(**fields)


def test_end_must_follow_start_whichever_is_set_first():
    with pytest.raises(InvalidInput, match="Jam selesai harus sesudah jam mulai"):
        _meeting(end_time=time(8, 30))
    meeting = _meeting(end_time=time(11))
    with pytest.raises(InvalidInput):
        meeting.start_time = time(12)
    meeting.end_time = None
    meeting.start_time = time(12)


@pytest.mark.parametrize(
    "value", ["19680512", "1968051219940310071", "19680512199403100A", "1968 0512 1994 0310 07"]
)
def test_nip_is_eighteen_digits(value):
    with pytest.raises(InvalidInput, match="NIP harus 18 digit"):
        Person(name="Bambang", nip=value)
    with pytest.raises(InvalidInput, match="NIP harus 18 digit"):
        Participant(name="Bambang", institution="Setda", status="present", nip=value)


def test_empty_nip_means_none():
    assert Person(name="Bambang", nip="").nip is None
    assert Person(name="Bambang", nip="196805121994031007").nip == "196805121994031007"


def test_status_vocabularies():
    with pytest.raises(
        InvalidInput, match="pilih salah satu dari present, represented, excused, absent"
    ):
        Participant(name="A", institution="B", status="hadir")
    with pytest.raises(InvalidInput, match="open, in_progress, done, cancelled"):
        ActionItem(description="A", institution="B", status="selesai")
    with pytest.raises(InvalidInput):
        _meeting(status="signed")
    with pytest.raises(InvalidInput):
        _meeting(timezone="GMT+7")
    with pytest.raises(InvalidInput):
        Institution(name="KPU", category="partai")


def test_required_text():
    with pytest.raises(InvalidInput, match="Judul rapat: wajib diisi"):
        _meeting(title="   ")
    with pytest.raises(InvalidInput, match="Instansi: wajib diisi"):
        Participant(name="A", institution="", status="present")


def test_institution_key_folds_case_and_spaces():
    assert Institution(name="Polres  Lembah HIJAU").name_key == "polres lembah hijau"
