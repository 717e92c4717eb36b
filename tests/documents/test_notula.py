"""The notula of the example meeting, read back from the real PDF."""

from __future__ import annotations

import re

import pytest
from pdf_inspection import fonts_of, image_count, page_texts, text_of
from sample_images import png

from rapat.documents.attendance import remark
from rapat.documents.notula import build_notula
from rapat.records.attachment import PhotoRecord


@pytest.fixture
def notula(example_record, profile):
    return build_notula(example_record, profile)


def test_notula_holds_every_part_of_the_form(notula, example_record):
    text = text_of(notula.data)
    for expected in (
        "PEMERINTAH KABUPATEN LEMBAH HIJAU",
        "BADAN PENANGGULANGAN BENCANA DAERAH",
        "bpbd@lembahhijau.go.id",
        "NOTULA",
        "Sidang/Rapat",
        "Hari/Tanggal : Selasa, 14 Oktober 2025",
        "Surat Undangan : Nomor 360/214/BPBD/X/2025",
        "Waktu Sidang/Rapat : 09.00 s.d. 11.45 WIB",
        "Tempat : Aula Bappeda",
        "Pimpinan Sidang/Rapat",
        "Ketua : Dr. Ir. Bambang Sutrisno, M.T.",
        "Pencatat : Dewi Lestari, S.Sos",
        "5 orang hadir dari 6 undangan; daftar hadir terlampir",
        "Kata Pembukaan",
        "Pembahasan",
        "Keputusan/Kesimpulan",
        "Rencana Tindak Lanjut",
        "Lembah Hijau, 14 Oktober 2025",
        "NIP. 196805121994031007",
        "NIP. 199104232019032011",
        "Pembina Utama Madya (IV/d)",
        "DAFTAR HADIR",
    ):
        assert expected in text, expected
    for number, item in enumerate(example_record.agenda, 1):
        assert f"{number}. {item}" in text


def test_every_point_decision_and_action_is_printed(notula, example_record):
    text = text_of(notula.data)
    for point in example_record.discussion:
        assert f"{point.speaker}: {point.text}" in text
    for decision in example_record.decisions:
        assert decision in text
    for action in example_record.actions:
        assert action.description in text
        assert action.institution in text
    assert example_record.opening in text
    assert example_record.closing in text


def test_every_page_says_which_of_how_many(notula):
    pages = page_texts(notula.data)
    assert len(pages) == notula.pages
    for number, page in enumerate(pages, 1):
        assert f"Halaman {number} dari {len(pages)}" in page


def test_only_embedded_fonts_and_no_warnings(notula):
    fonts = fonts_of(notula.data)
    assert fonts and all(fonts.values()), fonts
    assert not any("Helvetica" in name or "Times" in name for name in fonts)
    assert notula.warnings == []


def test_note_taker_signs_only_when_the_office_says_so(example_record, profile):
    profile.signature_blocks = "chair"
    text = text_of(build_notula(example_record, profile).data)
    assert "Notulis/Pencatat" not in text
    assert "Pimpinan Sidang/Rapat," in text


def test_notula_without_attendance_does_not_claim_it_is_attached(example_record, profile):
    document = build_notula(example_record, profile, with_attendance=False)
    text = text_of(document.data)
    assert "DAFTAR HADIR" not in text
    assert "terlampir" not in text


def test_photos_make_a_documentation_page_with_captions(example_record, profile):
    photos = [
        PhotoRecord(
            1, 0, "a.png", "image/png", "Pembukaan oleh Sekda", png((1600, 1200), "navy", "RGB")
        ),
        PhotoRecord(2, 1, "b.png", "image/png", "Paparan BPBD", png((800, 1200), "maroon", "RGB")),
        PhotoRecord(3, 2, "rusak.jpg", "image/jpeg", "Rusak", b"\xff\xd8 not a jpeg"),
    ]
    plain = build_notula(example_record, profile)
    document = build_notula(example_record, profile, photos)
    text = text_of(document.data)
    assert "DOKUMENTASI" in text
    assert "Pembukaan oleh Sekda" in text and "Paparan BPBD" in text
    assert image_count(document.data) == image_count(plain.data) + 2
    assert any("rusak.jpg" in warning for warning in document.warnings)


def test_represented_participant_says_whom_they_represent(example_record):
    represented = next(p for p in example_record.participants if p.status == "represented")
    assert remark(represented) == "Mewakili Kapolres Lembah Hijau"


def test_times_are_written_with_a_dot(notula):
    assert not re.search(r"\b\d\d:\d\d\b", text_of(notula.data))
