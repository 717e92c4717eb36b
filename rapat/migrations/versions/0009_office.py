"""the office: who changed each row, meetings' stable identity, meetings taken to a laptop

Revision ID: 0009
Revises: 0008

`changed_by` and `changed_at` on every row a person edits; on meetings a `uid` (a UUID, given to the
existing meetings here) that a meeting package carries, the mark of a meeting taken to a laptop, and
the fingerprint of its last package exchange.

On PostgreSQL, the full-text index that rapat.services.search_postgresql queries: the text search
configurations `rapat` (unaccent, then Indonesian stems) and `rapat_kata` (unaccent, words as
written), and `search_documents`, kept in step by triggers as SQLite's `search_index` is (0003).
"""

import uuid
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0009"
down_revision: str | Sequence[str] | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# table, kind code, its meeting's id column, the title column (meetings only), the body columns:
# the same items as migration 0003 indexes on SQLite
SEARCHED = [
    (
        "meetings",
        0,
        "id",
        "title",
        ["kind", "location", "organizer", "invitation_ref", "opening", "closing"],
    ),
    ("agenda_items", 1, "meeting_id", None, ["title"]),
    ("participants", 2, "meeting_id", None, ["name", "position", "institution", "representing"]),
    ("discussion_points", 3, "meeting_id", None, ["speaker", "text"]),
    ("decisions", 4, "meeting_id", None, ["text"]),
    ("action_items", 5, "meeting_id", None, ["description", "institution", "person"]),
]
TOKENS = "asciiword, asciihword, hword_asciipart, word, hword, hword_part, numword, numhword"
DOC = (
    "setweight(to_tsvector('rapat', title), 'A') || setweight(to_tsvector('rapat_kata', title), 'A')"
    " || to_tsvector('rapat', body) || to_tsvector('rapat_kata', body)"
)

# What each table's changes are announced as (NOTIFY rapat, kind): the kinds of the interface's
# Context.changed signal, which rapat.live relays from other people's connections.
ANNOUNCED = {
    "meetings": "meeting",
    "attachments": "meeting",
    "agenda_items": "minutes",
    "discussion_points": "minutes",
    "decisions": "minutes",
    "participants": "attendance",
    "action_items": "actions",
    "action_status_changes": "actions",
    "audit_events": "audit",
    "signed_documents": "audit",
    "people": "directory",
    "institutions": "directory",
    "organization_profile": "profile",
}

TRACKED = [
    "meetings",
    "agenda_items",
    "participants",
    "discussion_points",
    "decisions",
    "action_items",
    "attachments",
]


def upgrade() -> None:
    for table in TRACKED:
        op.add_column(table, sa.Column("changed_by", sa.Text(), nullable=True))
        op.add_column(table, sa.Column("changed_at", sa.DateTime(), nullable=True))
    op.add_column("meetings", sa.Column("uid", sa.String(length=36), nullable=True))
    op.add_column("meetings", sa.Column("taken_to", sa.Text(), nullable=True))
    op.add_column("meetings", sa.Column("taken_at", sa.DateTime(), nullable=True))
    op.add_column("meetings", sa.Column("synced", sa.String(length=64), nullable=True))
    meetings = sa.table("meetings", sa.column("id", sa.Integer), sa.column("uid", sa.String))
    connection = op.get_bind()
    ids = connection.execute(sa.select(meetings.c.id)).scalars().all()
    if ids:
        connection.execute(
            meetings.update().where(meetings.c.id == sa.bindparam("meeting_id")),
            [{"meeting_id": meeting_id, "uid": str(uuid.uuid4())} for meeting_id in ids],
        )
    # Added without rebuilding the table on SQLite: a rebuild would drop its search triggers.
    op.create_index("ix_meetings_uid", "meetings", ["uid"], unique=True)
    if connection.dialect.name == "postgresql":
        _server_search()
        _announcements()


def _announcements() -> None:
    op.execute(
        "CREATE FUNCTION rapat_announce() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
        "PERFORM pg_notify('rapat', TG_ARGV[0]); RETURN NULL; END $$"
    )
    for table, kind in ANNOUNCED.items():
        op.execute(
            f"CREATE TRIGGER announce_{table} AFTER INSERT OR UPDATE OR DELETE ON {table} "
            f"FOR EACH STATEMENT EXECUTE FUNCTION rapat_announce('{kind}')"
        )


def _server_search() -> None:
    op.execute("CREATE EXTENSION IF NOT EXISTS unaccent")
    for name, dictionary in (("rapat", "indonesian_stem"), ("rapat_kata", "simple")):
        op.execute(f"CREATE TEXT SEARCH CONFIGURATION {name} (COPY = simple)")
        op.execute(
            f"ALTER TEXT SEARCH CONFIGURATION {name} ALTER MAPPING FOR {TOKENS} "
            f"WITH unaccent, {dictionary}"
        )
    op.execute(
        "CREATE TABLE search_documents (item bigint PRIMARY KEY, meeting_id integer NOT NULL, "
        "title text NOT NULL, body text NOT NULL, "
        f"doc tsvector GENERATED ALWAYS AS ({DOC}) STORED)"
    )
    op.execute("CREATE INDEX ix_search_documents_doc ON search_documents USING gin (doc)")
    op.execute("CREATE INDEX ix_search_documents_meeting_id ON search_documents (meeting_id)")
    for table, kind, meeting, title, body in SEARCHED:
        op.execute(
            f"CREATE FUNCTION search_{table}() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
            "IF TG_OP <> 'INSERT' THEN "
            f"DELETE FROM search_documents WHERE item = OLD.id * 8 + {kind}; END IF; "
            "IF TG_OP <> 'DELETE' THEN "
            "INSERT INTO search_documents (item, meeting_id, title, body) "
            f"VALUES ({_values(kind, meeting, title, body, 'NEW')}); END IF; "
            "RETURN NULL; END $$"
        )
        op.execute(
            f"CREATE TRIGGER search_{table} AFTER INSERT OR UPDATE OR DELETE ON {table} "
            f"FOR EACH ROW EXECUTE FUNCTION search_{table}()"
        )
        op.execute(
            "INSERT INTO search_documents (item, meeting_id, title, body) "
            f"SELECT {_values(kind, meeting, title, body, 't')} FROM {table} AS t"
        )


def _values(kind: int, meeting: str, title: str | None, body: list[str], row: str) -> str:
    heading = f"coalesce({row}.{title}, '')" if title else "''"
    text = " || ' ' || ".join(f"coalesce({row}.{column}, '')" for column in body)
    return f"{row}.id * 8 + {kind}, {row}.{meeting}, {heading}, {text}"


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        for table in ANNOUNCED:
            op.execute(f"DROP TRIGGER announce_{table} ON {table}")
        op.execute("DROP FUNCTION rapat_announce()")
        for table, *_rest in SEARCHED:
            op.execute(f"DROP TRIGGER search_{table} ON {table}")
            op.execute(f"DROP FUNCTION search_{table}()")
        op.execute("DROP TABLE search_documents")
        op.execute("DROP TEXT SEARCH CONFIGURATION rapat_kata")
        op.execute("DROP TEXT SEARCH CONFIGURATION rapat")
    op.drop_index("ix_meetings_uid", table_name="meetings")
    for column in ("synced", "taken_at", "taken_to", "uid"):
        op.drop_column("meetings", column)
    for table in reversed(TRACKED):
        op.drop_column(table, "changed_at")
        op.drop_column(table, "changed_by")
