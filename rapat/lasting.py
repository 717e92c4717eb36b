"""What a process makes to last until it ends — its libraries, the window's start-up, the database
layer — is set aside from the garbage collector.

The collector's full passes over those objects (hundreds of thousands, SQLAlchemy's and ReportLab's
among them) free nothing, and each pass holds the interpreter: while the window starts, the GUI
thread waits 20 to 90 ms for it; a third of `rapat sign` and a tenth of `rapat pdf` went to such
passes. So no collection runs while the lasting objects are made, and what exists then is frozen
(gc.freeze), walked by no later pass.
"""

from __future__ import annotations

import atexit
import gc
from collections.abc import Iterator
from contextlib import contextmanager


def hold_collection() -> None:
    """No collection until set_aside(): what is made from now on is meant to last."""
    gc.disable()


def set_aside() -> None:
    """Collection resumes; what exists now is frozen out of every later pass (a few hundred objects
    of start-up garbage stay with it). Nothing happens when collection was not held."""
    if not gc.isenabled():
        gc.freeze()
        gc.enable()


@contextmanager
def one_shot() -> Iterator[None]:
    """For a command that makes one document and exits (rapat pdf, sign, verify): no collection
    while it runs, and what is left at exit is frozen rather than walked once more. The collector
    resumes after it, for a caller's process that runs on; the command's few cycles go then."""
    was_collecting = gc.isenabled()
    gc.disable()
    atexit.unregister(gc.freeze)
    atexit.register(gc.freeze)
    try:
        yield
    finally:
        if was_collecting:
            gc.enable()
