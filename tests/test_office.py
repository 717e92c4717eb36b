"""The office server: group roles, staff logins with passwords, who did what, a reader refused.

A PostgreSQL cluster that asks every login for its password is started for these tests, as an
office's server does (tests/postgres_server.py); without the server programs they are skipped.
"""

from __future__ import annotations

import io

import keyring
import pytest
from keyring.backend import KeyringBackend
from postgres_server import cluster, server_programs
from sqlalchemy import create_engine, select, text

from rapat.cli import EXIT_OK, EXIT_USAGE, main
from rapat.db import open_database
from rapat.errors import LoginRefused, NotPermitted, PasswordNeeded
from rapat.office import store_password, stored_password, with_password
from rapat.services.interchange import read_meeting_file
from rapat.services.meetings import store_meeting

PORT = 54331
ADMIN_PASSWORD = "pengelola-rahasia"
PASSWORDS = {"alice": "sandi-alice-1", "budi": "sandi-budi-22", "citra": "sandi-citra-333"}


class MemoryKeyring(KeyringBackend):
    """A real keyring backend that keeps its passwords in memory, for the length of a test."""

    priority = 1

    def __init__(self) -> None:
        super().__init__()
        self.kept: dict[tuple[str, str], str] = {}

    def get_password(self, service, username):
        return self.kept.get((service, username))

    def set_password(self, service, username, password):
        self.kept[(service, username)] = password

    def delete_password(self, service, username):
        self.kept.pop((service, username), None)


@pytest.fixture(autouse=True)
def memory_keyring():
    before = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(before)


@pytest.fixture(scope="module")
def server():
    """The address of the office's database for a login (without its password)."""
    pytest.importorskip("psycopg")
    programs = server_programs()
    if programs is None:
        pytest.skip("no PostgreSQL server programs (initdb, pg_ctl) here")
    with cluster(programs, PORT, password=ADMIN_PASSWORD) as socket:
        yield lambda login: f"postgresql+psycopg://{login}@/rapat?host={socket}&port={PORT}"


@pytest.fixture(scope="module")
def office(server):
    """The server made ready by its administrator, with two staff logins and one reader."""
    admin = with_password(server("postgres"), ADMIN_PASSWORD)
    assert main(["server", "init", admin]) == EXIT_OK
    assert main(["server", "init", admin]) == EXIT_OK  # again, as after an upgrade: no harm
    for login, read_only in (("alice", False), ("budi", False), ("citra", True)):
        arguments = ["--db", admin, "server", "add-user", login]
        with pytest.MonkeyPatch.context() as patch:
            patch.setattr("sys.stdin", io.StringIO(PASSWORDS[login] + "\n"))
            assert main(arguments + (["--read-only"] if read_only else [])) == EXIT_OK
    return lambda login: with_password(server(login), PASSWORDS[login])


def test_init_creates_the_groups_and_add_user_puts_logins_in_them(office, server):
    engine = create_engine(with_password(server("postgres"), ADMIN_PASSWORD))
    with engine.connect() as connection:
        members = dict(
            connection.execute(
                text(
                    "SELECT m.rolname, g.rolname FROM pg_auth_members a "
                    "JOIN pg_roles m ON m.oid = a.member JOIN pg_roles g ON g.oid = a.roleid "
                    "WHERE m.rolname IN ('alice', 'budi', 'citra')"
                )
            ).all()
        )
    engine.dispose()
    assert members == {"alice": "rapat_staf", "budi": "rapat_staf", "citra": "rapat_baca"}


def test_add_user_refuses_a_taken_name(office, server, capsys, monkeypatch):
    monkeypatch.setattr("sys.stdin", io.StringIO("sandi-lain-44\n"))
    admin = with_password(server("postgres"), ADMIN_PASSWORD)
    assert main(["--db", admin, "server", "add-user", "alice"]) == EXIT_USAGE
    assert "sudah ada" in capsys.readouterr().err


def test_two_staff_edit_and_the_trail_names_each(office, example_file):
    from rapat.services.actions import set_action_status
    from rapat.services.audit import record_event
    from rapat.services.meetings import load_meeting

    alice, budi = open_database(office("alice")), open_database(office("budi"))
    try:
        assert (alice.login, alice.read_only) == ("alice", False)
        with alice.session() as session:
            meeting_id = store_meeting(session, read_meeting_file(example_file))
            record_event(session, "invitation", meeting_id, number="005/1/2026")
        with budi.session() as session:
            action_id = load_meeting(session, meeting_id).actions[0].id
            set_action_status(session, action_id, "in_progress", note="dimulai")
            record_event(session, "invitation", meeting_id, number="005/2/2026")
        with budi.session() as session:
            from rapat.models import ActionItem, AuditEvent, Meeting

            users = session.scalars(
                select(AuditEvent.user).where(AuditEvent.meeting_id == meeting_id)
            ).all()
            changer = session.get(ActionItem, action_id).changed_by
            creator = session.get(Meeting, meeting_id).changed_by
        assert users == ["alice", "budi"]
        assert (creator, changer) == ("alice", "budi")
    finally:
        alice.close()
        budi.close()


def test_the_reader_is_refused_by_the_server(office, example_file):
    citra = open_database(office("citra"))
    try:
        assert (citra.login, citra.read_only) == ("citra", True)
        with citra.session() as session:
            assert session.execute(text("SELECT count(*) FROM meetings")).scalar() >= 0
        with pytest.raises(NotPermitted, match="hanya boleh membaca"), citra.session() as session:
            store_meeting(session, read_meeting_file(example_file))
    finally:
        citra.close()


def test_a_wrong_or_missing_password_is_one_clear_message(office, server):
    with pytest.raises(LoginRefused, match="kata sandi salah"):
        open_database(with_password(server("alice"), "bukan-sandinya"))
    with pytest.raises(PasswordNeeded, match="meminta kata sandi"):
        open_database(server("alice"))


def test_a_password_kept_in_the_keyring_opens_the_server(office, server, memory_keyring):
    address = server("budi")
    assert stored_password(address) is None
    store_password(address, PASSWORDS["budi"])
    assert list(memory_keyring.kept.values()) == [PASSWORDS["budi"]]
    database = open_database(address)
    try:
        assert database.login == "budi"
    finally:
        database.close()


@pytest.mark.qt_log_ignore("This plugin does not support")  # offscreen platform
def test_the_login_dialog_asks_once_and_keeps_the_password_if_wished(
    office, server, qtbot, memory_keyring
):
    from PySide6.QtCore import Qt

    from rapat.ui.login_dialog import LoginDialog, log_in

    address = server("alice")
    dialog = LoginDialog(address)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.password, "keliru-sekali")
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "kata sandi salah" in dialog.problem.text())
    assert dialog.accepted_url is None and dialog.isVisible()
    dialog.password.clear()
    qtbot.keyClicks(dialog.password, PASSWORDS["alice"])
    dialog.remember.setChecked(True)
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.accepted_url is not None)
    assert dialog.accepted_url == with_password(address, PASSWORDS["alice"])
    assert stored_password(address) == PASSWORDS["alice"]
    assert log_in(address) == dialog.accepted_url  # asked once: the keyring answers next time


@pytest.mark.qt_log_ignore("This plugin does not support")  # offscreen platform
def test_a_reader_sees_why_every_screen_is_read_only(office, qtbot):
    from rapat.services.organization import update_profile
    from rapat.ui.context import Context
    from rapat.ui.main_window import MainWindow

    context = Context(open_database(office("citra")))
    window = MainWindow(context, restore=False)
    qtbot.addWidget(window)
    window.show()
    assert window.access.isVisible()
    assert "Hanya baca: login citra" in window.access.text()
    refused = []
    context.write(lambda session: update_profile(session, letterhead="X"), on_error=refused.append)
    qtbot.waitUntil(lambda: bool(refused))
    assert isinstance(refused[0], NotPermitted)
    context.close()


def test_a_package_goes_laptop_office_laptop_with_its_signed_notula_valid_at_both_ends(
    office, tmp_path
):
    from signed_notula import make_office

    from rapat.services.package import export_package, import_package
    from rapat.services.verification import load_trusted, verify

    laptop = make_office(tmp_path / "laptop.db")
    roots = load_trusted(laptop.root_pem, "akar.pem")
    server = open_database(office("alice"))
    try:
        with laptop.database.session() as session:
            export_package(session, laptop.meeting_id, tmp_path / "ke-kantor.rapat")
        with server.session() as session:
            arrived = import_package(session, tmp_path / "ke-kantor.rapat")
        with server.session() as session:
            at_the_office = verify(session, laptop.signed, roots)
            export_package(session, arrived.meeting_id, tmp_path / "ke-laptop.rapat")
        with laptop.database.session() as session:
            back = import_package(session, tmp_path / "ke-laptop.rapat")
        with laptop.database.session() as session:
            on_the_laptop = verify(session, laptop.signed, roots)
    finally:
        server.close()
        laptop.database.close()
    assert arrived.outcome == "new"
    assert at_the_office.authentic, at_the_office.reasons
    assert (back.meeting_id, back.outcome) == (laptop.meeting_id, "unchanged")
    assert on_the_laptop.authentic, on_the_laptop.reasons


def test_the_server_searches_with_accents_folded_word_forms_and_highlights(office, example_file):
    from rapat.services.meetings import update_meeting
    from rapat.services.search import search

    alice = open_database(office("alice"))
    try:
        with alice.session() as session:
            meeting_id = store_meeting(session, read_meeting_file(example_file))
            update_meeting(session, meeting_id, title="Rapat Netralitas ASN dan Pengawasan Pemilu")
        with alice.session() as session:
            accented = search(session, "netralitás")
            stemmed = search(session, "pengawasnya")  # another form of "Pengawasan"
            typing = search(session, "netral")  # a word still being typed
            nothing = search(session, '"NEAR( * ^:')
    finally:
        alice.close()
    assert meeting_id in [hit.meeting_id for hit in accented]
    best = next(hit for hit in accented if hit.meeting_id == meeting_id)
    assert (best.kind, best.highlights) == ("meeting", ["Netralitas"])
    assert meeting_id in [hit.meeting_id for hit in stemmed]
    assert meeting_id in [hit.meeting_id for hit in typing]
    assert nothing == []


def test_each_staff_member_hears_of_the_others_changes_within_two_seconds(office, example_file):
    import threading
    import time

    from rapat.live import Watcher
    from rapat.services.meetings import update_meeting

    alice, budi = open_database(office("alice")), open_database(office("budi"))
    heard: list[str] = []
    arrived = threading.Event()

    def news(kind: str) -> None:
        heard.append(kind)
        arrived.set()

    watcher = Watcher(alice, news)
    watcher.start()
    try:
        time.sleep(0.5)  # listening
        with alice.session() as session:
            meeting_id = store_meeting(session, read_meeting_file(example_file))
        time.sleep(1.0)
        assert heard == []  # alice's own change is not news to alice
        started = time.monotonic()
        with budi.session() as session:
            update_meeting(session, meeting_id, closing="Ditutup oleh Budi.")
        assert arrived.wait(2.0), "no notice within 2 s"
        assert time.monotonic() - started < 2.0
        assert heard == ["meeting"]
    finally:
        watcher.stop()
        watcher.join(2)
        alice.close()
        budi.close()


def test_two_desks_checking_in_one_person_at_once_store_it_once(office, example_file):
    import threading
    import time

    from rapat.services import attendance as att

    desks = [open_database(office("alice")), open_database(office("budi"))]
    try:
        with desks[0].session() as session:
            meeting_id = store_meeting(session, read_meeting_file(example_file))
            person = att.list_attendance(session, meeting_id)[0]
            att.set_status(session, person.id, "absent")
        outcomes: list[str] = []
        first_in = threading.Event()

        def desk(number: int) -> None:
            try:
                with desks[number].session() as session:
                    if number == 1:
                        first_in.wait(5)
                    att.check_in(session, person.id)
                    if number == 0:
                        first_in.set()
                        time.sleep(0.5)  # the other desk tries while this one is storing
                outcomes.append("stored")
            except att.AlreadyCheckedIn:
                outcomes.append("refused")

        threads = [threading.Thread(target=desk, args=(n,)) for n in (0, 1)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(10)
        assert sorted(outcomes) == ["refused", "stored"]
    finally:
        for database in desks:
            database.close()


def test_an_unreachable_server_is_one_message_and_a_change_waits_for_it():
    from rapat.errors import DatabaseLocked, ServerUnreachable

    pytest.importorskip("psycopg")
    with pytest.raises(ServerUnreachable, match="tidak dapat dihubungi") as refused:
        open_database("postgresql+psycopg://dewi:sandi@127.0.0.1:9/rapat?connect_timeout=2")
    # The context tries a locked database's change again until it is stored; so it does here.
    assert isinstance(refused.value, DatabaseLocked)


def _workspace(qtbot, context, meeting_id):
    """A meeting's workspace on the screen, once the meeting read in the background is shown."""
    from rapat.ui.meeting_workspace import MeetingWorkspace

    workspace = MeetingWorkspace(context, meeting_id)
    qtbot.addWidget(workspace)
    workspace.resize(1366, 768)
    workspace.show()
    qtbot.waitUntil(lambda: workspace.attendance is not None and workspace.attendance.loaded)
    return workspace


@pytest.mark.qt_log_ignore("This plugin does not support")  # offscreen platform
def test_two_staff_edit_one_meeting_the_stale_change_is_refused_naming_the_first(
    office, example_file, qtbot
):
    from PySide6.QtCore import Qt

    from rapat.errors import Conflict
    from rapat.services import attendance as att
    from rapat.services.meetings import load_details
    from rapat.ui.context import Context
    from rapat.ui.tasks import tasks_running

    alice, budi = open_database(office("alice")), open_database(office("budi"))
    with alice.session() as session:
        meeting_id = store_meeting(session, read_meeting_file(example_file))
    mine, theirs = Context(alice), Context(budi)
    try:
        first, second = _workspace(qtbot, mine, meeting_id), _workspace(qtbot, theirs, meeting_id)
        for workspace, title in ((first, "Rakor Alice"), (second, "Rakor Budi")):
            form = workspace.show_details()
            form.title.setFocus()
            form.title.selectAll()
            qtbot.keyClicks(form.title, title)
            qtbot.keyClick(form.title, Qt.Key.Key_Return)
            qtbot.waitUntil(lambda: not tasks_running(), timeout=10000)
        editor = second.details_editor
        qtbot.waitUntil(lambda: editor.conflict is not None and editor.conflict.isVisible())
        assert "alice" in editor.conflict.message.text()
        assert "Judul rapat" in editor.conflict.message.text()
        assert second.form.title.text() == "Rakor Budi"  # kept on Budi's screen
        with budi.session() as session:
            assert load_details(session, meeting_id).title == "Rakor Alice"

        with budi.session() as session:  # an attendance line Budi read before Alice's change
            line = att.list_attendance(session, meeting_id)[0]
        with alice.session() as session:
            att.set_status(session, line.id, "excused", version=line.version)
        with pytest.raises(Conflict) as refused, budi.session() as session:
            att.set_status(session, line.id, "present", version=line.version)
        assert refused.value.who == "alice" and refused.value.theirs["status"] == "excused"
        with budi.session() as session:
            assert att.attendance_row(session, line.id).status == "excused"
    finally:
        qtbot.waitUntil(lambda: not tasks_running(), timeout=10000)
        alice.close()
        budi.close()


@pytest.mark.qt_log_ignore("This plugin does not support")  # offscreen platform
def test_a_readers_workspace_has_nothing_to_change_and_no_check_in(office, example_file, qtbot):
    from PySide6.QtWidgets import (
        QAbstractSpinBox,
        QCheckBox,
        QComboBox,
        QLineEdit,
        QTextEdit,
        QWidget,
    )

    from rapat.ui.context import Context
    from rapat.ui.tasks import wait_for_tasks

    alice, citra = open_database(office("alice")), open_database(office("citra"))
    with alice.session() as session:
        meeting_id = store_meeting(session, read_meeting_file(example_file))
    alice.close()
    context = Context(citra)
    try:
        workspace = _workspace(qtbot, context, meeting_id)
        view = workspace.attendance
        assert not view.field.isEnabled() and not view.participants.command_bar.isEnabled()
        assert not view.self_check_in.open_button.isEnabled()
        form = workspace.show_details()
        workspace.show_notula()
        qtbot.waitUntil(lambda: workspace.notula is not None and workspace.notula.loaded)
        editable = [
            child
            for top in (view, form, workspace.notula)
            for child in top.findChildren(QWidget)
            if isinstance(child, QLineEdit | QTextEdit | QComboBox | QCheckBox | QAbstractSpinBox)
            and child.isVisibleTo(top)
            and child.isEnabled()
            and not (isinstance(child, QLineEdit | QTextEdit) and child.isReadOnly())
        ]
        assert editable == []
    finally:
        wait_for_tasks()
        citra.close()
