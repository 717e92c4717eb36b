"""Invitation numbers: from the office's pattern, each handed out once, kept by their meeting."""

from __future__ import annotations

from datetime import date

import pytest

from rapat.errors import InvalidInput
from rapat.services.invitations import assign_invitation_number
from rapat.services.meetings import load_meeting, update_meeting
from rapat.services.naskah_settings import format_number
from rapat.services.organization import update_profile

PATTERN = "005/{n}/Kesbangpol/{bulan}/{tahun}"


def test_the_pattern_is_filled_with_the_sequence_roman_month_and_year():
    assert format_number(PATTERN, 731, date(2024, 11, 1)) == "005/731/Kesbangpol/XI/2024"
    assert format_number(None, 4, date(2025, 1, 9)) == "005/4/I/2025"
    with pytest.raises(InvalidInput):
        format_number("005/Kesbangpol/{tahun}", 1, date(2024, 1, 1))
    with pytest.raises(InvalidInput):
        format_number("005/{n}/{unit}", 1, date(2024, 1, 1))


def _new_meetings(session, example_meeting, count: int) -> list[int]:
    from rapat.services.meetings import store_meeting

    record = load_meeting(session, example_meeting)
    record.invitation_ref = record.invitation_date = None
    return [store_meeting(session, record) for _ in range(count)]


def test_numbers_are_handed_out_once_and_a_meeting_keeps_its_own(database, example_meeting):
    with database.session() as session:
        update_profile(session, invitation_pattern=PATTERN)
        first, second, third = _new_meetings(session, example_meeting, 3)
    today = date(2024, 11, 1)
    with database.session() as session:
        a = assign_invitation_number(session, first, today)
        b = assign_invitation_number(session, second, today)
    with database.session() as session:
        again = assign_invitation_number(session, first, date(2024, 12, 5))
        # a number typed by hand on another meeting is passed over
        update_meeting(session, third, invitation_ref="005/3/Kesbangpol/XI/2024")
        fourth = _new_meetings(session, example_meeting, 1)[0]
        c = assign_invitation_number(session, fourth, today)
    assert a == ("005/1/Kesbangpol/XI/2024", today)
    assert b == ("005/2/Kesbangpol/XI/2024", today)
    assert again == a
    assert c == ("005/4/Kesbangpol/XI/2024", today)
    with database.session() as session:
        stored = load_meeting(session, second)
    assert (stored.invitation_ref, stored.invitation_date) == b


def test_a_new_year_starts_from_one_and_a_failed_write_spends_no_number(database, example_meeting):
    with database.session() as session:
        update_profile(session, invitation_pattern=PATTERN)
        first, second = _new_meetings(session, example_meeting, 2)
    with pytest.raises(RuntimeError), database.session() as session:
        assign_invitation_number(session, first, date(2024, 12, 30))
        raise RuntimeError("the letter could not be made")  # the transaction is rolled back
    with database.session() as session:
        assert assign_invitation_number(session, first, date(2024, 12, 30))[0].startswith("005/1/")
        assert assign_invitation_number(session, second, date(2025, 1, 2)) == (
            "005/1/Kesbangpol/I/2025",
            date(2025, 1, 2),
        )


def test_the_letter_keeps_a_date_already_given(database, example_meeting):
    with database.session() as session:
        (meeting,) = _new_meetings(session, example_meeting, 1)
        update_meeting(session, meeting, invitation_date=date(2025, 10, 7))
        number, dated = assign_invitation_number(session, meeting, date(2025, 10, 9))
    assert dated == date(2025, 10, 7) and number == "005/1/X/2025"
