"""`rapat finalize ID -o FILE.pdf`: the same finalizing as the Dokumen tab, from a script."""

from __future__ import annotations

from pypdf import PdfReader

from rapat.cli import main
from rapat.documents.signing import empty_signature_fields
from rapat.services.archive import archived_documents, document_bytes
from rapat.services.finalize import audit_trail
from rapat.services.meetings import create_meeting, load_details


def test_finalize_freezes_the_meeting_and_writes_the_archived_notula(
    database, example_meeting, letterhead, db_path, tmp_path, capsys
):
    out = tmp_path / "notula-final.pdf"
    assert main(["--db", str(db_path), "finalize", str(example_meeting), "-o", str(out)]) == 0
    assert "difinalisasi" in capsys.readouterr().out
    with database.session() as session:
        (archived,) = archived_documents(session, example_meeting)
        assert out.read_bytes() == document_bytes(session, archived.id)
        assert load_details(session, example_meeting).status == "final"
        trail = [(row.event, row.detail) for row in audit_trail(session, example_meeting)]
    assert trail == [
        ("finalize", "revisi 1"),
        ("export", "notula arsip revisi 1: notula-final.pdf"),
    ]
    assert "BADAN KESATUAN BANGSA DAN POLITIK" in PdfReader(out).pages[0].extract_text()
    assert empty_signature_fields(out.read_bytes())

    again = main(["--db", str(db_path), "finalize", str(example_meeting), "-o", str(out)])
    assert again == 2 and "sudah final" in capsys.readouterr().err


def test_finalize_without_a_letterhead_is_refused_and_changes_nothing(
    database, example_meeting, db_path, tmp_path, capsys
):
    out = tmp_path / "notula.pdf"
    assert main(["--db", str(db_path), "finalize", str(example_meeting), "-o", str(out)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "kop surat" in err
    assert not out.exists()
    with database.session() as session:
        assert load_details(session, example_meeting).status == "draft"
        assert archived_documents(session, example_meeting) == []
        assert audit_trail(session, example_meeting) == []


def test_an_incomplete_meeting_lists_what_is_missing(
    database, letterhead, db_path, tmp_path, capsys
):
    from datetime import date, time

    with database.session() as session:
        empty = create_meeting(
            session, title="Rapat", date=date(2026, 1, 5), start_time=time(9), location="Aula"
        )
    out = tmp_path / "notula.pdf"
    assert main(["--db", str(db_path), "finalize", str(empty), "-o", str(out)]) == 2
    err = capsys.readouterr().err
    assert "Pimpinan rapat (ketua) belum diisi" in err and "Belum ada peserta" in err
    assert "kop surat" not in err and not out.exists()
    with database.session() as session:
        assert load_details(session, empty).status == "draft"


def test_a_failed_write_leaves_the_meeting_as_it_was(
    database, example_meeting, letterhead, db_path, tmp_path, capsys
):
    out = tmp_path / "tidak-ada" / "notula.pdf"
    assert main(["--db", str(db_path), "finalize", str(example_meeting), "-o", str(out)]) == 2
    with database.session() as session:
        assert load_details(session, example_meeting).status == "draft"
        assert archived_documents(session, example_meeting) == []
