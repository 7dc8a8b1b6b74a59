"""glibc's allocator settings: the mmap threshold a service fixes, and giving heaps back."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from ocrner.core.memory import give_back_free_memory

THRESHOLD = "MALLOC_MMAP_THRESHOLD_"

glibc = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="glibc is Linux's")


@glibc
@pytest.mark.parametrize(("environment", "fixed"), [({}, "True"), ({THRESHOLD: "65536"}, "False")])
def test_the_threshold_is_fixed_unless_the_operator_set_glibcs_own(
    environment: dict[str, str], fixed: str
) -> None:
    # In a process of its own: the setting lasts for the life of the process.
    code = (
        "from ocrner.core.memory import return_large_blocks_to_the_system as fix\n"
        "print(fix(16 * 1024 * 1024))"
    )
    others = {name: value for name, value in os.environ.items() if name != THRESHOLD}
    done = subprocess.run(
        [sys.executable, "-c", code],
        env={**others, **environment},
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    )
    assert done.stdout.strip() == fixed


@glibc
def test_free_memory_goes_back_to_the_system() -> None:
    def resident_kib() -> int:
        with open("/proc/self/status", encoding="ascii") as status:
            return next(int(line.split()[1]) for line in status if line.startswith("VmRSS"))

    blocks = [bytearray(64 * 1024) for _ in range(2000)]  # 125 MiB in heap-sized pieces
    del blocks[::2]  # every other one freed: the heap cannot shrink from its top
    before = resident_kib()
    assert give_back_free_memory()
    assert before - resident_kib() > 32 * 1024
