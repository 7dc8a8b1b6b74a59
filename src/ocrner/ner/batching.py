"""Micro-batching for the NER service: texts that arrive together go through ``nlp.pipe`` at once.

The NER service has one engine. A text that finds it idle goes in at once, on
its own, so nothing waits for company at low load. Texts that arrive while it
is busy queue up, and the next call takes all of them (up to
:data:`MAX_BATCH_TEXTS` texts and :data:`MAX_BATCH_CHARS` characters) as one
batch: spaCy's per-call costs are paid once per batch. On the benchmark's
screenshot-sized texts (about 200 characters) a batch of 4 took 4.2 ms per text
against 6.4 ms one by one; on page-sized texts (4,000 characters) batching
neither helps nor hurts.

Each request still gets its own answer, its own ``engine`` stage time (the
time of the batch it went in) and its own deadline: a text whose caller's
deadline passed while it queued is answered 504 without entering the engine.
"""

from __future__ import annotations

import asyncio
import contextvars
import time
from collections import deque
from dataclasses import dataclass

from ocrner.core.deadlines import check_deadline
from ocrner.core.errors import DeadlineExceeded
from ocrner.core.observability import ENGINE_LATENCY, record_stage
from ocrner.core.workers import EnginePool
from ocrner.ner.engine import Entity, NerEngine, NerResult

MAX_BATCH_TEXTS = 16
MAX_BATCH_CHARS = 20_000
"""A batch takes texts while their length adds up to no more than this (and at least one),
so a short text never waits long behind a queue of long ones."""


@dataclass(frozen=True)
class _Waiting:
    """One request's text, the future its handler awaits, and the request's context."""

    text: str
    answer: asyncio.Future[tuple[list[Entity], float]]
    context: contextvars.Context


class NerBatcher:
    """Finds the entities of each text, batching the texts that arrive while the engine works."""

    def __init__(self, pool: EnginePool[NerEngine], model_name: str) -> None:
        self._pool = pool
        self._model_name = model_name
        self._queue: deque[_Waiting] = deque()
        self._draining: asyncio.Task[None] | None = None

    async def find(self, text: str) -> NerResult:
        """The entities in ``text``, found in the next batch the engine runs."""
        waiting = _Waiting(
            text, asyncio.get_running_loop().create_future(), contextvars.copy_context()
        )
        self._queue.append(waiting)
        if self._draining is None or self._draining.done():
            # a fresh context: the drain serves many requests, not the one that started it
            self._draining = asyncio.create_task(self._drain(), context=contextvars.Context())
        entities, seconds = await waiting.answer
        record_stage("engine", seconds)
        return NerResult(entities=entities, model=self._model_name)

    def _next_batch(self) -> list[_Waiting]:
        batch: list[_Waiting] = []
        chars = 0
        while self._queue and len(batch) < MAX_BATCH_TEXTS:
            waiting = self._queue[0]
            if batch and chars + len(waiting.text) > MAX_BATCH_CHARS:
                break
            self._queue.popleft()
            if waiting.answer.done():  # its caller went away
                continue
            try:
                waiting.context.run(check_deadline, "the NER engine was free")
            except DeadlineExceeded as error:
                waiting.answer.set_exception(error)
                continue
            batch.append(waiting)
            chars += len(waiting.text)
        return batch

    async def _drain(self) -> None:
        while self._queue:
            batch = self._next_batch()
            if not batch:
                continue
            texts = [waiting.text for waiting in batch]
            started = time.perf_counter()
            try:
                found = await self._pool.run(
                    lambda engine, texts=texts: engine.find_entities(texts)
                )
            except Exception as error:
                for waiting in batch:
                    if not waiting.answer.done():
                        waiting.answer.set_exception(error)
                continue
            seconds = time.perf_counter() - started
            ENGINE_LATENCY.labels("ner").observe(seconds)
            for waiting, entities in zip(batch, found, strict=True):
                if not waiting.answer.done():
                    waiting.answer.set_result((entities, seconds))
