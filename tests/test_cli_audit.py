"""Exports from the command line are recorded in the meeting's audit trail, with the file's name."""

from __future__ import annotations

from rapat.cli import main
from rapat.services.finalize import audit_trail


def test_pdf_xlsx_and_json_exports_are_recorded(
    database, example_meeting, db_path, tmp_path, capsys
):
    meeting = str(example_meeting)
    base = ["--db", str(db_path)]
    assert main([*base, "pdf", meeting, "-o", str(tmp_path / "notula.pdf")]) == 0
    assert main([*base, "pdf", meeting, "--attendance", "-o", str(tmp_path / "hadir.pdf")]) == 0
    assert main([*base, "xlsx", meeting, "-o", str(tmp_path / "rapat.xlsx")]) == 0
    assert main([*base, "export", meeting, "-o", str(tmp_path / "rapat.json")]) == 0
    assert main([*base, "export", meeting, "-o", "-"]) == 0
    with database.session() as session:
        trail = audit_trail(session, example_meeting)
    assert {row.event for row in trail} == {"export"}
    assert [row.detail for row in trail] == [
        "notula PDF: notula.pdf",
        "daftar hadir PDF: hadir.pdf",
        "buku kerja Excel: rapat.xlsx",
        "JSON: rapat.json",
        "JSON: stdout",
    ]
    assert all(row.user for row in trail)


def test_a_failed_export_records_nothing(database, example_meeting, db_path, tmp_path, capsys):
    missing_folder = tmp_path / "tidak-ada" / "rapat.xlsx"
    assert (
        main(["--db", str(db_path), "xlsx", str(example_meeting), "-o", str(missing_folder)]) == 2
    )
    with database.session() as session:
        assert audit_trail(session, example_meeting) == []
