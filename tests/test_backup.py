"""Backups of the SQLite archive: daily and before finalizing, in rotation; `rapat backup` and
`rapat restore`, which sets the current archive aside and refuses a file that is not a whole one."""

from __future__ import annotations

import os
import sqlite3
import stat

import pytest

from rapat import backup
from rapat.cli import EXIT_OK, EXIT_USAGE, main
from rapat.db import open_database


def _meetings(path) -> int:
    with sqlite3.connect(path) as connection:
        count = connection.execute("SELECT count(*) FROM meetings").fetchone()[0]
    connection.close()
    return count


def _backups(db_path, kind: str | None = None) -> list:
    return [b for b in backup.list_backups(db_path) if kind is None or b.kind == kind]


def test_the_first_start_of_a_day_backs_the_archive_up_once(db_path, example_file):
    assert main(["--db", str(db_path), "import", str(example_file)]) == EXIT_OK
    assert _backups(db_path, backup.DAILY) == []  # a new archive holds nothing to keep yet
    for _start in range(3):
        assert main(["--db", str(db_path), "list"]) == EXIT_OK
    (daily,) = _backups(db_path, backup.DAILY)
    assert daily.meetings == 1
    assert daily.path.parent == db_path.parent / "backups"


def test_backup_and_restore_through_the_command_line(db_path, tmp_path, example_file, capsys):
    assert main(["--db", str(db_path), "import", str(example_file)]) == EXIT_OK
    copy = tmp_path / "salinan.db"
    assert main(["--db", str(db_path), "backup", "-o", str(copy)]) == EXIT_OK
    assert f"Cadangan tersimpan: {copy} (1 rapat" in capsys.readouterr().out
    assert main(["--db", str(db_path), "backup"]) == EXIT_OK
    (by_hand,) = _backups(db_path, backup.BY_HAND)
    assert by_hand.meetings == 1
    for _ in range(2):
        assert main(["--db", str(db_path), "import", str(example_file)]) == EXIT_OK
    assert _meetings(db_path) == 3
    capsys.readouterr()

    assert main(["--db", str(db_path), "restore", str(copy)]) == EXIT_OK
    out = capsys.readouterr().out
    assert f"Dipulihkan dari {copy}: 1 rapat." in out
    assert _meetings(db_path) == 1
    (aside,) = _backups(db_path, backup.BEFORE_RESTORE)
    assert aside.meetings == 3  # the archive as it was, set aside rather than overwritten
    assert str(aside.path) in out
    assert main(["--db", str(db_path), "list"]) == EXIT_OK
    assert main(["--db", str(db_path), "restore", str(aside.path)]) == EXIT_OK
    assert _meetings(db_path) == 3


def test_restore_into_an_archive_that_is_open(db_path, database, example_meeting, tmp_path):
    """Pengaturan restores while the window's own connections are open: they see the backup."""
    from rapat.services.meetings import list_meetings

    empty = tmp_path / "kosong.db"
    open_database(str(empty)).close()
    with database.session() as session:
        assert len(list_meetings(session)) == 1
    backup.restore(db_path, empty)
    with database.session() as session:
        assert list_meetings(session) == []


@pytest.mark.parametrize(
    ("content", "why"),
    [
        (b"%PDF-1.7 bukan basis data\n" * 50, "bukan berkas SQLite"),
        (None, "bukan basis data Rapat"),
        ("damaged", "berkas rusak"),
    ],
)
def test_restore_refuses_a_file_that_is_not_a_whole_archive(
    db_path, tmp_path, example_file, capsys, content, why
):
    assert main(["--db", str(db_path), "import", str(example_file)]) == EXIT_OK
    offered = tmp_path / "tawaran.db"
    if content is None:
        with sqlite3.connect(offered) as other:
            other.execute("CREATE TABLE pelanggan (id INTEGER)")
        other.close()
    elif content == "damaged":
        backup.copy_database(db_path, offered)
        data = bytearray(offered.read_bytes())
        for offset in range(4096, len(data), 4096):
            data[offset : offset + 200] = b"\xa5" * 200
        offered.write_bytes(bytes(data))
    else:
        offered.write_bytes(content)
    before = db_path.read_bytes()
    capsys.readouterr()
    assert main(["--db", str(db_path), "restore", str(offered)]) == EXIT_USAGE
    err = capsys.readouterr().err
    assert why in err
    assert err.count("\n") == 1
    assert db_path.read_bytes() == before
    assert _backups(db_path, backup.BEFORE_RESTORE) == []


def test_rotation_keeps_the_newest_of_each_kind(db_path, database):
    made = [backup.make_backup(db_path, backup.DAILY) for _ in range(backup.KEEP[backup.DAILY] + 3)]
    hand = backup.make_backup(db_path, backup.BY_HAND)
    kept = _backups(db_path, backup.DAILY)
    assert [b.path for b in kept] == made[::-1][: backup.KEEP[backup.DAILY]]
    assert hand.exists()
    assert backup.newest_backup(db_path) == hand


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_backups_are_private_to_their_owner(db_path, database, tmp_path):
    made = backup.make_backup(db_path, backup.BY_HAND)
    assert stat.S_IMODE(made.stat().st_mode) == 0o600
    assert stat.S_IMODE(made.parent.stat().st_mode) == 0o700
    assert main(["--db", str(db_path), "backup", "-o", str(tmp_path / "out.db")]) == EXIT_OK
    assert stat.S_IMODE((tmp_path / "out.db").stat().st_mode) == 0o600


def test_finalizing_backs_the_archive_up_first(db_path, database, example_meeting, letterhead):
    from rapat.services.finalize import finalize

    with database.session() as session:
        finalize(session, example_meeting)
    (before,) = _backups(db_path, backup.BEFORE_FINALIZE)
    with sqlite3.connect(before.path) as copy:
        assert copy.execute("SELECT status FROM meetings").fetchone() == ("draft",)
    copy.close()
