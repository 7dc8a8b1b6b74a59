"""A circuit breaker per upstream: stop calling a service that cannot be reached.

Closed, the breaker lets every call through and counts consecutive connection
failures (refused, reset, connect timeout). At ``failures`` of them it opens:
calls no longer reach the upstream at all. After ``cooldown_seconds`` it lets a
single probe call through (half-open); the probe's success closes it again, its
failure opens it for another cool-down. Any answer from the upstream, even an
error, counts as a success: the breaker is about reaching the service, not about
what it says.

The breaker also remembers since when the upstream has been failing, so that
callers can tell a blip (worth waiting for) from an outage (fail at once); see
:mod:`ocrner.orchestrator.clients`. It is used from one event loop, so it needs
no lock.
"""

from __future__ import annotations

import enum
import logging
import math
import time
from collections.abc import Callable
from dataclasses import dataclass

logger = logging.getLogger("ocrner.upstream")


class BreakerState(enum.Enum):
    CLOSED = "closed"
    OPEN = "open"
    HALF_OPEN = "half-open"


@dataclass(frozen=True)
class BreakerPolicy:
    """When a breaker opens and how long it stays open before it probes."""

    failures: int = 5
    cooldown_seconds: float = 1.0


class CircuitBreaker:
    """The state of one upstream as its callers have seen it."""

    def __init__(
        self,
        name: str,
        policy: BreakerPolicy = BreakerPolicy(),
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.name = name
        self.policy = policy
        self._clock = clock
        self.state = BreakerState.CLOSED
        self._consecutive_failures = 0
        self._opened_at = 0.0
        self._failing_since: float | None = None

    def allow(self) -> bool:
        """May a call go to the upstream now? Half-open, only the one probe may."""
        if self.state is BreakerState.CLOSED:
            return True
        if self.state is BreakerState.HALF_OPEN:
            return False  # a probe is out; wait for its outcome
        if self._clock() - self._opened_at >= self.policy.cooldown_seconds:
            self.state = BreakerState.HALF_OPEN
            return True
        return False

    def succeeded(self) -> None:
        """The upstream answered (anything at all): it can be reached."""
        if self.state is not BreakerState.CLOSED:
            logger.info("circuit to %s closed: it answers again", self.name)
        self.state = BreakerState.CLOSED
        self._consecutive_failures = 0
        self._failing_since = None

    def failed(self) -> None:
        """A call could not reach the upstream, or lost its connection."""
        now = self._clock()
        if self._failing_since is None:
            self._failing_since = now
        self._consecutive_failures += 1
        if self.state is BreakerState.HALF_OPEN or (
            self.state is BreakerState.CLOSED and self._consecutive_failures >= self.policy.failures
        ):
            if self.state is BreakerState.CLOSED:
                logger.warning(
                    "circuit to %s opened after %d connection failures",
                    self.name,
                    self._consecutive_failures,
                )
            self.state = BreakerState.OPEN
            self._opened_at = now

    def released(self) -> None:
        """A call ended without saying whether the upstream can be reached (e.g. a timeout)."""
        if self.state is BreakerState.HALF_OPEN:
            self.state = BreakerState.OPEN  # the cool-down is over: the next caller probes

    @property
    def failing_for(self) -> float:
        """Seconds since the current run of connection failures began; 0 when there is none."""
        if self._failing_since is None:
            return 0.0
        return self._clock() - self._failing_since

    def retry_after_seconds(self) -> int:
        """Whole seconds (at least 1) until the breaker lets a probe through."""
        if self.state is not BreakerState.OPEN:
            return 1
        left = self.policy.cooldown_seconds - (self._clock() - self._opened_at)
        return max(1, math.ceil(left))
