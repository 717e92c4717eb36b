"""Searching the archive: seeded phrases are found and ranked, snippets highlight the words, any typed
text is searched as words, and the index follows every write in the same transaction."""

from __future__ import annotations

import re
from datetime import date, time

import pytest
from sqlalchemy import text

from rapat.models import Officer
from rapat.records.meeting import ActionRecord, MeetingRecord, ParticipantRecord, PointRecord
from rapat.services import minutes
from rapat.services.actions import add_action, delete_action, update_action
from rapat.services.meetings import create_meeting, delete_meeting, store_meeting, update_meeting
from rapat.services.search import match_expression, search, search_by_pattern

WEIRD = [
    '"netralitas',
    "netralitas AND",
    "OR NOT",
    "NEAR(netralitas asn, 2)",
    "*",
    "^netralitas",
    "title:netralitas",
    "body : asn",
    '""',
    "'; DROP TABLE meetings; --",
    "!!! ??? ...",
    "(((",
    "netralitas)",
    "-asn",
    "a" * 500,
    "   ",
    "",
    "\x00\x02\x03",
    "名前 ñandú",
]


def _meeting(title: str, day: date, **extra) -> MeetingRecord:
    return MeetingRecord(
        title=title,
        date=day,
        start_time=time(9),
        location="Ruang Rapat Kesbangpol",
        chair=Officer(name="Dr. Ir. Bambang Sutrisno, M.T."),
        **extra,
    )


@pytest.fixture
def archive(database) -> dict[str, int]:
    """Three meetings: one about ASN neutrality, one mentioning it once, one about floods."""
    fgd = _meeting(
        "Focus Group Discussion Netralitas ASN pada Pemilu",
        date(2024, 9, 3),
        agenda=["Regulasi netralitas ASN", "Pengawasan media sosial"],
        participants=[
            ParticipantRecord("Hj. Rosmawati Siregar", "Badan Kepegawaian Daerah", "present")
        ],
        discussion=[
            PointRecord("Pelanggaran netralitas ASN di media sosial meningkat menjelang kampanye."),
        ],
        decisions=["Surat edaran tentang netralitas ASN diterbitkan pekan ini."],
        actions=[ActionRecord("Memantau akun media sosial ASN", "Inspektorat Daerah")],
    )
    pilkada = _meeting(
        "Rakor Pengamanan Pilkada",
        date(2024, 10, 1),
        discussion=[
            PointRecord("Bawaslu mengingatkan netralitas ASN selama masa tenang.", "Ketua Bawaslu")
        ],
        participants=[
            ParticipantRecord("AKP Rafli Hasibuan", "Polres Lembah Hijau", "represented")
        ],
    )
    floods = _meeting(
        "Rakor Kesiapsiagaan Banjir",
        date(2024, 11, 5),
        decisions=["Posko siaga banjir aktif mulai 1 November."],
        actions=[ActionRecord("Memperbaiki perahu karet", "Polres Lembah Hijau", "Iptu Wahyu")],
    )
    with database.session() as session:
        return {
            "fgd": store_meeting(session, fgd),
            "pilkada": store_meeting(session, pilkada),
            "floods": store_meeting(session, floods),
        }


def _ids(database, query: str) -> list[int]:
    with database.session() as session:
        return [hit.meeting_id for hit in search(session, query)]


def test_netralitas_asn_finds_every_meeting_that_discussed_it_best_first(database, archive):
    assert _ids(database, "netralitas ASN") == [archive["fgd"], archive["pilkada"]]


def test_each_kind_of_item_is_searched(database, archive):
    assert _ids(database, "Rosmawati") == [archive["fgd"]]  # a participant
    assert _ids(database, "perahu karet") == [archive["floods"]]  # an action
    assert _ids(database, "posko siaga") == [archive["floods"]]  # a decision
    assert _ids(database, "masa tenang") == [archive["pilkada"]]  # a discussion point
    assert _ids(database, "Ketua Bawaslu") == [archive["pilkada"]]  # a speaker
    assert _ids(database, "Pengawasan media") == [archive["fgd"]]  # an agenda item
    assert _ids(database, "Kesiapsiagaan") == [archive["floods"]]  # a title
    assert set(_ids(database, "Polres")) == {archive["pilkada"], archive["floods"]}


def test_case_diacritics_and_the_word_being_typed(database, archive):
    assert _ids(database, "NETRALITAS asn") == _ids(database, "netralitas asn")
    assert _ids(database, "rosmawatí") == [archive["fgd"]]
    assert _ids(database, "kesiapsi") == [archive["floods"]]  # the last word as a prefix
    assert _ids(database, "kesiapsi ") == []  # a finished word is a whole word


def test_snippet_highlights_the_matched_words(database, archive):
    with database.session() as session:
        hit = search(session, "netralitas ASN")[1]
    assert hit.title == "Rakor Pengamanan Pilkada" and hit.date == date(2024, 10, 1)
    assert hit.kind == "point"
    assert "Bawaslu mengingatkan netralitas ASN selama masa tenang." in hit.snippet
    assert hit.highlights == ["netralitas", "ASN"]


@pytest.mark.parametrize("query", WEIRD)
def test_any_typed_text_is_searched_as_words_and_never_raises(database, archive, query):
    with database.session() as session:
        hits = search(session, query)
        fallback = search_by_pattern(session, query)
    assert isinstance(hits, list) and isinstance(fallback, list)
    expression = match_expression(query)
    assert expression is None or re.fullmatch(r'"[^"]+"( "[^"]+")*( \*)?', expression)


def test_operators_are_words_not_syntax(database, archive):
    assert _ids(database, "netralitas OR banjir") == []  # OR is a word no item holds
    assert _ids(database, '"netralitas asn') == _ids(database, "netralitas asn")
    assert _ids(database, "NOT banjir") == []


def test_index_follows_edits_in_the_same_transaction(database, archive):
    with database.session() as session:
        update_meeting(session, archive["floods"], title="Rakor Penanganan Kebakaran Hutan")
        assert [h.meeting_id for h in search(session, "kebakaran")] == [archive["floods"]]
        assert search(session, "Kesiapsiagaan") == []
        point = minutes.add_point(session, archive["floods"], "Helikopter water bombing disiagakan")
        decision = minutes.add_decision(session, archive["floods"], "Status siaga darurat asap")
        action = add_action(session, archive["floods"], "Menyiapkan masker", "Dinas Kesehatan")
    assert _ids(database, "water bombing") == [archive["floods"]]
    assert _ids(database, "darurat asap") == [archive["floods"]]
    with database.session() as session:
        minutes.update_point(session, point, text="Pesawat pemadam disiagakan")
        minutes.delete_decision(session, decision)
        update_action(session, action, description="Membagikan masker N95")
    assert _ids(database, "water bombing") == []
    assert _ids(database, "pesawat pemadam") == [archive["floods"]]
    assert _ids(database, "darurat asap") == []
    assert _ids(database, "masker N95") == [archive["floods"]]
    with database.session() as session:
        delete_action(session, action)
    assert _ids(database, "masker") == []


def test_a_rolled_back_write_leaves_the_index_as_it_was(database, archive):
    with pytest.raises(RuntimeError), database.session() as session:
        minutes.add_point(session, archive["floods"], "Kalimat yang dibatalkan")
        raise RuntimeError("the user's action failed half way")
    assert _ids(database, "dibatalkan") == []


def test_deleting_a_meeting_takes_all_its_items_out_of_the_index(database, archive):
    with database.session() as session:
        delete_meeting(session, archive["fgd"])
    assert _ids(database, "netralitas ASN") == [archive["pilkada"]]
    assert _ids(database, "Rosmawati") == []
    with database.engine.connect() as connection:
        left = connection.execute(
            text("SELECT count(*) FROM search_index WHERE meeting_id = :id"), {"id": archive["fgd"]}
        ).scalar()
    assert left == 0


def test_index_holds_exactly_the_archive_after_imports_and_demo(database, archive):
    from rapat.services.demo import fill_demo

    fill_demo(database, 5, seed=3)
    with database.session() as session:
        meeting = create_meeting(
            session, title="Rapat Baru", date=date(2025, 1, 6), start_time=time(10), location="Aula"
        )
        minutes.add_agenda_item(session, meeting, "Evaluasi netralitas ASN")
    counts = {
        table: f"SELECT count(*) FROM {table}"
        for table in (
            "meetings",
            "agenda_items",
            "participants",
            "discussion_points",
            "decisions",
            "action_items",
        )
    }
    with database.engine.connect() as connection:
        expected = sum(connection.execute(text(sql)).scalar() for sql in counts.values())
        indexed = connection.execute(text("SELECT count(*) FROM search_index")).scalar()
    assert indexed == expected
    assert meeting in _ids(database, "evaluasi netralitas")


def test_the_portable_fallback_finds_the_same_meetings(database, archive):
    with database.session() as session:
        hits = search_by_pattern(session, "netralitas ASN")
        polres = search_by_pattern(session, "polres")
    assert [h.meeting_id for h in hits] == [archive["fgd"], archive["pilkada"]]
    assert hits[0].kind == "meeting" and hits[0].highlights == ["Netralitas", "ASN"]
    assert {h.meeting_id for h in polres} == {archive["pilkada"], archive["floods"]}
