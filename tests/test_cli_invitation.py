"""`rapat invitation ID -o FILE.pdf|FILE.ics`, and the warning for a profile without a kop."""

from __future__ import annotations

import json
from datetime import date

import icalendar
from pypdf import PdfReader

from rapat.cli import main
from rapat.db import open_database
from rapat.services.meetings import update_meeting


def _import_without_number(db_path, example_file, tmp_path) -> None:
    data = json.loads(example_file.read_text(encoding="utf-8"))
    del data["invitation_ref"]
    source = tmp_path / "tanpa-nomor.json"
    source.write_text(json.dumps(data), encoding="utf-8")
    assert main(["--db", str(db_path), "import", str(source)]) == 0


def test_the_letter_is_numbered_once_and_the_notula_cites_it(
    db_path, example_file, tmp_path, capsys
):
    _import_without_number(db_path, example_file, tmp_path)
    letter = tmp_path / "undangan.pdf"
    assert main(["--db", str(db_path), "invitation", "1", "-o", str(letter)]) == 0
    assert main(["--db", str(db_path), "invitation", "1", "-o", str(letter)]) == 0
    today = date.today()
    roman = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"]
    number = f"005/1/{roman[today.month - 1]}/{today.year}"
    text = " ".join(page.extract_text() for page in PdfReader(letter).pages)
    assert f"Nomor : {number}" in " ".join(text.split())
    notula = tmp_path / "notula.pdf"
    assert main(["--db", str(db_path), "pdf", "1", "-o", str(notula)]) == 0
    notula_text = " ".join(" ".join(p.extract_text() for p in PdfReader(notula).pages).split())
    assert f"Nomor {number} tanggal" in notula_text
    # no kop in a fresh database's profile: every document says so on stderr
    assert "belum memuat kop surat" in capsys.readouterr().err


def _event(db_path, target) -> icalendar.Event:
    assert main(["--db", str(db_path), "invitation", "1", "-o", str(target)]) == 0
    (event,) = icalendar.Calendar.from_ical(target.read_bytes()).walk("VEVENT")
    return event


def test_the_calendar_file(db_path, example_file, tmp_path):
    main(["--db", str(db_path), "import", str(example_file)])
    first = _event(db_path, tmp_path / "rapat.ics")
    assert first.decoded("dtstart").isoformat() == "2025-10-14T09:00:00+07:00"
    # the meeting moves to the next day: the file sent again replaces the event in a calendar
    # (same UID, higher SEQUENCE) instead of leaving it on the old day beside a second one
    database = open_database(str(db_path))
    with database.session() as session:
        update_meeting(session, 1, date=date(2025, 10, 15))
    database.close()
    moved = _event(db_path, tmp_path / "rapat-pindah.ics")
    assert moved.decoded("dtstart").isoformat() == "2025-10-15T09:00:00+07:00"
    assert str(moved["uid"]) == str(first["uid"])
    assert moved.decoded("sequence") > first.decoded("sequence")
    # the same meeting file imported by another office is another event
    other_office = tmp_path / "kantor-lain.db"
    main(["--db", str(other_office), "import", str(example_file)])
    assert str(_event(other_office, tmp_path / "lain.ics")["uid"]) != str(first["uid"])


def test_another_kind_of_file_is_a_usage_error(db_path, example_file, tmp_path, capsys):
    main(["--db", str(db_path), "import", str(example_file)])
    assert main(["--db", str(db_path), "invitation", "1", "-o", str(tmp_path / "x.docx")]) == 2
    assert "gunakan .ics atau .pdf" in capsys.readouterr().err
