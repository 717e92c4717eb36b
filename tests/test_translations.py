"""The translations: every message the code shows can be found and is translated into English, the
contexts are the ones the code asks for, and Qt's own texts read in Indonesian."""

from __future__ import annotations

import importlib
import inspect
import logging
import pkgutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from translation_tools import TRANSLATIONS, qt_tool_or_skip

import rapat

sys.path.insert(0, str(TRANSLATIONS))
import update

ASKED_BY_NAME = {"", "app"}  # rapat.i18n.tr() and QT_TR_NOOP(); app.py's translate("app", …)


def extracted(tmp_path: Path) -> dict[update.Key, ET.Element]:
    """What lupdate finds in the package today, run as update.py runs it, into a fresh file."""
    qt_tool_or_skip("lupdate")
    target = tmp_path / "found.ts"
    update.extract(target, "en")
    return update.messages(ET.parse(target))


def test_every_message_found_in_the_code_is_translated_into_english(tmp_path):
    found = extracted(tmp_path)
    assert len(found) > 700
    english = update.messages(ET.parse(TRANSLATIONS / "rapat_en.ts"))
    missing = [key for key in found if key not in english or not update.is_finished(english[key])]
    assert missing == [], "run resources/translations/update.py and translate these"


def test_every_context_is_one_the_code_asks_for(tmp_path):
    """A message under a context no code asks for could never be shown translated."""
    from PySide6.QtCore import QObject

    qobject_classes = set()
    for module in pkgutil.walk_packages(rapat.__path__, "rapat."):
        if ".migrations." in module.name or module.name.endswith("__main__"):
            continue
        for _name, member in inspect.getmembers(importlib.import_module(module.name)):
            if inspect.isclass(member) and issubclass(member, QObject):
                qobject_classes.add(member.__name__)
    contexts = {context for context, _source, _comment in extracted(tmp_path)}
    assert contexts - qobject_classes - ASKED_BY_NAME == set()


def test_update_carries_a_translation_over_when_its_context_changes():
    earlier = ET.fromstring(
        "<TS><context><name>NotulaView</name><message><source>Hapus keputusan</source>"
        "<translation>Delete decision</translation></message></context></TS>"
    )
    now = ET.ElementTree(
        ET.fromstring(
            "<TS><context><name>DecisionList</name><message><source>Hapus keputusan</source>"
            '<translation type="unfinished"></translation></message></context></TS>'
        )
    )
    assert update.carry_over(update.messages(ET.ElementTree(earlier)), now) == 1
    message = update.messages(now)[("DecisionList", "Hapus keputusan", "")]
    assert update.is_finished(message) and message.findtext("translation") == "Delete decision"


def test_update_is_idempotent_and_reports_nothing_unfinished(tmp_path):
    qt_tool_or_skip("lupdate")
    copy = tmp_path / "rapat_en.ts"
    copy.write_bytes((TRANSLATIONS / "rapat_en.ts").read_bytes())
    assert update.update(copy, "en") == []
    assert copy.read_bytes() == (TRANSLATIONS / "rapat_en.ts").read_bytes()


def test_qt_own_buttons_and_menus_read_in_indonesian(qapp, compiled_translations):
    from PySide6.QtCore import QCoreApplication, QTranslator
    from PySide6.QtWidgets import QDialogButtonBox, QLineEdit

    translator = QTranslator()
    assert translator.load(str(compiled_translations / "qt_id.qm"))
    QCoreApplication.installTranslator(translator)
    try:
        Button = QDialogButtonBox.StandardButton
        box = QDialogButtonBox(Button.Ok | Button.Cancel | Button.Save | Button.Yes | Button.No)
        assert {b.text().replace("&", "") for b in box.buttons()} == {
            "OK",
            "Batal",
            "Simpan",
            "Ya",
            "Tidak",
        }
        edit = QLineEdit()
        menu = edit.createStandardContextMenu()
        shown = {a.text().replace("&", "").split("\t")[0] for a in menu.actions()}
        assert {"Batalkan", "Ulangi", "Potong", "Salin", "Tempel", "Hapus", "Pilih Semua"} <= shown
        menu.deleteLater()
    finally:
        QCoreApplication.removeTranslator(translator)


def test_text_outside_qobjects_and_label_tables_read_in_english(english_interface):
    from rapat.i18n import tr
    from rapat.models.vocabulary import ACTION_LABELS, ActionStatus
    from rapat.ui.search_view import KIND_LABELS

    assert tr(ACTION_LABELS[ActionStatus.IN_PROGRESS]) == "In progress"
    assert tr(KIND_LABELS["decision"]) == "Decision"
    assert tr(" · %n bagian cocok", "", 3) == " · 3 matching parts"
    assert tr("{file}: berkas kosong").format(file="a.csv") == "a.csv: empty file"


def test_a_missing_translation_is_logged_and_the_interface_stays_indonesian(
    qapp, monkeypatch, tmp_path, caplog
):
    from rapat import i18n, resources

    monkeypatch.setattr(resources, "resource_path", lambda *parts: tmp_path.joinpath(*parts))
    with caplog.at_level(logging.WARNING, logger="rapat.i18n"):
        assert i18n.install_translators("en") == []
    assert "rapat_en.qm" in caplog.text
    assert i18n.tr("Selesai") == "Selesai"


def test_the_language_is_kept_in_the_settings(qapp):
    from PySide6.QtCore import QSettings

    from rapat.i18n import choose_language, chosen_language

    QSettings().clear()
    assert chosen_language() == "id"
    choose_language("en")
    assert chosen_language() == "en"
    QSettings().clear()


def test_compiling_leaves_nothing_to_commit():
    ignored = subprocess.run(
        ["git", "check-ignore", "-q", str(TRANSLATIONS / "rapat_en.qm")],
        cwd=TRANSLATIONS,
        check=False,
    )
    assert ignored.returncode == 0


def test_every_translated_call_is_one_lupdate_reads_as_the_code_runs_it():
    """self.tr passed around or kept in a variable runs in its class's context, but lupdate files
    the calls made through it under another (or none): always call self.tr() or rapat.i18n.tr()."""
    import ast

    wrong = []
    for path in sorted(Path(rapat.__file__).parent.rglob("*.py")):
        tree = ast.parse(path.read_text("utf-8"))
        calls = {id(node.func) for node in ast.walk(tree) if isinstance(node, ast.Call)}
        for node in ast.walk(tree):
            if isinstance(node, ast.Attribute) and node.attr == "tr" and id(node) not in calls:
                wrong.append(f"{path.name}:{node.lineno} self.tr not called")
            elif isinstance(node, ast.arg) and node.arg == "tr":
                wrong.append(f"{path.name}:{node.lineno} a parameter named tr")
            elif isinstance(node, ast.Name) and node.id == "tr" and isinstance(node.ctx, ast.Store):
                wrong.append(f"{path.name}:{node.lineno} a variable named tr")
    assert wrong == []
