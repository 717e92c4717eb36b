"""The directory of institutions and people: lookups, and the self-filling that meetings feed."""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy import func, or_, select, update
from sqlalchemy.orm import Session

from rapat.errors import InvalidInput, NotFound
from rapat.i18n import tr
from rapat.models import ActionItem, Institution, Participant, Person
from rapat.models.base import check_required, name_key
from rapat.models.vocabulary import InstitutionCategory
from rapat.services.versions import check_version, flush_checked

# What the directory's editors show, and a Conflict describes as the other person's version.
INSTITUTION_FIELDS = ("name", "short_name", "category")
PERSON_FIELDS = ("name", "nip", "rank", "position", "phone", "institution_id")

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
            found = self._institutions[key] = _get_or_add_institution(self.session, name)
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


def _get_or_add_institution(session: Session, name: str) -> int:
    """The id of the institution called name, added when it is new.

    Another writer may add the same institution between our read and our write: the insert
    yields to it (ON CONFLICT DO NOTHING, on SQLite and PostgreSQL alike) and its row is used.
    """
    name = name.strip()
    check_required(tr("Nama instansi"), name)
    key = name_key(name)
    dialect = session.get_bind().dialect.name
    if dialect == "postgresql":
        from sqlalchemy.dialects.postgresql import insert
    else:
        from sqlalchemy.dialects.sqlite import insert
    session.execute(
        insert(Institution)
        .values(name=name, name_key=key, category=guess_category(name))
        .on_conflict_do_nothing(index_elements=[Institution.name_key])
    )
    return session.scalar(select(Institution.id).where(Institution.name_key == key))


@dataclass(frozen=True)
class InstitutionRow:
    id: int
    name: str
    short_name: str | None
    category: str
    people: int
    version: int


@dataclass(frozen=True)
class PersonRow:
    id: int
    name: str
    nip: str | None
    rank: str | None
    position: str | None
    phone: str | None
    institution_id: int | None
    institution: str | None
    version: int


def list_institutions(session: Session, search: str = "") -> list[InstitutionRow]:
    """Institutions by name, with how many people the directory knows there; filtered by any part."""
    people = (
        select(Person.institution_id, func.count(Person.id).label("n"))
        .group_by(Person.institution_id)
        .subquery()
    )
    query = (
        select(
            Institution.id,
            Institution.name,
            Institution.short_name,
            Institution.category,
            func.coalesce(people.c.n, 0),
            Institution.version,
        )
        .outerjoin(people, people.c.institution_id == Institution.id)
        .order_by(Institution.name_key)
    )
    if search.strip():
        pattern = f"%{search.strip()}%"
        query = query.where(
            or_(Institution.name.ilike(pattern), Institution.short_name.ilike(pattern))
        )
    return [InstitutionRow(*row) for row in session.execute(query)]


def list_people(
    session: Session, search: str = "", institution_id: int | None = None
) -> list[PersonRow]:
    """People by name; search matches any part of name, position, NIP or institution."""
    query = (
        select(
            Person.id,
            Person.name,
            Person.nip,
            Person.rank,
            Person.position,
            Person.phone,
            Person.institution_id,
            Institution.name,
            Person.version,
        )
        .outerjoin(Institution, Person.institution_id == Institution.id)
        .order_by(Person.name_key, Person.id)
    )
    if institution_id is not None:
        query = query.where(Person.institution_id == institution_id)
    if search.strip():
        pattern = f"%{search.strip()}%"
        query = query.where(
            or_(
                Person.name.ilike(pattern),
                Person.position.ilike(pattern),
                Person.nip.like(pattern),
                Institution.name.ilike(pattern),
            )
        )
    return [PersonRow(*row) for row in session.execute(query)]


def save_institution(
    session: Session,
    institution_id: int | None,
    name: str,
    short_name: str | None = None,
    category: str | None = None,
    version: int | None = None,
) -> int:
    """Add an institution (id None) or change one as read at `version` (None: whatever is stored);
    a name already in the directory is refused, and so is a stale version (Conflict)."""
    check_required(tr("Nama instansi"), name)
    name = " ".join(name.split())
    clash = session.scalar(select(Institution.id).where(Institution.name_key == name_key(name)))
    if clash is not None and clash != institution_id:
        raise InvalidInput(tr("Instansi '{name}' sudah ada di direktori").format(name=name))
    what = tr("Instansi {name}").format(name=name)
    institution = Institution()
    if institution_id:
        institution = _get(session, Institution, institution_id)
        what = tr("Instansi {name}").format(name=institution.name)
        check_version(institution, version, what, INSTITUTION_FIELDS)
    institution.name = name
    institution.short_name = (short_name or "").strip() or None
    institution.category = category or guess_category(name)
    session.add(institution)
    flush_checked(session, institution, what, INSTITUTION_FIELDS)
    return institution.id


def save_person(
    session: Session,
    person_id: int | None,
    name: str,
    *,
    institution_id: int | None = None,
    nip: str | None = None,
    rank: str | None = None,
    position: str | None = None,
    phone: str | None = None,
    version: int | None = None,
) -> int:
    """Add a person (id None) or change one as read at `version` (None: whatever is stored); an
    NIP another person has is refused, and so is a stale version (Conflict)."""
    check_required(tr("Nama"), name)
    nip = (nip or "").strip() or None
    if nip:
        clash = session.scalar(select(Person.id).where(Person.nip == nip))
        if clash is not None and clash != person_id:
            raise InvalidInput(
                tr("NIP {nip} sudah dipakai orang lain di direktori").format(nip=nip)
            )
    what = tr("Data {name}").format(name=" ".join(name.split()))
    person = Person()
    if person_id:
        person = _get(session, Person, person_id)
        what = tr("Data {name}").format(name=person.name)
        check_version(person, version, what, PERSON_FIELDS)
    person.name = " ".join(name.split())
    person.nip = nip
    person.rank = (rank or "").strip() or None
    person.position = (position or "").strip() or None
    person.phone = (phone or "").strip() or None
    person.institution_id = institution_id
    session.add(person)
    flush_checked(session, person, what, PERSON_FIELDS)
    return person.id


def merge_institutions(session: Session, keep_id: int, drop_id: int) -> None:
    """Fold a duplicate institution into another: its people, participants and actions move over."""
    if keep_id == drop_id:
        raise InvalidInput(tr("Pilih dua instansi yang berbeda untuk digabung"))
    keep, drop = _get(session, Institution, keep_id), _get(session, Institution, drop_id)
    for model in (Person, Participant, ActionItem):
        session.execute(
            update(model).where(model.institution_id == drop.id).values(institution_id=keep.id)
        )
    if not keep.short_name:
        keep.short_name = drop.short_name
    session.delete(drop)
    session.flush()


def merge_people(session: Session, keep_id: int, drop_id: int) -> None:
    """Fold a duplicate person into another: participants and actions point to the one kept."""
    if keep_id == drop_id:
        raise InvalidInput(tr("Pilih dua orang yang berbeda untuk digabung"))
    keep, drop = _get(session, Person, keep_id), _get(session, Person, drop_id)
    for model in (Participant, ActionItem):
        session.execute(update(model).where(model.person_id == drop.id).values(person_id=keep.id))
    for field in ("nip", "rank", "position", "phone", "institution_id"):
        if getattr(keep, field) is None:
            value = getattr(drop, field)
            if field == "nip":
                drop.nip = None
                session.flush()
            setattr(keep, field, value)
    session.delete(drop)
    session.flush()


def _get(session: Session, model: type, id_: int):
    found = session.get(model, id_)
    if found is None:
        raise NotFound(tr("Data direktori ini sudah tidak ada"))
    return found
