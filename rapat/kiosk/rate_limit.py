"""Per-client request budgets: a phone that asks too often is told to wait."""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass


@dataclass(frozen=True)
class Budget:
    """A token bucket: `burst` requests at once, refilled at `per_second`."""

    burst: float
    per_second: float


# Searching follows typing; a check-in is a handful per person; the page loads a few files.
PAGE = Budget(burst=30, per_second=1.0)
SEARCH = Budget(burst=40, per_second=3.0)
SUBMIT = Budget(burst=5, per_second=0.1)

TRACKED_MAX = 20_000  # clients remembered before the idle ones are forgotten


class RateLimiter:
    """Token buckets by (client address, kind); safe to call from the server's threads."""

    def __init__(self, budgets: dict[str, Budget]) -> None:
        self._budgets = budgets
        self._buckets: dict[tuple[str, str], tuple[float, float]] = {}
        self._lock = threading.Lock()

    def wait_needed(self, client: str, kind: str) -> float:
        """0 when the request may go ahead (and is counted); else the seconds to wait."""
        budget = self._budgets[kind]
        now = time.monotonic()
        with self._lock:
            tokens, last = self._buckets.get((client, kind), (budget.burst, now))
            tokens = min(budget.burst, tokens + (now - last) * budget.per_second)
            if tokens < 1:
                self._buckets[(client, kind)] = (tokens, now)
                return (1 - tokens) / budget.per_second
            self._buckets[(client, kind)] = (tokens - 1, now)
            if len(self._buckets) > TRACKED_MAX:
                self._forget_idle(now)
            return 0.0

    def _forget_idle(self, now: float) -> None:
        """Drop buckets that have refilled completely: they hold nothing a new bucket would not."""
        full = [
            key
            for key, (tokens, last) in self._buckets.items()
            if tokens + (now - last) * self._budgets[key[1]].per_second
            >= self._budgets[key[1]].burst
        ]
        for key in full:
            del self._buckets[key]
