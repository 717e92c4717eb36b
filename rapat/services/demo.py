"""Realistic invented meetings of an invented regency, for trying Rapat and measuring it.

Deterministic for a seed: the same seed gives the same meetings, names, NIPs and statuses.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, time, timedelta

from rapat.models.officer import Officer
from rapat.models.vocabulary import ActionStatus, AttendanceStatus, InstitutionCategory
from rapat.records.meeting import ActionRecord, MeetingRecord, ParticipantRecord, PointRecord
from rapat.services.demo_data import (
    ACTION_TEMPLATES,
    ARMY_RANKS,
    ASN_RANKS,
    DECISION_TEMPLATES,
    DEGREES,
    FIRST_NAMES,
    INSTITUTIONS,
    LAST_NAMES,
    LOCATIONS,
    POINT_TEMPLATES,
    POLICE_RANKS,
    PREFIXES,
    REGION,
    TOPICS,
)
from rapat.services.directory import DirectoryLinker
from rapat.services.meetings import store_meeting


@dataclass
class _Official:
    name: str
    position: str
    institution: str
    nip: str | None
    rank: str | None
    phone: str


class DemoGenerator:
    """Invents the people of the regency once, then meetings that draw on them."""

    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        self.officials: dict[str, list[_Official]] = {
            inst[0]: [self._official(inst, inst[3])] + [self._official(inst, p) for p in inst[4]]
            for inst in INSTITUTIONS
        }
        self.heads = {inst[0]: inst[3] for inst in INSTITUTIONS}

    def _official(self, institution: tuple, position: str) -> _Official:
        rng = self.rng
        name, category = institution[0], institution[2]
        base = f"{rng.choice(FIRST_NAMES)} {rng.choice(LAST_NAMES)}"
        nip = rank = None
        if name.startswith("Polres"):
            full = f"{rng.choice(POLICE_RANKS)} {base}{rng.choice(DEGREES[:5])}"
        elif name.startswith("Kodim"):
            full = f"{rng.choice(ARMY_RANKS)} {base}"
        else:
            full = self._with_titles(base)
            if category in (InstitutionCategory.OPD, InstitutionCategory.KECAMATAN):
                nip, rank = self._nip(), rng.choice(ASN_RANKS)
        phone = "08" + "".join(rng.choice("0123456789") for _ in range(rng.randint(9, 11)))
        return _Official(full, position, name, nip, rank, phone)

    def _with_titles(self, name: str) -> str:
        prefix = self.rng.choice(PREFIXES)
        degrees = DEGREES if prefix in ("", "H. ", "Hj. ") else ["", ", M.Si.", ", M.M.", ", M.T."]
        return f"{prefix}{name}{self.rng.choice(degrees)}"

    def _nip(self) -> str:
        """Birth date, appointment month, sex and a sequence number: the 18 digits of an NIP."""
        rng = self.rng
        born = date(1965, 1, 1) + timedelta(days=rng.randint(0, 365 * 30))
        appointed = born.year + rng.randint(22, 30)
        return f"{born:%Y%m%d}{appointed}{rng.randint(1, 12):02d}{rng.randint(1, 2)}{rng.randint(1, 999):03d}"

    def meeting(self, index: int, total: int) -> MeetingRecord:
        rng = self.rng
        kind, topic, agenda_topics = rng.choice(TOPICS)
        day = date(2023, 1, 2) + timedelta(
            days=int(index * 1400 / max(total, 1)) + rng.randint(0, 2)
        )
        start = time(rng.choice([8, 9, 9, 10, 13, 14]), rng.choice([0, 0, 30]))
        end = time(start.hour + rng.randint(1, 3), rng.choice([0, 15, 30, 45]))
        agenda = ["Pembukaan", *agenda_topics, "Tanya jawab", "Penutup"]
        participants = self.participants_for(start, self._meeting_size())
        present = [
            p for p in participants if p.status in ("present", "represented")
        ] or participants
        chair = self._officer(self.officials["Sekretariat Daerah"][0])
        values = {
            "topic": topic.lower(),
            "kec": rng.choice(["Sungai Tengah", "Muara Baru", "Tepian"]),
        }
        return MeetingRecord(
            title=f"{kind} {topic}",
            kind=kind,
            date=day,
            start_time=start,
            end_time=end,
            timezone="WIB",
            location=rng.choice(LOCATIONS),
            organizer=f"Pemerintah Kabupaten {REGION}",
            invitation_ref=f"005/{rng.randint(100, 999)}/Kesbangpol/{_roman(day.month)}/{day.year}",
            agenda=agenda,
            chair=chair,
            secretary=self._officer(self.officials["Badan Kesatuan Bangsa dan Politik"][0]),
            note_taker=self._officer(self.officials["Badan Kesatuan Bangsa dan Politik"][2]),
            participants=participants,
            opening=(
                f"{chair.position} membuka rapat, menyampaikan maksud dan tujuan rapat tentang "
                f"{topic.lower()}, dan meminta seluruh instansi menyampaikan kesiapannya."
            ),
            discussion=self._points(present, len(agenda), values),
            decisions=[
                self._fill(t, values, present)
                for t in rng.sample(DECISION_TEMPLATES, rng.randint(1, 4))
            ],
            closing=f"Rapat ditutup pukul {end:%H.%M} WIB.",
            actions=self._actions(present, day, values),
        )

    def _meeting_size(self) -> int:
        """Mostly 20 to 60 invitees, now and then a large briefing of up to 400."""
        if self.rng.random() < 0.01:
            return 400
        return int(min(400, max(5, self.rng.lognormvariate(3.5, 0.7))))

    def participants_for(self, start: time, size: int) -> list[ParticipantRecord]:
        """size invented participants with mixed statuses, arriving around the start time."""
        rng = self.rng
        pool = [o for officials in self.officials.values() for o in officials]
        chosen = rng.sample(pool, min(size, len(pool)))
        while len(chosen) < size:  # large meetings: invented staff of the institutions
            inst = rng.choice(INSTITUTIONS)
            chosen.append(
                self._official(inst, rng.choice(["Staf", "Pelaksana", "Analis", "Pengelola Data"]))
            )
        rows = []
        for official in chosen:
            status = rng.choices(list(AttendanceStatus), weights=[70, 12, 8, 10])[0]
            head = self.heads[official.institution]
            if status == AttendanceStatus.REPRESENTED and official.position == head:
                status = AttendanceStatus.PRESENT  # a head attends in person or sends staff
            record = ParticipantRecord(
                name=official.name,
                institution=official.institution,
                status=status.value,
                position=official.position,
                nip=official.nip,
                rank=official.rank,
                phone=official.phone,
            )
            if status in (AttendanceStatus.PRESENT, AttendanceStatus.REPRESENTED):
                minutes = start.hour * 60 + start.minute + rng.randint(-30, 20)
                record.check_in = time(minutes // 60, minutes % 60)
            if status == AttendanceStatus.REPRESENTED:
                record.representing = head
            rows.append(record)
        return rows

    def _points(
        self, present: list[ParticipantRecord], agenda_size: int, values: dict
    ) -> list[PointRecord]:
        rng = self.rng
        return [
            PointRecord(
                agenda_item=rng.randint(2, max(2, agenda_size - 1)),
                speaker=(speaker := rng.choice(present)).name,
                text=self._fill(rng.choice(POINT_TEMPLATES), values, present, speaker.institution),
            )
            for _ in range(rng.randint(2, 12))
        ]

    def _actions(
        self, present: list[ParticipantRecord], day: date, values: dict
    ) -> list[ActionRecord]:
        rng = self.rng
        actions = []
        for _ in range(rng.randint(1, 8)):
            owner = rng.choice(present)
            actions.append(
                ActionRecord(
                    description=self._fill(rng.choice(ACTION_TEMPLATES), values, present),
                    institution=owner.institution,
                    person=owner.name if rng.random() < 0.7 else None,
                    due=day + timedelta(days=rng.randint(3, 45)),
                    status=rng.choices(list(ActionStatus), weights=[45, 25, 25, 5])[0].value,
                )
            )
        return actions

    def _fill(
        self, template: str, values: dict, present: list[ParticipantRecord], inst: str | None = None
    ) -> str:
        rng = self.rng
        return template.format(
            inst=inst or rng.choice(present).institution,
            inst2=rng.choice(present).institution,
            n=rng.randint(3, 120),
            pct=rng.randint(20, 95),
            date=f"{rng.randint(1, 28)} {rng.choice(['Januari', 'Maret', 'Juni', 'Oktober', 'November'])}",
            **values,
        )

    @staticmethod
    def _officer(official: _Official) -> Officer:
        return Officer(
            name=official.name, position=official.position, nip=official.nip, rank=official.rank
        )


def _roman(month: int) -> str:
    return ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"][month - 1]


def demo_meetings(count: int, seed: int):
    """The invented meetings, oldest first."""
    generator = DemoGenerator(seed)
    for index in range(count):
        yield generator.meeting(index, count)


def fill_demo(
    database, count: int, seed: int, progress: Callable[[int, int], None] | None = None
) -> int:
    """Store count invented meetings, committing in batches; returns how many were stored."""
    batch = 100
    meetings = demo_meetings(count, seed)
    stored = 0
    while stored < count:
        with database.session() as session:
            linker = DirectoryLinker(session)
            for record in _take(meetings, batch):
                store_meeting(session, record, linker)
                stored += 1
        if progress:
            progress(stored, count)
    return stored


def _take(iterator, n: int):
    for _ in range(n):
        item = next(iterator, None)
        if item is None:
            return
        yield item
