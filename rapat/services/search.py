"""Search the archive: meetings whose title, participants, points, decisions or actions hold the words.

The one module with SQLite-specific SQL. On SQLite it queries the FTS5 index `search_index` that
migration 0003 creates and its triggers keep in step with every write, in the same transaction; hits
are ranked with bm25 (a title counts five times a body) and carry a highlighted snippet. On an
office's PostgreSQL server its twin, rapat.services.search_postgresql, does the same with
PostgreSQL's full-text search; any other database falls back to plain ILIKE matching.

Whatever the user types is searched as words: quotes, operators (AND, OR, NOT, NEAR, *, ^, :) and
punctuation are never passed on as query syntax, so no text can make a search fail. Every word must
appear in the same item (a title, a participant line, a point, a decision or an action); the last
word also matches as a prefix while it is still being typed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import reduce

from sqlalchemy import (
    Date,
    Float,
    Integer,
    String,
    Text,
    and_,
    func,
    literal,
    select,
    text,
    union_all,
)
from sqlalchemy.orm import Session

from rapat.models import ActionItem, AgendaItem, Decision, DiscussionPoint, Meeting, Participant
from rapat.services import search_postgresql

LIMIT = 50
COUNTED = 3  # the best items of a meeting that make its score
MAX_WORDS = 12
SNIPPET_TOKENS = 14
FALLBACK_CONTEXT = 60  # characters shown before a match in the fallback's snippets
START, END = "\x02", "\x03"  # how SQLite's snippet() marks a matched word, never in typed text
WORD = re.compile(r"[^\W_]+")

# What a hit's best item was; the code is the index rowid's remainder modulo 8 (see migration 0003).
KINDS = ("meeting", "agenda", "participant", "point", "decision", "action")


@dataclass(frozen=True)
class SearchHit:
    """One meeting found, with the item that matched best and a snippet of it."""

    meeting_id: int
    title: str
    date: date
    kind: str  # one of KINDS
    fragments: tuple[tuple[str, bool], ...]  # the snippet's pieces, True where a word matched
    matches: int  # how many items of the meeting match

    @property
    def snippet(self) -> str:
        return "".join(piece for piece, _matched in self.fragments)

    @property
    def highlights(self) -> list[str]:
        return [piece for piece, matched in self.fragments if matched]


def words(query: str) -> list[str]:
    """The words of what the user typed, without any punctuation or query syntax."""
    return WORD.findall(query)[:MAX_WORDS]


def match_expression(query: str) -> str | None:
    """An FTS5 query that searches the typed text as words: each one quoted, all required.

    The last word is a prefix too while it is still being typed (no space or punctuation after it).
    None when the text holds no word at all.
    """
    found = words(query)
    if not found:
        return None
    terms = [f'"{word}"' for word in found]
    if query.rstrip() == query and query[-1:].isalnum() and len(found[-1]) >= 2:
        terms[-1] += " *"
    return " ".join(terms)


def search(session: Session, query: str, limit: int | None = LIMIT) -> list[SearchHit]:
    """Meetings matching the words of query, best first (then newest); [] for no words.

    limit=None returns every meeting that matches.
    """
    if not words(query):
        return []
    dialect = session.get_bind().dialect.name
    if dialect == "sqlite":
        return _search_fts(session, query, limit)
    if dialect == "postgresql":
        return _search_server(session, query, limit)
    return search_by_pattern(session, query, limit)


def _search_server(session: Session, query: str, limit: int | None) -> list[SearchHit]:
    """PostgreSQL's full-text search (rapat.services.search_postgresql), in the same shape."""
    found = words(query)
    typing = query.rstrip() == query and query[-1:].isalnum() and len(found[-1]) >= 2
    rows = search_postgresql.ranked_items(session, found, typing, limit, COUNTED, SNIPPET_TOKENS)
    return [
        SearchHit(
            meeting_id=row.meeting_id,
            title=row.title,
            date=row.date,
            kind=KINDS[row.item % 8],
            fragments=_marked_fragments(row.snippet or ""),
            matches=row.matches,
        )
        for row in rows
    ]


# A meeting's score is the sum of its three best items' bm25 (a title counts five times a body):
# a meeting that discussed the words at length outranks one that mentions them once.
RANKING = text(
    """
    WITH hits AS MATERIALIZED (
        SELECT rowid AS item, meeting_id, bm25(search_index, 5.0, 1.0) AS score
        FROM search_index WHERE search_index MATCH :query
    ),
    placed AS (
        SELECT item, meeting_id, score,
            row_number() OVER (PARTITION BY meeting_id ORDER BY score) AS place
        FROM hits
    ),
    best AS (
        SELECT meeting_id, max(CASE WHEN place = 1 THEN item END) AS item,
            sum(CASE WHEN place <= :counted THEN score END) AS score, count(*) AS matches
        FROM placed GROUP BY meeting_id ORDER BY score LIMIT :limit
    )
    SELECT best.meeting_id, meetings.title, meetings.date, best.item, best.score, best.matches
    FROM best JOIN meetings ON meetings.id = best.meeting_id
    ORDER BY best.score, meetings.date DESC, meetings.id DESC
    """
).columns(meeting_id=Integer, title=Text, date=Date, item=Integer, score=Float, matches=Integer)


def _search_fts(session: Session, query: str, limit: int | None) -> list[SearchHit]:
    expression = match_expression(query)
    # MATERIALIZED keeps bm25() out of the aggregate, where FTS5 cannot compute it. min() picks the
    # best-ranked item of each meeting, and SQLite takes the bare column `item` from that same row (https://sqlite.org/lang_select.html#bare_columns_in_an_aggregate_query).
    found = session.execute(
        RANKING, {"query": expression, "limit": -1 if limit is None else limit, "counted": COUNTED}
    ).all()
    if not found:
        return []
    items = ", ".join(str(int(row.item)) for row in found)
    snippets = dict(
        session.execute(
            text(
                f"SELECT rowid, snippet(search_index, -1, :start, :end, '…', {SNIPPET_TOKENS}) "
                f"FROM search_index WHERE search_index MATCH :query AND rowid IN ({items})"
            ),
            {"query": expression, "start": START, "end": END},
        ).all()
    )
    return [
        SearchHit(
            meeting_id=row.meeting_id,
            title=row.title,
            date=row.date,
            kind=KINDS[row.item % 8],
            fragments=_marked_fragments(snippets.get(row.item, "")),
            matches=row.matches,
        )
        for row in found
    ]


def _marked_fragments(snippet: str) -> tuple[tuple[str, bool], ...]:
    """Split a snippet marked with START and END into plain and matched pieces."""
    pieces: list[tuple[str, bool]] = []
    for number, part in enumerate(re.split(f"[{START}{END}]", snippet)):
        if part:
            pieces.append((part, number % 2 == 1))
    return tuple(pieces)


def _joined(*columns):
    """The columns' texts in one string, portable SQL (|| on SQLite and PostgreSQL)."""
    texts = [func.coalesce(column, "") for column in columns]
    return reduce(lambda left, right: left + " " + right, texts)


def _sources():
    """Each searchable item as (kind, meeting id, title, body) selects, as the FTS index has them."""
    return [
        ("meeting", Meeting.id, Meeting.title, _joined(
            Meeting.kind, Meeting.location, Meeting.organizer, Meeting.invitation_ref,
            Meeting.opening, Meeting.closing,
        )),
        ("agenda", AgendaItem.meeting_id, literal(""), AgendaItem.title),
        ("participant", Participant.meeting_id, literal(""), _joined(
            Participant.name, Participant.position, Participant.institution,
            Participant.representing,
        )),
        ("point", DiscussionPoint.meeting_id, literal(""), _joined(
            DiscussionPoint.speaker, DiscussionPoint.text
        )),
        ("decision", Decision.meeting_id, literal(""), Decision.text),
        ("action", ActionItem.meeting_id, literal(""), _joined(
            ActionItem.description, ActionItem.institution, ActionItem.person
        )),
    ]  # fmt: skip


def search_by_pattern(session: Session, query: str, limit: int | None = LIMIT) -> list[SearchHit]:
    """The portable search: items holding every word (ILIKE), grouped by meeting.

    Meetings whose title matches come first, then those with more matching items, then the newest.
    """
    found = words(query)
    if not found:
        return []
    selects = []
    for kind, meeting_id, title, body in _sources():
        whole = title + " " + body
        selects.append(
            select(
                literal(kind, String).label("kind"),
                meeting_id.label("meeting_id"),
                title.label("title_text"),
                body.label("body"),
            ).where(and_(*(whole.ilike(f"%{word}%") for word in found)))
        )
    items = union_all(*selects).subquery()
    rows = session.execute(
        select(items, Meeting.title, Meeting.date).join(Meeting, Meeting.id == items.c.meeting_id)
    ).all()
    by_meeting: dict[int, list] = {}
    for row in rows:
        by_meeting.setdefault(row.meeting_id, []).append(row)
    ranked = sorted(
        by_meeting.values(),
        key=lambda group: (
            not any(row.kind == "meeting" and _holds(row.title, found) for row in group),
            -len(group),
            -group[0].date.toordinal(),
            -group[0].meeting_id,
        ),
    )
    return [_pattern_hit(group, found) for group in ranked[:limit]]


def _holds(text_: str, found: list[str]) -> bool:
    lowered = text_.casefold()
    return all(word.casefold() in lowered for word in found)


def _pattern_hit(group: list, found: list[str]) -> SearchHit:
    best = next((row for row in group if row.kind == "meeting"), group[0])
    shown = best.title if best.kind == "meeting" and _holds(best.title, found) else best.body
    return SearchHit(
        meeting_id=best.meeting_id,
        title=best.title,
        date=best.date,
        kind=best.kind,
        fragments=_pattern_fragments(shown, found),
        matches=len(group),
    )


def _pattern_fragments(body: str, found: list[str]) -> tuple[tuple[str, bool], ...]:
    """A window of body around the first matched word, with every matched word marked."""
    pattern = re.compile("|".join(re.escape(word) for word in found), re.IGNORECASE)
    first = pattern.search(body)
    start = max(0, first.start() - FALLBACK_CONTEXT) if first else 0
    window = body[start : start + 3 * FALLBACK_CONTEXT]
    marked = pattern.sub(lambda m: f"{START}{m.group(0)}{END}", window)
    prefix = "…" if start else ""
    suffix = "…" if start + 3 * FALLBACK_CONTEXT < len(body) else ""
    return _marked_fragments(f"{prefix}{marked}{suffix}")
