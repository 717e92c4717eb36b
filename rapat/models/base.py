"""The declarative base, shared column types and the validation every model applies on entry."""

from __future__ import annotations

import re
from datetime import UTC, datetime
from enum import StrEnum

from sqlalchemy import DateTime, Integer, MetaData, String, event
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, declared_attr, mapped_column
from sqlalchemy.types import TypeDecorator

from rapat import limits
from rapat.errors import InvalidInput
from rapat.i18n import tr

# Stable constraint names keep Alembic's batch migrations on SQLite predictable.
NAMING = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

NIP_PATTERN = re.compile(r"\d{18}")


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class UTCDateTime(TypeDecorator):
    """A moment in time, stored as naive UTC and returned timezone-aware (SQLite keeps no zone)."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value, dialect):
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given for a UTC column")
        return value.astimezone(UTC).replace(tzinfo=None)

    def process_result_value(self, value, dialect):
        return None if value is None else value.replace(tzinfo=UTC)


@event.listens_for(Session, "before_flush")
def _check_text_lengths(session: Session, _context, _instances) -> None:
    """No text a person or a file gives is stored beyond its limit, whichever face wrote it: a
    window, a phone, an import. Nothing of the flush is written when one text is too long."""
    for row in (*session.new, *session.dirty):
        for value in vars(row).values():
            if isinstance(value, str):
                check_text_length(value)


def check_text_length(text: str) -> None:
    """Refuse a text longer than one field may hold (rapat.limits.CHARACTERS_PER_TEXT)."""
    if len(text) > limits.CHARACTERS_PER_TEXT:
        raise InvalidInput(
            tr('teks "{start}…" berisi {n} karakter; batasnya {limit} per isian').format(
                start=text[:40], n=len(text), limit=limits.CHARACTERS_PER_TEXT
            )
        )


class Versioned:
    """A row a person edits: its version goes up when its content changes (rapat.services.versions
    counts it; a new place in a list is no new content), and every UPDATE names the version it was
    based on (SQLAlchemy's version counter), so a stale write is refused rather than silently
    applied. Who made the last change, and when (rapat.models.tracking), says whose words won."""

    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1, server_default="1")

    @declared_attr.directive
    def __mapper_args__(cls) -> dict:
        return {"version_id_col": cls.__table__.c.version, "version_id_generator": False}


class ClientKeyed:
    """A row the editor creates as a person types: the editor picks its key before the first
    write, so a write tried again after an unknown outcome finds the row instead of adding it twice."""

    uid: Mapped[str | None] = mapped_column(String(32), unique=True, index=True)


def utcnow() -> datetime:
    return datetime.now(UTC)


def created_at_column():
    return mapped_column(UTCDateTime, default=utcnow, nullable=False)


def check_choice(field: str, value: str | None, vocabulary: type[StrEnum]) -> str | None:
    """Return value if it belongs to the vocabulary; raise InvalidInput naming the field if not."""
    if value is None:
        return None
    allowed = [member.value for member in vocabulary]
    if value not in allowed:
        raise InvalidInput(
            tr("{field}: nilai '{value}' tidak dikenal; pilih salah satu dari {allowed}").format(
                field=field, value=value, allowed=", ".join(allowed)
            )
        )
    return value


def check_nip(field: str, value: str | None) -> str | None:
    """An NIP, when given, is exactly 18 digits (an empty one means none)."""
    if not value:
        return None
    if not NIP_PATTERN.fullmatch(value):
        raise InvalidInput(
            tr("{field}: NIP harus 18 digit angka, bukan '{value}'").format(
                field=field, value=value
            )
        )
    return value


def check_required(field: str, value: str | None) -> str:
    if value is None or not value.strip():
        raise InvalidInput(tr("{field}: wajib diisi").format(field=field))
    return value


def name_key(text: str) -> str:
    """The form of a name used to recognise the same institution or person: case and spacing folded."""
    return " ".join(text.split()).casefold()
