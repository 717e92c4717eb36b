"""The closed vocabularies of the data, with the Indonesian words users read for each value."""

from __future__ import annotations

from enum import StrEnum


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
    AttendanceStatus.PRESENT: "Hadir",
    AttendanceStatus.REPRESENTED: "Diwakili",
    AttendanceStatus.EXCUSED: "Izin",
    AttendanceStatus.ABSENT: "Tidak hadir",
}

ACTION_LABELS = {
    ActionStatus.OPEN: "Belum dikerjakan",
    ActionStatus.IN_PROGRESS: "Sedang dikerjakan",
    ActionStatus.DONE: "Selesai",
    ActionStatus.CANCELLED: "Dibatalkan",
}

MEETING_STATUS_LABELS = {
    MeetingStatus.DRAFT: "Draf",
    MeetingStatus.FINAL: "Final",
}

CATEGORY_LABELS = {
    InstitutionCategory.FORKOPIMDA: "Forkopimda",
    InstitutionCategory.OPD: "OPD",
    InstitutionCategory.KECAMATAN: "Kecamatan/Kelurahan",
    InstitutionCategory.ELECTION: "Penyelenggara Pemilu",
    InstitutionCategory.COMMUNITY: "Tokoh/Ormas",
    InstitutionCategory.OTHER: "Lainnya",
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
    SignatureField.CHAIR: "Pimpinan Rapat",
    SignatureField.NOTE_TAKER: "Notulis",
}
