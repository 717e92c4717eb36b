"""A kill at any moment of an upgrade, a first creation, an import or a signature leaves an archive
that opens with all its rows and every announced signature (tests/crash_storage.py runs 100 kills on
demand)."""

from __future__ import annotations

import signal
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from crash_storage import run


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
def test_kills_during_upgrade_creation_import_and_signing_lose_nothing(tmp_path):
    tally = run(kills=12, meetings=60, work=tmp_path, seed=14)
    assert tally.kills == 12
    assert tally.notes == []
    assert (tally.lost, tally.corrupt) == (0, 0)
