"""The PyInstaller bundle: built from build.spec, then run as users run it, with no Python around it."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader

from rapat.db import known_revisions

ROOT = Path(__file__).resolve().parent.parent
EXE_SUFFIX = ".exe" if os.name == "nt" else ""

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def bundle(tmp_path_factory) -> Path:
    """The dist/Rapat folder, built once for this module."""
    pytest.importorskip(
        "PyInstaller", reason="PyInstaller is not installed (pip install -e .[test])"
    )
    out = tmp_path_factory.mktemp("pyinstaller")
    command = [sys.executable, "-m", "PyInstaller", "build.spec", "--noconfirm"]
    folders = ["--distpath", str(out / "dist"), "--workpath", str(out / "work")]
    build = subprocess.run(
        [*command, *folders], cwd=ROOT, capture_output=True, text=True, timeout=900
    )
    assert build.returncode == 0, build.stderr[-3000:]
    return out / "dist" / "Rapat"


def run(bundle: Path, program: str, *args: str) -> subprocess.CompletedProcess:
    """One of the bundle's executables, offscreen, in the test's own user folders."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    return subprocess.run(
        [str(bundle / (program + EXE_SUFFIX)), *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )


def test_smoke_test_migrates_a_fresh_database(bundle, db_path):
    result = run(bundle, "Rapat", "--db", str(db_path), "--smoke-test")
    assert result.returncode == 0, result.stderr
    with sqlite3.connect(db_path) as database:
        revision = database.execute("SELECT version_num FROM alembic_version").fetchone()
    assert revision == (known_revisions()[-1],)


def import_example(bundle: Path, db_path: Path, example_file: Path) -> str:
    """Store the example meeting through the bundle; its id as printed."""
    imported = run(bundle, "rapat-cli", "--db", str(db_path), "import", str(example_file))
    assert imported.returncode == 0, imported.stderr
    return imported.stdout.splitlines()[-1]


def test_import_export_round_trip(bundle, db_path, example_file, tmp_path):
    meeting_id = import_example(bundle, db_path, example_file)
    exported = tmp_path / "rapat.json"
    result = run(
        bundle, "rapat-cli", "--db", str(db_path), "export", meeting_id, "-o", str(exported)
    )
    assert result.returncode == 0, result.stderr
    assert json.loads(exported.read_text("utf-8")) == json.loads(example_file.read_text("utf-8"))


def test_notula_pdf_with_embedded_fonts(bundle, db_path, example_file, tmp_path):
    meeting_id = import_example(bundle, db_path, example_file)
    output = tmp_path / "notula.pdf"
    result = run(bundle, "rapat-cli", "--db", str(db_path), "pdf", meeting_id, "-o", str(output))
    assert result.returncode == 0, result.stderr
    reader = PdfReader(output)
    text = " ".join(" ".join((page.extract_text() or "").split()) for page in reader.pages)
    assert json.loads(example_file.read_text("utf-8"))["title"] in text
    fonts = fonts_of(reader)
    assert fonts and all(name.startswith("LiberationSans") for name in fonts), fonts  # default face
    assert all(fonts.values()), f"not embedded: {fonts}"


def fonts_of(reader: PdfReader) -> dict[str, bool]:
    """Every font on the pages, without its subset prefix, and whether the file carries it."""
    fonts = {}
    for page in reader.pages:
        for font in page["/Resources"].get("/Font", {}).values():
            font = font.get_object()
            described = (
                font["/DescendantFonts"][0].get_object() if "/DescendantFonts" in font else font
            )
            name = str(font["/BaseFont"]).split("+")[-1]
            fonts[name] = "/FontFile2" in described["/FontDescriptor"]
    return fonts


def test_the_bundle_carries_the_compiled_translations(bundle):
    names = sorted(path.name for path in bundle.rglob("*.qm") if "resources" in path.parts)
    assert names == ["qt_id.qm", "rapat_en.qm"]
