"""Where Rapat writes the details of unexpected errors, so that users see one line, not a traceback."""

from __future__ import annotations

import os
import traceback
from datetime import datetime
from pathlib import Path

PRIVATE_FILE = 0o600
PRIVATE_FOLDER = 0o700


def log_path() -> Path:
    from platformdirs import user_log_path

    return user_log_path("Rapat", appauthor=False) / "rapat.log"


def log_exception(error: BaseException) -> Path:
    """Append the traceback of error to the log file and return the file's path.

    The log can quote names and numbers from the archive: it is readable by its owner only."""
    path = log_path()
    try:
        path.parent.mkdir(mode=PRIVATE_FOLDER, parents=True, exist_ok=True)
        handle = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, PRIVATE_FILE)
        if hasattr(os, "fchmod"):
            os.fchmod(handle, PRIVATE_FILE)  # a log from an earlier Rapat may be 0644
        with open(handle, "a", encoding="utf-8") as log:
            log.write(f"--- {datetime.now().isoformat(timespec='seconds')}\n")
            log.write("".join(traceback.format_exception(error)))
    except OSError:
        pass  # the message on screen still says what happened
    return path
