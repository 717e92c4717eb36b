"""Opening the database on a worker thread behind a window painted from a snapshot."""

from __future__ import annotations

import threading

from rapat.errors import RapatError
from rapat.services.meetings import load_details
from rapat.ui.context import Context
from rapat.ui.tasks import wait_for_tasks


def test_the_database_opens_on_a_worker_and_the_first_read_comes_with_it(
    qtbot, database, db_path, example_meeting
):
    database.close()
    context = Context(given=str(db_path))
    threads, shown = [], []

    def prepare(session):
        threads.append(threading.current_thread())
        return load_details(session, example_meeting).title

    context.opened.connect(lambda: shown.append("opened"))
    with qtbot.waitSignal(context.opened):
        context.open_in_background(prepare, shown.append, lambda error: shown.append(error))
        assert not context.is_open
    assert threads and threads[0] is not threading.main_thread()
    assert shown == ["Rapat Koordinasi Kesiapsiagaan Menghadapi Musim Hujan", "opened"]
    assert context.is_open and context.read(lambda s: load_details(s, example_meeting).id)
    context.close()


def test_a_database_that_cannot_be_opened_is_told_and_stays_closed(qtbot, tmp_path):
    foreign = tmp_path / "foreign.db"
    foreign.write_bytes(b"not a database at all" * 100)
    context = Context(given=str(foreign))
    errors = []
    context.open_in_background(lambda session: None, errors.append, errors.append)
    qtbot.waitUntil(lambda: bool(errors))
    assert isinstance(errors[0], RapatError) and "foreign.db" in errors[0].message
    assert not context.is_open


def test_a_read_meanwhile_opens_at_once_and_the_worker_still_hands_over(
    qtbot, database, db_path, example_meeting
):
    database.close()
    context = Context(given=str(db_path))
    shown, opened = [], []
    context.opened.connect(lambda: opened.append(True))
    context.open_in_background(lambda session: "live", shown.append, shown.append)
    assert context.read(lambda s: load_details(s, example_meeting).id) == example_meeting
    qtbot.waitUntil(lambda: shown == ["live"])
    wait_for_tasks()
    assert opened == [True]  # once, by the read on the GUI thread
    context.close()


def test_a_first_read_that_fails_is_raised_on_the_gui_thread(qtbot, database, db_path):
    database.close()
    context = Context(given=str(db_path))
    shown = []

    def prepare(session):
        raise LookupError("the first read failed")

    with qtbot.captureExceptions() as raised:
        context.open_in_background(prepare, shown.append, shown.append)
        qtbot.waitUntil(lambda: bool(raised))
    assert isinstance(raised[0][1], LookupError) and shown == []
    assert context.is_open  # what failed was the read, not the opening
    context.close()
