#!/usr/bin/env python3
"""Compile the translation sources (*.ts) beside this file into the .qm files Rapat loads.

    python resources/translations/compile_qm.py

Run it with a Python that has PySide6 (the project's .venv): its lrelease does the work. make.py
runs it after installing, build.spec before bundling; the .qm files are build output, ignored by git.
Only the standard library is used here: make.py and build.spec run it from any Python.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


def qt_tool(python: str, tool: str) -> list[str]:
    """The command that runs one of PySide6's Qt tools (lrelease, lupdate) with that Python."""
    return [python, "-c", f"from PySide6.scripts.pyside_tool import {tool}; {tool}()"]


def build(python: str = sys.executable) -> list[Path]:
    """Compile every .ts whose .qm is missing or older; returns the .qm files."""
    compiled = []
    for source in sorted(HERE.glob("*.ts")):
        target = source.with_suffix(".qm")
        if not target.exists() or target.stat().st_mtime < source.stat().st_mtime:
            command = [*qt_tool(python, "lrelease"), "-silent", str(source), "-qm", str(target)]
            subprocess.run(command, check=True)
        compiled.append(target)
    return compiled


if __name__ == "__main__":
    for path in build():
        print(path.name)
