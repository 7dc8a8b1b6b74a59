"""The time budget of the request being handled, passed between services.

The orchestrator gives each request an overall deadline and sends what is left
of it to the OCR and NER services in ``X-Deadline-Ms`` (milliseconds, an
integer). The services' middleware turns that header back into a deadline for
the request; a request that arrives with none left is answered 504 at once, and
the engine pool drops a queued request whose deadline passed while it waited
(:meth:`ocrner.core.workers.EnginePool.run`), so no engine works for a caller
that has already given up.
"""

from __future__ import annotations

import re
import time
from contextvars import ContextVar

from ocrner.core.errors import DeadlineExceeded

DEADLINE_HEADER = "X-Deadline-Ms"

MAX_DEADLINE_MS = 24 * 3600 * 1000
"""Longer budgets in the header are taken as this (one day): no request waits that long."""

_MILLISECONDS = re.compile(r"-?[0-9]{1,12}")

deadline_var: ContextVar[float | None] = ContextVar("deadline", default=None)
"""The monotonic time by which the current request must be answered, if it has a deadline."""


def deadline_from_header(value: str | None) -> float | None:
    """The monotonic deadline an ``X-Deadline-Ms`` value gives, or None when absent or malformed.

    A malformed value is ignored rather than refused: the deadline is an
    optimisation for the caller, not part of the request.
    """
    if value is None:
        return None
    value = value.strip()
    if _MILLISECONDS.fullmatch(value) is None:
        return None
    milliseconds = min(int(value), MAX_DEADLINE_MS)
    return time.monotonic() + milliseconds / 1000


def remaining_seconds() -> float | None:
    """Seconds left before the current request's deadline (negative once passed), or None."""
    deadline = deadline_var.get()
    if deadline is None:
        return None
    return deadline - time.monotonic()


def check_deadline(what: str) -> None:
    """Raise :class:`DeadlineExceeded` when the current request's deadline has passed."""
    remaining = remaining_seconds()
    if remaining is not None and remaining <= 0:
        raise DeadlineExceeded(f"The caller's deadline passed before {what}.")
