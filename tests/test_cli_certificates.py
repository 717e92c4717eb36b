"""`rapat certificates …`, `rapat archive refresh` and the timestamp warning of `rapat sign`."""

from __future__ import annotations

import socket

import pytest
from cryptography.hazmat.primitives.serialization import Encoding
from timestamp_authority import TimestampAuthority

from rapat.cli import main

ROOT_PASS, OFFICER_PASS = "akar-rahasia", "sandi-pejabat"


@pytest.fixture
def secrets(monkeypatch):
    monkeypatch.setenv("RAPAT_ROOT_PASSPHRASE", ROOT_PASS)
    monkeypatch.setenv("RAPAT_P12_PASSPHRASE", OFFICER_PASS)


def _run(db_path, *args: str) -> int:
    return main(["--db", str(db_path), *args])


def test_root_issue_list_revoke(db_path, tmp_path, secrets, capsys):
    assert _run(db_path, "certificates", "root", "--create", "Pemerintah Kota Tepian") == 0
    assert _run(db_path, "certificates", "root", "-o", str(tmp_path / "akar.pem")) == 0
    assert (tmp_path / "akar.pem").read_text().startswith("-----BEGIN CERTIFICATE-----")
    p12 = tmp_path / "rina.p12"
    args = ["certificates", "issue", "Rina Marlina", "--position", "Kepala Bagian"]
    assert _run(db_path, *args, "-o", str(p12)) == 0
    officer = capsys.readouterr().out.strip().splitlines()[-1]
    assert p12.stat().st_size > 1000

    assert _run(db_path, "certificates", "list") == 0
    listed = capsys.readouterr().out
    assert "akar kantor\tPemerintah Kota Tepian — Akar TTE" in listed
    assert "pejabat\tRina Marlina\toleh Pemerintah Kota Tepian — Akar TTE" in listed
    assert "berlaku" in listed

    assert _run(db_path, "certificates", "revoke", officer, "--reason", "Pindah tugas") == 0
    assert "dicabut" in capsys.readouterr().out
    assert _run(db_path, "certificates", "list") == 0
    listed = capsys.readouterr().out
    assert "DICABUT" in listed and "(Pindah tugas)" in listed


def test_bad_input_exits_2_with_one_line(db_path, tmp_path, secrets, monkeypatch, capsys):
    assert _run(db_path, "certificates", "root", "--create", "Pemerintah Kota Tepian") == 0
    assert _run(db_path, "certificates", "issue", "Rina Marlina") == 0
    officer = capsys.readouterr().out.strip().splitlines()[-1]

    monkeypatch.setenv("RAPAT_ROOT_PASSPHRASE", "bukan-sandinya")
    assert _run(db_path, "certificates", "revoke", officer, "--reason", "Pensiun") == 2
    assert capsys.readouterr().err.strip() == "rapat: Kata sandi akar sertifikat salah"

    monkeypatch.delenv("RAPAT_ROOT_PASSPHRASE")
    assert _run(db_path, "certificates", "revoke", officer, "--reason", "Pensiun") == 2
    assert "RAPAT_ROOT_PASSPHRASE" in capsys.readouterr().err

    (tmp_path / "bukan.pem").write_text("bukan sertifikat")
    assert _run(db_path, "certificates", "trust", str(tmp_path / "bukan.pem")) == 2
    assert "bukan sertifikat X.509" in capsys.readouterr().err
    assert _run(db_path, "certificates", "root") == 2
    assert _run(db_path, "archive", "refresh", "7") == 2
    assert "belum punya notula yang ditandatangani" in capsys.readouterr().err


def test_trust_another_authority(db_path, capsys):
    with TimestampAuthority() as tsa:
        pem = tsa.root.public_bytes(Encoding.PEM)
    path = db_path.parent / "lain.pem"
    path.write_bytes(pem)
    assert _run(db_path, "certificates", "trust", str(path)) == 0
    assert _run(db_path, "certificates", "list") == 0
    assert "tepercaya\tUji Akar Cap Waktu" in capsys.readouterr().out


def _finalized_with_two_officers(database, example_meeting, url: str | None):
    from rapat.services import certificates
    from rapat.services.finalize import finalize
    from rapat.services.organization import update_profile

    with database.session() as session:
        update_profile(
            session,
            letterhead="PEMERINTAH KABUPATEN LEMBAH HIJAU\nBPBD",
            signature_blocks="chair_note_taker",
            timestamp_url=url,
        )
        certificates.create_root(session, "Pemerintah Kabupaten Lembah Hijau", ROOT_PASS)
        chair = certificates.issue_officer(session, ROOT_PASS, "Bambang Sutrisno", OFFICER_PASS)
        note = certificates.issue_officer(session, ROOT_PASS, "Dewi Lestari", OFFICER_PASS)
    with database.session() as session:
        document = finalize(session, example_meeting)
    return document, chair, note


def test_archive_refresh_adds_an_archive_timestamp(database, db_path, example_meeting, capsys):
    from rapat.services import certificates
    from rapat.services.archive import document_bytes
    from rapat.services.finalize import sign_archived

    with TimestampAuthority() as tsa:
        document, chair, note = _finalized_with_two_officers(database, example_meeting, tsa.url)
        for certificate, field in ((chair, "ttd_ketua"), (note, "ttd_notulis")):
            with database.session() as session:
                identity = certificates.signing_identity(session, certificate, OFFICER_PASS)
                sign_archived(session, document, identity, field)
        with database.session() as session:
            before = document_bytes(session, document)
        assert _run(db_path, "archive", "refresh", str(example_meeting)) == 0
        assert tsa.requests == 2 + 2 + 2  # each signature and the archive timestamp: probe, token
    out = capsys.readouterr().out
    assert f"Rapat #{example_meeting} revisi 1: validasi arsip diperbarui" in out
    with database.session() as session:
        after = document_bytes(session, document)
    assert after.startswith(before) and b"/DocTimeStamp" in after[len(before) :]


def test_sign_without_reachable_authority_warns_on_stderr(
    database, db_path, example_meeting, tmp_path, secrets, capsys
):
    from rapat.services import certificates
    from rapat.services.archive import document_bytes

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        closed = probe.getsockname()[1]
    document, chair, _note = _finalized_with_two_officers(
        database, example_meeting, f"http://127.0.0.1:{closed}/tsa"
    )
    with database.session() as session:
        (tmp_path / "in.pdf").write_bytes(document_bytes(session, document))
        (tmp_path / "ketua.p12").write_bytes(certificates.pkcs12_data(session, chair))
    args = ["sign", str(tmp_path / "in.pdf"), "-o", str(tmp_path / "out.pdf")]
    assert _run(db_path, *args, "--p12", str(tmp_path / "ketua.p12"), "--field", "ttd_ketua") == 0
    captured = capsys.readouterr()
    assert "tidak dapat dihubungi" in captured.err and "PAdES B-B" in captured.err
    assert "Ditandatangani oleh Bambang Sutrisno" in captured.out
    assert (tmp_path / "out.pdf").read_bytes().startswith((tmp_path / "in.pdf").read_bytes())


def test_signing_with_a_revoked_certificate_file_is_refused(
    database, db_path, example_meeting, tmp_path, secrets, capsys
):
    from rapat.services import certificates
    from rapat.services.archive import document_bytes

    document, chair, _note = _finalized_with_two_officers(database, example_meeting, None)
    with database.session() as session:
        (tmp_path / "in.pdf").write_bytes(document_bytes(session, document))
        (tmp_path / "ketua.p12").write_bytes(certificates.pkcs12_data(session, chair))
        certificates.revoke(session, chair, "Kunci hilang", ROOT_PASS)
    args = ["sign", str(tmp_path / "in.pdf"), "-o", str(tmp_path / "out.pdf")]
    assert _run(db_path, *args, "--p12", str(tmp_path / "ketua.p12"), "--as", "chair") == 2
    assert "Sertifikat Bambang Sutrisno sudah dicabut sejak" in capsys.readouterr().err
    assert not (tmp_path / "out.pdf").exists()
