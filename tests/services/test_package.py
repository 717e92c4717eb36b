"""Meeting packages (.rapat): the whole meeting travels, and comes back over itself."""

from __future__ import annotations

import io
import json
import zipfile
from dataclasses import replace

import pytest
from PIL import Image
from sqlalchemy import func, select

from rapat.db import open_database
from rapat.errors import InvalidInput, PackageConflict, ReadOnlyMeeting
from rapat.models import AuditEvent, Meeting
from rapat.services.attachments import add_photo, list_photos
from rapat.services.audit import record_event
from rapat.services.interchange import read_meeting_file
from rapat.services.meetings import load_meeting, store_meeting, update_meeting
from rapat.services.package import export_package, import_package
from rapat.services.search import search


def _png(colour: str) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (40, 20), colour).save(out, "PNG")
    return out.getvalue()


@pytest.fixture
def office(database, example_file) -> int:
    """The example meeting with two signatures and a photo, in the office's database."""
    record = read_meeting_file(example_file)
    record.participants = [
        replace(p, signature_png=_png("navy") if i < 2 else None)
        for i, p in enumerate(record.participants)
    ]
    with database.session() as session:
        meeting_id = store_meeting(session, record)
        add_photo(session, meeting_id, "ruang.png", _png("green"), "Suasana rapat")
        record_event(session, "invitation", meeting_id, number="005/12/2026")
    return meeting_id


@pytest.fixture
def laptop(tmp_path):
    database = open_database(str(tmp_path / "laptop.db"))
    yield database
    database.close()


def _count(database, model) -> int:
    with database.session() as session:
        return session.scalar(select(func.count()).select_from(model))


def test_a_package_carries_the_whole_meeting_and_imports_once(database, office, laptop, tmp_path):
    package = tmp_path / "rapat.rapat"
    with database.session() as session:
        written = export_package(session, office, package)
        original = load_meeting(session, office)
        uid = session.get(Meeting, office).uid
    assert written.members == 5  # meeting.json, record.json, two signatures, one photo
    with laptop.session() as session:
        first = import_package(session, package)
    with laptop.session() as session:
        again = import_package(session, package)
        copy = load_meeting(session, first.meeting_id)
        photos = list_photos(session, first.meeting_id)
        events = session.scalars(select(AuditEvent.event)).all()
        assert session.get(Meeting, first.meeting_id).uid == uid
    assert (first.outcome, again.outcome) == ("new", "unchanged")
    assert again.meeting_id == first.meeting_id and _count(laptop, Meeting) == 1
    assert [p.signature_png for p in copy.participants] == [
        p.signature_png for p in original.participants
    ]
    assert [(p.caption, p.filename) for p in photos] == [("Suasana rapat", "ruang.png")]
    assert events.count("invitation") == 1  # the office's trail came along, once
    assert events.count("package_import") == 2


def test_a_meeting_taken_to_a_laptop_comes_back_over_itself(database, office, laptop, tmp_path):
    with database.session() as session:
        export_package(session, office, tmp_path / "pergi.rapat", taken_to="Laptop Kecamatan")
    refused = pytest.raises(ReadOnlyMeeting, match="dibawa ke Laptop Kecamatan")
    with refused, database.session() as session:
        update_meeting(session, office, title="Diubah di kantor")
    with laptop.session() as session:
        there = import_package(session, tmp_path / "pergi.rapat").meeting_id
        update_meeting(session, there, closing="Ditutup pukul 12.00 di aula kecamatan.")
    with laptop.session() as session:
        export_package(session, there, tmp_path / "pulang.rapat")
    with database.session() as session:
        back = import_package(session, tmp_path / "pulang.rapat")
    with database.session() as session:
        assert (back.meeting_id, back.outcome) == (office, "updated")
        assert load_meeting(session, office).closing == "Ditutup pukul 12.00 di aula kecamatan."
        assert len(list_photos(session, office)) == 1
        assert [hit.meeting_id for hit in search(session, "aula kecamatan")] == [office]
        update_meeting(session, office, title="Boleh diubah lagi")  # the mark is gone
    assert _count(database, Meeting) == 1


def test_a_meeting_changed_on_both_sides_is_described_and_not_stored(
    database, office, laptop, tmp_path
):
    with database.session() as session:
        export_package(session, office, tmp_path / "pergi.rapat")
    with laptop.session() as session:
        there = import_package(session, tmp_path / "pergi.rapat").meeting_id
        update_meeting(session, there, closing="Versi laptop")
    with laptop.session() as session:
        export_package(session, there, tmp_path / "pulang.rapat")
    with database.session() as session:
        update_meeting(session, office, closing="Versi kantor")
    with pytest.raises(PackageConflict) as refused, database.session() as session:
        import_package(session, tmp_path / "pulang.rapat")
    assert "Di sini" in refused.value.message and "Di paket" in refused.value.message
    with database.session() as session:
        assert load_meeting(session, office).closing == "Versi kantor"


def _rewritten(source, target, change) -> None:
    with zipfile.ZipFile(source) as archive:
        members = {name: archive.read(name) for name in archive.namelist()}
    change(members)
    with zipfile.ZipFile(target, "w") as archive:
        for name, data in members.items():
            archive.writestr(name, data)


def test_a_damaged_truncated_or_newer_package_stores_nothing(database, office, laptop, tmp_path):
    good = tmp_path / "baik.rapat"
    with database.session() as session:
        export_package(session, office, good)
    truncated = tmp_path / "terpotong.rapat"
    truncated.write_bytes(good.read_bytes()[:-300])

    def swap_a_signature(members):
        members["signatures/0001.png"] = _png("red")

    def newer(members):
        manifest = json.loads(members["manifest.json"])
        manifest["version"] = 2
        members["manifest.json"] = json.dumps(manifest).encode()

    damaged, future = tmp_path / "rusak.rapat", tmp_path / "baru.rapat"
    _rewritten(good, damaged, swap_a_signature)
    _rewritten(good, future, newer)
    for package, words in (
        (truncated, "rusak atau terpotong"),
        (damaged, "rusak atau terpotong"),
        (future, r"Rapat yang lebih baru \(rapat-package/2\)"),
    ):
        with pytest.raises(InvalidInput, match=words), laptop.session() as session:
            import_package(session, package)
    assert _count(laptop, Meeting) == 0


def test_the_command_line_exports_and_imports_packages(db_path, office, tmp_path, capsys):
    from rapat.cli import EXIT_OK, main

    package = tmp_path / "rapat.rapat"
    laptop = str(tmp_path / "laptop.db")
    args = ["--db", str(db_path), "export", str(office), "-o", str(package), "--take-to", "Aula"]
    assert main(args) == EXIT_OK
    assert "dibawa ke Aula" in capsys.readouterr().out
    assert main(["--db", laptop, "import", str(package)]) == EXIT_OK
    assert main(["--db", laptop, "import", str(package)]) == EXIT_OK
    lines = capsys.readouterr().out.splitlines()
    assert lines[-1] == lines[1] and lines[2].startswith("Sudah sama")
