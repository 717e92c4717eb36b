"""Strange or broken input still gives a document, and the user is told what was left out."""

from __future__ import annotations

from pdf_inspection import fonts_of, text_of

from rapat.documents.attendance import build_attendance
from rapat.documents.notula import build_notula
from rapat.records.meeting import ActionRecord, ParticipantRecord, PointRecord

LONG_WORDS = " ".join(f"kata{i}" for i in range(1700))  # about 10,000 characters


def test_missing_logo_builds_without_a_warning(example_record, profile):
    profile.logo_png = None
    document = build_notula(example_record, profile)
    assert document.warnings == []
    assert "PEMERINTAH KABUPATEN LEMBAH HIJAU" in text_of(document.data)


def test_corrupt_logo_builds_and_is_reported(example_record, profile):
    profile.logo_png = b"\x89PNG\r\n\x1a\n this is no image"
    document = build_notula(example_record, profile)
    assert any("Logo" in warning for warning in document.warnings)
    assert "NOTULA" in text_of(document.data)


def test_empty_profile_and_missing_officers_still_build(example_record):
    from rapat.models import Officer
    from rapat.records.organization import ProfileRecord

    example_record.chair = Officer()
    example_record.note_taker = Officer()
    example_record.agenda = []
    document = build_notula(example_record, ProfileRecord())
    assert "NOTULA" in text_of(document.data)


def test_ten_thousand_character_point_flows_over_pages(example_record, profile):
    assert len(LONG_WORDS) >= 10_000
    example_record.discussion.append(
        PointRecord(text=LONG_WORDS, speaker="Pembicara", agenda_item=2)
    )
    document = build_notula(example_record, profile)
    text = text_of(document.data)
    assert "kata0 " in text and "kata1699" in text
    assert document.pages >= 3


def test_cells_taller_than_a_page_split_instead_of_failing(example_record, profile):
    example_record.actions.append(
        ActionRecord(description=LONG_WORDS * 2, institution="Dinas PUPR")
    )
    example_record.agenda.append(LONG_WORDS)
    example_record.participants.append(
        ParticipantRecord(
            name="Peserta Panjang", institution="Dinas PUPR", status="present", position=LONG_WORDS
        )
    )
    document = build_notula(example_record, profile)
    text = text_of(document.data)
    assert "kata1699" in text and "Peserta Panjang" in text


def test_markup_characters_in_names_print_as_text(example_record, profile):
    example_record.participants[0].name = "PT <Maju> & Sejahtera"
    example_record.participants[0].representing = "A&B </para>"
    example_record.discussion[0].speaker = "<b>Tamu</b> & kawan"
    example_record.decisions.append("Nilai a < b dan c > d & e")
    text = text_of(build_notula(example_record, profile).data)
    assert "PT <Maju> & Sejahtera" in text
    assert "<b>Tamu</b> & kawan:" in text
    assert "Nilai a < b dan c > d & e" in text


def test_extended_latin_renders_without_a_warning(example_record, profile):
    example_record.participants[0].name = "Ḥusain ʿAbdullāh"
    document = build_attendance(example_record, profile)
    assert "Ḥusain ʿAbdullāh" in text_of(document.data)
    assert document.warnings == []


def test_a_character_no_font_has_builds_and_is_reported(example_record, profile):
    example_record.participants[0].name = "Wang 王 Xiaoming"
    example_record.decisions.append("Disepakati 👍")
    document = build_notula(example_record, profile)
    assert "Xiaoming" in text_of(document.data)
    assert len(document.warnings) == 1
    assert "王 (U+738B)" in document.warnings[0] and "U+1F44D" in document.warnings[0]
    assert all(fonts_of(document.data).values())
