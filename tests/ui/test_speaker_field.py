"""The speaker field on its own: attendees offered by the start of any word, free text kept."""

from __future__ import annotations

from PySide6.QtCore import Qt

from rapat.ui.speaker_field import SpeakerField, words_match

NAMES = ["AKP Rafli Hasibuan", "Siti Aminah, S.H.", "AKBP Budi Santoso, S.I.K."]


def test_words_match_the_start_of_any_word_of_a_name():
    assert words_match("AKP Rafli Hasibuan", "raf")
    assert words_match("AKP Rafli Hasibuan", "has raf")
    assert words_match("Siti Aminah, S.H.", "ami")
    assert not words_match("AKP Rafli Hasibuan", "afli")


def shown_field(qtbot) -> SpeakerField:
    field = SpeakerField(list(NAMES))
    qtbot.addWidget(field)
    field.show()
    field.activateWindow()
    qtbot.waitUntil(field.isActiveWindow)
    field.setFocus()
    return field


def test_enter_takes_the_first_attendee_offered(qtbot):
    field = shown_field(qtbot)
    qtbot.keyClicks(field, "ami")
    assert field.matches() == ["Siti Aminah, S.H."]
    qtbot.waitUntil(field.completer.popup().isVisible)
    with qtbot.waitSignal(field.picked):
        qtbot.keyClick(field, Qt.Key.Key_Return)
    assert field.text() == "Siti Aminah, S.H."
    assert not field.completer.popup().isVisible()


def test_a_name_not_among_the_attendees_stays_as_typed(qtbot):
    field = shown_field(qtbot)
    qtbot.keyClicks(field, "Camat Lembah")
    assert field.matches() == []
    with qtbot.waitSignal(field.picked):
        qtbot.keyClick(field, Qt.Key.Key_Return)
    assert field.text() == "Camat Lembah"


def test_speakers_are_found_by_their_institution_too(qtbot):
    field = SpeakerField(
        ["Letkol Inf Made Wirawan", "AKP Rafli Hasibuan"],
        institution_of={
            "Letkol Inf Made Wirawan": "Kodim 1425/Palopo",
            "AKP Rafli Hasibuan": "Polres Lembah Hijau",
        },
    )
    qtbot.addWidget(field)
    field.show()
    field.activateWindow()
    qtbot.waitUntil(field.isActiveWindow)
    field.setFocus()
    qtbot.keyClicks(field, "kodim")
    assert field.matches() == ["Letkol Inf Made Wirawan"]
    with qtbot.waitSignal(field.picked):
        qtbot.keyClick(field, Qt.Key.Key_Return)
    assert field.text() == "Letkol Inf Made Wirawan"
