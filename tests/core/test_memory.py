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


@glibc
@pytest.mark.parametrize(("heap_top", "given_back"), [("None", True), ("32 * 1024 * 1024", False)])
def test_a_freed_block_at_the_heap_top_is_kept_up_to_the_heap_top_setting(
    heap_top: str, given_back: bool
) -> None:
    # An 8 MiB block is below the 16 MiB mmap threshold, so it comes from the heap's top.
    # With the threshold fixed glibc gives the top back from 128 KiB on (its pages fault in
    # anew on the next block), unless the service keeps more there.
    # /proc/self/status is read into buffers made beforehand: an allocation after the
    # block would lie above it on the heap, and the block would no longer be at its top.
    code = (
        "import os, re\n"
        "from ocrner.core.memory import return_large_blocks_to_the_system as fix\n"
        "status = os.open('/proc/self/status', os.O_RDONLY)\n"
        "held, after = bytearray(8192), bytearray(8192)\n"
        f"assert fix(16 * 1024 * 1024, heap_top={heap_top})\n"
        "block = bytearray(8 * 1024 * 1024)\n"
        "os.preadv(status, [held], 0)\n"
        "del block\n"
        "os.preadv(status, [after], 0)\n"
        "kib = [int(re.search(rb'VmRSS:\\s+(\\d+)', b).group(1)) for b in (held, after)]\n"
        "print(kib[0] - kib[1])\n"
    )
    others = {
        name: value
        for name, value in os.environ.items()
        if name not in (THRESHOLD, "MALLOC_TRIM_THRESHOLD_")
    }
    done = subprocess.run(
        [sys.executable, "-c", code],
        env=others,
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    )
    freed_kib = int(done.stdout.strip())
    assert (freed_kib > 6 * 1024) is given_back, freed_kib
