"""Nothing stranded: rows stay whole with their signatures, headings with their tables, the
signature block with the closing lines; and the daftar hadir as paper lists lay it out."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace

import pytest
from pdf_inspection import drawn_forms, page_texts, text_of
from reportlab.lib.units import mm
from sample_images import png

from rapat.documents.attendance import _widths, build_attendance
from rapat.documents.notula import build_notula
from rapat.documents.pdf import PageSetup
from rapat.records.meeting import ParticipantRecord, PointRecord

STATUSES = ["present", "represented", "present", "excused", "present", "absent"]
NAME = re.compile(r"Peserta Nomor (\d{4})")


def _many(count: int) -> list[ParticipantRecord]:
    """Participants with unique names, rows of different heights, every one who came signed."""
    signature = png((600, 200), "black")
    people = []
    for i in range(count):
        status = STATUSES[i % len(STATUSES)]
        people.append(
            ParticipantRecord(
                name=f"Peserta Nomor {i:04d}",
                institution=f"Instansi Pemerintah Daerah {i // 9:02d}",
                status=status,
                position="Kepala Bidang Perencanaan dan Pengendalian" if i % 4 == 0 else "Staf",
                nip="197001011995031001" if i % 3 == 0 else None,
                representing="Kepala Instansi" if status == "represented" else None,
                signature_png=signature if status in ("present", "represented") else None,
            )
        )
    return people


def _signature_form(data: bytes) -> str:
    """The name of the signature's form XObject: the one drawn most often."""
    counts = Counter(
        name for index in range(len(page_texts(data))) for name, *_ in drawn_forms(data, index)
    )
    return counts.most_common(1)[0][0]


@pytest.mark.parametrize("build", [build_attendance, build_notula])
def test_405_participants_each_signature_on_the_page_of_its_name(build, example_record, profile):
    example_record.participants = _many(405)
    document = build(example_record, profile)
    pages = page_texts(document.data)
    signature = _signature_form(document.data)
    seen = Counter()
    for index, page in enumerate(pages):
        names = [int(n) for n in NAME.findall(page)]
        seen.update(names)
        signed_here = sum(
            1 for n in names if STATUSES[n % len(STATUSES)] in ("present", "represented")
        )
        drawn_here = sum(1 for name, *_ in drawn_forms(document.data, index) if name == signature)
        assert drawn_here == signed_here, f"page {index + 1}"
    assert sorted(seen) == list(range(405)) and set(seen.values()) == {1}
    table_pages = [page for page in pages if NAME.search(page)]
    assert all("No Nama Jabatan Instansi Keterangan Jam Tanda Tangan" in p for p in table_pages)


def test_an_institution_never_ends_a_page_without_its_first_participant(example_record, profile):
    example_record.participants = _many(405)
    pages = page_texts(build_attendance(example_record, profile).data)
    for page in pages:
        table = page.split("Tanda Tangan", 1)[-1].split("Rekapitulasi")[0].strip()
        assert not re.search(r"Instansi Pemerintah Daerah \d\d$", table), table[-80:]


def test_signature_places_alternate_left_and_right_in_a_column_of_40_mm(example_record, profile):
    signature = png((600, 200), "black")
    example_record.participants = [
        replace(p, status="present", signature_png=signature) for p in _many(12)
    ]
    document = build_attendance(example_record, profile)
    signature = _signature_form(document.data)
    xs = [x for name, x, _y in drawn_forms(document.data, 0) if name == signature]
    assert len(xs) >= 6
    left, right = sorted(set(round(x) for x in xs))
    assert [round(x) for x in xs] == [left if i % 2 == 0 else right for i in range(len(xs))]
    assert _widths(PageSetup().width())[-1] >= 40 * mm
    assert right - left >= 10 * mm


def test_izin_and_tidak_hadir_stand_where_a_signature_would(example_record, profile):
    example_record.participants.append(
        ParticipantRecord(name="Lurah Tepian", institution="Kelurahan Tepian", status="absent")
    )
    text = text_of(build_attendance(example_record, profile).data)
    assert "Camat Kecamatan Sungai Tengah Izin Izin" in text
    assert "Lurah Tepian Kelurahan Tepian Tidak hadir Tidak hadir" in text
    assert "Hadir 08.52 1." in text  # a present participant has a numbered place to sign


def test_representatives_are_counted_apart_in_the_summary(example_record, profile):
    text = text_of(build_attendance(example_record, profile).data)
    assert "Diundang Hadir Izin Tidak hadir Di antaranya diwakili" in text
    assert "Polres Lembah Hijau 1 1 0 0 1" in text
    assert "Jumlah 6 5 1 0 1" in text


@pytest.mark.parametrize("points", range(6, 40, 3))
def test_headings_keep_their_tables_and_the_signatures_their_closing(
    points, example_record, profile
):
    example_record.discussion = [
        PointRecord(
            text=f"Butir pembahasan nomor {i} " + "yang cukup panjang " * (i % 7), agenda_item=2
        )
        for i in range(points)
    ]
    pages = page_texts(build_notula(example_record, profile, with_attendance=False).data)
    first_action = example_record.actions[0].description
    heading_page = next(p for p in pages if "Rencana Tindak Lanjut" in p)
    assert first_action in heading_page
    block_page = next(p for p in pages if "Pimpinan Sidang/Rapat," in p)
    assert example_record.closing in block_page
    assert "Penutup" in block_page


@pytest.mark.parametrize("points", range(10, 40, 4))
def test_without_closing_lines_the_actions_last_row_goes_with_the_signatures(
    points, example_record, profile
):
    example_record.closing = None
    example_record.discussion = [
        PointRecord(
            text=f"Butir pembahasan nomor {i} " + "yang cukup panjang " * (i % 7), agenda_item=2
        )
        for i in range(points)
    ]
    pages = page_texts(build_notula(example_record, profile, with_attendance=False).data)
    block_page = next(p for p in pages if "Pimpinan Sidang/Rapat," in p)
    assert example_record.actions[-1].description in block_page
