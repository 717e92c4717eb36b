"""The schema: SQLAlchemy mapped classes. No Qt, no I/O beyond the database.

The mapped classes load when one of them is first asked for, and then all together, so that every
relationship resolves. Until then the plain submodules (vocabulary, officer) import without
SQLAlchemy, which lets the window paint before SQLAlchemy has loaded.
"""

from importlib import import_module

_HOMES = {
    "ActionItem": "action",
    "ActionStatusChange": "action",
    "AgendaItem": "meeting",
    "Attachment": "archive",
    "AuditEvent": "archive",
    "Base": "base",
    "Certificate": "certificate",
    "Decision": "meeting",
    "DiscussionPoint": "meeting",
    "Institution": "directory",
    "InvitationCounter": "organization",
    "Meeting": "meeting",
    "Officer": "officer",
    "OrganizationProfile": "organization",
    "Participant": "meeting",
    "Person": "directory",
    "SignedDocument": "archive",
}

__all__ = sorted(_HOMES)


def __getattr__(name: str):
    if name not in _HOMES:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    for key, home in _HOMES.items():
        globals()[key] = getattr(import_module(f"{__name__}.{home}"), key)
    return globals()[name]
