"""Renewing the orchestrator's upstream connections, so new replicas get traffic."""

from __future__ import annotations

import asyncio

import httpx

from ocrner.orchestrator.recycling import RecycledClient


def answer(_: httpx.Request) -> httpx.Response:
    return httpx.Response(200)


def factory(made: list[httpx.AsyncClient]):
    def make() -> httpx.AsyncClient:
        made.append(httpx.AsyncClient(transport=httpx.MockTransport(answer)))
        return made[-1]

    return make


def test_a_young_client_is_reused() -> None:
    async def scenario() -> None:
        made: list[httpx.AsyncClient] = []
        recycled = RecycledClient(factory(made), max_age=3600)
        for _ in range(3):
            async with recycled.lease() as client:
                await client.get("http://ocr-service/healthz")
        assert len(made) == 1
        await recycled.aclose()
        assert made[0].is_closed

    asyncio.run(scenario())


def test_an_old_client_is_replaced_and_closed_once_its_calls_finish() -> None:
    async def scenario() -> None:
        made: list[httpx.AsyncClient] = []
        recycled = RecycledClient(factory(made), max_age=1e-9)  # every lease finds it old
        async with recycled.lease() as first:
            async with recycled.lease() as second:
                assert second is not first
                assert recycled.generation_count == 2
                assert not first.is_closed  # still carrying a call
            assert not second.is_closed  # the current one stays open
        assert first.is_closed
        assert recycled.generation_count == 1
        await recycled.aclose()
        assert all(client.is_closed for client in made)

    asyncio.run(scenario())
