"""Calls between services: retries, retry budget, circuit breaker, deadlines.

The upstream is an ``httpx.MockTransport`` that fails in scripted ways, so each
policy can be watched call by call; the real processes are in the load test.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable

import httpx
import pytest

from ocrner.core.deadlines import deadline_var
from ocrner.core.errors import UpstreamError, UpstreamTimeout, UpstreamUnavailable
from ocrner.core.settings import OrchestratorSettings
from ocrner.orchestrator.breaker import BreakerPolicy, BreakerState, CircuitBreaker
from ocrner.orchestrator.budget import RetryBudget
from ocrner.orchestrator.clients import NerClient

NER_OK = {"entities": [], "model": "test"}


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


class Upstream:
    """A scripted upstream: ``script`` gives each call's answer (or raises)."""

    def __init__(self, script: Callable[[int, httpx.Request], httpx.Response]) -> None:
        self.script = script
        self.calls: list[httpx.Request] = []

    def handle(self, request: httpx.Request) -> httpx.Response:
        self.calls.append(request)
        return self.script(len(self.calls), request)


def refuse(_: int, request: httpx.Request) -> httpx.Response:
    raise httpx.ConnectError("connection refused", request=request)


def client_for(upstream: Upstream, **settings: object) -> NerClient:
    values = {
        "upstream_retry_seconds": 2.0,
        "upstream_breaker_cooldown_seconds": 0.2,
        **settings,
    }
    return NerClient(
        OrchestratorSettings(**values),  # type: ignore[arg-type]
        transport=httpx.MockTransport(upstream.handle),
    )


def find(client: NerClient, text: str = "Angela Merkel") -> object:
    async def call() -> object:
        try:
            return await client.find(text)
        finally:
            await client.aclose()

    return asyncio.run(call())


# The breaker and the budget on their own, on a fake clock.


def test_the_breaker_opens_after_consecutive_failures_and_probes_once_after_the_cooldown() -> None:
    clock = FakeClock()
    breaker = CircuitBreaker("ocr", BreakerPolicy(failures=3, cooldown_seconds=5), clock)
    for _ in range(2):
        assert breaker.allow()
        breaker.failed()
    breaker.succeeded()  # a success in between resets the count
    for _ in range(3):
        assert breaker.allow()
        breaker.failed()
    assert breaker.state is BreakerState.OPEN
    assert not breaker.allow()
    assert breaker.retry_after_seconds() == 5
    clock.now += 5
    assert breaker.allow()  # the probe
    assert not breaker.allow()  # only one at a time
    breaker.failed()
    assert breaker.state is BreakerState.OPEN
    clock.now += 5
    assert breaker.allow()
    breaker.succeeded()
    assert breaker.state is BreakerState.CLOSED
    assert breaker.allow()
    assert breaker.failing_for == 0


def test_a_probe_that_ends_without_an_answer_lets_the_next_caller_probe() -> None:
    clock = FakeClock()
    breaker = CircuitBreaker("ocr", BreakerPolicy(failures=1, cooldown_seconds=1), clock)
    breaker.failed()
    clock.now += 1
    assert breaker.allow()
    breaker.released()  # e.g. the probe timed out reading
    assert breaker.allow()


def test_the_breaker_knows_how_long_the_upstream_has_been_failing() -> None:
    clock = FakeClock()
    breaker = CircuitBreaker("ocr", BreakerPolicy(failures=1, cooldown_seconds=1), clock)
    breaker.failed()
    clock.now += 7
    assert breaker.failing_for == 7


def test_the_retry_budget_is_a_ratio_of_requests_plus_a_floor_over_ten_seconds() -> None:
    clock = FakeClock()
    budget = RetryBudget(ratio=0.5, per_second=0.1, clock=clock)  # floor: 1 retry per 10 s
    for _ in range(4):
        budget.record_request()
    assert [budget.try_retry() for _ in range(4)] == [True, True, True, False]
    clock.now += 10  # the window slides past those requests and retries
    assert budget.try_retry()
    assert not budget.try_retry()


# The client, against a scripted upstream.


def test_connection_failures_are_retried_until_the_upstream_answers() -> None:
    upstream = Upstream(lambda n, r: refuse(n, r) if n <= 2 else httpx.Response(200, json=NER_OK))
    assert find(client_for(upstream)).model == "test"  # type: ignore[attr-defined]
    assert len(upstream.calls) == 3


def test_a_503_is_retried_and_a_4xx_is_not() -> None:
    busy = Upstream(
        lambda n, _: httpx.Response(503, json={}) if n == 1 else httpx.Response(200, json=NER_OK)
    )
    find(client_for(busy))
    assert len(busy.calls) == 2

    refusing = Upstream(lambda n, _: httpx.Response(422, json={"code": "invalid_input"}))
    with pytest.raises(UpstreamError) as raised:
        find(client_for(refusing))
    assert raised.value.status == 422
    assert len(refusing.calls) == 1


def test_a_read_timeout_is_not_retried() -> None:
    def slow(_: int, request: httpx.Request) -> httpx.Response:
        raise httpx.ReadTimeout("timed out", request=request)

    upstream = Upstream(slow)
    with pytest.raises(UpstreamTimeout):
        find(client_for(upstream))
    assert len(upstream.calls) == 1


def test_retries_stop_when_the_retry_budget_is_spent() -> None:
    upstream = Upstream(lambda n, _: httpx.Response(503, json={}))
    client = client_for(
        upstream, upstream_retry_budget_ratio=0.0, upstream_retry_budget_per_second=0.2
    )  # two retries per 10 s in all
    with pytest.raises(UpstreamUnavailable) as raised:
        find(client)
    assert len(upstream.calls) == 3
    assert raised.value.upstream == "ner"


def test_an_upstream_down_for_longer_than_the_retry_window_fails_fast() -> None:
    upstream = Upstream(refuse)
    client = client_for(
        upstream,
        upstream_retry_seconds=0.5,
        upstream_breaker_failures=2,
        upstream_breaker_cooldown_seconds=30,
    )

    async def scenario() -> tuple[UpstreamUnavailable, int, UpstreamUnavailable]:
        with pytest.raises(UpstreamUnavailable) as first:
            await client.find("x")  # waits out its retry window
        sent = len(upstream.calls)
        await asyncio.sleep(0.1)  # the outage is now older than the retry window
        with pytest.raises(UpstreamUnavailable) as second:
            await client.find("x")
        await client.aclose()
        return first.value, sent, second.value

    first, sent, second = asyncio.run(scenario())
    assert sent == 2  # then the breaker opened
    assert len(upstream.calls) == sent  # the second request never reached the network
    assert "circuit open" in second.message
    assert second.retry_after_seconds > 1  # until the next probe, some 30 s away
    assert first.upstream == second.upstream == "ner"
    assert first.message.startswith("The NER service cannot be reached")
    assert "Error" not in first.message  # no exception class names


def test_a_dropped_connection_is_named_in_words_not_by_its_exception_class() -> None:
    def drop(_: int, request: httpx.Request) -> httpx.Response:
        raise httpx.RemoteProtocolError("Server disconnected", request=request)

    client = client_for(Upstream(drop), upstream_retry_seconds=0.2)
    with pytest.raises(UpstreamUnavailable) as raised:
        find(client)
    assert raised.value.message == "The NER service dropped the connection before it answered."


def test_a_blip_shorter_than_the_retry_window_is_bridged_through_the_open_breaker() -> None:
    back_at = time.monotonic() + 0.6

    def restarting(_: int, request: httpx.Request) -> httpx.Response:
        if time.monotonic() < back_at:
            raise httpx.ConnectError("connection refused", request=request)
        return httpx.Response(200, json=NER_OK)

    upstream = Upstream(restarting)
    client = client_for(upstream, upstream_retry_seconds=5.0, upstream_breaker_failures=2)

    async def scenario() -> list[object]:
        results = await asyncio.gather(*(client.find(str(i)) for i in range(10)))
        await client.aclose()
        return results

    assert len(asyncio.run(scenario())) == 10
    assert client.breaker.state is BreakerState.CLOSED
    assert len(upstream.calls) < 10 * 4  # the open breaker kept most retries off the network


def test_the_remaining_deadline_is_sent_and_bounds_the_call() -> None:
    upstream = Upstream(lambda n, _: httpx.Response(200, json=NER_OK))
    client = client_for(upstream)

    async def scenario() -> None:
        deadline_var.set(time.monotonic() + 3.0)
        await client.find("x")
        deadline_var.set(time.monotonic() - 1)
        with pytest.raises(UpstreamTimeout):
            await client.find("x")
        await client.aclose()

    asyncio.run(scenario())
    (call,) = upstream.calls  # the second never went out
    assert 0 < int(call.headers["x-deadline-ms"]) <= 3000


def test_an_upstream_504_is_a_timeout_naming_it() -> None:
    upstream = Upstream(lambda n, _: httpx.Response(504, json={"code": "deadline_exceeded"}))
    with pytest.raises(UpstreamTimeout) as raised:
        find(client_for(upstream))
    assert raised.value.upstream == "ner"
