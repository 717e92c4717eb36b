"""Garbage made on a worker thread is collected on the GUI thread, where Qt objects may die."""

from __future__ import annotations

import gc
import threading
import weakref


class Cycle:
    """An object that refers to itself: only the cycle collector frees it."""

    def __init__(self) -> None:
        self.me = self


def test_a_cycle_dropped_on_a_worker_is_collected_on_the_gui_thread(qtbot, context):
    collected_on: list[int] = []
    kept: list[list] = []

    def work() -> None:
        weakref.finalize(Cycle(), lambda: collected_on.append(threading.get_ident()))
        # enough new objects that the interpreter would collect here, on the worker
        kept.append([[] for _ in range(20 * gc.get_threshold()[0])])

    worker = threading.Thread(target=work)
    worker.start()
    worker.join()
    assert collected_on == []
    qtbot.waitUntil(lambda: bool(collected_on))
    assert collected_on == [threading.main_thread().ident]
