"""A module named at the top of a screen but imported when first used.

The screens that paint before SQLAlchemy loads (the main window, a meeting's workspace and its
Daftar Hadir) call services that import it; naming those services through `lazy_module` keeps the
import for the first call, which comes after the first paint.
"""

from __future__ import annotations

from importlib import import_module
from types import ModuleType
from typing import Any


class lazy_module:
    def __init__(self, name: str) -> None:
        self._name = name

    def __getattr__(self, attribute: str) -> Any:
        module: ModuleType = import_module(self._name)  # thread-safe; cached in sys.modules
        return getattr(module, attribute)
