"""The autosaver: a pause stores, and a typist who never pauses is stored within a second anyway."""

from __future__ import annotations

import itertools
import time


def test_saves_after_a_pause_and_within_a_second_of_nonstop_typing(qtbot, context):
    from rapat.ui.autosave import Autosaver

    saver = Autosaver(context)
    saves: list[float] = []
    start = time.monotonic()
    while time.monotonic() - start < 1.6:  # a keystroke every 50 ms, never a pause
        saver.mark("point", lambda: saves.append(time.monotonic() - start))
        qtbot.wait(50)
    assert saves and saves[0] < 1.0
    assert all(b - a < 1.0 for a, b in itertools.pairwise(saves))
    qtbot.waitUntil(lambda: saver.pending == 0, timeout=1000)  # the pause after the last key
    saver.stop()


def test_latest_save_of_a_key_wins_and_keys_keep_their_order(qtbot, context):
    from rapat.ui.autosave import Autosaver

    saver = Autosaver(context)
    written: list[str] = []
    saver.mark("a", lambda: written.append("a1"))
    saver.mark("b", lambda: written.append("b1"))
    saver.mark("a", lambda: written.append("a2"))
    saver.flush()
    assert written == ["a2", "b1"]
    saver.stop()
