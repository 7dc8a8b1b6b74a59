"""A fixed pool of engine instances, each used by one thread at a time.

Engines such as Tesseract are not thread-safe but release the GIL while they
work, so the services keep one instance per worker thread and hand each call
the next free instance. The pool is created once, at start-up.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from typing import Generic, TypeVar

EngineT = TypeVar("EngineT")
ResultT = TypeVar("ResultT")


class EnginePool(Generic[EngineT]):
    """Runs blocking engine calls in threads, one engine instance per call at a time."""

    def __init__(self, engines: list[EngineT]) -> None:
        if not engines:
            raise ValueError("an engine pool needs at least one engine")
        self._engines = engines
        self._free: asyncio.Queue[EngineT] = asyncio.Queue()
        for engine in engines:
            self._free.put_nowait(engine)

    @property
    def size(self) -> int:
        return len(self._engines)

    async def run(self, call: Callable[[EngineT], ResultT]) -> ResultT:
        """Wait for a free engine, run ``call(engine)`` in a thread, give the engine back."""
        engine = await self._free.get()
        try:
            return await asyncio.to_thread(call, engine)
        finally:
            self._free.put_nowait(engine)
