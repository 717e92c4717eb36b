"""Alembic environment: Rapat always passes its own connection (see rapat.db._migrate)."""

from __future__ import annotations

from alembic import context

from rapat.models import Base

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,  # SQLite's ALTER TABLE is limited: recreate tables in batch mode
)
with context.begin_transaction():
    context.run_migrations()
