"""row versions and client keys

Revision ID: 0010
Revises: 0009

Every row a person edits carries a version (SQLAlchemy's version counter: an UPDATE based on an
older version matches nothing); the directory's rows also learn who changed them last, and when, as
the meeting's rows did in 0009. Discussion points and decisions,
created while a person types, carry the key the editor picked before their first write, so a write
tried again cannot add them twice.

Columns are added and dropped in place (never by rebuilding a table), so the search index's
triggers on these tables stay as they are.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0010"
down_revision: str | Sequence[str] | None = "0009"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

VERSIONED = [
    "meetings",
    "agenda_items",
    "participants",
    "discussion_points",
    "decisions",
    "action_items",
    "institutions",
    "people",
]
TRACKED_HERE = ["institutions", "people"]  # the others have changed_by and changed_at from 0009
CLIENT_KEYED = ["discussion_points", "decisions"]


def upgrade() -> None:
    for table in VERSIONED:
        with op.batch_alter_table(table, recreate="never") as batch:
            batch.add_column(sa.Column("version", sa.Integer(), nullable=False, server_default="1"))
    for table in TRACKED_HERE:
        with op.batch_alter_table(table, recreate="never") as batch:
            batch.add_column(sa.Column("changed_by", sa.Text(), nullable=True))
            batch.add_column(sa.Column("changed_at", sa.DateTime(), nullable=True))
    for table in CLIENT_KEYED:
        with op.batch_alter_table(table, recreate="never") as batch:
            batch.add_column(sa.Column("uid", sa.String(length=32), nullable=True))
        op.create_index(f"ix_{table}_uid", table, ["uid"], unique=True)


def downgrade() -> None:
    for table in CLIENT_KEYED:
        op.drop_index(f"ix_{table}_uid", table_name=table)
        with op.batch_alter_table(table, recreate="never") as batch:
            batch.drop_column("uid")
    for table in TRACKED_HERE:
        with op.batch_alter_table(table, recreate="never") as batch:
            batch.drop_column("changed_at")
            batch.drop_column("changed_by")
    for table in VERSIONED:
        with op.batch_alter_table(table, recreate="never") as batch:
            batch.drop_column("version")
