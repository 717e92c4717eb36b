"""The Daftar Hadir's counts on their own: who came, in all and per institution."""

from __future__ import annotations

from datetime import time

from rapat.services.attendance_list import AttendanceRow
from rapat.ui.attendance_counts import CountsPanel


def row(n: int, institution: str, status: str) -> AttendanceRow:
    check_in = time(9, n) if status in ("present", "represented") else None
    return AttendanceRow(
        n,
        n,
        f"Peserta {n}",
        None,
        institution,
        None,
        None,
        status,
        None,
        check_in,
        None,
        None,
        None,
    )


def test_present_and_represented_count_as_come_per_institution(qtbot, qtmodeltester):
    panel = CountsPanel()
    qtbot.addWidget(panel)
    rows = [
        row(1, "Polres Lembah Hijau", "present"),
        row(2, "Polres Lembah Hijau", "absent"),
        row(3, "KPU Kabupaten Lembah Hijau", "represented"),
        row(4, "Dinas Kominfo", "excused"),
    ]
    assert panel.count(rows) == 4
    assert panel.total.text() == "Hadir 2 dari 4"
    shown = [
        (panel.model.index(r, 0).data(), panel.model.index(r, 1).data())
        for r in range(panel.model.rowCount())
    ]
    assert shown == [
        ("Dinas Kominfo", "0/1"),
        ("KPU Kabupaten Lembah Hijau", "1/1"),
        ("Polres Lembah Hijau", "1/2"),
    ]
    qtmodeltester.check(panel.model)
    assert panel.count([]) == 0 and panel.total.text() == "Hadir 0 dari 0"
