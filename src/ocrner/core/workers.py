"""A fixed pool of engine instances, each used by one thread at a time.

Engines such as Tesseract are not thread-safe but release the GIL while they
work, so the services keep one instance per worker thread and hand each call
the next free instance; a call that can use several (a large page read in bands,
:mod:`ocrner.ocr.split`) also takes those that are free at that moment. The pool is
created once, at start-up. A call that waited for a free instance past its caller's
deadline is dropped there, before it takes the engine (see :mod:`ocrner.core.deadlines`).
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from typing import Generic, TypeVar

from ocrner.core.deadlines import check_deadline

EngineT = TypeVar("EngineT")
ResultT = TypeVar("ResultT")


class EnginePool(Generic[EngineT]):
    """Runs blocking engine calls in threads, one engine instance per call at a time."""

    def __init__(self, engines: list[EngineT]) -> None:
        if not engines:
            raise ValueError("an engine pool needs at least one engine")
        self._free: asyncio.Queue[EngineT] = asyncio.Queue()
        self._waiting = 0
        """Calls waiting for an engine: while there are any, none takes a second."""
        for engine in engines:
            self._free.put_nowait(engine)

    async def run(self, call: Callable[[EngineT], ResultT]) -> ResultT:
        """Wait for a free engine, run ``call(engine)`` in a thread, give the engine back.

        Raises :class:`~ocrner.core.errors.DeadlineExceeded` instead of running
        the call when the request's deadline passed while it waited. If the
        caller is cancelled mid-call, the engine goes back to the pool only once
        its thread is done with it, so no two calls ever share an instance.
        """
        return await self.run_many(lambda engines: call(engines[0]), 1)

    async def run_many(self, call: Callable[[list[EngineT]], ResultT], most: int) -> ResultT:
        """As :meth:`run`, with up to ``most`` engines: one waited for, and as many more as
        are free right now while no other call waits for one (never waited for), so a call
        spreads over idle engines only, and under load every call gets one."""
        self._waiting += 1
        try:
            engines = [await self._free.get()]
        finally:
            self._waiting -= 1
        while len(engines) < most and not self._waiting and not self._free.empty():
            engines.append(self._free.get_nowait())
        try:
            check_deadline("an engine was free")
        except BaseException:
            self._give_back(engines)
            raise
        work = asyncio.ensure_future(asyncio.to_thread(call, engines))

        def give_back(done: asyncio.Future[ResultT]) -> None:
            self._give_back(engines)
            if not done.cancelled():
                done.exception()  # retrieved, so an abandoned call's error is not logged twice

        work.add_done_callback(give_back)
        return await asyncio.shield(work)

    def _give_back(self, engines: list[EngineT]) -> None:
        for engine in engines:
            self._free.put_nowait(engine)
