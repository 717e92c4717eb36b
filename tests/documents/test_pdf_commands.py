"""The pdf and actions sub-commands, run as a user would."""

from __future__ import annotations

from pdf_inspection import page_size, text_of

from rapat.cli import main


def test_pdf_writes_notula_with_attendance(db_path, example_meeting, tmp_path, capsys):
    out = tmp_path / "notula.pdf"
    assert main(["--db", str(db_path), "pdf", str(example_meeting), "-o", str(out)]) == 0
    text = text_of(out.read_bytes())
    assert "NOTULA" in text and "DAFTAR HADIR" in text
    assert "halaman" in capsys.readouterr().out


def test_pdf_attendance_alone(db_path, example_meeting, tmp_path):
    out = tmp_path / "hadir.pdf"
    assert (
        main(["--db", str(db_path), "pdf", str(example_meeting), "--attendance", "-o", str(out)])
        == 0
    )
    text = text_of(out.read_bytes())
    assert "DAFTAR HADIR" in text and "Kata Pembukaan" not in text


def test_pdf_of_an_unknown_meeting_is_a_usage_error(db_path, example_meeting, tmp_path, capsys):
    out = tmp_path / "x.pdf"
    assert main(["--db", str(db_path), "pdf", "999", "-o", str(out)]) == 2
    assert "999" in capsys.readouterr().err
    assert not out.exists()


def test_actions_filtered_to_an_institution(db_path, example_meeting, tmp_path):
    out = tmp_path / "tl.pdf"
    args = ["--db", str(db_path), "actions", "--institution", "polres", "-o", str(out)]
    assert main(args) == 0
    text = text_of(out.read_bytes())
    assert "Instansi: polres" in text
    assert "Memperbaiki dua unit perahu karet" in text
    assert "Memasang rambu" not in text
    width, height = page_size(out.read_bytes())
    assert width > height


def test_actions_overdue_and_status(db_path, example_meeting, tmp_path):
    out = tmp_path / "tl.pdf"
    args = ["--db", str(db_path), "actions", "--overdue", "--status", "open", "-o", str(out)]
    assert main(args) == 0
    text = text_of(out.read_bytes())
    assert "Melewati tenggat per" in text and "Menyusun jadwal piket posko siaga" in text


def test_actions_with_a_bad_status_or_suffix_is_a_usage_error(
    db_path, example_meeting, tmp_path, capsys
):
    assert (
        main(["--db", str(db_path), "actions", "--status", "late", "-o", str(tmp_path / "a.pdf")])
        == 2
    )
    assert "late" in capsys.readouterr().err
    assert main(["--db", str(db_path), "actions", "-o", str(tmp_path / "a.docx")]) == 2
    assert "'.docx' tidak didukung" in capsys.readouterr().err
    assert not (tmp_path / "a.docx").exists()
