"""Meeting packages (`.rapat`): a whole meeting that travels to a laptop and back.

A package is a ZIP file (layout in FORMAT.md and the README):

    manifest.json            format "rapat-package", version, the meeting's uid, the fingerprints
                             `base` and `content`, who made it and when, a SHA-256 per member
    meeting.json             the meeting as rapat-meeting/1
    record.json              what that format does not carry: status and revision, the photos',
                             signed documents' and signatures' files, the audit trail
    signatures/NNNN.png      an attendee's signature, NNNN the participant's place (from 1)
    photos/NN-name           the photos, in their order
    documents/rN-NN.pdf      the archived (signed) PDFs, byte for byte

A meeting's fingerprint is the SHA-256 of everything a package carries except the audit trail.
`content` is the meeting's fingerprint when the package was made; `base` is its fingerprint at its
previous exchange (the package it came in, or the one made before), so that a destination that
still holds `base` (or already `content`) has not changed since, and is updated in place.
Otherwise nothing is stored and both sides are described (PackageConflict).
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import zipfile
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from rapat.dates import clock, long_date
from rapat.errors import InvalidInput, PackageConflict
from rapat.fileio import write_atomically
from rapat.i18n import tr
from rapat.models import (
    ActionItem,
    AgendaItem,
    Attachment,
    AuditEvent,
    Decision,
    DiscussionPoint,
    Meeting,
    Participant,
    SignedDocument,
)
from rapat.models.base import utcnow
from rapat.records.meeting import MeetingRecord
from rapat.services.audit import current_user, record_event, record_export
from rapat.services.interchange import meeting_to_json, read_meeting_bytes
from rapat.services.meetings import (
    load_meeting,
    meeting_details,
    meeting_row,
    store_contents,
    store_meeting,
)

FORMAT = "rapat-package"
VERSION = 1
MANIFEST, MEETING, RECORD = "manifest.json", "meeting.json", "record.json"
OWNED = (AgendaItem, Participant, DiscussionPoint, Decision, ActionItem, Attachment, SignedDocument)
# The meeting's own columns that a package carries beside the interchange JSON's.
CARRIED = ("status", "revision", "revision_reason")


@dataclass(frozen=True)
class PackageWritten:
    path: Path
    meeting_id: int
    title: str
    members: int
    size: int


@dataclass(frozen=True)
class PackageStored:
    """What importing a package did: "new", "updated" or "unchanged"."""

    meeting_id: int
    title: str
    outcome: str
    participants: int


# -- the fingerprint -------------------------------------------------------------------------------


def _sha(data: bytes | None) -> str | None:
    return None if data is None else hashlib.sha256(data).hexdigest()


def fingerprint(session: Session, meeting_id: int) -> str:
    """The SHA-256 of what a package of the meeting carries, its audit trail aside."""
    return _fingerprint(*_contents(session, meeting_id))


def _contents(session: Session, meeting_id: int) -> tuple[MeetingRecord, Meeting, dict, dict]:
    meeting = meeting_row(session, meeting_id)
    record = load_meeting(session, meeting_id)
    signatures = session.scalars(
        select(Participant.signature_png)
        .where(Participant.meeting_id == meeting_id)
        .order_by(Participant.seq, Participant.id)
    ).all()
    photos = session.scalars(
        select(Attachment)
        .where(Attachment.meeting_id == meeting_id)
        .order_by(Attachment.seq, Attachment.id)
    ).all()
    documents = session.scalars(
        select(SignedDocument)
        .where(SignedDocument.meeting_id == meeting_id)
        .order_by(SignedDocument.revision, SignedDocument.id)
    ).all()
    files: dict[str, bytes] = {}
    state: dict[str, Any] = {key: getattr(meeting, key) for key in CARRIED}
    state["signatures"] = {}
    for place, png in enumerate(signatures, start=1):
        if png is not None:
            name = f"signatures/{place:04d}.png"
            files[name] = png
            state["signatures"][str(place)] = name
    state["photos"] = []
    for place, photo in enumerate(photos, start=1):
        name = f"photos/{place:02d}-{Path(photo.filename).name or 'foto'}"
        files[name] = photo.data
        state["photos"].append(
            {
                "file": name,
                "filename": photo.filename,
                "media_type": photo.media_type,
                "caption": photo.caption,
            }
        )
    state["documents"] = []
    for place, document in enumerate(documents, start=1):
        name = f"documents/r{document.revision}-{place:02d}.pdf"
        files[name] = document.data
        state["documents"].append(
            {
                "file": name,
                "revision": document.revision,
                "state": document.state,
                "sha256": document.sha256,
                "created_at": document.created_at.isoformat(),
                "updated_at": document.updated_at.isoformat(),
            }
        )
    return record, meeting, state, files


def _fingerprint(record: MeetingRecord, _meeting: Meeting, state: dict, files: dict) -> str:
    described = {
        "meeting": meeting_to_json(record),
        "state": state,
        "files": {name: _sha(data) for name, data in sorted(files.items())},
    }
    canonical = json.dumps(described, sort_keys=True, ensure_ascii=False, default=str)
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


# -- export ----------------------------------------------------------------------------------------


def export_package(
    session: Session, meeting_id: int, path: str | os.PathLike, taken_to: str | None = None
) -> PackageWritten:
    """Write the meeting as a package; with taken_to, mark it as taken there ("dibawa ke …"), so
    that it is not edited here until the package comes back."""
    path = Path(path)
    record, meeting, state, files = _contents(session, meeting_id)
    content = _fingerprint(record, meeting, state, files)
    state["audit"] = [
        {"at": at.isoformat(), "user": user, "event": event, "detail": detail}
        for at, user, event, detail in session.execute(
            select(AuditEvent.at, AuditEvent.user, AuditEvent.event, AuditEvent.detail)
            .where(AuditEvent.meeting_id == meeting_id)
            .order_by(AuditEvent.at, AuditEvent.id)
        )
    ]
    members = {
        MEETING: json.dumps(meeting_to_json(record), ensure_ascii=False, indent=2).encode(),
        RECORD: json.dumps(state, ensure_ascii=False, indent=2, default=str).encode(),
        **files,
    }
    manifest = {
        "format": FORMAT,
        "version": VERSION,
        "meeting_uid": meeting.uid,
        "base": meeting.synced or content,
        "content": content,
        "made_by": current_user(session),
        "made_at": utcnow().isoformat(),
        "members": {name: _sha(data) for name, data in members.items()},
    }
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr(MANIFEST, json.dumps(manifest, indent=2), zipfile.ZIP_DEFLATED)
        for name, data in members.items():
            # Pictures and PDFs are compressed already: stored as they are, they pack at once.
            method = zipfile.ZIP_DEFLATED if name.endswith(".json") else zipfile.ZIP_STORED
            archive.writestr(name, data, method)
    data = buffer.getvalue()
    write_atomically(path, data)
    meeting.synced = content
    if taken_to:
        meeting.taken_to, meeting.taken_at = taken_to, utcnow()
    record_export(session, meeting_id, "package", path.name)
    return PackageWritten(path, meeting_id, meeting.title, len(members), len(data))


def release_meeting(session: Session, meeting_id: int) -> None:
    """Take away the "dibawa ke …" mark without the package (the laptop's copy was given up)."""
    meeting = meeting_row(session, meeting_id)
    meeting.taken_to = meeting.taken_at = None


# -- import ----------------------------------------------------------------------------------------


@dataclass
class _Package:
    manifest: dict[str, Any]
    record: MeetingRecord
    state: dict[str, Any]
    files: dict[str, bytes]


def read_package(path: str | os.PathLike) -> _Package:
    """Read a whole package and check it: format and version, every member against its SHA-256,
    the meeting's JSON; raise InvalidInput naming the file and the problem."""
    path = Path(path)
    try:
        raw = path.read_bytes()
    except OSError as error:
        raise InvalidInput(
            tr("{file}: tidak dapat dibaca ({reason})").format(file=path, reason=error.strerror)
        ) from None
    damaged = tr("{file}: paket rusak atau terpotong; tidak ada yang disimpan.").format(file=path)
    try:
        with zipfile.ZipFile(io.BytesIO(raw)) as archive:
            contents = {info.filename: archive.read(info) for info in archive.infolist()}
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, ValueError):
        raise InvalidInput(damaged) from None
    try:
        manifest = json.loads(contents.pop(MANIFEST))
        kind, version = manifest["format"], manifest["version"]
    except (KeyError, TypeError, ValueError):
        raise InvalidInput(
            tr("{file}: bukan paket rapat (tidak ada manifest yang sah).").format(file=path)
        ) from None
    if kind != FORMAT:
        raise InvalidInput(tr("{file}: bukan paket rapat ({kind}).").format(file=path, kind=kind))
    if not isinstance(version, int) or version > VERSION:
        raise InvalidInput(
            tr(
                "{file}: paket dibuat oleh Rapat yang lebih baru ({kind}/{version}); "
                "perbarui Rapat untuk membukanya. Tidak ada yang disimpan."
            ).format(file=path, kind=FORMAT, version=version)
        )
    listed = manifest.get("members")
    if (
        not isinstance(listed, dict)
        or set(listed) != set(contents)
        or any(_sha(data) != listed[name] for name, data in contents.items())
    ):
        raise InvalidInput(damaged)
    record = read_meeting_bytes(contents.pop(MEETING), f"{path}:{MEETING}")
    try:
        state = json.loads(contents.pop(RECORD))
    except (KeyError, ValueError):
        raise InvalidInput(damaged) from None
    return _Package(manifest, record, state, contents)


def import_package(session: Session, path: str | os.PathLike) -> PackageStored:
    """Store a package's meeting: as a new meeting, or over the same meeting when this copy has
    not changed since the package was made; refuse (PackageConflict) when both sides changed."""
    package = read_package(path)
    uid = package.manifest.get("meeting_uid")
    existing = session.scalar(select(Meeting).where(Meeting.uid == uid)) if uid else None
    record = _with_signatures(package)
    if existing is None:
        meeting_id = store_meeting(session, record)
        meeting = meeting_row(session, meeting_id)
        if uid:
            meeting.uid = uid
        outcome = "new"
    else:
        meeting, meeting_id = existing, existing.id
        here = fingerprint(session, meeting_id)
        if here == package.manifest.get("content"):
            outcome = "unchanged"
        elif here == package.manifest.get("base"):
            _replace(session, meeting, record)
            outcome = "updated"
        else:
            raise PackageConflict(_both_sides(session, meeting, package, Path(path)))
    if outcome != "unchanged":
        _store_state(session, meeting, package)
    meeting.synced = package.manifest.get("content")
    meeting.taken_to = meeting.taken_at = None
    _merge_audit(session, meeting_id, package.state.get("audit", []))
    record_event(session, "package_import", meeting_id, file=Path(path).name, outcome=outcome)
    return PackageStored(meeting_id, meeting.title, outcome, len(record.participants))


def _with_signatures(package: _Package) -> MeetingRecord:
    record = package.record
    signatures = package.state.get("signatures", {})
    record.participants = [
        replace(p, signature_png=package.files.get(signatures.get(str(place), "")))
        for place, p in enumerate(record.participants, start=1)
    ]
    return record


def _replace(session: Session, meeting: Meeting, record: MeetingRecord) -> None:
    """Give the meeting the record's details and rows in place of its own: it keeps its number,
    its identity and every link to it from elsewhere."""
    for model in OWNED:
        session.execute(delete(model).where(model.meeting_id == meeting.id))
    for key, value in meeting_details(record).items():
        setattr(meeting, key, value)
    store_contents(session, meeting.id, record)
    session.flush()


def _store_state(session: Session, meeting: Meeting, package: _Package) -> None:
    state, files = package.state, package.files
    for key in CARRIED:
        if key in state:
            setattr(meeting, key, state[key])
    session.execute(delete(Attachment).where(Attachment.meeting_id == meeting.id))
    session.execute(delete(SignedDocument).where(SignedDocument.meeting_id == meeting.id))
    for seq, photo in enumerate(state.get("photos", [])):
        session.add(
            Attachment(
                meeting_id=meeting.id,
                seq=seq,
                filename=photo["filename"],
                media_type=photo["media_type"],
                caption=photo.get("caption"),
                data=files[photo["file"]],
            )
        )
    for document in state.get("documents", []):
        data = files[document["file"]]
        session.add(
            SignedDocument(
                meeting_id=meeting.id,
                revision=document["revision"],
                state=document["state"],
                sha256=_sha(data),
                data=data,
                created_at=datetime.fromisoformat(document["created_at"]),
                updated_at=datetime.fromisoformat(document["updated_at"]),
            )
        )
    session.flush()


def _merge_audit(session: Session, meeting_id: int, events: list[dict[str, Any]]) -> None:
    """Add the package's audit events that this database does not hold yet."""
    held = set(
        session.execute(
            select(AuditEvent.at, AuditEvent.user, AuditEvent.event, AuditEvent.detail).where(
                AuditEvent.meeting_id == meeting_id
            )
        ).all()
    )
    for event in events:
        at = datetime.fromisoformat(event["at"])
        key = (at, event.get("user"), event["event"], event.get("detail"))
        if key not in held:
            session.add(
                AuditEvent(
                    at=at,
                    user=event.get("user"),
                    event=event["event"],
                    meeting_id=meeting_id,
                    detail=event.get("detail"),
                )
            )


def _both_sides(session: Session, meeting: Meeting, package: _Package, path: Path) -> str:
    here = load_meeting(session, meeting.id)
    return tr(
        "{file}: rapat '{title}' sudah berubah di sini dan di paket sejak paket dibuat; "
        "tidak ada yang disimpan.\n"
        "Di sini: terakhir diubah oleh {here_by} pada {here_at}; {here_summary}.\n"
        "Di paket: dibuat oleh {there_by} pada {there_at}; {there_summary}.\n"
        "Bandingkan kedua salinan, lalu ekspor ulang dari salinan yang benar."
    ).format(
        file=path.name,
        title=meeting.title,
        here_by=meeting.changed_by or "?",
        here_at=_when(meeting.changed_at),
        here_summary=_summary(here),
        there_by=package.manifest.get("made_by") or "?",
        there_at=_when(_moment(package.manifest.get("made_at"))),
        there_summary=_summary(package.record),
    )


def _moment(text: str | None) -> datetime | None:
    try:
        return datetime.fromisoformat(text) if text else None
    except ValueError:
        return None


def _when(moment: datetime | None) -> str:
    """A moment on this computer's clock, as the Riwayat tab shows it."""
    if moment is None:
        return "?"
    here = moment.astimezone()
    return f"{long_date(here.date())} {clock(here.time())}"


def _summary(record: MeetingRecord) -> str:
    present = sum(1 for p in record.participants if p.status in ("present", "represented"))
    return tr(
        "{participants} peserta ({present} hadir), {points} pembahasan, {decisions} keputusan, "
        "{actions} tindak lanjut"
    ).format(
        participants=len(record.participants),
        present=present,
        points=len(record.discussion),
        decisions=len(record.decisions),
        actions=len(record.actions),
    )
