#!/usr/bin/env python3
"""Set up Rapat in a local virtual environment, then run it or its tests.

    python3 make.py run [rapat arguments]   install if needed, then open Rapat
    python3 make.py test [pytest arguments] install if needed, then lint and test
    python3 make.py wheel                   install if needed, then build the wheel into dist/

Only the Python standard library is used here, so this works on a fresh machine with Python 3.11+.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
BIN = VENV / ("Scripts" if os.name == "nt" else "bin")
PYTHON = BIN / ("python.exe" if os.name == "nt" else "python")


def _install(extra: str) -> None:
    """Create the environment and install the project, unless pyproject.toml is unchanged."""
    spec = f".[{extra}]" if extra else "."
    digest = hashlib.sha256((ROOT / "pyproject.toml").read_bytes() + spec.encode()).hexdigest()
    stamp = VENV / f".installed-{extra or 'app'}"
    if stamp.exists() and stamp.read_text() == digest:
        return
    if not PYTHON.exists():
        print("Membuat lingkungan Python di .venv …", flush=True)
        venv.EnvBuilder(with_pip=True).create(VENV)
    print(f"Memasang Rapat ({spec}) …", flush=True)
    pip = [str(PYTHON), "-m", "pip", "install", "--disable-pip-version-check", "-q"]
    subprocess.run([*pip, "--upgrade", "pip"], check=True)
    subprocess.run([*pip, "-e", spec], check=True, cwd=ROOT)
    stamp.write_text(digest)


def _translations() -> None:
    """Compile the translations (.ts in resources/translations) into the .qm files Rapat loads."""
    subprocess.run(
        [str(PYTHON), str(ROOT / "resources" / "translations" / "compile_qm.py")], check=True
    )


def _browser() -> None:
    """The self check-in tests drive headless Chromium: install it when missing where that is
    possible (as root on Debian); elsewhere those tests are skipped and say why."""
    if shutil.which("chromium") and shutil.which("chromedriver"):
        return
    debian = Path("/etc/debian_version").exists() and shutil.which("apt-get")
    if not (debian and hasattr(os, "geteuid") and os.geteuid() == 0):
        print(
            "Chromium belum terpasang: uji peramban dilewati (apt-get install chromium chromium-driver)"
        )
        return
    print("Memasang Chromium untuk uji peramban …", flush=True)
    quiet = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
    subprocess.run(["apt-get", "update", "-qq"], check=False, env=quiet)
    packages = ["apt-get", "install", "-y", "-qq", "chromium", "chromium-driver"]
    subprocess.run(packages, check=False, env=quiet)


def run(args: list[str]) -> int:
    _install("")
    _translations()
    return subprocess.call([str(PYTHON), "-m", "rapat", *args])


def test(args: list[str]) -> int:
    _install("test")
    _translations()
    _browser()
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    lint = subprocess.call([str(PYTHON), "-m", "ruff", "check", "."], cwd=ROOT)
    tests = subprocess.call([str(PYTHON), "-m", "pytest", *args], cwd=ROOT, env=env)
    return tests or lint


def wheel(args: list[str]) -> int:
    """A wheel with the compiled translations: its data files take resources/translations/*.qm."""
    _install("")
    _translations()
    pip = [str(PYTHON), "-m", "pip", "wheel", "--disable-pip-version-check", "-q", "--no-deps"]
    return subprocess.call([*pip, "-w", str(ROOT / "dist"), *args, "."], cwd=ROOT)


def main() -> int:
    commands = {"run": run, "test": test, "wheel": wheel}
    if len(sys.argv) < 2 or sys.argv[1] not in commands:
        print(__doc__)
        return 2
    return commands[sys.argv[1]](sys.argv[2:])


if __name__ == "__main__":
    sys.exit(main())
