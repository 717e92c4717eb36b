"""Two writers on one SQLite file editing follow-up actions and the directory: a write based on a
stale version is refused with who changed what, the other's words stay stored."""

from __future__ import annotations

import pytest

from rapat.errors import Conflict
from rapat.models import ActionItem
from rapat.models.tracking import os_user
from rapat.services import actions as act
from rapat.services import directory as d
from rapat.services.minutes import load_minutes


def first_action(database, meeting_id):
    with database.session() as s:
        action = load_minutes(s, meeting_id).actions[0]
        return action, act.action_versions(s, meeting_id)[action.id]


def stored_action(database, action_id) -> ActionItem:
    with database.session() as s:
        return s.get(ActionItem, action_id)


def test_a_stale_action_edit_is_refused_with_the_other_text(database, example_meeting):
    action, version = first_action(database, example_meeting)
    with database.session() as s:  # the first window
        first = act.update_action(s, action.id, version, description="Kata jendela pertama.")
    assert first == version + 1
    with pytest.raises(Conflict) as refused, database.session() as s:  # the second, from before
        act.update_action(s, action.id, version, person="Letkol Arm Budi")
    conflict = refused.value
    assert conflict.who == os_user() and conflict.version == first
    assert conflict.theirs["description"] == "Kata jendela pertama."
    assert "sudah diubah oleh" in conflict.message and "Kata jendela pertama." in conflict.message
    stored = stored_action(database, action.id)
    assert (stored.description, stored.person) == ("Kata jendela pertama.", action.person)
    with database.session() as s:  # told, the second window applies its change on the new version
        act.update_action(s, action.id, conflict.version, person="Letkol Arm Budi")
    stored = stored_action(database, action.id)
    assert (stored.description, stored.person) == ("Kata jendela pertama.", "Letkol Arm Budi")


def test_a_status_change_based_on_a_stale_version_is_refused(database, example_meeting):
    action, version = first_action(database, example_meeting)
    with database.session() as s:
        after = act.set_action_status(s, action.id, "done", "Selesai dicek", version=version)
    with pytest.raises(Conflict) as refused, database.session() as s:
        act.set_action_status(s, action.id, "cancelled", "Dibatalkan", version=version)
    assert refused.value.theirs["status"] == "done" and refused.value.version == after
    with database.session() as s:
        history = act.action_history(s, action.id)
    assert [h.note for h in history][-1] == "Selesai dicek"
    assert "Dibatalkan" not in [h.note for h in history]
    assert stored_action(database, action.id).status == "done"


def test_an_action_changed_between_read_and_update_is_refused(database, example_meeting):
    action, version = first_action(database, example_meeting)
    with pytest.raises(Conflict) as refused, database.session() as late:
        late.get(ActionItem, action.id)  # read before the other writer stores its change
        with database.session() as other:
            act.update_action(other, action.id, version, description="Yang lebih dulu.")
        act.update_action(late, action.id, version, description="Yang terlambat.")
    assert refused.value.theirs["description"] == "Yang lebih dulu."
    assert stored_action(database, action.id).description == "Yang lebih dulu."


def test_stale_directory_edits_are_refused_with_who_changed_what(database):
    with database.session() as s:
        polres_id = d.save_institution(s, None, "Polres Lembah Hijau", "Polres")
        d.save_person(s, None, "AKBP Budi Santoso", institution_id=polres_id, position="Kapolres")
    with database.session() as s:
        polres = next(r for r in d.list_institutions(s) if r.short_name == "Polres")
        kapolres = next(r for r in d.list_people(s) if r.position == "Kapolres")
    with database.session() as s:
        d.save_institution(s, polres.id, polres.name, "POLRES LH", polres.category, polres.version)
        d.save_person(
            s, kapolres.id, kapolres.name, institution_id=kapolres.institution_id,
            position="Kapolres", phone="0812 1111", version=kapolres.version,
        )  # fmt: skip
    with pytest.raises(Conflict) as refused, database.session() as s:
        d.save_institution(s, polres.id, polres.name, "Polresta", polres.category, polres.version)
    assert refused.value.theirs["short_name"] == "POLRES LH" and refused.value.who == os_user()
    assert "Polres Lembah Hijau" in refused.value.message
    with pytest.raises(Conflict) as refused, database.session() as s:
        d.save_person(
            s, kapolres.id, kapolres.name, institution_id=kapolres.institution_id,
            position="Kapolresta", version=kapolres.version,
        )  # fmt: skip
    assert refused.value.theirs["phone"] == "0812 1111"
    with database.session() as s:
        institution = next(r for r in d.list_institutions(s) if r.id == polres.id)
        person = next(r for r in d.list_people(s) if r.id == kapolres.id)
    assert institution.short_name == "POLRES LH" and institution.version == polres.version + 1
    assert (person.phone, person.position) == ("0812 1111", "Kapolres")
