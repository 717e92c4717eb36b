"""Damaged pages of the archive are told to the user even where nothing reads them: each command
exits 2 with one line naming the newest whole backup, the day's backup and a backup by hand refuse
to rotate a damaged copy in, and the window opens with the line in its banner."""

from __future__ import annotations

import sqlite3
from datetime import date, timedelta

import pytest

from rapat import backup
from rapat.cli import EXIT_OK, EXIT_USAGE, main
from rapat.db import open_database
from rapat.errors import DamagedDatabase
from rapat.services.meetings import list_meetings


def _damage_participants(path) -> None:
    """Overwrite the header of the participants table's root page, which listing and searching
    meetings never read (once the WAL is folded into the file)."""
    with sqlite3.connect(path) as connection:
        assert connection.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()[0] == 0
        page = connection.execute(
            "SELECT rootpage FROM sqlite_master WHERE name = 'participants'"
        ).fetchone()[0]
        size = connection.execute("PRAGMA page_size").fetchone()[0]
    connection.close()
    with path.open("r+b") as handle:
        handle.seek((page - 1) * size)
        handle.write(b"\xff" * 12)


@pytest.fixture
def damaged(db_path, example_file):
    """An archive of 30 meetings, backed up whole today, then damaged where no listing reads."""
    for _ in range(30):
        assert main(["--db", str(db_path), "import", str(example_file)]) == EXIT_OK
    (daily,) = [b.path for b in backup.list_backups(db_path) if b.kind == backup.DAILY]
    _damage_participants(db_path)
    return daily


def test_the_damage_is_where_listing_never_reads(damaged, db_path):
    database = open_database(str(db_path))  # the day's backup is made: no check
    with database.session() as session:
        assert len(list_meetings(session)) == 30
    database.close()


@pytest.mark.parametrize("command", [["list"], ["list", "--json"], ["search", "kodim"]])
def test_commands_exit_2_naming_the_newest_whole_backup(damaged, db_path, capsys, command):
    capsys.readouterr()
    assert main(["--db", str(db_path), *command]) == EXIT_USAGE
    out, err = capsys.readouterr()
    assert out == ""
    assert err.count("\n") == 1
    assert "halaman yang rusak" in err
    assert f'rapat restore "{damaged}"' in err
    assert "Pengaturan → Cadangan" in err


def test_a_damaged_archive_is_never_rotated_in_as_a_backup(damaged, db_path):
    before = sorted(b.path for b in backup.list_backups(db_path))
    with pytest.raises(DamagedDatabase, match="halaman yang rusak") as raised:
        backup.daily_backup(db_path, today=date.today() + timedelta(days=1))
    assert str(damaged) in raised.value.message
    for kind in (backup.BY_HAND, backup.BEFORE_FINALIZE):
        with pytest.raises(DamagedDatabase):
            backup.make_backup(db_path, kind)
    assert sorted(b.path for b in backup.list_backups(db_path)) == before
    assert not [p for p in (db_path.parent / "backups").iterdir() if p.suffix == ".tmp"]
    # The archive set aside before a restore is the user's data, whatever its state.
    aside = backup.make_backup(db_path, backup.BEFORE_RESTORE)
    assert aside.exists()
    assert backup.newest_backup(db_path) == aside
    assert backup.newest_whole_backup(db_path) == damaged


def test_backup_by_hand_refuses_a_damaged_archive(damaged, db_path, tmp_path, capsys):
    capsys.readouterr()
    assert main(["--db", str(db_path), "backup", "-o", str(tmp_path / "salinan.db")]) == 2
    assert not (tmp_path / "salinan.db").exists()
    assert main(["--db", str(db_path), "backup"]) == EXIT_USAGE
    err = capsys.readouterr().err
    assert err.count("\n") == 2 and "halaman yang rusak" in err


def test_the_day_s_backup_finds_the_damage_and_the_window_says_it(damaged, db_path, qapp, qtbot):
    from PySide6.QtCore import QSettings

    from rapat.ui.app import setup_application
    from rapat.ui.context import Context
    from rapat.ui.main_window import MainWindow
    from rapat.ui.tasks import wait_for_tasks

    setup_application(qapp)
    QSettings().clear()

    damaged.rename(damaged.with_name(damaged.name.replace(".harian.", ".manual.")))
    kept = damaged.with_name(damaged.name.replace(".harian.", ".manual."))
    database = open_database(str(db_path))  # the first start of the day: the backup finds it
    assert [b.kind for b in backup.list_backups(db_path)] == [backup.BY_HAND]
    assert "halaman yang rusak" in database.damage
    assert f'rapat restore "{kept}"' in database.damage
    context = Context(database)
    window = MainWindow(context, restore=False)
    qtbot.addWidget(window)
    window.show()
    assert window.banner.text == database.damage
    window.close()
    wait_for_tasks()
    context.close()


def test_a_whole_archive_opens_without_a_word(db_path, example_file):
    assert main(["--db", str(db_path), "import", str(example_file)]) == EXIT_OK
    database = open_database(str(db_path), check_pages=True)
    assert database.damage is None
    database.close()
    backup.check_pages(db_path)  # no exception


def test_a_write_that_meets_damaged_pages_is_refused_not_retried(damaged, db_path, qapp, qtbot):
    from rapat.services.attendance import list_attendance
    from rapat.ui.context import Context
    from rapat.ui.tasks import wait_for_tasks

    context = Context(open_database(str(db_path)))
    problems, refused = [], []
    context.problem.connect(problems.append)
    context.write(lambda session: list_attendance(session, 1), on_error=refused.append)
    qtbot.waitUntil(lambda: bool(refused), timeout=5000)
    wait_for_tasks()
    (error,) = refused
    assert isinstance(error, DamagedDatabase)
    assert f'rapat restore "{damaged}"' in error.message
    assert problems == []  # no "Belum tersimpan … Mencoba lagi" banner
    assert context.pending == 0
    context.close()
