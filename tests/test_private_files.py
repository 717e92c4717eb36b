"""What holds names, NIPs and keys is readable by its owner only: the log and saved .p12 files (the
archive and its backups: tests/test_db.py, tests/test_backup.py)."""

from __future__ import annotations

import os
import stat

import pytest

from rapat.fileio import write_atomically

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")


def test_the_log_file_is_private(tmp_path):
    from rapat.logs import log_exception, log_path

    path = log_path()
    path.parent.mkdir(parents=True)
    path.write_text("earlier\n")
    path.chmod(0o644)
    try:
        raise ValueError("NIP 196801011990031001")
    except ValueError as error:
        assert log_exception(error) == path
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert "196801011990031001" in path.read_text()


def test_a_private_output_is_written_for_its_owner_only(tmp_path):
    write_atomically(tmp_path / "pejabat.p12", b"secret", private=True)
    write_atomically(tmp_path / "notula.pdf", b"%PDF")
    assert stat.S_IMODE((tmp_path / "pejabat.p12").stat().st_mode) == 0o600
    umask = os.umask(0)
    os.umask(umask)
    assert stat.S_IMODE((tmp_path / "notula.pdf").stat().st_mode) == 0o666 & ~umask


def _encryption_algorithms(data: bytes) -> list:
    """How each encrypted part of a PKCS#12 file is encrypted (asn1crypto comes with pyHanko)."""
    from asn1crypto import pkcs12

    found = []
    for info in pkcs12.Pfx.load(data).authenticated_safe:
        if info["content_type"].native == "encrypted_data":
            found.append(info["content"]["encrypted_content_info"]["content_encryption_algorithm"])
        else:
            for bag in pkcs12.SafeContents.load(info["content"].native):
                if bag["bag_id"].native == "pkcs8_shrouded_key_bag":
                    found.append(bag["bag_value"]["encryption_algorithm"])
    return found


def test_stored_keys_use_pbkdf2_sha256_and_aes_256(database):
    from rapat.services import certificates

    with database.session() as session:
        root = certificates.create_root(
            session, "Pemerintah Kabupaten Lembah Hijau", "akar-rahasia"
        )
        officer = certificates.issue_officer(
            session, "akar-rahasia", "Dewi Lestari", "sandi-notulis"
        )
        data = certificates.pkcs12_data(session, officer)
    algorithms = _encryption_algorithms(data)
    assert len(algorithms) == 2  # the certificates and the private key
    for algorithm in algorithms:
        assert algorithm["algorithm"].native == "pbes2"
        kdf = algorithm["parameters"]["key_derivation_func"]
        assert kdf["algorithm"].native == "pbkdf2"
        assert kdf["parameters"]["iteration_count"].native == certificates.PKCS12_KDF_ROUNDS
        assert kdf["parameters"]["prf"]["algorithm"].native == "sha256"
        assert algorithm["parameters"]["encryption_scheme"]["algorithm"].native == "aes256_cbc"
    assert root


def test_keys_stored_the_earlier_way_still_open(database):
    from cryptography.hazmat.primitives.serialization import BestAvailableEncryption, pkcs12

    from rapat.services import certificates

    with database.session() as session:
        root = certificates.create_root(
            session, "Pemerintah Kabupaten Lembah Hijau", "akar-rahasia"
        )
        officer = certificates.issue_officer(
            session, "akar-rahasia", "Dewi Lestari", "sandi-notulis"
        )
        key, cert, chain = pkcs12.load_key_and_certificates(
            certificates.pkcs12_data(session, officer), b"sandi-notulis"
        )
        earlier = pkcs12.serialize_key_and_certificates(
            b"Dewi Lestari", key, cert, chain, BestAvailableEncryption(b"sandi-lama-2024")
        )
        assert (
            _encryption_algorithms(earlier)[0]["parameters"]["key_derivation_func"]["parameters"][
                "iteration_count"
            ].native
            < certificates.PKCS12_KDF_ROUNDS
        )
        from rapat.models import Certificate

        session.get(Certificate, officer).pkcs12 = earlier  # as an earlier Rapat stored it
    with database.session() as session:
        identity = certificates.signing_identity(session, officer, "sandi-lama-2024")
    assert identity is not None
    assert root
