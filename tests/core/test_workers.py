"""The engine pool lends a call every engine that is free, and never waits for a second."""

from __future__ import annotations

import asyncio
import threading

import pytest

from ocrner.core.workers import EnginePool


def test_a_call_takes_as_many_free_engines_as_it_asks_for_and_gives_them_back() -> None:
    async def scenario() -> tuple[list[str], list[str], list[str]]:
        pool = EnginePool(["a", "b", "c"])
        two = await pool.run_many(list, 2)
        everything = await pool.run_many(list, 5)
        one = await pool.run_many(list, 1)
        return two, everything, one

    two, everything, one = asyncio.run(scenario())
    assert len(two) == len(set(two)) == 2
    assert sorted(everything) == ["a", "b", "c"]
    assert len(one) == 1


def test_busy_engines_are_not_waited_for() -> None:
    release = threading.Event()

    async def scenario() -> tuple[list[str], list[str]]:
        pool = EnginePool(["a", "b"])
        busy = asyncio.create_task(pool.run(lambda engine: release.wait(10) and [engine]))
        await asyncio.sleep(0.05)
        lent = await pool.run_many(list, 2)  # returns while the other call still holds one
        release.set()
        held = await busy
        return lent, held

    lent, held = asyncio.run(scenario())
    assert len(lent) == 1
    assert lent != held


def test_every_engine_goes_back_when_the_call_fails() -> None:
    def fail(engines: list[str]) -> None:
        raise RuntimeError("engine broke")

    async def scenario() -> list[str]:
        pool = EnginePool(["a", "b"])
        with pytest.raises(RuntimeError):
            await pool.run_many(fail, 2)
        return await pool.run_many(list, 2)

    assert sorted(asyncio.run(scenario())) == ["a", "b"]


def test_engines_given_back_go_to_the_waiting_calls_one_each() -> None:
    release = threading.Event()
    together = threading.Barrier(2, timeout=5)  # breaks unless both calls hold an engine

    def hold(engines: list[str]) -> list[str]:
        together.wait()
        return engines

    async def scenario() -> list[list[str]]:
        pool = EnginePool(["a", "b"])
        busy = [asyncio.create_task(pool.run(lambda engine: release.wait(10))) for _ in "ab"]
        await asyncio.sleep(0.05)
        waiting = [asyncio.create_task(pool.run_many(hold, 2)) for _ in "ab"]
        await asyncio.sleep(0.05)
        release.set()
        await asyncio.gather(*busy)
        return await asyncio.gather(*waiting)

    first, second = asyncio.run(scenario())
    assert sorted([*first, *second]) == ["a", "b"]
