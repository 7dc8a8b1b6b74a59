"""Keeping a service's memory from creeping up after bursts of large requests.

glibc serves a large allocation with its own memory mapping, returned to the
system on free, but after such a block is freed it raises that threshold, so
later uploads (up to MAX_UPLOAD_BYTES) and decoded images are carved out of
per-thread heaps that are seldom given back. Measured on the orchestrator, its
resident memory then grew by about 60 MiB with each burst of eight 20 MiB uploads;
with the threshold fixed at 1 MiB it returned to its baseline after each burst.

The OCR service fixes it higher, at :data:`OCR_ALLOCATION_BYTES`, and gives its
heaps' free memory back after each large page instead (:func:`give_back_free_memory`):
Tesseract allocates and frees buffers of a few MiB many times while it reads one
page, and at 1 MiB each of them was a fresh mapping whose pages faulted in anew
(measured on the benchmark's A4 page, two workers: 0.43-0.46 s of system CPU per
reading at 1 MiB, 0.20-0.29 s at 16 MiB with the heaps trimmed after each page,
which leaves the process smaller too: 139 MiB against 154-166). Fixing the mmap
threshold also stops glibc from raising its trim threshold with it (to twice the mmap
threshold), so each free at a heap's top handed its pages back and the next buffer
faulted them in again; the OCR service sets that one as well,
:data:`OCR_HEAP_TOP_BYTES` (the A4 page through the stack: 1.93 -> 1.61 s read whole,
1.46 -> 1.08 s in bands).
"""

from __future__ import annotations

import ctypes
import functools
import os
import sys

M_MMAP_THRESHOLD = -3
"""mallopt's parameter number for the mmap threshold (glibc's malloc.h)."""

M_TRIM_THRESHOLD = -1
"""mallopt's parameter number for the trim threshold."""

LARGE_ALLOCATION_BYTES = 1024 * 1024

OCR_ALLOCATION_BYTES = 16 * 1024 * 1024
"""The OCR service's mmap threshold: above Tesseract's working buffers on a page."""

OCR_HEAP_TOP_BYTES = 2 * OCR_ALLOCATION_BYTES
"""Free memory the top of an OCR service heap keeps (twice the mmap threshold, as glibc
itself sets it when it raises the threshold); :func:`give_back_free_memory` returns it
after each large page."""


@functools.cache
def _libc_function(name: str):
    """glibc's function ``name``, looked up once; None off Linux."""
    if not sys.platform.startswith("linux"):
        return None
    return getattr(ctypes.CDLL(None), name, None)


def return_large_blocks_to_the_system(
    threshold: int = LARGE_ALLOCATION_BYTES, heap_top: int | None = None
) -> bool:
    """Fix glibc's mmap threshold at ``threshold`` bytes for this process, and its trim
    threshold at ``heap_top`` bytes when given; False where that does not apply.

    Each is left alone when its variable (``MALLOC_MMAP_THRESHOLD_``,
    ``MALLOC_TRIM_THRESHOLD_``) is set: glibc has already applied the operator's choice.
    """
    if "MALLOC_MMAP_THRESHOLD_" in os.environ:
        return False
    mallopt = _libc_function("mallopt")
    if mallopt is None:
        return False
    if heap_top is not None and "MALLOC_TRIM_THRESHOLD_" not in os.environ:
        mallopt(M_TRIM_THRESHOLD, heap_top)
    return bool(mallopt(M_MMAP_THRESHOLD, threshold))


def give_back_free_memory() -> bool:
    """Return the free memory of every glibc heap of the process to the system
    (``malloc_trim(0)``, a few milliseconds); False where there is no glibc."""
    malloc_trim = _libc_function("malloc_trim")
    if malloc_trim is None:
        return False
    malloc_trim(0)
    return True
