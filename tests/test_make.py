"""make.py on a fresh machine: the system libraries Qt needs are named with the command that
installs them."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
spec = importlib.util.spec_from_file_location("make", ROOT / "make.py")
make = importlib.util.module_from_spec(spec)
spec.loader.exec_module(make)

# ldd on PySide6's libqxcb.so on a fresh Debian 12 with a desktop (what the first user saw).
LDD = """\
\tlinux-vdso.so.1 (0x00007ffd4a5f2000)
\tlibQt6XcbQpa.so.6 => /venv/PySide6/Qt/lib/libQt6XcbQpa.so.6 (0x00007f6b1c200000)
\tlibxcb-cursor.so.0 => not found
\tlibxcb-icccm.so.4 => not found
\tlibxcb-keysyms.so.1 => not found
\tlibxkbcommon-x11.so.0 => not found
\tlibxcb-icccm.so.4 => not found
\tlibxcb-xinput.so.0 => not found
\tlibxcb1.so.1 => /lib/x86_64-linux-gnu/libxcb.so.1 (0x00007f6b1bd00000)
"""


def test_missing_libraries_are_named_as_debian_packages():
    assert make.debian_packages(LDD) == [
        "libxcb-cursor0",
        "libxcb-icccm4",
        "libxcb-keysyms1",
        "libxkbcommon-x11-0",
        "libxcb-xinput0",
    ]
    assert make.debian_packages("\tlibc.so.6 => /lib/libc.so.6 (0x1)\n") == []


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="ldd and xcb are Linux's")
def test_the_check_reads_the_installed_plugin(monkeypatch, capsys):
    """On this machine: whatever ldd finds missing is what `make.py run` asks to install, and it
    stops with the exact command instead of letting Qt abort."""
    monkeypatch.setattr(make, "PYTHON", Path(sys.executable))
    missing = make.missing_system_libraries()
    assert all(name.startswith("lib") for name in missing)
    if not missing:
        return
    monkeypatch.setattr(make, "_install", lambda extra: None)
    monkeypatch.setattr(make, "_translations", lambda: None)
    monkeypatch.setenv("QT_QPA_PLATFORM", "xcb")
    assert make.run([]) == 2
    assert f"sudo apt-get install -y {' '.join(missing)}" in capsys.readouterr().err
