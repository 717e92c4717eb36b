"""What the interface language costs at start-up (printed, not asserted; goal: a few ms at most).

    .venv/bin/python benchmarks/translations.py [--runs N]

1. In the process: installing each language's translators (reading the choice from the settings,
   loading the .qm files from resources/translations), median of N fresh loads.
2. Start-up to the first painted frame (`rapat --smoke-test` on a small demo database) with the
   interface in Indonesian, in English, and with the translations missing (Rapat then runs in
   Indonesian without loading anything): subprocesses, alternating, medians printed.

The .qm files must have been compiled (python3 make.py run, or resources/translations/compile_qm.py).
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.startup import timed  # noqa: E402


def in_process(runs: int) -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QApplication

    from rapat.i18n import chosen_language, install_translators

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setOrganizationName("Rapat")
    app.setApplicationName("Rapat")
    for language in ("id", "en"):
        spent = []
        for _ in range(runs):
            started = time.perf_counter()
            chosen_language()
            translators = install_translators(language)
            spent.append(time.perf_counter() - started)
            assert translators, "compile the translations first"
            for translator in translators:
                QCoreApplication.removeTranslator(translator)
        print(
            f"install translators ({language}): median {statistics.median(spent) * 1000:.2f} ms, "
            f"max {max(spent) * 1000:.2f} ms over {runs} loads"
        )


def first_frame(runs: int) -> None:
    folder = Path(tempfile.mkdtemp(prefix="rapat-translations-"))
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
        "XDG_CONFIG_HOME": str(folder / "config"),
        "XDG_DATA_HOME": str(folder / "data"),
        "XDG_STATE_HOME": str(folder / "state"),
    }
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    db = folder / "rapat.db"
    rapat = [sys.executable, "-m", "rapat", "--db", str(db)]
    subprocess.run([*rapat, "demo", "--meetings", "200"], check=True, env=env, capture_output=True)
    settings = folder / "config" / "Rapat" / "Rapat.conf"
    settings.parent.mkdir(parents=True, exist_ok=True)
    compiled = ROOT / "resources" / "translations"
    aside = folder / "qm"
    aside.mkdir()

    def chosen(language: str) -> None:
        for qm in aside.glob("*.qm"):
            shutil.move(qm, compiled / qm.name)
        settings.write_text(f"[interface]\nlanguage={language}\n")
        if language == "missing":
            for qm in compiled.glob("*.qm"):
                shutil.move(qm, aside / qm.name)

    results = {"id": [], "en": [], "missing": []}
    try:
        for language in results:  # warm-up
            chosen(language)
            timed([*rapat, "--smoke-test"], env)
        for _ in range(runs):
            for language, spent in results.items():
                chosen(language)
                spent.append(timed([*rapat, "--smoke-test"], env)[0])
    finally:
        chosen("id")
        shutil.rmtree(folder, ignore_errors=True)
    for language, spent in results.items():
        label = {"id": "Indonesian", "en": "English", "missing": "no translations"}[language]
        print(
            f"first frame, {label}: median {statistics.median(spent) * 1000:.0f} ms ({runs} runs)"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=9)
    args = parser.parse_args()
    first_frame(args.runs)
    in_process(args.runs * 10)


if __name__ == "__main__":
    main()
