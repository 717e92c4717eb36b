"""self check-in: lines attendees recorded themselves

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-28 02:10:00

Attendees may check themselves in from their phones (rapat.kiosk). Their lines carry
`self_registered`, so the Daftar Hadir shows which lines the desk did not take; existing lines
were all taken at the desk.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0008"
down_revision: str | Sequence[str] | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


# A plain ADD/DROP COLUMN rather than a batch copy of the table: copying it would drop the search
# triggers on participants (0003), and SQLite adds a column with a constant default in place.


def upgrade() -> None:
    op.add_column(
        "participants",
        sa.Column("self_registered", sa.Boolean(), nullable=False, server_default=sa.false()),
    )


def downgrade() -> None:
    op.drop_column("participants", "self_registered")
