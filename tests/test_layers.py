"""The layers of ARCHITECTURE.md, checked on the source: who may import whom."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).parent.parent / "rapat"
GUI_MODULES = ("PySide6.QtWidgets", "PySide6.QtGui")
ORM_HELPERS = {"meeting_row", "editable_meeting_row"}  # services' own: they return mapped rows


def _module(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _imports(path: Path) -> list[tuple[str, list[str], int]]:
    """Every import in a file, at any depth: (module, names imported from it, line)."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found += [(alias.name, [], node.lineno) for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.append((node.module, [alias.name for alias in node.names], node.lineno))
    return found


def _files(*under: str) -> list[Path]:
    return sorted(path for part in under for path in (PACKAGE / part).rglob("*.py"))


def _within(module: str, package: str) -> bool:
    return module == package or module.startswith(package + ".")


def test_documents_import_nothing_from_the_services():
    offending = [
        f"{path.name}:{line} imports {module}"
        for path in _files("documents")
        for module, _names, line in _imports(path)
        if _within(module, "rapat.services")
    ]
    assert offending == []


def test_only_the_interface_imports_qt_widgets_or_gui():
    offending = [
        f"{path.relative_to(PACKAGE)}:{line} imports {module}"
        for path in sorted(PACKAGE.rglob("*.py"))
        if not _within(_module(path), "rapat.ui")
        for module, names, line in _imports(path)
        if module in GUI_MODULES or (module == "PySide6" and {"QtWidgets", "QtGui"} & set(names))
    ]
    assert offending == []


def test_the_records_and_dates_sit_below_services_and_documents():
    offending = [
        f"{path.relative_to(PACKAGE)}:{line} imports {module}"
        for path in [*_files("records"), PACKAGE / "dates.py"]
        for module, _names, line in _imports(path)
        if any(_within(module, f"rapat.{layer}") for layer in ("services", "documents", "ui"))
    ]
    assert offending == []


def test_the_faces_get_records_never_mapped_rows():
    faces = [*_files("ui"), PACKAGE / "cli.py"]
    offending = [
        f"{path.relative_to(PACKAGE)}:{line} imports {module} {names}"
        for path in faces
        for module, names, line in _imports(path)
        if (module == "rapat.models" or set(names) & ORM_HELPERS)
    ]
    assert offending == []


def _service_imports(path: Path) -> set[str]:
    """The services modules a services module imports (`from rapat.services import x` included)."""
    found = set()
    for module, names, _line in _imports(path):
        if module == "rapat.services":
            found |= {f"rapat.services.{name}" for name in names}
        elif _within(module, "rapat.services"):
            found.add(module)
    return found


def test_services_import_each_other_at_the_top_only():
    """A lazy import inside a function is how a cycle hides; the services have none to hide."""
    offending = []
    for path in _files("services"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        top = {id(node) for node in tree.body}
        for node in ast.walk(tree):
            nested = isinstance(node, ast.ImportFrom) and id(node) not in top
            if nested and node.module and _within(node.module, "rapat.services"):
                offending.append(f"{path.name}:{node.lineno} imports {node.module}")
    assert offending == []


def test_the_services_form_no_import_cycle():
    graph = {_module(path): _service_imports(path) for path in _files("services")}
    cycles = []

    def visit(module: str, trail: list[str]) -> None:
        for target in sorted(graph.get(module, ())):
            if target in trail:
                cycles.append(" → ".join([*trail[trail.index(target) :], target]))
            elif target not in done:
                visit(target, [*trail, target])
        done.add(module)

    done: set[str] = set()
    for start in sorted(graph):
        visit(start, [start])
    assert cycles == []
