"""A long session does not wear Python out: Qt calls that return nothing may be made without end."""

from __future__ import annotations

import subprocess
import sys

CALLS = 300_000  # far more than the references to None a freshly started Rapat holds


def test_many_small_qt_calls_do_not_abort_python(tmp_path):
    script = tmp_path / "calls.py"
    script.write_text(
        "import rapat.ui\n"
        "from PySide6.QtWidgets import QApplication, QLabel\n"
        "app = QApplication([])\n"
        "label = QLabel()\n"
        f"for _ in range({CALLS}):\n"
        "    label.setText('x')\n"
        "print('done')\n"
    )
    finished = subprocess.run(
        [sys.executable, str(script)], capture_output=True, text=True, timeout=120
    )
    assert finished.returncode == 0, finished.stderr[-500:]
    assert finished.stdout.strip() == "done"
