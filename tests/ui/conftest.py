"""Interface fixtures: the application set up as Rapat sets it up, a context on the test database."""

from __future__ import annotations

import gc
from datetime import date, time

import pytest


@pytest.fixture
def context(qapp, database):
    from rapat.ui.app import setup_application
    from rapat.ui.context import Context

    setup_application(qapp)
    from PySide6.QtCore import QSettings

    QSettings().clear()  # Qt fixes the settings path once per process: forget the last test's window
    from rapat.ui.collector import GuiThreadCollector

    collector = GuiThreadCollector()  # as the window collects: on the GUI thread only
    collector.start()
    yield Context(database)
    from rapat.ui.tasks import wait_for_tasks

    wait_for_tasks()
    collector.stop()
    collector.deleteLater()
    gc.collect(1)  # the test's young garbage, here on the GUI thread rather than later on a worker


@pytest.fixture
def door_meeting(database) -> int:
    """A meeting with the Polres (Kapolres and Kabag Ops) and the KPU chair invited."""
    from rapat.services import attendance as att
    from rapat.services.directory import save_institution, save_person
    from rapat.services.meetings import create_meeting

    with database.session() as s:
        meeting = create_meeting(
            s,
            title="Rakor Pengamanan Pilkada",
            date=date(2024, 11, 5),
            start_time=time(9),
            location="Aula Kantor Bupati",
            timezone="WITA",
        )
        polres = save_institution(s, None, "Polres Lembah Hijau", "Polres")
        save_person(
            s, None, "AKBP Budi Santoso, S.I.K.", institution_id=polres, position="Kapolres"
        )
        save_person(s, None, "AKP Rafli Hasibuan", institution_id=polres, position="Kabag Ops")
        kpu = save_institution(s, None, "KPU Kabupaten Lembah Hijau", "KPU")
        save_person(s, None, "Siti Aminah, S.H.", institution_id=kpu, position="Ketua KPU")
        att.invite_institution(s, meeting, polres)
        att.invite_institution(s, meeting, kpu)
        return meeting


@pytest.fixture
def office_documents_tab(qtbot, context, database, example_meeting):
    """The Dokumen tab of the example meeting, in an office whose profile has its letterhead,
    signing city and both signature blocks."""
    from rapat.services.organization import update_profile
    from rapat.ui.documents_tab import DocumentsTab
    from rapat.ui.tasks import wait_for_tasks

    with database.session() as session:
        update_profile(
            session,
            letterhead="PEMERINTAH KABUPATEN LEMBAH HIJAU\nBADAN KESATUAN BANGSA DAN POLITIK",
            signing_city="Lembah Hijau",
            signature_blocks="chair_note_taker",
        )
    widget = DocumentsTab(context, example_meeting)
    qtbot.addWidget(widget)
    widget.resize(1180, 620)
    widget.show()
    qtbot.waitUntil(lambda: widget.loaded)  # read in the background
    yield widget
    wait_for_tasks()


def pytest_collection_modifyitems(items):
    """The offscreen platform warns that it cannot raise windows or grab the keyboard (popups); that
    says nothing about Rapat."""
    for item in items:
        if "tests/ui/" in str(item.fspath).replace("\\", "/"):
            item.add_marker(pytest.mark.qt_log_ignore("This plugin does not support"))
