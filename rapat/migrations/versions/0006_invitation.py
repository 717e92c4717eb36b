"""invitation letters and the page of naskah dinas

Revision ID: 0006
Revises: 0005

The invitation letter's date beside its number; the counter its numbers are drawn from, one row per
year; and the office profile's page setup (margins, typeface, size) and invitation numbering pattern.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006"
down_revision: str | Sequence[str] | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

PROFILE_COLUMNS = [
    ("margin_left_mm", sa.Float),
    ("margin_right_mm", sa.Float),
    ("margin_top_mm", sa.Float),
    ("margin_bottom_mm", sa.Float),
    ("typeface", lambda: sa.String(length=20)),
    ("font_size", sa.Float),
    ("invitation_pattern", sa.Text),
]


def upgrade() -> None:
    with op.batch_alter_table("meetings") as batch:
        batch.add_column(sa.Column("invitation_date", sa.Date(), nullable=True))
    with op.batch_alter_table("organization_profile") as batch:
        for name, kind in PROFILE_COLUMNS:
            batch.add_column(sa.Column(name, kind(), nullable=True))
    op.create_table(
        "invitation_counters",
        sa.Column("year", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("last_number", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("year", name=op.f("pk_invitation_counters")),
    )


def downgrade() -> None:
    op.drop_table("invitation_counters")
    with op.batch_alter_table("organization_profile") as batch:
        for name, _kind in reversed(PROFILE_COLUMNS):
            batch.drop_column(name)
    # Not a batch: rebuilding the meetings table would drop its search triggers and, with foreign
    # keys on, its children. SQLite 3.35+ and PostgreSQL both drop a plain column in place.
    op.execute("ALTER TABLE meetings DROP COLUMN invitation_date")
