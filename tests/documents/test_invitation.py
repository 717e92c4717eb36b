"""The surat undangan and its calendar file, read back from the real PDF and parsed as iCalendar."""

from __future__ import annotations

import io
import time
from dataclasses import replace
from datetime import date, datetime, timedelta
from datetime import time as clock
from zoneinfo import ZoneInfo

import icalendar
import pikepdf
from pdf_inspection import fonts_of, page_number_of, page_texts, text_of

from rapat.documents.calendar import build_calendar
from rapat.documents.invitation import addressee_line, build_invitation
from rapat.documents.notula import build_notula
from rapat.records.meeting import ParticipantRecord
from rapat.services.interchange import read_meeting_file


def _dated(record):
    record.invitation_ref = "005/731/Kesbangpol/XI/2024"
    record.invitation_date = date(2024, 11, 1)
    return record


def test_the_letter_holds_every_part_of_the_form(example_record, profile):
    document = build_invitation(_dated(example_record), profile)
    text = text_of(document.data)
    for expected in (
        "PEMERINTAH KABUPATEN LEMBAH HIJAU",
        "Lembah Hijau, 1 November 2024",
        "Nomor : 005/731/Kesbangpol/XI/2024",
        "Sifat : Biasa",
        "Lampiran : -",
        "Hal : Undangan Rapat Koordinasi",
        "Yth.",
        "Kapolres Lembah Hijau",  # whom the representative stood in for
        "di Tempat",
        "Hari/Tanggal : Selasa, 14 Oktober 2025",
        "Waktu : 09.00 s.d. 11.45 WIB",
        "Tempat : Aula Bappeda",
        "Acara : 1. Pembukaan",
        "Sekretaris Daerah Kabupaten Lembah Hijau,",
        "Dr. Ir. Bambang Sutrisno, M.T.",
        "NIP. 196805121994031007",
    ):
        assert expected in text, expected
    assert document.pages == 1 and "DRAF" not in text  # an invitation is no draft of the notula
    assert all(fonts_of(document.data).values())
    with pikepdf.open(io.BytesIO(document.data)) as pdf:
        meta = pdf.open_metadata()
        assert meta["pdfaid:part"] == "2" and meta["pdfaid:conformance"] == "B"
        assert "005/731/Kesbangpol/XI/2024" in str(pdf.docinfo["/Subject"])


def test_many_invitees_go_to_an_attachment_that_continues_the_numbering(example_record, profile):
    example_record.participants += [
        ParticipantRecord(
            name=f"Camat {i}", position="Camat", institution=f"Kecamatan {i}", status="absent"
        )
        for i in range(30)
    ]
    document = build_invitation(_dated(example_record), profile)
    pages = page_texts(document.data)
    assert "Bapak/Ibu (daftar terlampir)" in pages[0] and "Lampiran : 1 (satu) berkas" in pages[0]
    assert page_number_of(pages[0]) is None
    assert page_number_of(pages[1]) == 2 and "DAFTAR UNDANGAN" in pages[1]
    assert "Tanggal : 1 November 2024" in pages[1]
    listed = " ".join(pages[1:])
    assert "Camat Kecamatan 29" in listed and "Kapolres Lembah Hijau Polres Lembah Hijau" in listed


def test_addressees_name_the_official_once():
    assert (
        addressee_line("Kepala Kantor", "Kantor Kementerian Agama")
        == "Kepala Kantor Kementerian Agama"
    )
    assert addressee_line("Ketua", "KPU Kota Palopo") == "Ketua KPU Kota Palopo"
    assert addressee_line("Kapolres Palopo", "Polres Palopo") == "Kapolres Palopo"
    assert addressee_line("Kepala Dinas Kesehatan", "Dinas Kesehatan") == "Kepala Dinas Kesehatan"
    assert addressee_line("", "FKUB") == "FKUB"
    assert addressee_line("Ketua", " ") == addressee_line("Ketua", "-") == "Ketua"
    assert addressee_line("Dandim 0309/Solok", "Kodim 0309/Solok") == "Dandim 0309/Solok"
    assert (
        addressee_line("Kasat Intelkam", "Polres Solok Kota") == "Kasat Intelkam Polres Solok Kota"
    )
    assert addressee_line("Wali Kota", "Pemerintah Kota Solok") == "Wali Kota Solok"
    assert addressee_line("Penjabat Wali Kota", "Pemerintah Kota Palopo") == (
        "Penjabat Wali Kota Palopo"
    )
    assert addressee_line("Bupati", "Pemerintah Kabupaten Gunung Mas") == "Bupati Gunung Mas"
    assert addressee_line("Sekretaris Daerah", "Pemerintah Kabupaten Gunung Mas") == (
        "Sekretaris Daerah Kabupaten Gunung Mas"
    )
    assert addressee_line("Camat", "Kecamatan Wara") == "Camat Wara"
    assert addressee_line("Camat Wara", "Kecamatan Wara") == "Camat Wara"
    assert addressee_line("Lurah", "Kelurahan Pasar Lama") == "Lurah Pasar Lama"
    assert addressee_line("Kepala Bidang", "Dinas Sosial Kota") == "Kepala Bidang Dinas Sosial Kota"


def test_the_notula_cites_the_invitation_with_its_date(example_record, profile):
    text = text_of(build_notula(_dated(example_record), profile).data)
    assert "Surat Undangan : Nomor 005/731/Kesbangpol/XI/2024 tanggal 1 November 2024" in text


def test_the_letter_is_made_in_under_a_second(example_record, profile):
    build_invitation(_dated(example_record), profile)  # fonts and caches, as on a warm start
    started = time.perf_counter()
    build_invitation(example_record, profile)
    assert time.perf_counter() - started < 1.0


def test_the_calendar_file_parses_with_the_meetings_zone(example_record, profile):
    palopo = read_meeting_file("tests/data/naskah/palopo.json")
    data = build_calendar(replace(palopo, id=7), profile, now=datetime(2024, 11, 1, 3, 0))
    calendar = icalendar.Calendar.from_ical(data)
    (event,) = calendar.walk("VEVENT")
    start = event.decoded("dtstart")
    assert start == datetime(2024, 11, 5, 10, 0, tzinfo=ZoneInfo("Asia/Makassar"))
    assert start.utcoffset() == timedelta(hours=8)
    assert event.decoded("dtend") - start == timedelta(hours=2)  # "s.d. selesai"
    assert str(event["summary"]) == palopo.title
    assert str(event["location"]) == palopo.location
    assert "Nomor 005/731/Kesbangpol/XI/2024 tanggal 1 November 2024" in str(event["description"])
    assert str(event["organizer"]) == "mailto:bpbd@lembahhijau.go.id"
    (zone,) = calendar.walk("VTIMEZONE")
    assert str(zone["tzid"]) == "Asia/Makassar"
    assert data.startswith(b"BEGIN:VCALENDAR\r\n") and b"METHOD:PUBLISH" in data


def test_a_calendar_file_with_an_end_time_ends_then(example_record, profile):
    calendar = icalendar.Calendar.from_ical(build_calendar(example_record, profile))
    (event,) = calendar.walk("VEVENT")
    assert event.decoded("dtend").time() == clock(11, 45)
    assert event.decoded("dtstart").utcoffset() == timedelta(hours=7)
