#!/usr/bin/env python3
"""Bring the translation sources up to date with the code, and say what is left to translate.

    .venv/bin/python resources/translations/update.py

pyside6-lupdate reads every module of the rapat package and rewrites rapat_en.ts: new messages are
added unfinished, messages gone from the code are dropped. A message whose context changed (a view
class split or renamed, a text moved to another module) keeps its translation: any message left
unfinished takes the translation an identical source text had before. Running it twice changes
nothing. It prints how many messages are unfinished and which; translate those in Qt Linguist
(pyside6-linguist) or in the .ts file, then run it again.

qt_id.ts (Qt's own texts in Indonesian) is written by hand and left alone here.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
sys.path.insert(0, str(HERE))

from compile_qm import qt_tool  # noqa: E402 - this folder is not a package

TARGETS = {"rapat_en.ts": "en"}
Key = tuple[str, str, str]  # context, source text, disambiguation comment


def extract(target: Path, language: str, python: str = sys.executable) -> None:
    """Run lupdate over the package into target (created or updated in place)."""
    sources = sorted(str(path) for path in (ROOT / "rapat").rglob("*.py"))
    with tempfile.NamedTemporaryFile("w", suffix=".lst", delete=False) as listing:
        listing.write("\n".join(sources) + "\n")
    try:
        command = [
            *qt_tool(python, "lupdate"),
            "-silent",
            "-no-obsolete",
            "-locations",
            "none",
            "-disable-heuristic",
            "similartext",
            "-source-language",
            "id",
            "-target-language",
            language,
            f"@{listing.name}",
            "-ts",
            str(target),
        ]
        subprocess.run(command, check=True)
    finally:
        Path(listing.name).unlink()


def messages(tree: ET.ElementTree) -> dict[Key, ET.Element]:
    """Every message of a .ts file by context, source and comment."""
    found = {}
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            key = (name, message.findtext("source") or "", message.findtext("comment") or "")
            found[key] = message
    return found


def is_finished(message: ET.Element) -> bool:
    translation = message.find("translation")
    if translation is None or translation.get("type") in ("unfinished", "vanished", "obsolete"):
        return False
    forms = translation.findall("numerusform")
    return all(f.text for f in forms) if forms else bool(translation.text)


def carry_over(earlier: dict[Key, ET.Element], tree: ET.ElementTree) -> int:
    """Fill unfinished messages from finished ones with the same source text; returns how many."""
    by_text = {}
    for (_, source, comment), message in earlier.items():
        if is_finished(message):
            by_text.setdefault((source, comment), message.find("translation"))
    filled = 0
    for (_, source, comment), message in messages(tree).items():
        known = by_text.get((source, comment))
        if is_finished(message) or known is None:
            continue
        translation = message.find("translation")
        if translation is not None:
            message.remove(translation)
        copy = ET.fromstring(ET.tostring(known))
        copy.tail = translation.tail if translation is not None else None
        message.append(copy)
        filled += 1
    return filled


def write(tree: ET.ElementTree, path: Path) -> None:
    body = ET.tostring(tree.getroot(), encoding="unicode")
    path.write_text(f'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n{body}\n', "utf-8")


def update(target: Path, language: str) -> list[Key]:
    """Update one .ts file; returns the keys of its unfinished messages."""
    earlier = messages(ET.parse(target)) if target.exists() else {}
    extract(target, language)
    tree = ET.parse(target)
    if carry_over(earlier, tree):
        write(tree, target)
        extract(target, language)  # lupdate writes the file back in its own layout
        tree = ET.parse(target)
    return [key for key, message in messages(tree).items() if not is_finished(message)]


def main() -> int:
    for name, language in TARGETS.items():
        target = HERE / name
        unfinished = update(target, language)
        total = len(messages(ET.parse(target)))
        print(f"{name}: {total} messages, {len(unfinished)} unfinished")
        for context, source, _ in unfinished:
            print(f"  [{context or '-'}] {source}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
