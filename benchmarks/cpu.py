"""CPU accounting from ``/proc``: what a process used, and what the whole machine did meanwhile.

The machine the benchmark runs on may be shared. Every measurement therefore
records how many cores *other* processes kept busy while it ran: the machine's
busy time (``/proc/stat``) minus the CPU time of the benchmark's own processes,
over the measurement's wall time. A result taken while others used a good part
of the two cores says so next to its numbers.
"""

from __future__ import annotations

import os
import time
from dataclasses import dataclass
from pathlib import Path

TICKS_PER_SECOND = os.sysconf("SC_CLK_TCK")


def process_cpu(pid: int) -> tuple[float, float]:
    """User and system CPU seconds process ``pid`` has used so far, from /proc/PID/stat."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return int(fields[11]) / TICKS_PER_SECOND, int(fields[12]) / TICKS_PER_SECOND


def machine_busy_seconds() -> float:
    """CPU seconds all cores have spent busy since boot (user, nice, system, irq, softirq)."""
    fields = Path("/proc/stat").read_text().split("\n", 1)[0].split()
    user, nice, system, _idle, _iowait, irq, softirq = (int(value) for value in fields[1:8])
    return (user + nice + system + irq + softirq) / TICKS_PER_SECOND


@dataclass
class MachineWindow:
    """The machine's busy time and the wall time from a start to a stop."""

    busy_start: float
    wall_start: float
    busy_seconds: float = 0.0
    wall_seconds: float = 0.0

    @classmethod
    def start(cls) -> MachineWindow:
        return cls(machine_busy_seconds(), time.perf_counter())

    def stop(self) -> MachineWindow:
        self.busy_seconds = machine_busy_seconds() - self.busy_start
        self.wall_seconds = time.perf_counter() - self.wall_start
        return self

    def others_cores(self, own_cpu_seconds: float) -> float:
        """Cores other processes kept busy on average, given the CPU our processes used."""
        if self.wall_seconds <= 0:
            return 0.0
        return round(max(0.0, self.busy_seconds - own_cpu_seconds) / self.wall_seconds, 2)
