"""Shared fixtures: every test gets its own database and its own user folders."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

DATA = Path(__file__).parent / "data"


@pytest.fixture(autouse=True)
def isolated_user_folders(tmp_path, monkeypatch):
    """Keep the user's real data, settings and logs out of reach of every test."""
    for variable in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
        monkeypatch.setenv(variable, str(tmp_path / variable.lower()))
    monkeypatch.delenv("RAPAT_DB", raising=False)


@pytest.fixture
def db_path(tmp_path) -> Path:
    return tmp_path / "rapat.db"


@pytest.fixture
def database(db_path):
    from rapat.db import open_database

    db = open_database(str(db_path))
    yield db
    db.close()


@pytest.fixture
def example_file() -> Path:
    """The complete example meeting of FORMAT.md."""
    return DATA / "meeting.json"


@pytest.fixture
def example_meeting(database, example_file) -> int:
    """The example meeting stored in the test database; returns its id."""
    from rapat.services.interchange import read_meeting_file
    from rapat.services.meetings import store_meeting

    with database.session() as session:
        return store_meeting(session, read_meeting_file(example_file))


@pytest.fixture
def letterhead(database) -> str:
    """The office's kop surat, without which no meeting can be made final."""
    from rapat.services.organization import update_profile

    text = "PEMERINTAH KABUPATEN LEMBAH HIJAU\nBADAN KESATUAN BANGSA DAN POLITIK"
    with database.session() as session:
        update_profile(session, letterhead=text)
    return text


@pytest.fixture
def big_meeting(database) -> int:
    """A demo meeting with 400 participants stored in the test database; returns its id."""
    from rapat.services.demo import DemoGenerator
    from rapat.services.meetings import store_meeting

    generator = DemoGenerator(seed=7)
    record = generator.meeting(0, 1)
    record.participants = generator.participants_for(record.start_time, 400)
    with database.session() as session:
        return store_meeting(session, record)
