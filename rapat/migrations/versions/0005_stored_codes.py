"""stored codes

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-28 01:30:00

What Rapat writes into the database itself is stored as codes and data, and put into words in the
reader's language when shown. Audit events keep their detail as a JSON object (rapat.services.audit);
the status changes Rapat records when it carries an action into a follow-up meeting get a code and
the other meeting as JSON data (rapat.services.actions), leaving `note` to what people write.
Existing rows written as Indonesian prose are converted; a detail that matches no known wording is
kept as {"text": ...}.
"""

import json
import re
from collections.abc import Sequence
from datetime import date

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | Sequence[str] | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

MONTHS = [
    "Januari",
    "Februari",
    "Maret",
    "April",
    "Mei",
    "Juni",
    "Juli",
    "Agustus",
    "September",
    "Oktober",
    "November",
    "Desember",
]
CARRIED = {
    "carried_from": "Dibawa dari rapat {title}, {date}",
    "carried_to": "Dibawa ke rapat lanjutan {title}, {date}",
}
EXPORTED = {
    "notula PDF": "notula_pdf",
    "daftar hadir PDF": "attendance_pdf",
    "buku kerja Excel": "workbook",
    "JSON": "json",
}
FIELDS = {"Pimpinan Rapat": "ttd_ketua", "Notulis": "ttd_notulis"}

changes = sa.table(
    "action_status_changes",
    sa.column("id", sa.Integer),
    sa.column("note", sa.Text),
    sa.column("code", sa.String),
    sa.column("data", sa.Text),
)
events = sa.table(
    "audit_events",
    sa.column("id", sa.Integer),
    sa.column("event", sa.String),
    sa.column("detail", sa.Text),
)


def upgrade() -> None:
    with op.batch_alter_table("action_status_changes") as batch:
        batch.add_column(sa.Column("code", sa.String(length=24), nullable=True))
        batch.add_column(sa.Column("data", sa.Text(), nullable=True))
    bind = op.get_bind()
    notes = sa.select(changes.c.id, changes.c.note).where(changes.c.note.like("Dibawa %"))
    for change_id, note in bind.execute(notes).all():
        carried = _carried(note)
        if carried:
            code, data = carried
            bind.execute(
                changes.update()
                .where(changes.c.id == change_id)
                .values(note=None, code=code, data=json.dumps(data, ensure_ascii=False))
            )
    details = sa.select(events.c.id, events.c.event, events.c.detail).where(
        events.c.detail.is_not(None)
    )
    for event_id, event, detail in bind.execute(details).all():
        data = json.dumps(_event_data(event, detail), ensure_ascii=False, sort_keys=True)
        bind.execute(events.update().where(events.c.id == event_id).values(detail=data))


def downgrade() -> None:
    bind = op.get_bind()
    coded = sa.select(changes.c.id, changes.c.code, changes.c.data).where(
        changes.c.code.is_not(None)
    )
    for change_id, code, data in bind.execute(coded).all():
        meeting = json.loads(data)
        day = date.fromisoformat(meeting["date"])
        when = f"{day.day} {MONTHS[day.month - 1]} {day.year}"
        note = CARRIED[code].format(title=meeting["title"], date=when)
        bind.execute(changes.update().where(changes.c.id == change_id).values(note=note))
    with op.batch_alter_table("action_status_changes") as batch:
        batch.drop_column("data")
        batch.drop_column("code")
    details = sa.select(events.c.id, events.c.event, events.c.detail).where(
        events.c.detail.is_not(None)
    )
    for event_id, event, detail in bind.execute(details).all():
        prose = _event_prose(event, json.loads(detail))
        bind.execute(events.update().where(events.c.id == event_id).values(detail=prose))


def _carried(note: str) -> tuple[str, dict] | None:
    """The code and data of a carry-over note ("Dibawa dari rapat X, 4 November 2025")."""
    months = "|".join(MONTHS)
    for code, wording in CARRIED.items():
        pattern = (
            re.escape(wording.split("{title}")[0]) + rf"(.*), (\d{{1,2}}) ({months}) (\d{{4}})"
        )
        found = re.fullmatch(pattern, note, re.S)
        if found:
            title, day, month, year = found.groups()
            when = date(int(year), MONTHS.index(month) + 1, int(day))
            return code, {"title": title, "date": when.isoformat()}
    return None


def _event_data(event: str, detail: str) -> dict:
    """The data of an audit detail written as prose by earlier versions."""
    if event in ("finalize", "amend"):
        found = re.fullmatch(r"revisi (\d+)(?:: (.*))?", detail, re.S)
        if found:
            data = {"revision": int(found[1])}
            if found[2] is not None:
                data["reason"] = found[2]
            return data
    if event == "sign":
        fields = "|".join(FIELDS)
        found = re.fullmatch(rf"(.*) sebagai ({fields}), revisi (\d+)", detail, re.S)
        if found:
            return {"signer": found[1], "field": FIELDS[found[2]], "revision": int(found[3])}
    if event == "export":
        found = re.fullmatch(r"notula arsip revisi (\d+): (.*)", detail, re.S)
        if found:
            return {"document": "archived_notula", "revision": int(found[1]), "file": found[2]}
        what, _, target = detail.partition(": ")
        if what in EXPORTED and target:
            return {"document": EXPORTED[what], "file": target}
    return {"text": detail}


def _event_prose(event: str, data: dict) -> str:
    """An audit detail as earlier versions wrote it."""
    if "text" in data:
        return data["text"]
    if event == "sign":
        role = {code: label for label, code in FIELDS.items()}.get(data["field"], data["field"])
        return f"{data['signer']} sebagai {role}, revisi {data['revision']}"
    if event == "export":
        if data["document"] == "archived_notula":
            return f"notula arsip revisi {data['revision']}: {data['file']}"
        what = {code: label for label, code in EXPORTED.items()}.get(data["document"])
        return f"{what}: {data['file']}"
    reason = f": {data['reason']}" if "reason" in data else ""
    return f"revisi {data['revision']}{reason}"
