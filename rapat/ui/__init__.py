"""The Qt Widgets interface. Nothing outside this package imports QtWidgets or QtGui."""

from __future__ import annotations

import sys


def _keep_none_alive() -> None:
    """Give None a count of references that nothing can use up, as Python 3.12 does (PEP 683).

    PySide6 6.12.0 on Python 3.11 drops one reference to None on every call of a method that
    returns nothing (setText, processEvents, …): a few hundred thousand calls into a long meeting,
    Python aborts with "none_dealloc: deallocating None". From Python 3.12 None is immortal and
    the lost references do no harm; before it, its count is raised once, here, far beyond reach.
    """
    if sys.version_info < (3, 12):
        import ctypes

        ctypes.c_ssize_t.from_address(id(None)).value += 1 << 48


_keep_none_alive()
