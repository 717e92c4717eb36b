"""What a use case that writes a file reports back: where the file is, and what the user should know."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class SavedFile:
    """A file written whole and recorded in the audit trail; pages is None for non-PDF files."""

    path: str
    pages: int | None = None
    warnings: list[str] = field(default_factory=list)
