"""A crash mid-meeting loses nothing typed more than a second earlier: the process is killed, not closed."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from rapat.services.meetings import set_agenda
from rapat.services.minutes import load_minutes

SCRIPT = Path(__file__).parent.parent / "crash_typing.py"


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
def test_every_word_survives_a_kill(database, db_path, door_meeting, tmp_path):
    sys.path.insert(0, str(SCRIPT.parent))
    from crash_typing import WORDS

    with database.session() as s:
        set_agenda(s, door_meeting, ["Kesiapan pengamanan"])
    database.close()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(Path.cwd())}
    process = subprocess.Popen(
        [sys.executable, str(SCRIPT), str(db_path), str(door_meeting)],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        env=env,
    )
    try:
        assert process.stdout.readline().strip() == "TYPED"
        time.sleep(1.5)  # a second and a half of silence, then the laptop's battery dies
    finally:
        process.send_signal(signal.SIGKILL)
        process.wait(10)
    assert process.returncode == -signal.SIGKILL

    from rapat.db import open_database

    reopened = open_database(str(db_path))
    try:
        with reopened.session() as s:
            (point,) = load_minutes(s, door_meeting).points
    finally:
        reopened.close()
    assert point.text == " ".join(WORDS) + " "
