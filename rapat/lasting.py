"""What a process makes to last until it ends — its libraries, the window's start-up, the database
layer — is set aside from the garbage collector.

The collector's full passes over those objects (hundreds of thousands, SQLAlchemy's and ReportLab's
among them) free nothing, and each pass holds the interpreter: while the window starts, the GUI
thread waits 20 to 90 ms for it; in `rapat pdf`, a tenth of the time went to such passes. So no
collection runs while the lasting objects are made, and what exists then is frozen (gc.freeze),
walked by no later pass.
"""

from __future__ import annotations

import gc
from importlib import import_module


def hold_collection() -> None:
    """No collection until set_aside(): what is made from now on is meant to last."""
    gc.disable()


def set_aside() -> None:
    """Collection resumes; what exists now is frozen out of every later pass (a few hundred objects
    of start-up garbage stay with it). Nothing happens when collection was not held."""
    if not gc.isenabled():
        gc.freeze()
        gc.enable()


def import_for_good(*modules: str) -> None:
    """Import the modules a short command needs, and set them aside from the collector."""
    hold_collection()
    try:
        for name in modules:
            import_module(name)
    finally:
        set_aside()
