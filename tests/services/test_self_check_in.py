"""Self check-in from phones: this meeting's invited list only, a signature, nobody twice."""

from __future__ import annotations

import io
import threading
from datetime import date, time

import pytest
from PIL import Image, ImageDraw

from rapat import limits
from rapat.errors import InvalidInput, NotFound, ReadOnlyMeeting
from rapat.services import attendance as att
from rapat.services import self_check_in as sci
from rapat.services.attendance import AlreadyCheckedIn
from rapat.services.directory import list_people, save_institution, save_person
from rapat.services.meetings import create_meeting


def signature(width: int = 600, height: int = 240) -> bytes:
    image = Image.new("RGBA", (width, height), (0, 0, 0, 0))
    ImageDraw.Draw(image).line([(20, 200), (120, 40), (300, 180)], fill=(16, 32, 74, 255), width=4)
    out = io.BytesIO()
    image.save(out, format="PNG")
    return out.getvalue()


@pytest.fixture
def meeting(database) -> int:
    with database.session() as s:
        meeting = create_meeting(
            s, title="Rakor Pilkada", date=date(2024, 11, 5), start_time=time(9), location="Aula"
        )
        polres = save_institution(s, None, "Polres Lembah Hijau", "Polres")
        save_person(
            s,
            None,
            "AKBP Budi Santoso, S.I.K.",
            institution_id=polres,
            position="Kapolres",
            nip="197001011990031001",
            phone="0812000111",
        )
        save_person(s, None, "AKP Rafli", institution_id=polres, position="Kabag Ops")
        att.invite_institution(s, meeting, polres)
        other = create_meeting(
            s, title="Rapat lain", date=date(2024, 11, 6), start_time=time(9), location="Aula"
        )
        kodim = save_institution(s, None, "Kodim 0312", "Kodim")
        save_person(s, None, "Letkol Budi Hartono", institution_id=kodim, position="Dandim")
        att.invite_institution(s, other, kodim)
        return meeting


def _rows(database, meeting):
    with database.session() as s:
        return att.list_attendance(s, meeting)


def test_search_finds_this_meetings_invitees_by_name_and_institution_only(database, meeting):
    with database.session() as s:
        found = sci.search_invited(s, meeting, "budi")
        assert [m.name for m in found] == ["AKBP Budi Santoso, S.I.K."]  # not the other meeting's
        assert set(vars(found[0])) == {"id", "name", "institution", "present"}
        assert [m.name for m in sci.search_invited(s, meeting, "polres rafli")] == ["AKP Rafli"]
        assert sci.search_invited(s, meeting, "b") == []  # one letter reads out nothing
        with pytest.raises(InvalidInput):
            sci.search_invited(s, meeting, "x" * (limits.SELF_CHECK_IN_QUERY + 1))


def test_check_in_invitee_stores_signature_and_mark_and_refuses_twice(database, meeting):
    line = _rows(database, meeting)[0]
    with database.session() as s:
        done = sci.check_in_invitee(s, meeting, line.id, signature())
    assert done.row.status == "present" and done.row.self_registered
    stored = Image.open(io.BytesIO(done.row.signature_png))
    assert stored.format == "PNG" and stored.size == (292, 171)  # the strokes and a margin
    with database.session() as s:
        assert sci.search_invited(s, meeting, "budi")[0].present
        with pytest.raises(AlreadyCheckedIn):
            sci.check_in_invitee(s, meeting, line.id, signature())
    assert sum(r.attended for r in _rows(database, meeting)) == 1


def test_a_line_of_another_meeting_is_not_reachable(database, meeting):
    with database.session() as s:
        others = [r for r in att.list_attendance(s, meeting + 1)]
    with database.session() as s, pytest.raises(NotFound):
        sci.check_in_invitee(s, meeting, others[0].id, signature())
    assert not _rows(database, meeting + 1)[0].attended


def test_walk_in_is_recorded_once_with_its_signature(database, meeting):
    fields = dict(name="Drs. Ahmad", position="Camat", institution="Kecamatan Timur")
    with database.session() as s:
        first = sci.register_walk_in(s, meeting, **fields, signature=signature())
    assert first.row.self_registered and first.row.status == "present"
    assert first.row.person_id is None and first.row.institution_id is None
    with database.session() as s:
        assert [p.name for p in list_people(s, "Ahmad")] == []  # the directory is left alone
    with database.session() as s, pytest.raises(AlreadyCheckedIn):
        sci.register_walk_in(
            s, meeting, **{**fields, "name": "  drs.  AHMAD "}, signature=signature()
        )
    assert [r.name for r in _rows(database, meeting)].count("Drs. Ahmad") == 1


def test_walk_in_naming_an_invitee_checks_in_the_invitation_line(database, meeting):
    with database.session() as s:
        done = sci.register_walk_in(
            s,
            meeting,
            name="AKP Rafli",
            position="Kabag Ops",
            institution="Polres Lembah Hijau",
            signature=signature(),
        )
    rows = _rows(database, meeting)
    assert len(rows) == 2 and done.row.id in {r.id for r in rows}


def test_representative_walk_in(database, meeting):
    with database.session() as s:
        done = sci.register_walk_in(
            s,
            meeting,
            name="Ipda Sari",
            position="Kasat Intel",
            institution="Polres Lembah Hijau",
            representing="Kapolres",
            signature=signature(),
        )
    assert done.row.status == "represented" and done.row.representing == "Kapolres"


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("name", "A" * (limits.SELF_CHECK_IN_NAME + 1)),
        ("name", "   "),
        ("position", ""),
        ("institution", "I" * (limits.SELF_CHECK_IN_INSTITUTION + 1)),
        ("representing", "R" * (limits.SELF_CHECK_IN_REPRESENTING + 1)),
    ],
)
def test_walk_in_fields_are_bounded_and_required(database, meeting, field, value):
    fields = dict(name="Ahmad", position="Camat", institution="Kecamatan Timur", representing="")
    fields[field] = value
    with database.session() as s, pytest.raises(InvalidInput):
        sci.register_walk_in(s, meeting, **fields, signature=signature())
    assert len(_rows(database, meeting)) == 2


def test_control_characters_and_markup_are_kept_as_plain_text(database, meeting):
    with database.session() as s:
        done = sci.register_walk_in(
            s,
            meeting,
            name="<script>alert(1)</script>\x00\u202e",
            position="Staf",
            institution="Dinas\nKominfo",
            signature=signature(),
        )
    assert done.row.name == "<script>alert(1)</script>"
    assert done.row.institution == "Dinas Kominfo"


@pytest.mark.parametrize(
    "data",
    [
        b"",
        b"GIF89a not a png",
        signature(2000, 300),  # too many pixels
        b"\x89PNG\r\n\x1a\n" + b"\0" * (limits.SELF_CHECK_IN_SIGNATURE_BYTES + 1),
        signature()[:200],  # cut short
    ],
    ids=["empty", "not-png", "too-wide", "too-many-bytes", "truncated"],
)
def test_signature_images_are_bounded(database, meeting, data):
    line = _rows(database, meeting)[0]
    with database.session() as s, pytest.raises(InvalidInput):
        sci.check_in_invitee(s, meeting, line.id, data)
    assert not _rows(database, meeting)[0].attended


def test_a_blank_signature_is_refused():
    blank = io.BytesIO()
    Image.new("RGBA", (600, 240), (0, 0, 0, 0)).save(blank, format="PNG")
    with pytest.raises(InvalidInput):
        sci.signature_png(blank.getvalue())


def test_a_final_meeting_takes_no_self_check_in(database, meeting):
    from rapat.models import Meeting

    line = _rows(database, meeting)[0]
    with database.session() as s:
        s.get(Meeting, meeting).status = "final"
    with database.session() as s, pytest.raises(ReadOnlyMeeting):
        sci.check_in_invitee(s, meeting, line.id, signature())


def _race(database, meeting: int, name: str) -> list[str]:
    """Two phones and the desk record the same walk-in at the same moment."""
    barrier = threading.Barrier(3)
    outcomes: list[str] = []

    def attempt(work) -> None:
        barrier.wait()
        try:
            with database.session() as s:
                work(s)
            outcomes.append("stored")
        except AlreadyCheckedIn:
            outcomes.append("refused")

    def phone(s) -> None:
        sci.register_walk_in(
            s, meeting, name=name, position="Staf", institution="Dinas", signature=signature()
        )

    def desk(s) -> None:
        att.add_walk_in(s, meeting, name, "Dinas")

    threads = [threading.Thread(target=attempt, args=(w,)) for w in (phone, desk, phone)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return outcomes


def test_phones_and_desk_at_once_record_the_person_once(database, meeting):
    for round_ in range(20):
        name = f"Tamu {round_}"
        assert sorted(_race(database, meeting, name)) == ["refused", "refused", "stored"]
        assert [r.name for r in _rows(database, meeting)].count(name) == 1
