"""The blank space in a signature block, which remembers where it was drawn.

Finalizing turns each such space into a PDF signature field, so the visible signature lands exactly
in the block of the person signing.
"""

from __future__ import annotations

from reportlab.platypus import Flowable

from rapat.documents.signature_field import FieldSpec


class SignatureRoom(Flowable):
    """An empty box width × height whose page and position are written into `placed` when drawn."""

    def __init__(
        self, field: str, width: float, height: float, placed: dict[str, FieldSpec]
    ) -> None:
        super().__init__()
        self.field = field
        self.width = width
        self.height = height
        self.placed = placed

    def wrap(self, _available_width: float, _available_height: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        x, y = self.canv.absolutePosition(0, 0)
        box = (round(x), round(y), round(x + self.width), round(y + self.height))
        self.placed[self.field] = FieldSpec(self.field, self.canv.getPageNumber() - 1, box)
