"""How a finalized notula names its archive entry, and how verification reads that name back.

Kept apart from the notula's layout so that reading a reference never loads ReportLab.
"""

from __future__ import annotations

import re

_PATTERN = re.compile(r"arsip Rapat #(\d+) revisi (\d+)")


def archive_reference(meeting_id: int, revision: int) -> str:
    return f"arsip Rapat #{meeting_id} revisi {revision}"


def read_archive_reference(text: str) -> tuple[int, int] | None:
    """The (meeting id, revision) named in text, if it names one."""
    match = _PATTERN.search(text)
    return (int(match[1]), int(match[2])) if match else None
