"""Alembic migrations, inside the package so the frozen build carries them."""

from __future__ import annotations

# SQLite's full-text index (migration 0003) and the shadow tables FTS5 keeps for it: made by the
# migrations, not by the models, so comparing the models with the schema leaves them out.
SEARCH_INDEX = "search_index"


def include_object(_object, name: str | None, type_: str, reflected: bool, compare_to) -> bool:
    """Alembic's filter: everything except the search index's tables, which no model describes."""
    is_index = name == SEARCH_INDEX or (name or "").startswith(SEARCH_INDEX + "_")
    return not (type_ == "table" and reflected and compare_to is None and is_index)
