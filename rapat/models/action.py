"""Follow-up actions and the history of their status."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship, validates

from rapat.i18n import tr
from rapat.models.base import Base, Versioned, check_choice, check_required, created_at_column
from rapat.models.tracking import Tracked
from rapat.models.vocabulary import ActionStatus


class ActionItem(Tracked, Versioned, Base):
    __tablename__ = "action_items"

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(
        ForeignKey("meetings.id", ondelete="CASCADE"), index=True
    )
    seq: Mapped[int]
    description: Mapped[str] = mapped_column(Text)
    institution: Mapped[str] = mapped_column(Text)
    institution_id: Mapped[int | None] = mapped_column(
        ForeignKey("institutions.id", ondelete="SET NULL"), index=True
    )
    person: Mapped[str | None] = mapped_column(Text)
    person_id: Mapped[int | None] = mapped_column(
        ForeignKey("people.id", ondelete="SET NULL"), index=True
    )
    due: Mapped[date | None] = mapped_column(index=True)
    status: Mapped[str] = mapped_column(String(12), default=ActionStatus.OPEN.value, index=True)
    # Where the action came from: a point or decision of this meeting, or an earlier meeting's action.
    source_point_id: Mapped[int | None] = mapped_column(
        ForeignKey("discussion_points.id", ondelete="SET NULL")
    )
    source_decision_id: Mapped[int | None] = mapped_column(
        ForeignKey("decisions.id", ondelete="SET NULL")
    )
    carried_from_id: Mapped[int | None] = mapped_column(
        ForeignKey("action_items.id", ondelete="SET NULL"), index=True
    )
    created_at: Mapped[datetime] = created_at_column()

    history: Mapped[list[ActionStatusChange]] = relationship(
        order_by="ActionStatusChange.at", cascade="all, delete-orphan", back_populates="action"
    )

    @validates("description", "institution")
    def _required(self, key, value):
        labels = {"description": tr("Uraian tindak lanjut"), "institution": tr("Instansi")}
        return check_required(labels[key], value)

    @validates("status")
    def _status(self, _key, value):
        return check_choice(tr("Status tindak lanjut"), value, ActionStatus)


class ActionStatusChange(Base):
    __tablename__ = "action_status_changes"

    id: Mapped[int] = mapped_column(primary_key=True)
    action_id: Mapped[int] = mapped_column(
        ForeignKey("action_items.id", ondelete="CASCADE"), index=True
    )
    at: Mapped[datetime] = created_at_column()
    user: Mapped[str | None] = mapped_column(Text)
    old_status: Mapped[str | None] = mapped_column(String(12))
    new_status: Mapped[str] = mapped_column(String(12))
    note: Mapped[str | None] = mapped_column(Text)  # what a person wrote
    # A change Rapat made itself (an action carried into a follow-up meeting): a code and its data
    # as JSON, put into words in the reader's language when shown (rapat.services.actions).
    code: Mapped[str | None] = mapped_column(String(24))
    data: Mapped[str | None] = mapped_column(Text)

    action: Mapped[ActionItem] = relationship(back_populates="history")

    @validates("old_status", "new_status")
    def _status(self, _key, value):
        return check_choice(tr("Status tindak lanjut"), value, ActionStatus)


__all__ = ["ActionItem", "ActionStatusChange"]
