"""The attendance list as the screen shows it: rows, counts and check-in suggestions.

Plain data, importable without SQLAlchemy: the Daftar Hadir is built from a snapshot before the
database layer loads (rapat.ui.snapshot). The query is the one the attendance service runs.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, time
from typing import Any

from rapat.dates import zone_clock
from rapat.models.vocabulary import TIMEZONE_OFFSETS, AttendanceStatus

ATTENDANCE_QUERY = """
SELECT id, seq, name, position, institution, nip, rank, status, representing, check_in,
       signature_png, person_id, institution_id, self_registered, version
FROM participants WHERE meeting_id = :meeting_id ORDER BY seq, id
"""

ATTENDED = (AttendanceStatus.PRESENT.value, AttendanceStatus.REPRESENTED.value)


@dataclass(frozen=True)
class AttendanceRow:
    """One line of the attendance list as the screen shows it."""

    id: int
    seq: int
    name: str
    position: str | None
    institution: str
    nip: str | None
    rank: str | None
    status: str
    representing: str | None
    check_in: time | None
    signature_png: bytes | None
    person_id: int | None
    institution_id: int | None
    self_registered: bool = False
    version: int = 1  # as read: the version a change of this line is based on

    @property
    def attended(self) -> bool:
        return self.status in ATTENDED


@dataclass(frozen=True)
class InstitutionCount:
    institution: str
    invited: int
    present: int


@dataclass(frozen=True)
class AttendanceCounts:
    """Present (in person or represented) of invited, overall and per institution."""

    invited: int
    present: int
    by_institution: list[InstitutionCount]


@dataclass(frozen=True)
class Suggestion:
    """A check-in candidate: an invitee (participant_id set) or someone from the directory."""

    name: str
    institution: str
    position: str | None
    participant_id: int | None = None
    person_id: int | None = None
    status: str | None = None


def now_minute(zone: str | None = None) -> time:
    """The current time to the minute at the meeting's place (its zone: WIB, WITA or WIT), as
    written in the attendance list; the computer's clock for a meeting without a zone. A laptop
    set to Jakarta time records 09.00 WITA, not 08.00, at a meeting in Makassar."""
    if zone in TIMEZONE_OFFSETS:
        moment = datetime.now(UTC).astimezone(zone_clock(zone)[1])
    else:
        moment = datetime.now()
    return moment.time().replace(second=0, microsecond=0)


def count_attendance(rows: Iterable[AttendanceRow]) -> AttendanceCounts:
    """Counts from rows already loaded, so the screen updates without another query."""
    per: dict[str, list[int]] = {}
    invited = present = 0
    for row in rows:
        entry = per.setdefault(row.institution, [0, 0])
        entry[0] += 1
        invited += 1
        if row.attended:
            entry[1] += 1
            present += 1
    by_institution = [InstitutionCount(name, i, p) for name, (i, p) in sorted(per.items())]
    return AttendanceCounts(invited, present, by_institution)


class SuggestionPool:
    """Check-in candidates with their folded search text, filtered per keystroke without a query.

    A pool made from the attendance list alone (`of_invitees`) can check in every invitee at
    once; the directory joins it later (`add_directory`), and until then `complete` is False.
    """

    def __init__(self, entries: list[tuple[Suggestion, str | None]], complete: bool = True) -> None:
        self._entries = [(s, _folded(s, short)) for s, short in entries]
        self.complete = complete
        # The directory's people who are invitees already: add_directory leaves them out.
        self._invited: set[int] = set()
        # The last text matched and every entry it matched: typing on only narrows that list.
        self._last: tuple[str, list[tuple[Suggestion, str]]] | None = None

    @classmethod
    def of_invitees(cls, rows: Iterable[AttendanceRow]) -> SuggestionPool:
        """The meeting's invitees only, from the rows on the screen, waiting for the directory."""
        rows = list(rows)
        pool = cls([(invitee_suggestion(row), None) for row in rows], complete=False)
        pool._invited = {row.person_id for row in rows if row.person_id}
        return pool

    def add_directory(self, people: Iterable[tuple[Suggestion, str | None]]) -> None:
        """Take in the directory's people (Suggestion, short institution name), leaving out
        those invited meanwhile."""
        self._entries.extend(
            (s, _folded(s, short)) for s, short in people if s.person_id not in self._invited
        )
        self.complete = True
        self._last = None

    def __len__(self) -> int:
        return len(self._entries)

    def update(self, row: AttendanceRow) -> None:
        """Take in a changed or new attendance line without reloading: it replaces its old entry
        and the directory entry of the same person."""
        if row.person_id:
            self._invited.add(row.person_id)
        self._entries = [
            (s, text)
            for s, text in self._entries
            if s.participant_id != row.id
            and not (s.participant_id is None and row.person_id and s.person_id == row.person_id)
        ]
        suggestion = invitee_suggestion(row)
        self._entries.insert(0, (suggestion, _folded(suggestion, None)))
        self._last = None

    def match(self, text: str, limit: int = 8) -> list[Suggestion]:
        """Candidates whose name, institution or position hold every word typed, any case.

        Invitees not yet present come first, then the directory, then those already present.
        """
        folded = text.casefold()
        words = folded.split()
        if not words:
            return []
        candidates = self._entries
        if self._last is not None and folded.startswith(self._last[0]):
            candidates = self._last[1]  # every word typed before is inside a word typed now
        for word in words:
            candidates = [entry for entry in candidates if word in entry[1]]
        self._last = (folded, candidates)
        waiting: list[Suggestion] = []
        directory: list[Suggestion] = []
        arrived: list[Suggestion] = []
        for suggestion, _text in candidates:
            if suggestion.participant_id is None:
                directory.append(suggestion)
            elif suggestion.status in ATTENDED:
                arrived.append(suggestion)
            else:
                waiting.append(suggestion)
                if len(waiting) >= limit:
                    break
        return (waiting + directory + arrived)[:limit]


def invitee_suggestion(row: AttendanceRow) -> Suggestion:
    """An attendance line as a check-in candidate."""
    return Suggestion(
        row.name, row.institution, row.position, participant_id=row.id, status=row.status
    )


def _folded(suggestion: Suggestion, short: str | None) -> str:
    """The text a candidate is found by: name, institution (and its short name), position."""
    parts = (suggestion.name, suggestion.institution, suggestion.position, short)
    return " ".join(filter(None, parts)).casefold()


def attendance_rows(result: Iterable[Sequence[Any]]) -> list[AttendanceRow]:
    """Rows of ATTENDANCE_QUERY as the screen's lines; the SQLite driver gives times as text."""
    return [
        AttendanceRow(
            *row[:9],
            as_time(row[9]),
            bytes(row[10]) if row[10] else None,
            *row[11:13],
            bool(row[13]),
            row[14],
        )
        for row in result
    ]


def as_time(value: time | str | None) -> time | None:
    return time.fromisoformat(value) if isinstance(value, str) else value
