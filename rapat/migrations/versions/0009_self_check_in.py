"""self check-in: lines attendees recorded themselves

Revision ID: 0009
Revises: 0005
Create Date: 2026-11-28 02:10:00

Attendees may check themselves in from their phones (rapat.kiosk). Their lines carry
`self_registered`, so the Daftar Hadir shows which lines the desk did not take; existing lines
were all taken at the desk.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0009"
down_revision: str | Sequence[str] | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("participants") as batch:
        batch.add_column(
            sa.Column("self_registered", sa.Boolean(), nullable=False, server_default=sa.false())
        )


def downgrade() -> None:
    with op.batch_alter_table("participants") as batch:
        batch.drop_column("self_registered")
