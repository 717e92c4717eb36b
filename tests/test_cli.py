"""The command line as users and scripts call it: a real process, real output, real exit codes."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from rapat.cli import main


def rapat(*args: str, env_db=None) -> subprocess.CompletedProcess:
    env = dict(os.environ)
    if env_db:
        env["RAPAT_DB"] = str(env_db)
    return subprocess.run(
        [sys.executable, "-m", "rapat", *args], capture_output=True, text=True, env=env, timeout=120
    )


def test_import_list_export_as_processes(db_path, example_file, tmp_path):
    imported = rapat("--db", str(db_path), "import", str(example_file))
    assert imported.returncode == 0, imported.stderr
    meeting_id = imported.stdout.strip().splitlines()[-1]
    listed = rapat("list", "--json", env_db=db_path)
    assert listed.returncode == 0
    rows = json.loads(listed.stdout)
    assert rows == [
        {
            "id": int(meeting_id),
            "title": "Rapat Koordinasi Kesiapsiagaan Menghadapi Musim Hujan",
            "date": "2025-10-14",
            "start_time": "09:00",
            "timezone": "WIB",
            "location": "Aula Bappeda, Lantai III Kantor Bupati Lembah Hijau",
            "kind": "Rapat Koordinasi",
            "status": "draft",
            "revision": 1,
        }
    ]
    out = tmp_path / "keluar.json"
    exported = rapat("--db", str(db_path), "export", meeting_id, "-o", str(out))
    assert exported.returncode == 0 and exported.stderr == ""
    assert json.loads(out.read_text("utf-8")) == json.loads(example_file.read_text("utf-8"))


def test_list_is_newest_first(db_path, capsys):
    assert main(["--db", str(db_path), "demo", "--meetings", "6", "--seed", "3"]) == 0
    capsys.readouterr()
    assert main(["--db", str(db_path), "list", "--json"]) == 0
    dates = [row["date"] for row in json.loads(capsys.readouterr().out)]
    assert len(dates) == 6 and dates == sorted(dates, reverse=True)


def test_plain_list_and_its_empty_state(db_path, capsys):
    assert main(["--db", str(db_path), "list"]) == 0
    assert "Belum ada rapat" in capsys.readouterr().out


def test_usage_errors_exit_2_with_one_line(db_path):
    for args in (["export", "1"], ["import"], ["nosuch"], ["export", "satu", "-o", "x.json"]):
        result = rapat("--db", str(db_path), *args)
        assert result.returncode == 2, args
        assert result.stderr.strip().splitlines()[-1].startswith("rapat: "), result.stderr
        assert "Traceback" not in result.stderr


def test_demo_rejects_zero_meetings(db_path, capsys):
    assert main(["--db", str(db_path), "demo", "--meetings", "0"]) == 2
    assert "paling sedikit 1" in capsys.readouterr().err


@pytest.mark.parametrize("fmt", ["-", "file"])
def test_export_to_stdout_or_file(db_path, example_file, tmp_path, capsys, fmt):
    main(["--db", str(db_path), "import", str(example_file)])
    capsys.readouterr()
    target = "-" if fmt == "-" else str(tmp_path / "x.json")
    assert main(["--db", str(db_path), "export", "1", "-o", target]) == 0
    text = capsys.readouterr().out if fmt == "-" else (tmp_path / "x.json").read_text("utf-8")
    assert json.loads(text)["format"] == "rapat-meeting/1"


def test_export_into_a_missing_folder_is_a_clear_error(db_path, example_file, tmp_path, capsys):
    main(["--db", str(db_path), "import", str(example_file)])
    capsys.readouterr()
    target = tmp_path / "tidak" / "ada" / "x.json"
    assert main(["--db", str(db_path), "export", "1", "-o", str(target)]) == 2
    assert "tidak dapat ditulis" in capsys.readouterr().err
    assert not target.parent.exists()


def test_newer_database_refused_from_the_command_line(db_path):
    import sqlite3

    main(["--db", str(db_path), "list"])
    with sqlite3.connect(db_path) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999'")
    connection.close()
    result = rapat("--db", str(db_path), "list")
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1 and "versi yang lebih baru" in result.stderr
