"""A test run stopped with SIGTERM unwinds as after Ctrl-C, so nothing it started outlives it.

Python's default answer to SIGTERM ends the process at once: no ``finally`` block, context
manager or fixture teardown runs, and the service processes, containers and network
namespaces a test started are left behind (a CI job's timeout sends SIGTERM). With
:func:`unwind_on_sigterm` the signal raises ``KeyboardInterrupt`` instead, which pytest
handles as an interrupted session: every teardown runs, then it exits.
"""

from __future__ import annotations

import signal
from types import FrameType


def _interrupt(signum: int, _frame: FrameType | None) -> None:
    raise KeyboardInterrupt(f"stopped by signal {signum}")


def unwind_on_sigterm() -> None:
    """Make SIGTERM raise ``KeyboardInterrupt`` in this (the main) thread."""
    signal.signal(signal.SIGTERM, _interrupt)
