"""Where a signature goes: the field a signature block leaves in the PDF, named and placed.

Apart from the signing itself, so that building a document that leaves room for signatures does not
load the cryptography the signing needs.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from rapat.documents.signers import BlockOfficer


@dataclass(frozen=True)
class FieldSpec:
    """A signature field: its name, the page (0-based), the box (x1, y1, x2, y2) in points, and the
    officer whose block it is, when the block belongs to a named person."""

    name: str
    page: int
    box: tuple[int, int, int, int]
    officer: BlockOfficer | None = None
