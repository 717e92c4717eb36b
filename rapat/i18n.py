"""Translation of user-visible text outside QObjects, and the choice of the interface language.

Indonesian is the source language. Inside a QObject, text goes through ``self.tr()`` and its
class name is the context. Everywhere else it goes through ``tr()`` below, and label tables are
marked with ``QT_TR_NOOP()`` and translated with ``tr()`` where they are shown. ``pyside6-lupdate``
files every free ``tr()`` and ``QT_TR_NOOP()`` under the empty context, so that is the context
``tr()`` asks for: the two always agree, whatever module or class the call sits in.

When Qt is loaded (the GUI runs) text goes through QCoreApplication.translate so the installed
translations apply; the command line does not pay for importing Qt just to print a message.

Official documents (notula, daftar hadir, undangan, action lists, workbooks) never go through
translation: they are Indonesian whatever the interface language.
"""

from __future__ import annotations

import logging
import sys

LANGUAGES = {"id": "Bahasa Indonesia", "en": "English"}  # each named in its own language
SOURCE_LANGUAGE = "id"
LANGUAGE_SETTING = "interface/language"  # the QSettings key

log = logging.getLogger(__name__)


def tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """The text in the interface language; with n, the plural form for n ("%n" becomes n)."""
    qtcore = sys.modules.get("PySide6.QtCore")
    if qtcore is None or qtcore.QCoreApplication.instance() is None:
        return text.replace("%n", str(n)) if n >= 0 else text
    return qtcore.QCoreApplication.translate("", text, disambiguation or None, n)


def QT_TR_NOOP(text: str) -> str:
    """Mark text in a table for extraction; translate it with tr() where it is shown."""
    return text


def translation_files(language: str) -> list[str]:
    """The compiled translations (.qm names under resources/translations/) a language needs.

    English needs Rapat's own; Indonesian needs the one for Qt's own texts (buttons, file dialogs,
    context menus), which Qt does not ship in Indonesian.
    """
    return ["rapat_en.qm"] if language == "en" else ["qt_id.qm"]


def chosen_language() -> str:
    """The interface language stored in the settings (Indonesian unless English was chosen)."""
    from PySide6.QtCore import QSettings

    language = QSettings().value(LANGUAGE_SETTING, SOURCE_LANGUAGE)
    return language if language in LANGUAGES else SOURCE_LANGUAGE


def choose_language(language: str) -> None:
    """Store the interface language for the next start."""
    from PySide6.QtCore import QSettings

    QSettings().setValue(LANGUAGE_SETTING, language)


def install_translators(language: str) -> list[object]:
    """Install the translators of a language on the running application; returns them.

    Nothing is compiled here: a missing .qm (a checkout where translations were never built) is
    logged and the interface stays in Indonesian.
    """
    from PySide6.QtCore import QCoreApplication, QTranslator

    from rapat.resources import resource_path

    installed = []
    for name in translation_files(language):
        path = resource_path("translations", name)
        translator = QTranslator()
        if not translator.load(str(path)):
            log.warning("Translation %s not found; the interface stays in Indonesian", path)
            continue
        translator.setParent(QCoreApplication.instance())  # lives as long as the application
        QCoreApplication.installTranslator(translator)
        installed.append(translator)
    return installed
