"""The earlier name of Context.write for slow changes (signing, finalizing, making a key).

Every write now runs off the GUI thread in the context's one queue; this keeps the call of the
certificate screen working until it calls `context.write` itself.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from rapat.ui.context import Context


def write_in_background(
    context: Context,
    work: Callable[[Session], Any],
    on_done: Callable[[Any], None],
    on_error: Callable[[Exception], None],
    changed: str = "",
) -> None:
    """Queue `work(session)` as any other write: see Context.write."""
    context.write(work, on_done, on_error, changed)
