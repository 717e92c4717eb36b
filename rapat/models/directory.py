"""The directory: institutions and people, filled as meetings are recorded."""

from __future__ import annotations

from sqlalchemy import ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship, validates

from rapat.i18n import tr
from rapat.models.base import Base, Versioned, check_choice, check_nip, check_required, name_key
from rapat.models.tracking import Tracked
from rapat.models.vocabulary import InstitutionCategory


class Institution(Tracked, Versioned, Base):
    __tablename__ = "institutions"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(Text)
    # Case- and space-folded name: "Polres  lembah hijau" is the same institution as "Polres Lembah Hijau".
    name_key: Mapped[str] = mapped_column(Text, unique=True)
    short_name: Mapped[str | None] = mapped_column(Text)
    category: Mapped[str] = mapped_column(String(20), default=InstitutionCategory.OTHER.value)

    people: Mapped[list[Person]] = relationship(back_populates="institution")

    @validates("name")
    def _name(self, _key, value):
        check_required(tr("Nama instansi"), value)
        self.name_key = name_key(value)
        return value

    @validates("category")
    def _category(self, _key, value):
        return check_choice(tr("Kategori"), value, InstitutionCategory)


class Person(Tracked, Versioned, Base):
    __tablename__ = "people"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(Text)
    name_key: Mapped[str] = mapped_column(Text, index=True)
    nip: Mapped[str | None] = mapped_column(String(18), unique=True)
    rank: Mapped[str | None] = mapped_column(Text)
    position: Mapped[str | None] = mapped_column(Text)
    phone: Mapped[str | None] = mapped_column(Text)
    institution_id: Mapped[int | None] = mapped_column(
        ForeignKey("institutions.id", ondelete="SET NULL"), index=True
    )

    institution: Mapped[Institution | None] = relationship(back_populates="people")

    @validates("name")
    def _name(self, _key, value):
        check_required(tr("Nama"), value)
        self.name_key = name_key(value)
        return value

    @validates("nip")
    def _nip(self, _key, value):
        return check_nip(tr("NIP"), value)
