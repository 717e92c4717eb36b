"""Row versions: who changed a row a person edits, when, and the refusal of a write based on an
older version than the stored one (rapat.errors.Conflict), never a silent overwrite.

The editor sends the version it read with each change. The service compares it with the row's,
and the UPDATE itself names the version it was based on (SQLAlchemy's version counter), so a
change that lands between the two is refused as well.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

from sqlalchemy import event, inspect, select
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from rapat.dates import clock, plain_date
from rapat.errors import Conflict
from rapat.i18n import tr
from rapat.models.base import Versioned, utcnow
from rapat.services.audit import current_user

# Columns whose change is no new content: a row's place in its list, and the bookkeeping itself.
_NOT_CONTENT = {"seq", "version", "changed_by", "changed_at"}


@event.listens_for(Session, "before_flush")
def _count_versions(session: Session, _context, _instances) -> None:
    """A new version, with who and when, for each versioned row whose content changed."""
    changed = [row for row in session.dirty if isinstance(row, Versioned) and _new_content(row)]
    new = [row for row in session.new if isinstance(row, Versioned)]
    if not changed and not new:
        return
    who, now = current_user(session), utcnow()
    for row in changed:
        row.version = row.version + 1
        row.changed_by, row.changed_at = who, now
    for row in new:
        row.changed_by, row.changed_at = who, now


def _new_content(row: Versioned) -> bool:
    state = inspect(row)
    return any(
        state.attrs[column.key].history.has_changes()
        for column in state.mapper.column_attrs
        if column.key not in _NOT_CONTENT
    )


def check_version(row: Versioned, expected: int | None, what: str, fields: Iterable[str]) -> None:
    """Refuse a change based on an older version than the row's (None: the caller read none)."""
    if expected is not None and row.version != expected:
        raise _conflict(what, row.changed_by, row.changed_at, row.version, row, fields)


def flush_checked(session: Session, row: Versioned, what: str, fields: Iterable[str]) -> int:
    """Write the row's change now and return its new version; a change stored by someone else
    between the read and this UPDATE is refused as a Conflict, described from a fresh read."""
    fields = list(fields)
    try:
        session.flush()
    except StaleDataError:
        model, ident = type(row), inspect(row).identity[0]
        columns = [model.changed_by, model.changed_at, model.version]
        columns += [getattr(model, name) for name in fields]
        with session.get_bind().connect() as connection:
            current = connection.execute(select(*columns).where(model.id == ident)).first()
        if current is None:
            raise Conflict(
                tr("{what} sudah dihapus oleh pengguna lain").format(what=what)
            ) from None
        who, when, version, *values = current
        theirs = dict(zip(fields, values, strict=True))
        raise _conflict(what, who, when, version, theirs, fields) from None
    return row.version


def stale(what: str, row: Versioned, theirs: dict) -> Conflict:
    """The refusal of a change to several rows (an agenda) that someone else changed: `row` is
    the one they changed last, `theirs` what is stored now."""
    return _conflict(what, row.changed_by, row.changed_at, row.version, theirs, theirs)


def _conflict(
    what: str,
    who: str | None,
    when: datetime | None,
    version: int,
    source: Versioned | dict,
    fields: Iterable[str],
) -> Conflict:
    if isinstance(source, dict):
        theirs = dict(source)
    else:
        theirs = {name: getattr(source, name) for name in fields}
    who = who or tr("pengguna lain")
    if when is not None:
        local = when.astimezone()
        moment = tr("{date} pukul {time}").format(
            date=plain_date(local.date()), time=clock(local.time())
        )
        message = tr(
            "{what} sudah diubah oleh {who} ({when}). Perubahan Anda belum disimpan; "
            "teks Anda tetap di layar."
        ).format(what=what, who=who, when=moment)
    else:
        message = tr(
            "{what} sudah diubah oleh {who}. Perubahan Anda belum disimpan; teks Anda tetap di layar."
        ).format(what=what, who=who)
    return Conflict(message, who=who, when=when, version=version, theirs=theirs)
