"""Where Rapat writes the details of unexpected errors, so that users see one line, not a traceback."""

from __future__ import annotations

import traceback
from datetime import datetime
from pathlib import Path


def log_path() -> Path:
    from platformdirs import user_log_path

    return user_log_path("Rapat", appauthor=False) / "rapat.log"


def log_exception(error: BaseException) -> Path:
    """Append the traceback of error to the log file and return the file's path."""
    path = log_path()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with path.open("a", encoding="utf-8") as log:
            log.write(f"--- {datetime.now().isoformat(timespec='seconds')}\n")
            log.write("".join(traceback.format_exception(error)))
    except OSError:
        pass  # the message on screen still says what happened
    return path
