"""The directory of institutions and people: lookups, and the self-filling that meetings feed."""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from rapat.models import Institution, Person
from rapat.models.base import name_key
from rapat.models.vocabulary import InstitutionCategory

_CATEGORY_WORDS = [
    (
        InstitutionCategory.ELECTION,
        r"\b(kpu|bawaslu|panwas\w*|komisi pemilihan|badan pengawas pemilu)\b",
    ),
    (
        InstitutionCategory.FORKOPIMDA,
        r"\b(polres\w*|polda|polsek|kodim|korem|kodam|koramil|kejaksaan|kejari|pengadilan|dprd"
        r"|lanal|lanud|brimob|yonif)\b",
    ),
    (InstitutionCategory.KECAMATAN, r"\b(kecamatan|kelurahan|desa|camat|lurah|nagari|distrik)\b"),
    (
        InstitutionCategory.COMMUNITY,
        r"\b(fkub|mui|nu|muhammadiyah|tokoh|ormas|forum|lsm|karang taruna|pkk|lembaga adat"
        r"|majelis|paguyuban|pemuda|gereja|keuskupan|parisada)\b",
    ),
    (
        InstitutionCategory.OPD,
        r"\b(dinas|badan|bagian|satuan polisi pamong praja|satpol pp|sekretariat|inspektorat"
        r"|rsud|bappeda|kesbangpol|bpbd|bpkad|bkpsdm|kantor)\b",
    ),
]


def guess_category(name: str) -> str:
    """A first guess at an institution's category from the words of its name; users can change it."""
    key = name_key(name)
    for category, pattern in _CATEGORY_WORDS:
        if re.search(pattern, key):
            return category.value
    return InstitutionCategory.OTHER.value


@dataclass
class DirectoryLinker:
    """Finds or adds the institutions and people that meeting records mention.

    Loads the directory's keys once, so recording many meetings in one session stays fast.
    """

    session: Session

    def __post_init__(self) -> None:
        rows = self.session.execute(select(Institution.name_key, Institution.id))
        self._institutions: dict[str, int] = {key: id_ for key, id_ in rows}
        self._by_nip: dict[str, int] = {}
        self._by_name: dict[tuple[str, int | None], int] = {}
        people = select(Person.id, Person.nip, Person.name_key, Person.institution_id)
        for person_id, nip, key, institution_id in self.session.execute(people):
            if nip:
                self._by_nip[nip] = person_id
            self._by_name[(key, institution_id)] = person_id

    def institution(self, name: str) -> int:
        key = name_key(name)
        found = self._institutions.get(key)
        if found is None:
            institution = Institution(name=name.strip(), category=guess_category(name))
            self.session.add(institution)
            self.session.flush()
            found = self._institutions[key] = institution.id
        return found

    def person(
        self,
        name: str,
        institution_id: int | None,
        *,
        nip: str | None = None,
        position: str | None = None,
        rank: str | None = None,
        phone: str | None = None,
    ) -> int:
        """The person's id, adding them to the directory when they are new."""
        found = self.find_person(name, institution_id, nip=nip)
        if found is not None:
            return found
        person = Person(
            name=name.strip(),
            nip=nip,
            position=position,
            rank=rank,
            phone=phone,
            institution_id=institution_id,
        )
        self.session.add(person)
        self.session.flush()
        if nip:
            self._by_nip[nip] = person.id
        self._by_name[(person.name_key, institution_id)] = person.id
        return person.id

    def find_person(
        self, name: str, institution_id: int | None, *, nip: str | None = None
    ) -> int | None:
        if nip and nip in self._by_nip:
            return self._by_nip[nip]
        return self._by_name.get((name_key(name), institution_id))
