"""The schema: SQLAlchemy mapped classes. No Qt, no I/O beyond the database."""

from rapat.models.action import ActionItem, ActionStatusChange
from rapat.models.archive import Attachment, AuditEvent, SignedDocument
from rapat.models.base import Base
from rapat.models.certificate import Certificate
from rapat.models.directory import Institution, Person
from rapat.models.meeting import (
    AgendaItem,
    Decision,
    DiscussionPoint,
    Meeting,
    Officer,
    Participant,
)
from rapat.models.organization import OrganizationProfile

__all__ = [
    "ActionItem",
    "ActionStatusChange",
    "AgendaItem",
    "Attachment",
    "AuditEvent",
    "Base",
    "Certificate",
    "Decision",
    "DiscussionPoint",
    "Institution",
    "Meeting",
    "Officer",
    "OrganizationProfile",
    "Participant",
    "Person",
    "SignedDocument",
]
