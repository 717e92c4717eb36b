"""profile: the default time zone of new meetings

Revision ID: 0005
Revises: 0003
Create Date: 2026-11-28 01:30:00

The office's profile gains `default_timezone` (WIB, WITA or WIT; empty means WIB), the zone a new
meeting starts with. `rapat profile set` and the profile's record carry it.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | Sequence[str] | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("organization_profile") as batch:
        batch.add_column(sa.Column("default_timezone", sa.String(length=4), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("organization_profile") as batch:
        batch.drop_column("default_timezone")
