"""Keeping a service's memory from creeping up after bursts of large requests.

glibc serves a large allocation with its own memory mapping, returned to the
system on free, but after such a block is freed it raises that threshold, so
later uploads (up to MAX_UPLOAD_BYTES) and decoded images are carved out of
per-thread heaps that are seldom given back. Measured on the orchestrator, its
resident memory then grew by about 60 MiB with each burst of eight 20 MiB uploads;
with the threshold fixed at 1 MiB it returned to its baseline after each burst.
"""

from __future__ import annotations

import ctypes
import os
import sys

M_MMAP_THRESHOLD = -3
"""mallopt's parameter number for the mmap threshold (glibc's malloc.h)."""

LARGE_ALLOCATION_BYTES = 1024 * 1024


def return_large_blocks_to_the_system() -> bool:
    """Fix glibc's mmap threshold at 1 MiB for this process; False where that does not apply.

    Left alone when ``MALLOC_MMAP_THRESHOLD_`` is set: glibc has already
    applied the operator's own choice.
    """
    if not sys.platform.startswith("linux") or "MALLOC_MMAP_THRESHOLD_" in os.environ:
        return False
    mallopt = getattr(ctypes.CDLL(None), "mallopt", None)
    if mallopt is None:
        return False
    return bool(mallopt(M_MMAP_THRESHOLD, LARGE_ALLOCATION_BYTES))
