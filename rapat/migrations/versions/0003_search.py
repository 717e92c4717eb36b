"""search index

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-23 09:00:00

The archive's full-text index on SQLite: one FTS5 table, `search_index`, with a row for each meeting,
agenda item, participant, discussion point, decision and action, kept in step by triggers so every
write (the services' bulk inserts included) updates it in the same transaction. A row's rowid is the
source row's id times 8 plus its kind (see rapat.services.search.KINDS). PostgreSQL gets no index here:
rapat.services.search falls back to plain ILIKE matching there.
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0003"
down_revision: str | Sequence[str] | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# table, kind code, its meeting's id column, the indexed columns (the first one is the title column
# for meetings only), and the SQL expression for a column that is not plain
SOURCES = [
    (
        "meetings",
        0,
        "id",
        ["title", "kind", "location", "organizer", "invitation_ref", "opening", "closing"],
    ),
    ("agenda_items", 1, "meeting_id", ["title"]),
    ("participants", 2, "meeting_id", ["name", "position", "institution", "representing"]),
    ("discussion_points", 3, "meeting_id", ["speaker", "text"]),
    ("decisions", 4, "meeting_id", ["text"]),
    ("action_items", 5, "meeting_id", ["description", "institution", "person"]),
]


def _values(kind: int, meeting: str, columns: list[str], row: str) -> str:
    """The index row's values for a source row called `row` (new, old, or a table alias)."""
    if kind == 0:
        title, body = f"{row}.{columns[0]}", columns[1:]
    else:
        title, body = "''", columns
    text = " || ' ' || ".join(f"coalesce({row}.{column}, '')" for column in body)
    return f"{row}.id * 8 + {kind}, {title}, {text}, {row}.{meeting}"


def upgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    op.execute(
        "CREATE VIRTUAL TABLE search_index USING fts5("
        "title, body, meeting_id UNINDEXED, "
        "tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3')"
    )
    into = "INSERT INTO search_index (rowid, title, body, meeting_id)"
    for table, kind, meeting, columns in SOURCES:
        insert = f"{into} VALUES ({_values(kind, meeting, columns, 'new')});"
        delete = f"DELETE FROM search_index WHERE rowid = old.id * 8 + {kind};"
        op.execute(f"CREATE TRIGGER search_{table}_ai AFTER INSERT ON {table} BEGIN {insert} END")
        op.execute(
            f"CREATE TRIGGER search_{table}_au AFTER UPDATE OF {', '.join(columns)} ON {table} "
            f"BEGIN {delete} {insert} END"
        )
        op.execute(f"CREATE TRIGGER search_{table}_ad AFTER DELETE ON {table} BEGIN {delete} END")
        op.execute(f"{into} SELECT {_values(kind, meeting, columns, 't')} FROM {table} AS t")


def downgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    for table, *_rest in SOURCES:
        for suffix in ("ai", "au", "ad"):
            op.execute(f"DROP TRIGGER search_{table}_{suffix}")
    op.execute("DROP TABLE search_index")
