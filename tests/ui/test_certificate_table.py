"""The certificate list: validity in words, and one row selected by its certificate's id."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from rapat.models.vocabulary import CertificateKind
from rapat.services.certificates import CertificateRow
from rapat.ui.certificate_table import CertificateModel, CertificateTable, validity_text

NOW = datetime(2026, 11, 28, 9, tzinfo=UTC)


def _row(number: int, start: int, end: int, **revoked) -> CertificateRow:
    return CertificateRow(
        id=number,
        kind=CertificateKind.OFFICER,
        owner=f"Pejabat {number}",
        issuer="Akar TTE Kabupaten Lembah Hijau",
        not_before=NOW + timedelta(days=start),
        not_after=NOW + timedelta(days=end),
        fingerprint=f"{number:064x}",
        has_key=True,
        **revoked,
    )


def test_validity_in_words():
    assert validity_text(_row(1, -10, 400), NOW) == "Berlaku"
    assert validity_text(_row(2, 3, 400), NOW) == "Belum berlaku"
    assert validity_text(_row(3, -400, 12), NOW) == "Berakhir dalam 12 hari"
    assert validity_text(_row(4, -400, -1), NOW) == "Kedaluwarsa"
    revoked = _row(5, -400, 400, revoked_at=NOW, revocation_reason="Pindah tugas")
    assert validity_text(revoked, NOW).startswith("Dicabut ")
    assert validity_text(revoked, NOW).endswith(": Pindah tugas")


def test_a_certificate_is_selected_by_its_id(qtbot, qtmodeltester):
    model = CertificateModel()
    table = CertificateTable(model)
    qtbot.addWidget(table)
    model.set_rows([_row(7, -10, 400), _row(9, -10, 20)])
    qtmodeltester.check(model)
    assert table.selected() is None
    table.select_certificate(9)
    assert table.selected().owner == "Pejabat 9" == table.owner_of(9)
    table.select_certificate(404)  # not listed: the selection stays
    assert table.selected().id == 9
