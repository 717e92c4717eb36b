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


def test_a_nik_in_the_certificate_is_not_taken_for_a_nip():
    from datetime import UTC, datetime, timedelta

    from cryptography import x509
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    from rapat.documents.signers import certificate_holder

    def holder(serial: str) -> BlockOfficer:
        key = ec.generate_private_key(ec.SECP256R1())
        name = x509.Name(
            [
                x509.NameAttribute(NameOID.COMMON_NAME, "Bambang Sutrisno"),
                x509.NameAttribute(NameOID.SERIAL_NUMBER, serial),
            ]
        )
        now = datetime.now(UTC)
        certificate = (
            x509.CertificateBuilder().subject_name(name).issuer_name(name)
            .public_key(key.public_key()).serial_number(1)
            .not_valid_before(now).not_valid_after(now + timedelta(days=1))
            .sign(key, hashes.SHA256())
        )  # fmt: skip
        return certificate_holder(certificate)

    assert holder("196805121994031007").nip == "196805121994031007"
    nik = holder("3201010101010001")  # a 16-digit NIK, as some authorities write it
    assert nik.nip is None
    assert same_person(BlockOfficer("Dr. Ir. Bambang Sutrisno, M.T.", "196805121994031007"), nik)
