"""timestamps and revocation

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-28 01:50:00

The office's timestamp authority (an RFC 3161 URL) in its profile; for each certificate when and why
the office's root revoked it; on the root, the certificate revocation list it last issued (DER).
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0007"
down_revision: str | Sequence[str] | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("organization_profile") as batch:
        batch.add_column(sa.Column("timestamp_url", sa.Text(), nullable=True))
    with op.batch_alter_table("certificates") as batch:
        batch.add_column(sa.Column("revoked_at", sa.DateTime(), nullable=True))
        batch.add_column(sa.Column("revocation_reason", sa.Text(), nullable=True))
        batch.add_column(sa.Column("crl", sa.LargeBinary(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("certificates") as batch:
        batch.drop_column("crl")
        batch.drop_column("revocation_reason")
        batch.drop_column("revoked_at")
    with op.batch_alter_table("organization_profile") as batch:
        batch.drop_column("timestamp_url")
