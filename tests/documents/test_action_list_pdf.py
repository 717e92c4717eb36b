"""The action list (matriks tindak lanjut) on A4 landscape, filtered, read back from the real PDF."""

from __future__ import annotations

from datetime import date

import pytest
from pdf_inspection import fonts_of, page_size, page_texts, text_of

from rapat.documents.action_list import build_action_list, describe_scope
from rapat.records.action import ActionRow
from rapat.services.actions import ActionFilter, find_actions


def _row(number: int, meeting_id: int, due: date | None, status: str = "open") -> ActionRow:
    return ActionRow(
        id=number,
        description=f"Tindakan nomor {number} & <rambu>",
        institution="Polres Lembah Hijau",
        person="AKP Rafli",
        due=due,
        status=status,
        meeting_id=meeting_id,
        meeting_title=f"Rakor {meeting_id}",
        meeting_date=date(2025, 9, meeting_id),
        carried_from_id=None,
    )


def test_action_list_of_one_meeting_is_landscape_and_complete(database, example_meeting, profile):
    with database.session() as session:
        rows = find_actions(session, ActionFilter(meeting_id=example_meeting))
    scope = describe_scope(meeting=("Rakor Musim Hujan", date(2025, 10, 14)))
    document = build_action_list(rows, profile, date(2025, 10, 27), scope)
    width, height = page_size(document.data)
    assert width > height
    text = text_of(document.data)
    assert "MATRIKS TINDAK LANJUT" in text
    assert "Rapat: Rakor Musim Hujan, 14 Oktober 2025" in text
    for row in rows:
        assert row.description in text
    assert "7 hari" in text  # the 20 October action, still open on the 27th
    assert "Tenggat Status Terlambat" in text
    assert "Terlambat Rapat" not in text  # one meeting: no meeting column
    assert all(fonts_of(document.data).values())


def test_actions_across_meetings_name_their_meeting_and_lateness(profile):
    rows = [_row(1, 1, date(2025, 10, 1)), _row(2, 2, None), _row(3, 3, date(2025, 9, 1), "done")]
    scope = describe_scope(institution="Polres", status="open", overdue_on=date(2025, 10, 11))
    text = text_of(build_action_list(rows, profile, date(2025, 10, 11), scope).data)
    assert (
        "Instansi: Polres · Status: Belum dikerjakan · Melewati tenggat per 11 Oktober 2025" in text
    )
    assert "Tindakan nomor 1 & <rambu>" in text
    assert "Tenggat Status Terlambat Rapat" in text
    assert "Rakor 2 2 September 2025" in text
    assert "10 hari" in text
    assert "Selesai" in text


def test_an_empty_list_says_so(profile):
    text = text_of(build_action_list([], profile, date(2025, 10, 11), describe_scope()).data)
    assert "Semua tindak lanjut" in text
    assert "Tidak ada tindak lanjut yang sesuai." in text


def test_the_list_an_institution_takes_away(profile):
    """Every row names its meeting, a column waits for progress notes, and a receipt closes it."""
    rows = [_row(1, 1, date(2025, 10, 1)), _row(2, 2, None), _row(3, 3, date(2025, 9, 1), "done")]
    scope = describe_scope(institution="Polres Lembah Hijau")
    document = build_action_list(rows, profile, date(2025, 10, 11), scope)
    text = text_of(document.data)
    assert "Terlambat Rapat Perkembangan/ Keterangan" in text
    for row in rows:
        assert f"{row.meeting_title} {row.meeting_date.day} September 2025" in text
    for label in ("Diterima oleh,", "Nama :", "Jabatan :", "Tanggal :", "Tanda tangan :"):
        assert label in text


def test_a_list_of_many_institutions_has_no_receipt(profile):
    rows = [_row(1, 1, None), _row(2, 1, None)]
    rows[1] = rows[1]._replace(institution="Kodim 0799")
    text = text_of(build_action_list(rows, profile, date(2025, 10, 11), describe_scope()).data)
    assert "Diterima oleh" not in text
    assert "Rakor 1 1 September 2025" in text  # the scope names no meeting: each row does


@pytest.mark.parametrize("count", [1, 9, 11, 12, 22, 23, 24, 35])
def test_the_receipt_never_stands_alone(profile, count):
    rows = [_row(i, 1 + i % 3, date(2025, 10, i % 28 + 1)) for i in range(1, count + 1)]
    document = build_action_list(
        rows, profile, date(2025, 10, 11), describe_scope(institution="Polres")
    )
    pages = page_texts(document.data)
    receipt_page = next(page for page in pages if "Diterima oleh" in page)
    assert f"Tindakan nomor {count} & <rambu>" in receipt_page
    assert "Tanda tangan :" in receipt_page
