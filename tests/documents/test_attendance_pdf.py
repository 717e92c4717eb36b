"""The daftar hadir, alone and at scale, read back from the real PDF."""

from __future__ import annotations

import pytest
from pdf_inspection import fonts_of, image_count, page_number_of, page_texts, text_of
from sample_images import png

from rapat.documents.attendance import build_attendance
from rapat.records.meeting import ParticipantRecord


def test_every_participant_appears_whatever_their_status(example_record, profile):
    document = build_attendance(example_record, profile)
    text = text_of(document.data)
    assert {p.status for p in example_record.participants} >= {"present", "represented", "excused"}
    for participant in example_record.participants:
        assert participant.name in text
        assert participant.institution in text
    for expected in (
        "Mewakili Kapolres Lembah Hijau",
        "Izin",
        "Hadir",
        "08.52",
        "Selasa, 14 Oktober 2025",
    ):
        assert expected in text
    assert page_number_of(text) is None  # a one-page list: its only page holds the kop


def test_summary_counts_invited_and_present_per_institution(example_record, profile):
    example_record.participants.append(
        ParticipantRecord(
            name="Lurah Tepian", institution="Kecamatan Sungai Tengah", status="absent"
        )
    )
    text = text_of(build_attendance(example_record, profile).data)
    assert "Rekapitulasi Kehadiran per Instansi" in text
    assert "Kecamatan Sungai Tengah 2 0 1 1" in text
    assert "Jumlah 7 5 1 1" in text
    assert "Tidak hadir" in text


def test_signatures_are_drawn_and_a_damaged_one_is_reported(example_record, profile):
    example_record.participants[0].signature_png = png((600, 200), "black")
    example_record.participants[1].signature_png = b"\x89PNG broken"
    document = build_attendance(example_record, profile)
    assert image_count(document.data) == 2  # the logo and one signature
    assert any(example_record.participants[1].name in w for w in document.warnings)


def test_nip_is_written_below_the_name(example_record, profile):
    example_record.participants[1].nip = "197001011995031001"
    assert "Agus Salim, S.T. NIP. 197001011995031001" in text_of(
        build_attendance(example_record, profile).data
    )


@pytest.mark.slow
def test_a_thousand_participants_all_listed_with_headers_on_every_page(example_record, profile):
    statuses = ["present", "represented", "excused", "absent"]
    example_record.participants = [
        ParticipantRecord(
            name=f"Peserta Nomor {i:04d}",
            institution=f"Instansi {i % 37:02d}",
            status=statuses[i % 4],
            representing="Kepala Instansi" if i % 4 == 1 else None,
            position="Staf",
        )
        for i in range(1000)
    ]
    document = build_attendance(example_record, profile)
    pages = page_texts(document.data)
    text = " ".join(pages)
    for i in range(1000):
        assert f"Peserta Nomor {i:04d}" in text
    assert all(
        "No Nama Jabatan Instansi Keterangan Jam Tanda Tangan" in page for page in pages[:-1]
    )
    assert [page_number_of(page) for page in pages] == [None, *range(2, len(pages) + 1)]
    assert all(fonts_of(document.data).values())


def test_a_signature_is_embedded_as_its_pixels_flattened_on_white_at_200_dpi(
    example_record, profile
):
    import io

    import pikepdf
    from PIL import Image

    from rapat.documents.attendance import SIGNATURE_BOX

    signature = Image.new("RGBA", (900, 300), (0, 0, 0, 0))
    signature.paste((11, 46, 107, 255), (100, 100, 800, 200))
    data = io.BytesIO()
    signature.save(data, "PNG")
    example_record.participants[0].signature_png = data.getvalue()
    document = build_attendance(example_record, profile)
    with pikepdf.open(io.BytesIO(document.data)) as pdf:
        images = [
            pikepdf.PdfImage(image)
            for page in pdf.pages
            for image in page.Resources.XObject.values()
            if image.Subtype == "/Image"
            and image.Width == 157  # the signature box's 20 mm at 200 dpi; the logo is smaller
        ]
        assert len(images) == 1
        image = images[0]
        assert image.filters == ["/FlateDecode"]  # binary, no ASCII85 around it
        assert image.colorspace == "/DeviceRGB" and "/SMask" not in image.obj
        pixels = image.as_pil_image()
    assert pixels.size == (157, round(157 * 300 / 900))
    assert round(SIGNATURE_BOX[0] * 200 / 72) == 157
    assert pixels.getpixel((2, 2)) == (255, 255, 255)  # the transparent margin, on white
    assert pixels.getpixel((78, 26)) == (11, 46, 107)  # the ink, as drawn
