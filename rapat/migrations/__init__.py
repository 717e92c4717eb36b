"""Alembic migrations, inside the package so the frozen build carries them."""
