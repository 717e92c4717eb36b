"""The archive's full-text search on PostgreSQL: the twin of the SQLite FTS5 query in search.py.

Migration 0011 keeps a table `search_documents` in step with every write through triggers, as
migration 0003 keeps SQLite's `search_index`: one row per meeting, agenda item, participant,
discussion point, decision and action, its `item` the source row's id times 8 plus its kind. Its
`doc` holds each text twice: in `rapat` (accents folded by unaccent, Indonesian word forms by
the Snowball stemmer, so "persiapan" finds "disiapkan") and in `rapat_kata` (accents folded,
words as written, for the word still being typed as a prefix). A title weighs more than a body.
"""

from __future__ import annotations

from sqlalchemy import Date, Float, Integer, Text, text
from sqlalchemy.orm import Session

START, END = "\x02", "\x03"  # as search.py marks a matched word


def _query(words: list[str], prefix: bool) -> tuple[str, dict[str, str]]:
    """A tsquery expression in which every word is required (the last one as a prefix too)."""
    terms, values = [], {}
    for number, word in enumerate(words):
        values[f"w{number}"] = word
        term = f"plainto_tsquery('rapat', :w{number}) || plainto_tsquery('rapat_kata', :w{number})"
        if prefix and number == len(words) - 1:
            values[f"p{number}"] = f"{word}:*"
            term += f" || to_tsquery('rapat_kata', :p{number})"
        terms.append(f"({term})")
    return " && ".join(terms), values


def ranked_items(
    session: Session, words: list[str], prefix: bool, limit: int | None, counted: int, tokens: int
):
    """Rows (meeting_id, title, date, item, score, matches, snippet), best first, then newest.

    A meeting's score is the sum of its `counted` best items' ts_rank; `item` is its best item,
    whose headline of about `tokens` words marks the matched words with START and END.
    """
    query, values = _query(words, prefix)
    headline = (
        f"StartSel={START}, StopSel={END}, MaxWords={tokens}, MinWords={max(tokens // 2, 1)}, "
        "ShortWord=1, MaxFragments=1, FragmentDelimiter=…"
    )
    statement = text(
        f"""
        WITH query AS (SELECT {query} AS q),
        hits AS (
            SELECT item, meeting_id, ts_rank(doc, q) AS score
            FROM search_documents, query WHERE doc @@ q
        ),
        placed AS (
            SELECT item, meeting_id, score,
                row_number() OVER (PARTITION BY meeting_id ORDER BY score DESC, item) AS place
            FROM hits
        ),
        best AS (
            SELECT meeting_id, max(CASE WHEN place = 1 THEN item END) AS item,
                sum(CASE WHEN place <= :counted THEN score END) AS score, count(*) AS matches
            FROM placed GROUP BY meeting_id ORDER BY score DESC LIMIT :limit
        )
        SELECT best.meeting_id, meetings.title, meetings.date, best.item, best.score,
            best.matches,
            ts_headline('rapat_kata', trim(documents.title || ' ' || documents.body), query.q,
                :headline) AS snippet
        FROM best
        JOIN meetings ON meetings.id = best.meeting_id
        JOIN search_documents AS documents ON documents.item = best.item
        CROSS JOIN query
        ORDER BY best.score DESC, meetings.date DESC, meetings.id DESC
        """
    ).columns(
        meeting_id=Integer,
        title=Text,
        date=Date,
        item=Integer,
        score=Float,
        matches=Integer,
        snippet=Text,
    )
    return session.execute(
        statement, {**values, "counted": counted, "limit": limit, "headline": headline}
    ).all()
