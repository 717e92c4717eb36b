"""The interface's one owner of sessions: who may open one, the latest-wins query, the write queue."""

from __future__ import annotations

import ast
import sqlite3
import threading
import time
from pathlib import Path

import rapat.ui

UI = Path(rapat.ui.__file__).parent
OWNER = "context.py"


def opens_a_session(path: Path) -> list[str]:
    """Where a module calls `.session(`, builds a Session or a sessionmaker, or imports Session
    outside an `if TYPE_CHECKING:` block (annotations may name it)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    typing_only: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            typing_only.update(id(n) for n in ast.walk(node))
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            name = ast.unparse(node.func)
            if name.endswith(".session") or name.split(".")[-1] in ("Session", "sessionmaker"):
                found.append(f"{path.name}:{node.lineno} {name}(")
        elif isinstance(node, ast.ImportFrom) and id(node) not in typing_only:
            names = {alias.name for alias in node.names}
            if node.module == "sqlalchemy.orm" and names & {"Session", "sessionmaker"}:
                found.append(f"{path.name}:{node.lineno} imports {sorted(names)}")
    return found


def test_only_the_context_opens_a_session():
    modules = [p for p in sorted(UI.glob("*.py")) if p.name != OWNER]
    assert len(modules) > 30
    assert [hit for path in modules for hit in opens_a_session(path)] == []
    assert opens_a_session(UI / OWNER)  # the check sees a session where there is one


def test_an_older_slow_query_is_dropped_when_a_newer_one_answers(qtbot, context):
    from PySide6.QtWidgets import QWidget

    owner = QWidget()
    qtbot.addWidget(owner)
    release = threading.Event()
    answers = []

    def slow(_session) -> str:
        release.wait(5)
        return "lama"

    context.query(owner, slow, answers.append)
    context.query(owner, lambda _s: "baru", answers.append)
    qtbot.waitUntil(lambda: answers == ["baru"])
    release.set()
    from rapat.ui.tasks import tasks_running

    qtbot.waitUntil(lambda: not tasks_running())
    assert answers == ["baru"]  # the older answer came later and was dropped

    # Another topic of the same owner is another question: both answers arrive.
    context.query(owner, lambda _s: 1, answers.append, topic="jumlah")
    context.query(owner, lambda _s: 2, answers.append, topic="daftar")
    qtbot.waitUntil(lambda: sorted(answers[1:]) == [1, 2])


def test_writes_run_one_at_a_time_in_the_order_given(qtbot, context):
    order: list[str] = []
    running = []
    overlap = []
    lock = threading.Lock()

    def write(name: str, seconds: float):
        def work(_session) -> str:
            with lock:
                running.append(name)
                overlap.append(len(running))
            time.sleep(seconds)
            order.append(name)
            with lock:
                running.remove(name)
            return name

        return work

    reported: list[str] = []
    saved = []
    context.saved.connect(saved.append)
    for name, seconds in (("pertama", 0.2), ("kedua", 0.0), ("ketiga", 0.05)):
        context.write(write(name, seconds), reported.append)
    qtbot.waitUntil(lambda: len(reported) == 3)
    assert order == ["pertama", "kedua", "ketiga"]
    assert reported == order  # and reported back on the GUI thread in that order
    assert max(overlap) == 1
    assert len(saved) == 3


def test_a_locked_database_is_retried_and_the_notice_cleared_once_stored(
    qtbot, context, db_path, monkeypatch
):
    import rapat.ui.context as ui_context
    from rapat.services.organization import get_profile, update_profile

    monkeypatch.setattr(ui_context, "RETRY_MS", 100)
    monkeypatch.setattr("rapat.db.BUSY_TIMEOUT_MS", 50)
    context.db.engine.dispose()  # new connections take the short busy timeout
    problems, cleared, changed = [], [], []
    context.problem.connect(problems.append)
    context.problem_cleared.connect(lambda: cleared.append(True))
    context.changed.connect(changed.append)
    holder = sqlite3.connect(db_path)
    holder.execute("BEGIN IMMEDIATE")
    try:
        context.write(lambda s: update_profile(s, signing_city="Lembah Hijau"), changed="profile")
        qtbot.waitUntil(lambda: len(problems) >= 2)  # tried, and tried again
        assert all(p.endswith("Mencoba lagi…") and "dikunci" in p for p in problems)
        assert not cleared and not changed
    finally:
        holder.rollback()
        holder.close()
    qtbot.waitUntil(lambda: cleared == [True], timeout=5000)
    assert changed == ["profile"]
    assert context.read(get_profile).signing_city == "Lembah Hijau"
