"""User text into safe paragraphs and tables, keeping a list of what could not be included."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import CondPageBreak, Flowable, Paragraph, Table, TableStyle
from reportlab.platypus.paraparser import ParaFrag, ParaParser

from rapat.documents.fonts import missing_characters
from rapat.documents.pdf import PageSetup
from rapat.i18n import tr

if TYPE_CHECKING:
    from rapat.documents.signature_field import FieldSpec

CELL_PADDING = 8  # the left and right padding of a table cell, with a little to spare
UNNAMED = "(" + "." * 40 + ")"  # where a signer's name is left to be written by hand
MARKUP = frozenset("&<>")  # user text with these is parsed (each one its own fragment there)
SLOT = 0xE000  # the first of the private-use characters that hold a template's slots while parsed


def escape(text: str) -> str:
    """&, < and > as entities (xml.sax.saxutils.escape, whose module would bring in urllib)."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class _Paragraph(Paragraph):
    """A paragraph that keeps its line breaks for the width it was last laid out at.

    ReportLab's tables wrap every cell again when they measure a split part and when they draw it;
    re-breaking the same text at the same width is most of the time a long table takes.
    """

    _wrapped_at: float | None = None

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        if availWidth != self._wrapped_at or "blPara" not in self.__dict__:
            super().wrap(availWidth, availHeight)
            self._wrapped_at = availWidth
        return self.width, self.height


class Composer:
    """Makes every paragraph of one document and collects the warnings for its user.

    Text is escaped, so "&", "<" and ">" in a name print as themselves and never as markup. The
    setup (margins and type, from the office profile) is the whole document's.
    """

    def __init__(self, setup: PageSetup | None = None) -> None:
        self.setup = setup or PageSetup()
        self.styles = self.setup.styles
        self._missing: set[str] = set()
        self._warnings: list[str] = []
        self.signature_fields: dict[str, FieldSpec] = {}  # filled as signature rooms are drawn
        self._cells: dict[tuple[str, ParagraphStyle], Paragraph] = {}
        self._shapes: dict[tuple[str, ParagraphStyle], list[ParaFrag]] = {}

    def markup(self, text: str | None) -> str:
        """Escaped markup for a user's text, its line breaks kept."""
        text = text or ""
        self._missing |= missing_characters(text, self.styles.regular)
        return escape(text).replace("\r\n", "\n").replace("\n", "<br/>")

    def para(self, text: str | None, style: ParagraphStyle, bullet: str | None = None) -> Paragraph:
        """A paragraph of plain user text."""
        return self.shaped("{}", style, text or "", bullet=bullet)

    def shaped(
        self, template: str, style: ParagraphStyle, *texts: str, bullet: str | None = None
    ) -> Paragraph:
        """A paragraph of markup with the user's texts in its {} slots ("<b>{}</b>: {}").

        The markup parser reads each template once per style; every paragraph of that shape gets
        copies of its fragments with its texts in place, as the parser would have read them
        escaped. Parsing was an eighth of the time a long notula took to build. A text the parser
        would change — a line break, a run of spaces, spaces at its ends, an entity, no text at
        all — goes through the parser with the template instead.
        """
        if not all(
            text and " ".join(text.split()) == text and MARKUP.isdisjoint(text) for text in texts
        ):
            markup = template.format(*map(self.markup, texts))
            return _Paragraph(markup, style, bulletText=bullet)
        for text in texts:
            self._missing |= missing_characters(text, self.styles.regular)
        shape = self._shapes.get((template, style))
        if shape is None:
            slots = [chr(SLOT + number) for number in range(len(texts))]
            _style, shape, _bullet = ParaParser().parse(template.format(*slots), style)
            self._shapes[template, style] = shape
        filling = {SLOT + number: text for number, text in enumerate(texts)}
        fragments = [fragment.clone(text=fragment.text.translate(filling)) for fragment in shape]
        plain = "".join(fragment.text for fragment in fragments)
        return _Paragraph(plain, style, bulletText=bullet, frags=fragments)

    def cell(self, text: str | None, style: ParagraphStyle, width: float) -> Flowable | str:
        """A table cell: plain text when it fits on one line in the regular face, else a paragraph.

        Plain cells are drawn by the table itself in its FONT, several times cheaper than paragraphs;
        the table's ALIGN must then match the style's alignment. The same text in the same style is
        one paragraph, parsed and broken into lines once however many rows show it (a position or
        an institution down a long daftar hadir); a table wraps each cell again before drawing it.
        """
        text = text or ""
        if (
            style.fontName == self.styles.regular
            and "\n" not in text
            and stringWidth(text, style.fontName, style.fontSize) <= width - CELL_PADDING
        ):
            self._missing |= missing_characters(text, self.styles.regular)
            return text
        paragraph = self._cells.get((text, style))
        if paragraph is None:
            paragraph = self._cells[text, style] = self.para(text, style)
        return paragraph

    def warn(self, message: str) -> None:
        if message not in self._warnings:
            self._warnings.append(message)

    def warnings(self) -> list[str]:
        """What the document could not show as given, in words for the user."""
        found = list(self._warnings)
        if self._missing:
            shown = " ".join(f"{ch} (U+{ord(ch):04X})" for ch in sorted(self._missing)[:12])
            found.append(
                tr(
                    "Huruf berikut tidak tersedia di fon dokumen dan tampil sebagai kotak: {chars}"
                ).format(chars=shown)
            )
        return found


def owner_cell(composer: Composer, institution: str, person: str | None) -> Paragraph:
    """Who carries out an action, in its table cell: the institution in bold, the person under it."""
    if person:
        return composer.shaped("<b>{}</b><br/>{}", composer.styles.cell, institution, person)
    return composer.shaped("<b>{}</b>", composer.styles.cell, institution)


class _RowKeepingTable(Table):
    """A table that splits between rows only, unless one row is taller than a whole page.

    ReportLab either never splits inside a row (and fails on a row taller than a page) or splits
    inside any row that does not fit the rest of a page; an official list wants neither, so the
    in-row split is allowed only on a fresh page, where the next row could not stand whole at all.
    Rows in keep_with_next (a group's heading) never end a page. ReportLab's own NOSPLIT does that
    too, but recomputes every range at every split: a third of a long daftar hadir's time.
    """

    page_height: float | None = None
    keep_with_next: frozenset[int] = frozenset()
    _row_split = False

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        self.splitInRow = 0
        parts = super().split(availWidth, availHeight)
        if not parts and self._at_the_top_of_a_page(availHeight):
            self.splitInRow, self._row_split = 1, True
            parts = super().split(availWidth, availHeight)
            self.splitInRow, self._row_split = 0, False
        if len(parts) == 2 and all(isinstance(part, _RowKeepingTable) for part in parts):
            first, rest = parts
            cut = len(first._cellvalues)  # the first row of this table that went on
            repeated = rest.repeatRows if isinstance(rest.repeatRows, int) else 0
            first.keep_with_next = frozenset(i for i in self.keep_with_next if i < cut)
            rest.keep_with_next = frozenset(
                i - cut + repeated for i in self.keep_with_next if i >= cut
            )
        for part in parts:
            if isinstance(part, _RowKeepingTable):
                part.page_height = self.page_height
        return parts

    def _getFirstPossibleSplitRowPosition(self, availHeight: float, ignoreSpans: int = 0) -> int:
        split_at = super()._getFirstPossibleSplitRowPosition(availHeight, ignoreSpans)
        if not self._row_split:
            while split_at > 0 and split_at - 1 in self.keep_with_next:
                split_at -= 1
        return split_at

    def _at_the_top_of_a_page(self, available_height: float) -> bool:
        """Whether the whole page is free: rows that do not fit then would fit on no page."""
        if self.page_height is None:
            return True  # a layout table, no page known: as ReportLab does by default
        return available_height >= self.page_height - 1


def table(
    rows: Sequence[Sequence[Flowable | str]],
    widths: Sequence[float],
    style: TableStyle,
    header_rows: int = 0,
    page_height: float | None = None,
    keep_with_next: Iterable[int] = (),
) -> Table:
    """A table that repeats its header on every page and never splits a row across pages.

    A row is split only when it is taller than page_height, the height of a whole page's frame
    (for a layout table without one, wherever it does not fit); the rows in keep_with_next never
    end a page.
    """
    made = _RowKeepingTable(
        list(rows),
        colWidths=list(widths),
        style=style,
        repeatRows=header_rows,
        splitByRow=1,
        splitInRow=0,
        hAlign="LEFT",
    )
    made.page_height = page_height
    made.keep_with_next = frozenset(keep_with_next)
    return made


class TableWithTail(Flowable):
    """A table and what must stand on the page where it ends (a receipt, a signature block).

    When the tail does not fit under the table's end, the table's last row goes to the next page
    with it (under the repeated header), so the tail never stands alone.
    """

    def __init__(self, data: Table, tail: Sequence[Flowable]) -> None:
        super().__init__()
        self.data = data
        self.tail = list(tail)

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        # Always taller than the room: the frame then asks split() how to place the two.
        return available_width, available_height + 1

    def split(self, available_width: float, available_height: float) -> list[Flowable]:
        _w, table_height = self.data.wrapOn(self.canv, available_width, available_height)
        tail_height = sum(
            part.wrapOn(self.canv, available_width, available_height)[1]
            + part.getSpaceBefore()
            + part.getSpaceAfter()
            for part in self.tail
        )
        if table_height + tail_height <= available_height:
            return [self.data, *self.tail]
        if table_height <= available_height:  # the table fits, its tail does not
            room = table_height - self.data._rowHeights[-1] - 1
        else:
            room = available_height
        parts = self.data.splitOn(self.canv, available_width, room)
        if len(parts) < 2:
            return []  # nothing can stay here: the table and its tail go on together
        return [*parts[:-1], TableWithTail(parts[-1], self.tail)]


def keep_with_table(
    heading: Paragraph,
    data: Table,
    rows: Sequence[Sequence[Flowable | str]],
    probe_style: TableStyle,
    width: float,
) -> list[Flowable]:
    """The heading and its table, the heading moving to the next page with the table when the page
    has no room for the table's header and first row beneath it.

    probe_style gives the rows' padding and font for measuring them; data was made from rows.
    """
    heading.keepWithNext = 0  # grouping with a long table would push the whole table to a new page
    _w, heading_height = heading.wrap(width, 10_000)
    first_rows = Table(
        [list(row) for row in rows[: data.repeatRows + 1]],
        colWidths=data._argW,
        style=probe_style,
    )
    _w, rows_height = first_rows.wrap(width, 10_000)
    needed = heading_height + heading.getSpaceBefore() + heading.getSpaceAfter() + rows_height
    return [CondPageBreak(needed), heading, data]
