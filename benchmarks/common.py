"""Helpers shared by the benchmark scripts: timing commands side by side and printing ratios."""

from __future__ import annotations

import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Sequence


def time_command(args: Sequence[str]) -> float:
    """Wall-clock seconds of one run of a command, which must succeed."""
    start = time.perf_counter()
    subprocess.run(args, check=True, stdout=subprocess.DEVNULL)
    return time.perf_counter() - start


def time_call(work: Callable[[], object]) -> float:
    start = time.perf_counter()
    work()
    return time.perf_counter() - start


def side_by_side(
    subject: Callable[[], float], floor: Callable[[], float], rounds: int
) -> tuple[float, float, float]:
    """Alternate subject and floor runs; return the median of each and the median of their ratios."""
    subject_times, floor_times = [], []
    for _ in range(rounds):
        subject_times.append(subject())
        floor_times.append(floor())
    ratios = [s / f for s, f in zip(subject_times, floor_times, strict=True)]
    return (
        statistics.median(subject_times),
        statistics.median(floor_times),
        statistics.median(ratios),
    )


def report(name: str, seconds: float, goal: float | None = None) -> None:
    verdict = ""
    if goal is not None:
        verdict = f" (goal < {goal:.2f} s: {'met' if seconds < goal else 'MISSED'})"
    print(f"{name}: {seconds:.3f} s{verdict}")


def report_ratio(name: str, subject: float, floor: float, ratio: float, goal: float) -> None:
    print(
        f"{name}: {subject * 1000:.0f} ms vs floor {floor * 1000:.0f} ms, median ratio {ratio:.2f}x "
        f"(goal ≤ {goal:.1f}x: {'met' if ratio <= goal else 'MISSED'})"
    )


PYTHON = sys.executable
