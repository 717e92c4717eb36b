"""Writing files the safe way: an output appears only when it is complete."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from rapat.errors import InvalidInput
from rapat.i18n import tr

# mkstemp creates files readable by the owner only; outputs get the usual permissions instead,
# unless they hold a secret (a private key, even encrypted) and stay private.
_UMASK = os.umask(0)
os.umask(_UMASK)


def write_atomically(path: str | os.PathLike, data: bytes, *, private: bool = False) -> None:
    """Write data to a temporary file beside path, flush it to disk, then replace path with it.

    private keeps the file readable by its owner only (0600 on POSIX; on Windows, files in the
    user's own folders are private to them already)."""
    path = Path(path)
    try:
        handle, temporary = tempfile.mkstemp(
            dir=path.parent, prefix=f".{path.name}.", suffix=".tmp"
        )
    except OSError as error:
        raise InvalidInput(
            tr("{file}: tidak dapat ditulis ({reason})").format(file=path, reason=error.strerror)
        ) from None
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        if not private:
            os.chmod(temporary, 0o666 & ~_UMASK)
        os.replace(temporary, path)
    except OSError as error:
        Path(temporary).unlink(missing_ok=True)
        raise InvalidInput(
            tr("{file}: tidak dapat ditulis ({reason})").format(file=path, reason=error.strerror)
        ) from None
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
