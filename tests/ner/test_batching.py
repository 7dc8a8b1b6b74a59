"""Micro-batching in the NER service: texts that queue together go to the engine as one batch."""

from __future__ import annotations

import asyncio
import threading
import time

import pytest

from ocrner.core.deadlines import deadline_var
from ocrner.core.errors import DeadlineExceeded
from ocrner.core.observability import collect_stage_times
from ocrner.core.workers import EnginePool
from ocrner.ner import batching
from ocrner.ner.batching import NerBatcher
from ocrner.ner.engine import Entity
from tests.utils.fakes import FakeNerEngine


class GatedEngine(FakeNerEngine):
    """Records each batch; the first call waits until the test opens the gate."""

    def __init__(self, fail_on: str | None = None) -> None:
        self.batches: list[list[str]] = []
        self.entered = threading.Event()
        self.gate = threading.Event()
        self.fail_on = fail_on

    def find_entities(self, texts: list[str]) -> list[list[Entity]]:
        self.batches.append(list(texts))
        if len(self.batches) == 1:
            self.entered.set()
            assert self.gate.wait(10), "the test never opened the gate"
        if self.fail_on in texts:
            raise RuntimeError("engine failure")
        return super().find_entities(texts)


async def _while_first_call_blocks(engine: GatedEngine, texts: list[str]) -> list[object]:
    """Send ``texts[0]``, then the rest while the engine is busy with it; gather the answers."""
    batcher = NerBatcher(EnginePool([engine]), engine.model_name)
    first = asyncio.create_task(batcher.find(texts[0]))
    assert await asyncio.to_thread(engine.entered.wait, 10)  # the first text is in the engine
    rest = [asyncio.create_task(batcher.find(text)) for text in texts[1:]]
    await asyncio.sleep(0.01)  # the rest are queued behind it
    engine.gate.set()
    return await asyncio.gather(first, *rest, return_exceptions=True)


def test_texts_arriving_while_the_engine_works_go_as_one_batch_in_order() -> None:
    engine = GatedEngine()
    texts = ["Ada Lovelace", "Alan Turing", "no names here", "Grace Hopper"]
    answers = asyncio.run(_while_first_call_blocks(engine, texts))
    assert engine.batches == [texts[:1], texts[1:]]
    assert [[entity.text for entity in answer.entities] for answer in answers] == [
        ["Ada Lovelace"],
        ["Alan Turing"],
        [],
        ["Grace Hopper"],
    ]
    assert {answer.model for answer in answers} == {"fake-ner"}


def test_a_text_alone_is_sent_at_once_and_its_engine_time_is_recorded() -> None:
    engine = FakeNerEngine()

    async def one() -> list[tuple[str, float]]:
        batcher = NerBatcher(EnginePool([engine]), engine.model_name)
        with collect_stage_times() as stages:
            answer = await batcher.find("Ada Lovelace")
        assert [entity.text for entity in answer.entities] == ["Ada Lovelace"]
        return stages

    stages = asyncio.run(one())
    assert [name for name, _ in stages] == ["engine"]
    assert stages[0][1] >= 0


def test_a_batch_stops_at_the_character_limit(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(batching, "MAX_BATCH_CHARS", 30)
    engine = GatedEngine()
    texts = ["first", "Ada Lovelace one", "Alan Turing two", "Grace Hopper"]
    asyncio.run(_while_first_call_blocks(engine, texts))
    assert engine.batches == [["first"], ["Ada Lovelace one"], ["Alan Turing two", "Grace Hopper"]]


def test_a_text_whose_deadline_passed_while_queued_never_reaches_the_engine() -> None:
    engine = GatedEngine()

    async def scenario() -> list[object]:
        batcher = NerBatcher(EnginePool([engine]), engine.model_name)
        first = asyncio.create_task(batcher.find("Ada Lovelace"))
        assert await asyncio.to_thread(engine.entered.wait, 10)
        token = deadline_var.set(time.monotonic() + 0.005)
        late = asyncio.create_task(batcher.find("Alan Turing"))
        deadline_var.reset(token)
        on_time = asyncio.create_task(batcher.find("Grace Hopper"))
        await asyncio.sleep(0.05)  # past the late one's deadline
        engine.gate.set()
        return await asyncio.gather(first, late, on_time, return_exceptions=True)

    first, late, on_time = asyncio.run(scenario())
    assert isinstance(late, DeadlineExceeded)
    assert engine.batches == [["Ada Lovelace"], ["Grace Hopper"]]
    assert [entity.text for entity in on_time.entities] == ["Grace Hopper"]
    assert [entity.text for entity in first.entities] == ["Ada Lovelace"]


def test_an_engine_error_reaches_every_text_of_its_batch_and_the_next_batch_still_runs() -> None:
    engine = GatedEngine(fail_on="boom")

    async def scenario() -> tuple[list[object], object]:
        answers = await _while_first_call_blocks(engine, ["Ada Lovelace", "boom", "Alan Turing"])
        batcher = NerBatcher(EnginePool([engine]), engine.model_name)
        return answers, await batcher.find("Grace Hopper")

    (first, failed, same_batch), after = asyncio.run(scenario())
    assert [entity.text for entity in first.entities] == ["Ada Lovelace"]
    assert isinstance(failed, RuntimeError) and isinstance(same_batch, RuntimeError)
    assert [entity.text for entity in after.entities] == ["Grace Hopper"]
