"""Two officers signing one archived notula at the same moment: they take turns, the second signs
on top of the first's revision, and the PDF, the archive and the audit trail agree."""

from __future__ import annotations

import threading

from signed_notula import CHAIR_PASS, NOTE_PASS, make_office
from test_postgresql import postgres_url  # noqa: F401  (the PostgreSQL server, when one can run)

from rapat.documents.signing import empty_signature_fields
from rapat.errors import InvalidInput
from rapat.services.archive import archived_documents, document_bytes
from rapat.services.finalize import audit_trail, sign_archived
from rapat.services.verification import verify


def _sign_together(office, signers: list[tuple[int, str, str]]) -> list[object]:
    """Each signer in its own thread with its own session, released at the same instant."""
    identities = [(office.identity(cert, passphrase), field) for cert, passphrase, field in signers]
    start = threading.Barrier(len(identities))
    outcomes: list[object] = [None] * len(identities)

    def run(number: int, identity, field: str) -> None:
        start.wait()
        try:
            with office.database.session() as session:
                outcomes[number] = sign_archived(session, office.document_id, identity, field)
        except Exception as error:  # reported to the test below
            outcomes[number] = error

    threads = [
        threading.Thread(target=run, args=(number, identity, field))
        for number, (identity, field) in enumerate(identities)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    return outcomes


def _check_both_signatures_kept(office) -> None:
    with office.database.session() as session:
        pdf = document_bytes(session, office.document_id)
        verdict = verify(session, pdf)
        (document,) = archived_documents(session, office.meeting_id)
        events = [row for row in audit_trail(session, office.meeting_id) if row.event == "sign"]
    assert pdf.startswith(office.unsigned) and empty_signature_fields(pdf) == []
    assert verdict.authentic, verdict.reasons
    assert sorted(r.field for r in verdict.signatures) == ["ttd_ketua", "ttd_notulis"]
    assert document.state == "signed" and len(events) == 2
    signed_in_order = [r.signer for r in verdict.signatures]  # the audit says who signed first
    assert [e.detail.split(" sebagai ")[0] for e in events] == signed_in_order


def _signers(office):
    return [(office.chair, CHAIR_PASS, "ttd_ketua"), (office.note, NOTE_PASS, "ttd_notulis")]


def test_two_officers_at_once_on_sqlite(tmp_path):
    office = make_office(tmp_path / "rapat.db", sign=False)
    try:
        outcomes = _sign_together(office, _signers(office))
        assert not any(isinstance(o, Exception) for o in outcomes), outcomes
        _check_both_signatures_kept(office)
    finally:
        office.database.close()


def test_the_same_block_twice_at_once_keeps_the_first(tmp_path):
    office = make_office(tmp_path / "rapat.db", sign=False)
    try:
        outcomes = _sign_together(office, [_signers(office)[0], _signers(office)[0]])
        refused = [o for o in outcomes if isinstance(o, Exception)]
        assert len(refused) == 1 and isinstance(refused[0], InvalidInput)
        assert "sudah ditandatangani" in refused[0].message
        with office.database.session() as session:
            pdf = document_bytes(session, office.document_id)
        assert empty_signature_fields(pdf) == ["ttd_notulis"]
    finally:
        office.database.close()


def test_two_officers_at_once_on_postgresql(postgres_url):  # noqa: F811
    office = make_office(postgres_url, sign=False)
    try:
        outcomes = _sign_together(office, _signers(office))
        assert not any(isinstance(o, Exception) for o in outcomes), outcomes
        _check_both_signatures_kept(office)
    finally:
        office.database.close()
