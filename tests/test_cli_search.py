"""`rapat search` as users and scripts call it: a real process, ranked hits, JSON for scripts."""

from __future__ import annotations

import json
import subprocess
import sys


def rapat(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "rapat", *args], capture_output=True, text=True, timeout=120
    )


def test_search_prints_hits_with_highlighted_snippets(db_path, example_file):
    assert rapat("--db", str(db_path), "import", str(example_file)).returncode == 0
    found = rapat("--db", str(db_path), "search", "perahu karet")
    assert found.returncode == 0, found.stderr
    assert "Rapat Koordinasi Kesiapsiagaan Menghadapi Musim Hujan" in found.stdout
    assert "[perahu] [karet]" in found.stdout


def test_search_json_is_an_array_of_hits(db_path, example_file):
    imported = rapat("--db", str(db_path), "import", str(example_file))
    meeting_id = int(imported.stdout.strip().splitlines()[-1])
    result = rapat("--db", str(db_path), "search", "jalur evakuasi", "--json")
    assert result.returncode == 0, result.stderr
    hits = json.loads(result.stdout)
    assert hits[0]["meeting_id"] == meeting_id
    assert hits[0]["title"] == "Rapat Koordinasi Kesiapsiagaan Menghadapi Musim Hujan"
    assert hits[0]["date"] == "2025-10-14"
    assert "jalur evakuasi" in hits[0]["snippet"]
    assert [word.lower() for word in hits[0]["highlights"]] == ["jalur", "evakuasi"]


def test_search_with_operators_and_punctuation_is_not_an_error(db_path, example_file):
    assert rapat("--db", str(db_path), "import", str(example_file)).returncode == 0
    for query in ['"perahu AND', "NEAR(*", "::", "^"]:
        result = rapat("--db", str(db_path), "search", query, "--json")
        assert result.returncode == 0, result.stderr
        assert isinstance(json.loads(result.stdout), list)
    empty = rapat("--db", str(db_path), "search", "tidakadakatainidiarsip")
    assert empty.returncode == 0 and "Tidak ada rapat" in empty.stdout
