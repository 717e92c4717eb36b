"""The action list (matriks tindak lanjut) on A4 landscape, filtered, read back from the real PDF."""

from __future__ import annotations

from datetime import date

from pdf_inspection import fonts_of, page_size, text_of

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
