"""Translation of user-visible text outside QObjects.

Indonesian is the source language. When Qt is loaded (the GUI runs) text goes through
QCoreApplication.translate so installed translations apply; the command line does not pay for
importing Qt just to print a message.
"""

from __future__ import annotations

import sys


def tr(text: str, context: str = "rapat") -> str:
    qtcore = sys.modules.get("PySide6.QtCore")
    if qtcore is None or qtcore.QCoreApplication.instance() is None:
        return text
    return qtcore.QCoreApplication.translate(context, text)
