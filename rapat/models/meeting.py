"""A meeting and what it owns: agenda, participants, discussion and decisions."""

from __future__ import annotations

import uuid
from datetime import date, datetime, time

from sqlalchemy import Boolean, ForeignKey, Integer, LargeBinary, String, Text, false
from sqlalchemy.orm import Mapped, composite, mapped_column, relationship, validates

from rapat.errors import InvalidInput
from rapat.i18n import tr
from rapat.models.base import (
    Base,
    ClientKeyed,
    UTCDateTime,
    Versioned,
    check_choice,
    check_nip,
    check_required,
    created_at_column,
    utcnow,
)
from rapat.models.officer import Officer
from rapat.models.tracking import Tracked
from rapat.models.vocabulary import AttendanceStatus, MeetingStatus, TimeZone


def _officer(role: str):
    columns = [
        mapped_column(f"{role}_{part}", Text) for part in ("name", "position", "nip", "rank")
    ]
    return composite(Officer, *columns)


def _new_uid() -> str:
    return str(uuid.uuid4())


class Meeting(Tracked, Versioned, Base):
    __tablename__ = "meetings"

    id: Mapped[int] = mapped_column(primary_key=True)
    # The meeting's identity across databases: a package imported again updates this meeting.
    # Every row has one (the default, and migration 0011 for older rows); the column allows NULL
    # only so that SQLite adds it without rebuilding the table, which would drop its triggers.
    uid: Mapped[str] = mapped_column(
        String(36), default=_new_uid, nullable=True, index=True, unique=True
    )
    title: Mapped[str] = mapped_column(Text)
    kind: Mapped[str | None] = mapped_column(Text)
    date: Mapped[date] = mapped_column(index=True)
    start_time: Mapped[time]
    end_time: Mapped[time | None]
    timezone: Mapped[str | None] = mapped_column(String(4))
    location: Mapped[str] = mapped_column(Text)
    organizer: Mapped[str | None] = mapped_column(Text)
    invitation_ref: Mapped[str | None] = mapped_column(Text)
    invitation_date: Mapped[date | None]
    chair: Mapped[Officer] = _officer("chair")
    secretary: Mapped[Officer] = _officer("secretary")
    note_taker: Mapped[Officer] = _officer("note_taker")
    opening: Mapped[str | None] = mapped_column(Text)
    closing: Mapped[str | None] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(10), default=MeetingStatus.DRAFT.value)
    revision: Mapped[int] = mapped_column(Integer, default=1)
    revision_reason: Mapped[str | None] = mapped_column(Text)
    follow_up_of_id: Mapped[int | None] = mapped_column(
        ForeignKey("meetings.id", ondelete="SET NULL"), index=True
    )
    created_at: Mapped[datetime] = created_at_column()
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)
    # Taken to a laptop as a package ("dibawa ke …"): not edited here until the package returns.
    taken_to: Mapped[str | None] = mapped_column(Text)
    taken_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    # The fingerprint of the meeting as at its last package exchange (rapat.services.package).
    synced: Mapped[str | None] = mapped_column(String(64))

    agenda: Mapped[list[AgendaItem]] = relationship(
        order_by="AgendaItem.seq", cascade="all, delete-orphan", back_populates="meeting"
    )
    participants: Mapped[list[Participant]] = relationship(
        order_by="Participant.seq", cascade="all, delete-orphan", back_populates="meeting"
    )
    points: Mapped[list[DiscussionPoint]] = relationship(
        order_by="DiscussionPoint.seq", cascade="all, delete-orphan", back_populates="meeting"
    )
    decisions: Mapped[list[Decision]] = relationship(
        order_by="Decision.seq", cascade="all, delete-orphan", back_populates="meeting"
    )

    @validates("title", "location")
    def _required(self, key, value):
        return check_required({"title": tr("Judul rapat"), "location": tr("Tempat")}[key], value)

    @validates("timezone")
    def _timezone(self, _key, value):
        return check_choice(tr("Zona waktu"), value or None, TimeZone)

    @validates("status")
    def _status(self, _key, value):
        return check_choice(tr("Status rapat"), value, MeetingStatus)

    @validates("start_time", "end_time")
    def _times(self, key, value):
        start, end = (value, self.end_time) if key == "start_time" else (self.start_time, value)
        if start is not None and end is not None and end <= start:
            raise InvalidInput(tr("Jam selesai harus sesudah jam mulai"))
        return value

    @property
    def is_final(self) -> bool:
        return self.status == MeetingStatus.FINAL


class AgendaItem(Tracked, Versioned, Base):
    __tablename__ = "agenda_items"

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(
        ForeignKey("meetings.id", ondelete="CASCADE"), index=True
    )
    seq: Mapped[int]
    title: Mapped[str] = mapped_column(Text)

    meeting: Mapped[Meeting] = relationship(back_populates="agenda")


class Participant(Tracked, Versioned, Base):
    """One line of the attendance list; the snapshot fields stay as they were on the day."""

    __tablename__ = "participants"

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(
        ForeignKey("meetings.id", ondelete="CASCADE"), index=True
    )
    seq: Mapped[int]
    name: Mapped[str] = mapped_column(Text)
    position: Mapped[str | None] = mapped_column(Text)
    institution: Mapped[str] = mapped_column(Text)
    nip: Mapped[str | None] = mapped_column(String(18))
    rank: Mapped[str | None] = mapped_column(Text)
    phone: Mapped[str | None] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(12), default=AttendanceStatus.ABSENT.value)
    representing: Mapped[str | None] = mapped_column(Text)
    check_in: Mapped[time | None]
    signature_png: Mapped[bytes | None] = mapped_column(LargeBinary)
    # Recorded by the attendee on a phone (rapat.kiosk) rather than at the desk.
    self_registered: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    person_id: Mapped[int | None] = mapped_column(
        ForeignKey("people.id", ondelete="SET NULL"), index=True
    )
    institution_id: Mapped[int | None] = mapped_column(
        ForeignKey("institutions.id", ondelete="SET NULL"), index=True
    )

    meeting: Mapped[Meeting] = relationship(back_populates="participants")

    @validates("name", "institution")
    def _required(self, key, value):
        return check_required({"name": tr("Nama"), "institution": tr("Instansi")}[key], value)

    @validates("status")
    def _status(self, _key, value):
        return check_choice(tr("Status kehadiran"), value, AttendanceStatus)

    @validates("nip")
    def _nip(self, _key, value):
        return check_nip(tr("NIP"), value)


class DiscussionPoint(ClientKeyed, Tracked, Versioned, Base):
    __tablename__ = "discussion_points"

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(
        ForeignKey("meetings.id", ondelete="CASCADE"), index=True
    )
    seq: Mapped[int]
    agenda_item_id: Mapped[int | None] = mapped_column(
        ForeignKey("agenda_items.id", ondelete="SET NULL"), index=True
    )
    speaker: Mapped[str | None] = mapped_column(Text)
    text: Mapped[str] = mapped_column(Text)

    meeting: Mapped[Meeting] = relationship(back_populates="points")

    @validates("text")
    def _text(self, _key, value):
        return check_required(tr("Isi pembahasan"), value)


class Decision(ClientKeyed, Tracked, Versioned, Base):
    __tablename__ = "decisions"

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(
        ForeignKey("meetings.id", ondelete="CASCADE"), index=True
    )
    seq: Mapped[int]
    text: Mapped[str] = mapped_column(Text)

    meeting: Mapped[Meeting] = relationship(back_populates="decisions")

    @validates("text")
    def _text(self, _key, value):
        return check_required(tr("Keputusan"), value)


__all__ = ["AgendaItem", "Decision", "DiscussionPoint", "Meeting", "Officer", "Participant"]
