"""Load for reliability tests: an open-loop request generator, answers sorted, memory read.

The generator starts request ``i`` at ``i / rate`` seconds whatever happened to
the earlier ones (an open loop), so a stalled service meets the same arrivals a
real one would, rather than a politely waiting client.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from pathlib import Path

import httpx


@dataclass(frozen=True)
class Outcome:
    """What one request got: an HTTP status and error code, or a transport failure."""

    started: float
    finished: float
    status: int = 0
    """0 when no HTTP answer came back at all."""
    code: str | None = None
    """The problem's ``code`` for an error answer."""
    malformed: str | None = None
    """Why the answer is not in the documented shape, if it is not."""


async def timed(
    request: Callable[[], Awaitable[httpx.Response]],
    well_formed: Callable[[httpx.Response], str | None],
) -> Outcome:
    """Send one request; ``well_formed`` returns None for a documented answer, else why not."""
    started = time.monotonic()
    try:
        response = await request()
    except httpx.HTTPError as error:
        return Outcome(started, time.monotonic(), malformed=f"no answer: {error!r}")
    code = None
    if response.status_code >= 400:
        try:
            code = response.json().get("code")
        except ValueError:
            code = None
    return Outcome(started, time.monotonic(), response.status_code, code, well_formed(response))


async def open_loop(
    send: Callable[[int], Awaitable[Outcome]], *, rate: float, count: int
) -> list[Outcome]:
    """Start ``send(i)`` for i in range(count) at ``rate`` per second; gather the outcomes."""
    loop = asyncio.get_running_loop()
    start = loop.time()
    tasks = []
    for index in range(count):
        await asyncio.sleep(max(0.0, start + index / rate - loop.time()))
        tasks.append(asyncio.create_task(send(index)))
    return list(await asyncio.gather(*tasks))


def memory_mib(pid: int) -> dict[str, float]:
    """The process's resident memory now (VmRSS) and at its peak (VmHWM), in MiB."""
    values = {}
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        name, _, rest = line.partition(":")
        if name in ("VmRSS", "VmHWM"):
            values[name] = int(rest.split()[0]) / 1024
    return values
