"""The kop surat: logo on the left, the office's lines centred and bold, contacts, a double rule."""

from __future__ import annotations

from typing import TYPE_CHECKING

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from rapat.documents.compose import Composer, table
from rapat.documents.images import picture
from rapat.documents.styles import plain_style, styles
from rapat.i18n import tr

if TYPE_CHECKING:
    from rapat.records.organization import ProfileRecord

LOGO_SIZE = 24 * mm


class DoubleRule(Flowable):
    """The thick-over-thin line that closes a letterhead."""

    def __init__(self, width: float) -> None:
        super().__init__()
        self.width = width
        self.height = 4

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        canvas = self.canv
        canvas.setStrokeColor(colors.black)
        canvas.setLineWidth(1.8)
        canvas.line(0, self.height, self.width, self.height)
        canvas.setLineWidth(0.6)
        canvas.line(0, 0.6, self.width, 0.6)


def letterhead(profile: ProfileRecord, composer: Composer, width: float) -> list[Flowable]:
    """The kop surat for the profile; nothing but a note when the office has not filled it in."""
    s = styles()
    lines = [composer.para(line.upper(), s.letterhead) for line in profile.letterhead_lines]
    contacts = _contacts(profile)
    if contacts:
        lines.append(composer.para(contacts, s.letterhead_contact))
    logo = picture(profile.logo_png, LOGO_SIZE, LOGO_SIZE)
    if profile.logo_png and logo is None:
        composer.warn(tr("Logo kop surat tidak dapat dibaca; dokumen dibuat tanpa logo"))
    if not lines and logo is None:
        return []
    gutter = LOGO_SIZE + 2 * mm
    block = table(
        [[logo or "", lines, ""]],
        [gutter, width - 2 * gutter, gutter],
        plain_style(("VALIGN", (0, 0), (-1, -1), "MIDDLE")),
    )
    return [block, Spacer(1, 2 * mm), DoubleRule(width), Spacer(1, 5 * mm)]


def _contacts(profile: ProfileRecord) -> str:
    """Address, then telephone and e-mail, then the website, each on its own line."""
    reach = [
        f"Telepon\u00a0{profile.phone}" if profile.phone else "",
        profile.email and f"Pos-el\u00a0{profile.email}",
    ]
    lines = [
        profile.address or "",
        " · ".join(part for part in reach if part),
        f"Laman\u00a0{profile.website}" if profile.website else "",
    ]
    return "\n".join(line for line in lines if line)
