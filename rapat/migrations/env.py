"""Alembic environment: Rapat always passes its own connection, already inside the one transaction
that every pending revision runs in (see rapat.db._migrate): an upgrade commits whole or not at all."""

from __future__ import annotations

from alembic import context

from rapat.migrations import include_object
from rapat.models import Base
from rapat.models.base import UTCDateTime


def render_item(kind, value, _autogen_context):
    """Write Rapat's UTCDateTime as a plain DateTime, so migrations do not import the models."""
    if kind == "type" and isinstance(value, UTCDateTime):
        return "sa.DateTime()"
    return False


connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,  # SQLite's ALTER TABLE is limited: recreate tables in batch mode
    render_item=render_item,
    include_object=include_object,
    transaction_per_migration=False,
)
with context.begin_transaction():
    context.run_migrations()
