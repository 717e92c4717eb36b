"""The interchange file: the round trip loses nothing, and every bad file is refused, storing nothing."""

from __future__ import annotations

import json
import sqlite3

import pytest

from rapat.cli import main
from rapat.services.interchange import meeting_to_json, read_meeting_file
from rapat.services.meetings import load_meeting, store_meeting


def _dump(db_path) -> list[str]:
    with sqlite3.connect(db_path) as connection:
        return list(connection.iterdump())


def test_example_round_trip_loses_nothing(database, example_file, tmp_path):
    with database.session() as session:
        meeting_id = store_meeting(session, read_meeting_file(example_file))
    with database.session() as session:
        exported = meeting_to_json(load_meeting(session, meeting_id))
    assert exported == json.loads(example_file.read_text(encoding="utf-8"))


def test_big_demo_meeting_round_trip(database, big_meeting, tmp_path):
    with database.session() as session:
        first = meeting_to_json(load_meeting(session, big_meeting))
    assert len(first["participants"]) == 400
    path = tmp_path / "big.json"
    path.write_text(json.dumps(first, ensure_ascii=False), encoding="utf-8")
    with database.session() as session:
        again = store_meeting(session, read_meeting_file(path))
    with database.session() as session:
        assert meeting_to_json(load_meeting(session, again)) == first


def test_cli_import_prints_id_last_and_export_imports_again(
    db_path, example_file, tmp_path, capsys
):
    assert main(["--db", str(db_path), "import", str(example_file)]) == 0
    meeting_id = capsys.readouterr().out.strip().splitlines()[-1]
    assert meeting_id == "1"
    out = tmp_path / "out.json"
    assert main(["--db", str(db_path), "export", meeting_id, "-o", str(out)]) == 0
    assert json.loads(out.read_text(encoding="utf-8")) == json.loads(
        example_file.read_text("utf-8")
    )
    assert main(["--db", str(db_path), "import", str(out)]) == 0
    assert capsys.readouterr().out.strip().splitlines()[-1] == "2"


def test_text_is_kept_exactly(database, example_file, tmp_path):
    data = json.loads(example_file.read_text(encoding="utf-8"))
    odd = "  Ḥusain ʿAbdullāh & <Rekan>\tكلمة  \n baris kedua  "
    data["participants"][0]["name"] = odd
    data["opening"] = "x" * 40000
    path = tmp_path / "odd.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    with database.session() as session:
        meeting_id = store_meeting(session, read_meeting_file(path))
    with database.session() as session:
        record = load_meeting(session, meeting_id)
    assert record.participants[0].name == odd
    assert record.opening == "x" * 40000


def test_empty_values_mean_absent(database, example_file, tmp_path):
    data = json.loads(example_file.read_text(encoding="utf-8"))
    data["kind"] = ""
    data["organizer"] = None
    data["participants"][0]["nip"] = ""
    path = tmp_path / "empty.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    record = read_meeting_file(path)
    assert record.kind is None and record.organizer is None and record.participants[0].nip is None


def test_directory_fills_without_duplicating_institutions(database, example_file, tmp_path):
    from sqlalchemy import func, select

    from rapat.models import Institution, Participant, Person

    data = json.loads(example_file.read_text(encoding="utf-8"))
    data["participants"][1]["institution"] = "badan  penanggulangan BENCANA daerah"
    path = tmp_path / "variant.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    with database.session() as session:
        store_meeting(session, read_meeting_file(example_file))
        store_meeting(session, read_meeting_file(path))
    with database.session() as session:
        names = session.scalars(select(Institution.name).order_by(Institution.name)).all()
        people = session.scalar(select(func.count(Person.id)))
        unlinked = session.scalar(select(func.count()).where(Participant.person_id.is_(None)))
    assert len(names) == len(set(names)) == 6
    assert "Badan Penanggulangan Bencana Daerah" in names
    assert people == 6
    assert unlinked == 0


def _with(example_file, tmp_path, change) -> str:
    data = json.loads(example_file.read_text(encoding="utf-8"))
    change(data)
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return str(path)


def _set(path: str, value):
    def change(data):
        *parents, last = path.split(".")
        target = data
        for part in parents:
            target = target[int(part)] if part.isdigit() else target[part]
        if value is KeyError:
            del target[last]
        else:
            target[last] = value

    return change


BAD_CONTENT = {
    "not JSON": (b"Notula rapat tanggal 5", "bukan JSON yang sah"),
    "empty": (b"", "berkas kosong"),
    "only whitespace": (b"  \n ", "berkas kosong"),
    "binary junk": (bytes(range(256)) * 4, "bukan teks UTF-8"),
    "truncated": (b'{"format": "rapat-meeting/1", "title": "Ra', "terpotong"),
    "array at top": (b"[1, 2]", "harus berupa objek"),
    "duplicate key": (b'{"format": "rapat-meeting/1", "format": "x"}', "muncul dua kali"),
}

BAD_VALUES = {
    "unknown key": (_set("tittle", "Rapat"), "tittle: kunci tidak dikenal"),
    "unknown nested key": (
        _set("participants.2.jabatan", "x"),
        "participants[2].jabatan: kunci tidak dikenal",
    ),
    "wrong format version": (
        _set("format", "rapat-meeting/2"),
        "format: versi format 'rapat-meeting/2'",
    ),
    "impossible date": (_set("date", "2025-02-30"), "date: '2025-02-30' bukan tanggal yang sah"),
    "date in another form": (_set("date", "14/10/2025"), "date: '14/10/2025' bukan tanggal"),
    "impossible time": (_set("start_time", "25:00"), "start_time: '25:00' bukan jam yang sah"),
    "end before start": (
        _set("end_time", "08:00"),
        "end_time: jam selesai harus sesudah jam mulai",
    ),
    "unknown status": (
        _set("participants.3.status", "hadir"),
        "participants[3].status: nilai 'hadir' tidak dikenal",
    ),
    "unknown action status": (
        _set("actions.0.status", "selesai"),
        "actions[0].status: nilai 'selesai'",
    ),
    "agenda item out of range": (
        _set("discussion.1.agenda_item", 9),
        "discussion[1].agenda_item: 9 di luar jangkauan",
    ),
    "agenda item zero": (
        _set("discussion.0.agenda_item", 0),
        "discussion[0].agenda_item: 0 di luar",
    ),
    "agenda item not a number": (
        _set("discussion.0.agenda_item", "2"),
        "harus berupa bilangan bulat",
    ),
    "invalid due date": (
        _set("actions.2.due", "2025-13-01"),
        "actions[2].due: '2025-13-01' bukan tanggal",
    ),
    "missing title": (_set("title", KeyError), "title: wajib diisi"),
    "missing chair": (_set("chair", KeyError), "chair: wajib diisi"),
    "missing participant name": (
        _set("participants.0.name", KeyError),
        "participants[0].name: wajib diisi",
    ),
    "missing participant status": (
        _set("participants.1.status", KeyError),
        "participants[1].status: wajib diisi",
    ),
    "missing action institution": (
        _set("actions.1.institution", ""),
        "actions[1].institution: wajib diisi",
    ),
    "short NIP": (_set("chair.nip", "19680512"), "chair.nip: NIP harus 18 digit"),
    "number where text belongs": (_set("location", 12), "location: harus berupa teks"),
    "bad timezone": (_set("timezone", "GMT"), "timezone: nilai 'GMT' tidak dikenal"),
    "agenda not a list": (_set("agenda", "Pembukaan"), "agenda: harus berupa larik"),
}


def _refused(db_path, file: str, expected: str, capsys) -> None:
    main(["--db", str(db_path), "list"])  # create the database before the attempt
    capsys.readouterr()
    before = _dump(db_path)
    code = main(["--db", str(db_path), "import", file])
    captured = capsys.readouterr()
    assert code == 2
    lines = captured.err.strip().splitlines()
    assert len(lines) == 1, captured.err
    assert lines[0].startswith(f"rapat: {file}: ")
    assert expected in lines[0]
    assert captured.out == ""
    assert _dump(db_path) == before


@pytest.mark.parametrize("case", BAD_CONTENT, ids=list(BAD_CONTENT))
def test_bad_file_content_is_refused(case, db_path, tmp_path, capsys, example_meeting):
    content, expected = BAD_CONTENT[case]
    path = tmp_path / "bad.json"
    path.write_bytes(content)
    _refused(db_path, str(path), expected, capsys)


@pytest.mark.parametrize("case", BAD_VALUES, ids=list(BAD_VALUES))
def test_bad_values_are_refused(case, db_path, tmp_path, example_file, capsys, example_meeting):
    change, expected = BAD_VALUES[case]
    _refused(db_path, _with(example_file, tmp_path, change), expected, capsys)


def test_missing_file_is_named(db_path, tmp_path, capsys):
    missing = tmp_path / "tidak-ada.json"
    assert main(["--db", str(db_path), "import", str(missing)]) == 2
    assert f"{missing}: tidak dapat dibaca" in capsys.readouterr().err


def test_export_of_unknown_meeting(db_path, tmp_path, capsys):
    assert main(["--db", str(db_path), "export", "99", "-o", str(tmp_path / "x.json")]) == 2
    assert capsys.readouterr().err.strip() == "rapat: Rapat nomor 99 tidak ada"
    assert not (tmp_path / "x.json").exists()
