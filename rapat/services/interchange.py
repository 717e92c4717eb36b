"""The meeting interchange file `rapat-meeting/1` (FORMAT.md): strict reading and exact writing.

Reading turns a file into a MeetingRecord or raises InvalidInput naming the file, the key path and
the problem. Writing turns a record back into the same JSON, so that a written file reads again
(services/outputs.py writes the file).
"""

from __future__ import annotations

import dataclasses
import json
import os
import re
from datetime import date, time
from enum import StrEnum
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from rapat import limits
from rapat.errors import InvalidInput
from rapat.i18n import tr
from rapat.models.base import NIP_PATTERN, check_text_length
from rapat.models.officer import Officer
from rapat.models.vocabulary import ActionStatus, AttendanceStatus, TimeZone
from rapat.records.meeting import (
    ActionRecord,
    MeetingRecord,
    ParticipantRecord,
    PointRecord,
    StoredMeeting,
)
from rapat.services.meetings import store_meeting

FORMAT = "rapat-meeting/1"

_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_TIME = re.compile(r"(?:[01]\d|2[0-3]):[0-5]\d")

MEETING_KEYS = {
    "format",
    "title",
    "kind",
    "date",
    "start_time",
    "end_time",
    "timezone",
    "location",
    "organizer",
    "invitation_ref",
    "invitation_date",
    "agenda",
    "chair",
    "secretary",
    "note_taker",
    "participants",
    "opening",
    "discussion",
    "decisions",
    "closing",
    "actions",
}
OFFICER_KEYS = {"name", "position", "nip", "rank"}
PARTICIPANT_KEYS = {
    "name",
    "position",
    "institution",
    "nip",
    "rank",
    "phone",
    "status",
    "representing",
    "check_in",
}
POINT_KEYS = {"agenda_item", "speaker", "text"}
ACTION_KEYS = {"description", "institution", "person", "due", "status"}


class _Problem(Exception):
    """A problem at a key path, before the file name is known to the message."""

    def __init__(self, path: str, message: str) -> None:
        super().__init__(message)
        self.path = path
        self.message = message


class _Object:
    """A JSON object being read, with its key path for messages."""

    def __init__(self, value: Any, path: str, keys: set[str]) -> None:
        if not isinstance(value, dict):
            raise _Problem(path or "(akar)", tr("harus berupa objek JSON {...}"))
        unknown = sorted(set(value) - keys)
        if unknown:
            raise _Problem(self._join(path, unknown[0]), tr("kunci tidak dikenal"))
        self.value = value
        self.path = path

    @staticmethod
    def _join(path: str, key: str) -> str:
        return f"{path}.{key}" if path else key

    def at(self, key: str) -> str:
        return self._join(self.path, key)

    def raw(self, key: str) -> Any:
        """The value, with null and an empty string both meaning absent."""
        value = self.value.get(key)
        return None if value == "" else value

    def text(self, key: str, *, required: bool = False) -> str | None:
        value = self.raw(key)
        if value is None:
            if required:
                raise _Problem(self.at(key), tr("wajib diisi"))
            return None
        if not isinstance(value, str):
            raise _Problem(self.at(key), tr("harus berupa teks"))
        if required and not value.strip():
            raise _Problem(self.at(key), tr("wajib diisi"))
        return value

    def choice(
        self,
        key: str,
        vocabulary: type[StrEnum],
        *,
        required: bool = False,
        default: str | None = None,
    ) -> str | None:
        value = self.text(key, required=required)
        if value is None:
            return default
        allowed = [member.value for member in vocabulary]
        if value not in allowed:
            raise _Problem(
                self.at(key),
                tr("nilai '{value}' tidak dikenal; pilih salah satu dari {allowed}").format(
                    value=value, allowed=", ".join(allowed)
                ),
            )
        return value

    def date(self, key: str, *, required: bool = False) -> date | None:
        value = self.text(key, required=required)
        if value is None:
            return None
        try:
            if not _DATE.fullmatch(value):
                raise ValueError
            return date.fromisoformat(value)
        except ValueError:
            raise _Problem(
                self.at(key),
                tr("'{value}' bukan tanggal yang sah (YYYY-MM-DD)").format(value=value),
            ) from None

    def time(self, key: str, *, required: bool = False) -> time | None:
        value = self.text(key, required=required)
        if value is None:
            return None
        if not _TIME.fullmatch(value):
            raise _Problem(
                self.at(key), tr("'{value}' bukan jam yang sah (HH:MM, 24 jam)").format(value=value)
            )
        return time.fromisoformat(value)

    def nip(self, key: str) -> str | None:
        value = self.text(key)
        if value is not None and not NIP_PATTERN.fullmatch(value):
            raise _Problem(
                self.at(key), tr("NIP harus 18 digit angka, bukan '{value}'").format(value=value)
            )
        return value

    def array(self, key: str) -> list[Any]:
        value = self.raw(key)
        if value is None:
            return []
        if not isinstance(value, list):
            raise _Problem(self.at(key), tr("harus berupa larik [...]"))
        return value

    def strings(self, key: str) -> list[str]:
        items = self.array(key)
        for index, item in enumerate(items):
            if not isinstance(item, str) or not item.strip():
                raise _Problem(
                    f"{self.at(key)}[{index}]", tr("harus berupa teks yang tidak kosong")
                )
        return items


def import_meeting(session: Session, path: str | os.PathLike) -> StoredMeeting:
    """Store the meeting of an interchange file as a new meeting."""
    record = read_meeting_file(path)
    meeting_id = store_meeting(session, record)
    return StoredMeeting(meeting_id, record.title, len(record.participants))


def read_meeting_file(path: str | os.PathLike) -> MeetingRecord:
    """Read and validate an interchange file; raise InvalidInput naming the file and the problem."""
    path = Path(path)
    try:
        if path.stat().st_size > limits.MEETING_FILE_BYTES:
            raise InvalidInput(
                tr("{file}: terlalu besar untuk berkas rapat (batasnya {limit} MB)").format(
                    file=path, limit=limits.MEETING_FILE_BYTES // 1_000_000
                )
            )
        data = path.read_bytes()
    except OSError as error:
        raise InvalidInput(
            tr("{file}: tidak dapat dibaca ({reason})").format(file=path, reason=error.strerror)
        ) from None
    return read_meeting_bytes(data, str(path))


def read_meeting_bytes(data: bytes, name: str) -> MeetingRecord:
    """Validate an interchange file's bytes (a file, or a package's member called name)."""
    try:
        return _within_limits(parse_meeting(_decode(data)))
    except _Problem as problem:
        raise InvalidInput(f"{name}: {problem.path}: {problem.message}") from None
    except InvalidInput as error:
        raise InvalidInput(f"{name}: {error.message}") from None


def _decode(data: bytes) -> Any:
    if not data.strip():
        raise InvalidInput(tr("berkas kosong"))
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise InvalidInput(
            tr("bukan teks UTF-8 (bita tak sah pada posisi {pos}); bukan berkas rapat").format(
                pos=error.start
            )
        ) from None
    try:
        value = json.loads(text, object_pairs_hook=_no_duplicate_keys, parse_int=_number)
        # a lone surrogate (\ud800 written alone) is valid JSON but no text: refuse it here
        json.dumps(value, ensure_ascii=False).encode("utf-8")
        return value
    except RecursionError:
        raise InvalidInput(tr("bukan berkas rapat: JSON bersarang terlalu dalam")) from None
    except UnicodeEncodeError:
        raise InvalidInput(
            tr("bukan JSON yang sah: berisi \\u-escape yang bukan huruf (surrogate tunggal)")
        ) from None
    except json.JSONDecodeError as error:
        where = tr("baris {line}, kolom {col}").format(line=error.lineno, col=error.colno)
        if _ends_open(text):
            raise InvalidInput(tr("JSON terpotong: berkas berakhir sebelum selesai")) from None
        raise InvalidInput(
            tr("bukan JSON yang sah ({where}: {reason})").format(where=where, reason=error.msg)
        ) from None


def _within_limits(record: MeetingRecord) -> MeetingRecord:
    """Refuse a meeting larger than Rapat keeps: too many participants, or a text too long."""
    if len(record.participants) > limits.PARTICIPANTS_PER_MEETING:
        raise InvalidInput(
            tr("{n} peserta; satu rapat paling banyak {limit} peserta").format(
                n=len(record.participants), limit=limits.PARTICIPANTS_PER_MEETING
            )
        )
    pending: list[object] = [record]
    while pending:
        item = pending.pop()
        if isinstance(item, str):
            check_text_length(item)
        elif isinstance(item, list):
            pending.extend(item)
        elif dataclasses.is_dataclass(item):
            pending.extend(getattr(item, f.name) for f in dataclasses.fields(item))
    return record


def _number(digits: str) -> int:
    """An integer of the file, refused when it is longer than any number in a meeting can be."""
    if len(digits.lstrip("-")) > limits.JSON_NUMBER_DIGITS:
        raise InvalidInput(
            tr("bukan berkas rapat: angka dengan {n} digit").format(n=len(digits.lstrip("-")))
        )
    return int(digits)


def _ends_open(text: str) -> bool:
    """Whether the text stops inside a string, object or array: a file cut off while copying."""
    depth, in_string, escaped = 0, False, False
    for char in text:
        if escaped:
            escaped = False
        elif in_string:
            escaped = char == "\\"
            in_string = char != '"'
        elif char == '"':
            in_string = True
        elif char in "[{":
            depth += 1
        elif char in "]}":
            depth -= 1
    return in_string or depth > 0


def _no_duplicate_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise InvalidInput(tr("kunci '{key}' muncul dua kali").format(key=key))
        result[key] = value
    return result


def parse_meeting(value: Any) -> MeetingRecord:
    """Validate a decoded JSON value as `rapat-meeting/1`; raise _Problem at the first fault."""
    meeting = _Object(value, "", MEETING_KEYS)
    version = meeting.raw("format")
    if version is None:
        raise _Problem("format", tr("wajib diisi: '{format}'").format(format=FORMAT))
    if version != FORMAT:
        raise _Problem(
            "format",
            tr("versi format '{found}' tidak didukung; yang didukung '{format}'").format(
                found=version, format=FORMAT
            ),
        )
    start = meeting.time("start_time", required=True)
    end = meeting.time("end_time")
    if end is not None and end <= start:
        raise _Problem(
            "end_time",
            tr("jam selesai harus sesudah jam mulai ({start})").format(
                start=start.strftime("%H:%M")
            ),
        )
    agenda = meeting.strings("agenda")
    return MeetingRecord(
        title=meeting.text("title", required=True),
        kind=meeting.text("kind"),
        date=meeting.date("date", required=True),
        start_time=start,
        end_time=end,
        timezone=meeting.choice("timezone", TimeZone),
        location=meeting.text("location", required=True),
        organizer=meeting.text("organizer"),
        invitation_ref=meeting.text("invitation_ref"),
        invitation_date=meeting.date("invitation_date"),
        agenda=agenda,
        chair=_officer(meeting, "chair", required=True),
        secretary=_officer(meeting, "secretary"),
        note_taker=_officer(meeting, "note_taker"),
        participants=[
            _participant(item, f"participants[{i}]")
            for i, item in enumerate(meeting.array("participants"))
        ],
        opening=meeting.text("opening"),
        discussion=[
            _point(item, f"discussion[{i}]", len(agenda))
            for i, item in enumerate(meeting.array("discussion"))
        ],
        decisions=meeting.strings("decisions"),
        closing=meeting.text("closing"),
        actions=[_action(item, f"actions[{i}]") for i, item in enumerate(meeting.array("actions"))],
    )


def _officer(meeting: _Object, key: str, *, required: bool = False) -> Officer:
    value = meeting.raw(key)
    if value is None:
        if required:
            raise _Problem(key, tr("wajib diisi"))
        return Officer()
    officer = _Object(value, key, OFFICER_KEYS)
    return Officer(
        name=officer.text("name", required=True),
        position=officer.text("position"),
        nip=officer.nip("nip"),
        rank=officer.text("rank"),
    )


def _participant(value: Any, path: str) -> ParticipantRecord:
    item = _Object(value, path, PARTICIPANT_KEYS)
    return ParticipantRecord(
        name=item.text("name", required=True),
        position=item.text("position"),
        institution=item.text("institution", required=True),
        nip=item.nip("nip"),
        rank=item.text("rank"),
        phone=item.text("phone"),
        status=item.choice("status", AttendanceStatus, required=True),
        representing=item.text("representing"),
        check_in=item.time("check_in"),
    )


def _point(value: Any, path: str, agenda_length: int) -> PointRecord:
    item = _Object(value, path, POINT_KEYS)
    index = item.raw("agenda_item")
    if index is not None:
        if isinstance(index, bool) or not isinstance(index, int):
            raise _Problem(item.at("agenda_item"), tr("harus berupa bilangan bulat"))
        if not 1 <= index <= agenda_length:
            raise _Problem(
                item.at("agenda_item"),
                tr("{index} di luar jangkauan; agenda berisi {count} butir (mulai dari 1)").format(
                    index=index, count=agenda_length
                ),
            )
    return PointRecord(
        text=item.text("text", required=True), speaker=item.text("speaker"), agenda_item=index
    )


def _action(value: Any, path: str) -> ActionRecord:
    item = _Object(value, path, ACTION_KEYS)
    return ActionRecord(
        description=item.text("description", required=True),
        institution=item.text("institution", required=True),
        person=item.text("person"),
        due=item.date("due"),
        status=item.choice("status", ActionStatus, default=ActionStatus.OPEN.value),
    )


def meeting_to_json(record: MeetingRecord) -> dict[str, Any]:
    """The interchange object for a meeting; absent values are left out, as FORMAT.md allows."""
    return _compact(
        {
            "format": FORMAT,
            "title": record.title,
            "kind": record.kind,
            "date": record.date.isoformat(),
            "start_time": _hhmm(record.start_time),
            "end_time": _hhmm(record.end_time),
            "timezone": record.timezone,
            "location": record.location,
            "organizer": record.organizer,
            "invitation_ref": record.invitation_ref,
            "invitation_date": record.invitation_date.isoformat()
            if record.invitation_date
            else None,
            "agenda": record.agenda,
            "chair": _officer_json(record.chair),
            "secretary": _officer_json(record.secretary),
            "note_taker": _officer_json(record.note_taker),
            "participants": [_participant_json(p) for p in record.participants],
            "opening": record.opening,
            "discussion": [
                _compact({"agenda_item": p.agenda_item, "speaker": p.speaker, "text": p.text})
                for p in record.discussion
            ],
            "decisions": record.decisions,
            "closing": record.closing,
            "actions": [_action_json(a) for a in record.actions],
        }
    )


def _officer_json(officer: Officer) -> dict[str, Any] | None:
    if not officer:
        return None
    return _compact(
        {
            "name": officer.name,
            "position": officer.position,
            "nip": officer.nip,
            "rank": officer.rank,
        }
    )


def _participant_json(p: ParticipantRecord) -> dict[str, Any]:
    return _compact(
        {
            "name": p.name,
            "position": p.position,
            "institution": p.institution,
            "nip": p.nip,
            "rank": p.rank,
            "phone": p.phone,
            "status": p.status,
            "representing": p.representing,
            "check_in": _hhmm(p.check_in),
        }
    )


def _action_json(a: ActionRecord) -> dict[str, Any]:
    return _compact(
        {
            "description": a.description,
            "institution": a.institution,
            "person": a.person,
            "due": a.due.isoformat() if a.due else None,
            "status": a.status,
        }
    )


def _hhmm(value: time | None) -> str | None:
    return value.strftime("%H:%M") if value else None


def _compact(mapping: dict[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in mapping.items() if value not in (None, "", [])}
