"""Whose block is whose: names folded without titles, ranks, case and punctuation; NIP first."""

from __future__ import annotations

import pytest

from rapat.documents.signers import BlockOfficer, fold_name, fold_nip, same_person


@pytest.mark.parametrize(
    ("written", "folded"),
    [
        ("Dr. Ir. Bambang Sutrisno, M.T.", "bambang sutrisno"),
        ("BAMBANG SUTRISNO", "bambang sutrisno"),
        ("bambang  sutrisno ", "bambang sutrisno"),
        ("H. Zul Elfian Umar, SH, M.Si", "zul elfian umar"),
        ("Hj. Siti Nur'aini S.Sos M.Si", "siti nuraini"),
        ("Letkol Arm Budi Santoso", "budi santoso"),
        ("AKP Rafli", "rafli"),
        ("Kompol I Gede Putu Ardana, S.IK", "i gede putu ardana"),
        ("Drs. H. Abdul-Rahman, MM", "abdul rahman"),
        ("Firmanza D.P.", "firmanza dp"),
        ("Pj. Dra. Hj. Ratna Dewi, M.AP", "ratna dewi"),
        ("Prof. Dr. drg. Ayu Lestari, Ph.D", "ayu lestari"),
        ("Éva Súsanti, ST", "eva susanti"),
    ],
)
def test_titles_ranks_case_and_punctuation_fold_away(written, folded):
    assert fold_name(written) == folded


def test_different_people_stay_different():
    assert fold_name("Nurul Aisyah, S.T.") != fold_name("Firmanza DP")
    assert fold_name("Dewi Lestari") != fold_name("Dewi Lestari Putri")


def test_nip_digits():
    assert fold_nip("19680512 199403 1 007") == "196805121994031007"
    assert fold_nip(None) == "" and fold_nip("-") == ""


def test_nip_decides_where_both_carry_one():
    chair = BlockOfficer("Dr. Ir. Bambang Sutrisno, M.T.", "196805121994031007")
    assert same_person(chair, BlockOfficer("Bambang Sutrisno", "19680512 199403 1 007"))
    assert same_person(chair, BlockOfficer("B. Sutrisno", "196805121994031007"))
    assert not same_person(chair, BlockOfficer("Bambang Sutrisno", "199104232019032011"))
    assert same_person(chair, BlockOfficer("BAMBANG SUTRISNO"))  # no NIP: the name decides
    assert not same_person(chair, BlockOfficer("Dewi Lestari, S.Sos"))
    assert not same_person(BlockOfficer("Dr."), BlockOfficer("Ir."))  # nothing left to compare
