"""A retry budget per upstream, so that retries cannot multiply the load on it.

Over the last :data:`WINDOW_SECONDS` seconds, the retries sent to one upstream
may number at most ``ratio`` times the requests sent to it, plus
``per_second`` times the window (a floor, so that a quiet service can still
retry). When an upstream is overloaded and answers 503, this keeps the
orchestrator from answering with more and more repeats; a call refused a retry
fails at once with the error it met. The count is kept in one-second buckets.
"""

from __future__ import annotations

import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass

WINDOW_SECONDS = 10


@dataclass
class _Second:
    second: int
    requests: int = 0
    retries: int = 0


class RetryBudget:
    """Counts requests and retries to one upstream and says whether one more retry fits."""

    def __init__(
        self,
        ratio: float = 0.2,
        per_second: float = 1.0,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.ratio = ratio
        self.per_second = per_second
        self._clock = clock
        self._seconds: deque[_Second] = deque()

    def record_request(self) -> None:
        """A request (its first attempt) is about to be sent."""
        self._current().requests += 1

    def try_retry(self) -> bool:
        """Take one retry from the budget; False when the budget is spent."""
        current = self._current()
        requests = sum(entry.requests for entry in self._seconds)
        retries = sum(entry.retries for entry in self._seconds)
        allowed = self.ratio * requests + self.per_second * WINDOW_SECONDS
        if retries + 1 > allowed:
            return False
        current.retries += 1
        return True

    def _current(self) -> _Second:
        second = int(self._clock())
        while self._seconds and self._seconds[0].second <= second - WINDOW_SECONDS:
            self._seconds.popleft()
        if not self._seconds or self._seconds[-1].second != second:
            self._seconds.append(_Second(second))
        return self._seconds[-1]
