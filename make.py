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
import re
import shutil
import subprocess
import sys
import venv
from pathlib import Path
from typing import NamedTuple

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
BIN = VENV / ("Scripts" if os.name == "nt" else "bin")
PYTHON = BIN / ("python.exe" if os.name == "nt" else "python")

# The Debian/Ubuntu packages of the system libraries Qt's X11 platform plugin (libqxcb.so) loads;
# a library not named here is mapped by its file name (libfoo-bar.so.1 -> libfoo-bar1).
DEBIAN_PACKAGES = {
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-util.so.1": "libxcb-util1",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libX11.so.6": "libx11-6",
    "libEGL.so.1": "libegl1",
    "libGL.so.1": "libgl1",
    "libOpenGL.so.0": "libopengl0",
    "libfontconfig.so.1": "libfontconfig1",
    "libfreetype.so.6": "libfreetype6",
    "libdbus-1.so.3": "libdbus-1-3",
    "libglib-2.0.so.0": "libglib2.0-0",
    "libSM.so.6": "libsm6",
    "libICE.so.6": "libice6",
}


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
    print("Unduhan pertama memakan beberapa menit; kemajuannya tampil di bawah.", flush=True)
    pip = [str(PYTHON), "-m", "pip", "install", "--disable-pip-version-check"]
    subprocess.run([*pip, "-q", "--upgrade", "pip"], check=True)
    subprocess.run([*pip, "--progress-bar", "on", "-e", spec], check=True, cwd=ROOT)
    stamp.write_text(digest)


def _translations() -> None:
    """Compile the translations (.ts in resources/translations) into the .qm files Rapat loads."""
    subprocess.run(
        [str(PYTHON), str(ROOT / "resources" / "translations" / "compile_qm.py")], check=True
    )


class TestTool(NamedTuple):
    """A program some tests drive, beyond pip, and the Debian packages that bring it."""

    programs: tuple[str, ...]
    packages: tuple[str, ...]
    tests: str  # which tests are skipped without it, as the user is told
    lean: bool = False  # without the packages' recommendations (LibreOffice's are hundreds of MB)


TEST_TOOLS = [
    TestTool(("chromium", "chromedriver"), ("chromium", "chromium-driver"), "uji peramban"),
    TestTool(("pdffonts", "pdftoppm"), ("poppler-utils",), "uji huruf dan gambar PDF"),
    TestTool(("soffice",), ("libreoffice-calc-nogui",), "uji cetak buku kerja Excel", lean=True),
]


def _test_tools() -> None:
    """Install the programs some tests drive when they are missing and that is possible (as root
    on Debian); elsewhere those tests are skipped and say why."""
    missing = [tool for tool in TEST_TOOLS if not all(map(shutil.which, tool.programs))]
    if not missing:
        return
    debian = Path("/etc/debian_version").exists() and shutil.which("apt-get")
    if not (debian and hasattr(os, "geteuid") and os.geteuid() == 0):
        for tool in missing:
            print(
                f"{tool.tests} dilewati: pasang dahulu (apt-get install {' '.join(tool.packages)})"
            )
        return
    names = ", ".join(tool.packages[0] for tool in missing)
    print(f"Memasang {names} untuk pengujian …", flush=True)
    quiet = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
    subprocess.run(["apt-get", "update", "-qq"], check=False, env=quiet)
    for tool in missing:
        lean = ["--no-install-recommends"] if tool.lean else []
        command = ["apt-get", "install", "-y", "-qq", *lean, *tool.packages]
        subprocess.run(command, check=False, env=quiet)


def debian_packages(ldd_output: str) -> list[str]:
    """The packages that provide the libraries `ldd` reports as not found, in its order."""
    packages: list[str] = []
    for library in re.findall(r"^\s*(\S+) => not found", ldd_output, flags=re.MULTILINE):
        package = DEBIAN_PACKAGES.get(library)
        if package is None:
            stem, _, version = library.partition(".so.")
            package = stem.lower() + ("-" if stem[-1:].isdigit() else "") + version.split(".")[0]
        if package not in packages:
            packages.append(package)
    return packages


def missing_system_libraries() -> list[str]:
    """On Linux, the Debian packages Qt's X11 plugin still needs (empty when all are there or when
    this cannot be told: no ldd, no plugin, another system)."""
    if not sys.platform.startswith("linux") or shutil.which("ldd") is None:
        return []
    found = subprocess.run(
        [
            str(PYTHON),
            "-c",
            "import PySide6, pathlib; print(pathlib.Path(PySide6.__file__).parent)",
        ],
        capture_output=True,
        text=True,
    )
    plugin = Path(found.stdout.strip()) / "Qt" / "plugins" / "platforms" / "libqxcb.so"
    if found.returncode != 0 or not plugin.exists():
        return []
    ldd = subprocess.run(["ldd", str(plugin)], capture_output=True, text=True)
    return debian_packages(ldd.stdout)


def run(args: list[str]) -> int:
    _install("")
    _translations()
    wayland = "wayland" if os.environ.get("WAYLAND_DISPLAY") else "xcb"
    platform = os.environ.get("QT_QPA_PLATFORM") or wayland
    if platform.startswith("xcb") and (missing := missing_system_libraries()):
        print(
            "Rapat memerlukan pustaka sistem Qt yang belum terpasang. Pasang dengan:\n\n"
            f"    sudo apt-get install -y {' '.join(missing)}\n\n"
            "lalu jalankan lagi: python3 make.py run",
            file=sys.stderr,
        )
        return 2
    return subprocess.call([str(PYTHON), "-m", "rapat", *args])


def test(args: list[str]) -> int:
    _install("test")
    _translations()
    _test_tools()
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
