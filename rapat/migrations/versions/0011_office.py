"""the office: who changed each row, meetings' stable identity, meetings taken to a laptop

Revision ID: 0011
Revises: 0006

`changed_by` and `changed_at` on every row a person edits; on meetings a `uid` (a UUID, given to the
existing meetings here) that a meeting package carries, the mark of a meeting taken to a laptop, and
the fingerprint of its last package exchange.
"""

import uuid
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0011"
down_revision: str | Sequence[str] | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

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


def downgrade() -> None:
    op.drop_index("ix_meetings_uid", table_name="meetings")
    for column in ("synced", "taken_at", "taken_to", "uid"):
        op.drop_column("meetings", column)
    for table in reversed(TRACKED):
        op.drop_column(table, "changed_at")
        op.drop_column(table, "changed_by")
