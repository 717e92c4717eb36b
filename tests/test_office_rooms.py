"""The office's register and directory on the real PostgreSQL server: two staff logins editing the
same follow-up action and the same directory entry, and a reader who sees everything and can
change nothing.

A PostgreSQL cluster is started for these tests, as the office's server (tests/postgres_server.py);
without the server programs they are skipped.
"""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path

import pytest
from postgres_server import cluster, server_programs
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from rapat.cli import EXIT_OK, main
from rapat.db import open_database
from rapat.errors import Conflict
from rapat.models import ActionItem
from rapat.office import with_password
from rapat.services import actions as act
from rapat.services import directory as d
from rapat.services.interchange import read_meeting_file
from rapat.services.meetings import store_meeting

PORT = 54333
EXAMPLE = Path(__file__).parent / "data" / "meeting.json"
ADMIN_PASSWORD = "pengelola-rahasia"
PASSWORDS = {"dewi": "sandi-dewi-1", "eko": "sandi-eko-22", "fajar": "sandi-fajar-333"}


@pytest.fixture(scope="module")
def office():
    """A server made ready by its administrator, with two staff logins and one reader; each
    login's address (with its password)."""
    pytest.importorskip("psycopg")
    programs = server_programs()
    if programs is None:
        pytest.skip("no PostgreSQL server programs (initdb, pg_ctl) here")
    with cluster(programs, PORT, password=ADMIN_PASSWORD) as socket:

        def address(login: str) -> str:
            plain = f"postgresql+psycopg://{login}@/rapat?host={socket}&port={PORT}"
            return with_password(plain, PASSWORDS.get(login, ADMIN_PASSWORD))

        assert main(["server", "init", address("postgres")]) == EXIT_OK
        for login, read_only in (("dewi", False), ("eko", False), ("fajar", True)):
            arguments = ["--db", address("postgres"), "server", "add-user", login]
            with pytest.MonkeyPatch.context() as patch:
                patch.setattr("sys.stdin", io.StringIO(PASSWORDS[login] + "\n"))
                assert main(arguments + (["--read-only"] if read_only else [])) == EXIT_OK
        yield address


@pytest.fixture(scope="module")
def stored(office):
    """The example meeting stored by a staff login, and a follow-up meeting carrying its actions."""
    from rapat.services.follow_up import create_follow_up

    dewi = open_database(office("dewi"))
    try:
        with dewi.session() as session:
            meeting = store_meeting(session, read_meeting_file(EXAMPLE))
            create_follow_up(session, meeting, on=date(2025, 11, 4))
    finally:
        dewi.close()
    return meeting


def test_two_staff_editing_one_action_and_one_entry_the_later_is_refused(office, stored):
    dewi, eko = open_database(office("dewi")), open_database(office("eko"))
    try:
        with eko.session() as session:
            action = act.find_actions(session, act.ActionFilter(latest_only=True))[0]
            polres = next(r for r in d.list_institutions(session) if "Polres" in r.name)
        with dewi.session() as session:
            act.set_action_status(session, action.id, "done", "Dicek Dewi", version=action.version)
            act.update_action(session, action.id, action.version + 1, person="Aiptu Dewi")
            d.save_institution(
                session, polres.id, polres.name, "POLRES", polres.category, polres.version
            )
        with pytest.raises(Conflict) as refused, eko.session() as session:
            act.set_action_status(session, action.id, "cancelled", "Eko", version=action.version)
        assert refused.value.who == "dewi" and "dewi" in refused.value.message
        assert refused.value.theirs["person"] == "Aiptu Dewi"
        with pytest.raises(Conflict) as refused, eko.session() as session:
            act.update_action(session, action.id, action.version, description="Versi Eko")
        assert refused.value.theirs["status"] == "done"
        with pytest.raises(Conflict) as refused, eko.session() as session:
            d.save_institution(
                session, polres.id, polres.name, "Polresta", polres.category, polres.version
            )
        assert refused.value.who == "dewi" and refused.value.theirs["short_name"] == "POLRES"
        with eko.session() as session:  # told, Eko decides again on the version Dewi left
            now = next(
                r
                for r in act.find_actions(session, act.ActionFilter(latest_only=True))
                if r.id == action.id
            )
            act.set_action_status(session, action.id, "in_progress", "Eko", version=now.version)
            history = [c.note for c in act.action_history(session, action.id)]
            changer = session.get(ActionItem, action.id).changed_by
        assert history[-2:] == ["Dicek Dewi", "Eko"] and changer == "eko"
    finally:
        dewi.close()
        eko.close()


@pytest.mark.qt_log_ignore("This plugin does not support")  # offscreen platform
def test_a_reader_sees_the_register_and_directory_and_can_change_nothing(
    office, stored, qapp, qtbot, tmp_path, monkeypatch
):
    from PySide6.QtWidgets import QFileDialog

    from rapat.ui.app import setup_application
    from rapat.ui.context import Context
    from rapat.ui.directory_view import DirectoryView
    from rapat.ui.meeting_list_view import MeetingListView
    from rapat.ui.register_view import RegisterView
    from rapat.ui.settings_view import SettingsView
    from rapat.ui.tasks import tasks_running, wait_for_tasks

    setup_application(qapp)
    context = Context(open_database(office("fajar")))
    assert context.read_only
    try:
        register = RegisterView(context)
        qtbot.addWidget(register)
        register.resize(1250, 700)
        register.show()
        register.refresh()
        qtbot.waitUntil(lambda: register.model.rowCount() == 3)
        register.table.selectRow(0)
        assert register.summary.text()  # the action and its trail are shown …
        qtbot.waitUntil(lambda: register.history.count() > 0)
        assert not register.status_form.isVisible()  # … and no status can be set
        assert not register.save_button.isVisible() and not register.note.isVisible()
        target = tmp_path / "tindak-lanjut.xlsx"  # exports still work
        monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
        register.export_excel()
        qtbot.waitUntil(lambda: "Tersimpan" in register.banner.text, timeout=10000)
        assert target.exists()

        directory = DirectoryView(context)
        qtbot.addWidget(directory)
        directory.resize(1250, 700)
        directory.show()
        directory.refresh()
        qtbot.waitUntil(lambda: directory.institutions.rowCount() > 0)
        labels = [b.text() for b in directory.findChildren(QPushButton) if b.isVisible()]
        assert labels == ["Lihat", "Lihat"]  # no Tambah, no Gabungkan
        shown = []

        def look(dialog) -> int:
            shown.append(dialog)
            assert not dialog.ok.isVisible()
            assert dialog.name.isReadOnly() and not dialog.category.isEnabled()
            dialog.name.setText("Coba ubah")
            dialog.accept()  # Enter: nothing is stored
            return 0

        from rapat.ui.directory_view import InstitutionDialog

        monkeypatch.setattr(InstitutionDialog, "exec", look)
        directory.institution_table.selectRow(0)
        qtbot.keyClick(directory.institution_table, Qt.Key.Key_Return)
        assert shown
        qtbot.waitUntil(lambda: not tasks_running())
        assert context.pending == 0
        with context.db.session() as session:
            assert "Coba ubah" not in [r.name for r in d.list_institutions(session)]

        meetings = MeetingListView(context)  # the other pages of the room: nothing to make
        qtbot.addWidget(meetings)
        meetings.show()
        meetings.refresh()
        qtbot.waitUntil(lambda: meetings.model.rowCount() == 2)
        assert not meetings.new_button.isVisible()
        assert not meetings.follow_up_button.isVisible()
        settings = SettingsView(context)
        qtbot.addWidget(settings)
        settings.show()
        settings.refresh()
        qtbot.waitUntil(lambda: not tasks_running())
        assert settings.address.isReadOnly() and not settings.zone.isEnabled()
        naskah = settings.naskah  # the naskah dinas page and numbering: shown, not offered
        assert naskah.pattern.isReadOnly() and not naskah.typeface.isEnabled()
        assert not any(spin.isEnabled() for spin in naskah.margins.values())
        assert naskah.defaults.isHidden()
        assert settings.certificates.officers.isHidden() and settings.certificates.root.isHidden()
    finally:
        wait_for_tasks()
        context.close()
