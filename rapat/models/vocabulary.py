"""The closed vocabularies of the data, with the Indonesian words users read for each value.

The labels are the Indonesian words of the official documents, which use them as they are; the
interface shows them through rapat.i18n.tr() in its own language.
"""

from __future__ import annotations

from enum import StrEnum

from rapat.i18n import QT_TR_NOOP


class AttendanceStatus(StrEnum):
    PRESENT = "present"
    REPRESENTED = "represented"
    EXCUSED = "excused"
    ABSENT = "absent"


class ActionStatus(StrEnum):
    OPEN = "open"
    IN_PROGRESS = "in_progress"
    DONE = "done"
    CANCELLED = "cancelled"


class MeetingStatus(StrEnum):
    DRAFT = "draft"
    FINAL = "final"


class TimeZone(StrEnum):
    WIB = "WIB"
    WITA = "WITA"
    WIT = "WIT"


class InstitutionCategory(StrEnum):
    FORKOPIMDA = "forkopimda"
    OPD = "opd"
    KECAMATAN = "kecamatan"
    ELECTION = "election"
    COMMUNITY = "community"
    OTHER = "other"


class SignatureBlocks(StrEnum):
    CHAIR = "chair"
    CHAIR_AND_NOTE_TAKER = "chair_note_taker"


ATTENDANCE_LABELS = {
    AttendanceStatus.PRESENT: QT_TR_NOOP("Hadir"),
    AttendanceStatus.REPRESENTED: QT_TR_NOOP("Diwakili"),
    AttendanceStatus.EXCUSED: QT_TR_NOOP("Izin"),
    AttendanceStatus.ABSENT: QT_TR_NOOP("Tidak hadir"),
}

ACTION_LABELS = {
    ActionStatus.OPEN: QT_TR_NOOP("Belum dikerjakan"),
    ActionStatus.IN_PROGRESS: QT_TR_NOOP("Sedang dikerjakan"),
    ActionStatus.DONE: QT_TR_NOOP("Selesai"),
    ActionStatus.CANCELLED: QT_TR_NOOP("Dibatalkan"),
}

MEETING_STATUS_LABELS = {
    MeetingStatus.DRAFT: QT_TR_NOOP("Draf"),
    MeetingStatus.FINAL: QT_TR_NOOP("Final"),
}

CATEGORY_LABELS = {
    InstitutionCategory.FORKOPIMDA: QT_TR_NOOP("Forkopimda"),
    InstitutionCategory.OPD: QT_TR_NOOP("OPD"),
    InstitutionCategory.KECAMATAN: QT_TR_NOOP("Kecamatan/Kelurahan"),
    InstitutionCategory.ELECTION: QT_TR_NOOP("Penyelenggara Pemilu"),
    InstitutionCategory.COMMUNITY: QT_TR_NOOP("Tokoh/Ormas"),
    InstitutionCategory.OTHER: QT_TR_NOOP("Lainnya"),
}

TIMEZONE_OFFSETS = {TimeZone.WIB: 7, TimeZone.WITA: 8, TimeZone.WIT: 9}


class CertificateKind(StrEnum):
    ROOT = "root"  # the office's local root, which issues officers' certificates
    OFFICER = "officer"  # an officer's signing certificate with its encrypted key
    TRUSTED = "trusted"  # someone else's certificate authority, trusted when verifying


class SignatureField(StrEnum):
    """The signature fields of a finalized notula, in signing order."""

    CHAIR = "ttd_ketua"
    NOTE_TAKER = "ttd_notulis"


SIGNATURE_FIELD_LABELS = {
    SignatureField.CHAIR: QT_TR_NOOP("Pimpinan Rapat"),
    SignatureField.NOTE_TAKER: QT_TR_NOOP("Notulis"),
}
