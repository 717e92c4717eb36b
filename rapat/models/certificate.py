"""Signing certificates the office keeps: its local root, officers' keys (encrypted), trusted CAs."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import LargeBinary, String, Text
from sqlalchemy.orm import Mapped, mapped_column, validates

from rapat.i18n import tr
from rapat.models.base import Base, UTCDateTime, check_choice, created_at_column
from rapat.models.vocabulary import CertificateKind


class Certificate(Base):
    """One X.509 certificate; for a root or an officer also its PKCS#12, encrypted by a passphrase
    that Rapat never stores."""

    __tablename__ = "certificates"

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(10))
    owner: Mapped[str] = mapped_column(Text)
    subject: Mapped[str] = mapped_column(Text)
    issuer: Mapped[str] = mapped_column(Text)
    not_before: Mapped[datetime] = mapped_column(UTCDateTime)
    not_after: Mapped[datetime] = mapped_column(UTCDateTime)
    fingerprint: Mapped[str] = mapped_column(String(64), unique=True)
    certificate_pem: Mapped[str] = mapped_column(Text)
    pkcs12: Mapped[bytes | None] = mapped_column(LargeBinary)
    revoked_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    revocation_reason: Mapped[str | None] = mapped_column(Text)
    crl: Mapped[bytes | None] = mapped_column(LargeBinary)  # the root's latest CRL (DER)
    created_at: Mapped[datetime] = created_at_column()

    @validates("kind")
    def _kind(self, _key, value):
        return check_choice(tr("Jenis sertifikat"), value, CertificateKind)
