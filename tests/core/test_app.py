"""The shared service middleware: body limit, backpressure, readiness, deadlines, errors."""

from __future__ import annotations

import asyncio
import threading
import time
from collections.abc import AsyncIterator, Iterator
from contextlib import asynccontextmanager

import httpx
import pytest
from fastapi import APIRouter, FastAPI, Request
from fastapi.testclient import TestClient

from ocrner.core.app import create_service_app
from ocrner.core.deadlines import DEADLINE_HEADER, deadline_var, remaining_seconds
from ocrner.core.errors import DeadlineExceeded
from ocrner.core.settings import NerSettings, OcrSettings, OrchestratorSettings, ServiceSettings
from ocrner.core.workers import EnginePool
from tests.utils.problems import assert_problem

router = APIRouter()


@router.post("/api/echo")
async def echo(request: Request) -> dict[str, int]:
    return {"received": len(await request.body())}


@router.post("/api/wait")
async def wait(request: Request) -> dict[str, str]:
    request.app.state.arrived.put_nowait(1)
    await request.app.state.gate.wait()
    return {"status": "done"}


@router.post("/api/fail")
async def fail() -> None:
    raise RuntimeError("boom in /srv/ocrner/secret.py")


@router.post("/api/deadline")
async def deadline() -> dict[str, float | None]:
    return {"remaining": remaining_seconds()}


@asynccontextmanager
async def no_engine(_: FastAPI) -> AsyncIterator[None]:
    yield


def make_app(**settings: object) -> FastAPI:
    app = create_service_app(
        name="test",
        title="test",
        description="test",
        settings=ServiceSettings(**settings),  # type: ignore[arg-type]
        engine_lifespan=no_engine,
        routers=[router],
    )
    app.state.gate = asyncio.Event()
    app.state.arrived = asyncio.Queue()
    return app


@pytest.fixture
def client() -> Iterator[TestClient]:
    with TestClient(make_app(max_upload_bytes=1000)) as test_client:
        yield test_client


def test_a_request_id_is_kept_or_created(client: TestClient) -> None:
    assert client.post("/api/echo").headers["x-request-id"]
    kept = client.post("/api/echo", headers={"X-Request-ID": "abc-1"})
    assert kept.headers["x-request-id"] == "abc-1"


def test_a_body_declared_over_the_limit_is_refused_before_it_is_read(client: TestClient) -> None:
    response = client.post("/api/echo", content=b"x" * 1001)
    assert_problem(response, 413, "payload_too_large")
    assert client.post("/api/echo", content=b"x" * 1000).json() == {"received": 1000}


def test_a_streamed_body_is_cut_off_once_it_passes_the_limit() -> None:
    app = make_app(max_upload_bytes=1000)
    app.state.service.loaded = True
    sent: list[int] = []

    async def chunks() -> AsyncIterator[bytes]:
        for _ in range(100):
            sent.append(1)
            yield b"x" * 100

    async def scenario() -> httpx.Response:
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://test") as http:
            return await http.post("/api/echo", content=chunks())  # chunked: no Content-Length

    assert_problem(asyncio.run(scenario()), 413, "payload_too_large")
    assert len(sent) < 100  # the rest of the body was never read


def test_an_unhandled_error_is_a_500_problem_without_its_details(client: TestClient) -> None:
    response = assert_problem(client.post("/api/fail"), 500, "internal_error")
    assert "secret" not in str(response)


def test_a_wrong_method_is_a_405_problem_with_allow(client: TestClient) -> None:
    response = client.get("/api/echo")
    assert_problem(response, 405, "method_not_allowed")
    assert response.headers["allow"] == "POST"


def test_the_api_is_refused_until_the_engine_is_loaded() -> None:
    client = TestClient(make_app())  # lifespan not entered
    assert client.get("/readyz").status_code == 503
    assert client.get("/healthz").status_code == 200
    assert_problem(client.post("/api/echo"), 503, "not_ready")


def test_draining_turns_unready_but_still_serves_and_closes_connections(
    client: TestClient,
) -> None:
    client.app.state.service.draining = True  # type: ignore[attr-defined]
    assert client.get("/readyz").status_code == 503
    response = client.post("/api/echo", content=b"abc")
    assert response.json() == {"received": 3}
    assert response.headers["connection"] == "close"


def test_beyond_the_in_flight_limit_a_request_gets_503_with_retry_after_at_once() -> None:
    app = make_app(max_in_flight=2)
    app.state.service.loaded = True

    async def scenario() -> tuple[list[int], httpx.Response]:
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://test") as http:
            held = [asyncio.create_task(http.post("/api/wait")) for _ in range(2)]
            for _ in held:
                await app.state.arrived.get()
            refused = await http.post("/api/wait")  # answered although the other two still wait
            app.state.gate.set()
            return [task.status_code for task in await asyncio.gather(*held)], refused

    statuses, refused = asyncio.run(scenario())
    assert statuses == [200, 200]
    assert_problem(refused, 503, "overloaded")
    assert app.state.service.in_flight == 0


def test_the_default_in_flight_limit_is_engine_workers_plus_the_queue() -> None:
    assert OcrSettings(ocr_workers=3, max_queued=4).in_flight_limit == 7
    assert NerSettings(max_queued=8).in_flight_limit == 9
    assert OcrSettings(ocr_workers=3, max_in_flight=5).in_flight_limit == 5
    assert OrchestratorSettings().in_flight_limit == 32


def test_a_request_whose_deadline_has_passed_is_answered_504_without_running(
    client: TestClient,
) -> None:
    for spent in ("0", "-5"):
        response = client.post("/api/deadline", headers={DEADLINE_HEADER: spent})
        assert_problem(response, 504, "deadline_exceeded")


def test_the_remaining_deadline_reaches_the_handler(client: TestClient) -> None:
    remaining = client.post("/api/deadline", headers={DEADLINE_HEADER: "5000"}).json()
    assert 0 < remaining["remaining"] <= 5
    assert client.post("/api/deadline").json() == {"remaining": None}
    malformed = client.post("/api/deadline", headers={DEADLINE_HEADER: "soon"})
    assert malformed.json() == {"remaining": None}


def test_a_call_queued_past_its_deadline_never_reaches_the_engine() -> None:
    release = threading.Event()
    calls: list[str] = []

    def busy(engine: str) -> str:
        release.wait(10)
        calls.append("busy")
        return engine

    def late(engine: str) -> str:
        calls.append("late")
        return engine

    async def scenario() -> None:
        pool = EnginePool(["engine"])
        first = asyncio.create_task(pool.run(busy))
        await asyncio.sleep(0.05)
        token = deadline_var.set(time.monotonic() + 0.05)
        queued = asyncio.create_task(pool.run(late))  # the task copies the deadline
        deadline_var.reset(token)
        await asyncio.sleep(0.1)  # the deadline passes while the call waits for the engine
        release.set()
        assert await first == "engine"
        with pytest.raises(DeadlineExceeded):
            await queued
        assert await pool.run(lambda engine: engine) == "engine"  # the engine went back

    asyncio.run(scenario())
    assert calls == ["busy"]


def test_a_cancelled_call_gives_the_engine_back_only_when_its_thread_is_done() -> None:
    release = threading.Event()

    async def scenario() -> list[str]:
        pool = EnginePool(["engine"])
        order: list[str] = []

        def slow(engine: str) -> None:
            release.wait(10)
            order.append("slow done")

        cancelled = asyncio.create_task(pool.run(slow))
        await asyncio.sleep(0.05)
        cancelled.cancel()
        waiting = asyncio.create_task(pool.run(lambda engine: order.append("next")))
        await asyncio.sleep(0.05)
        order.append("released")
        release.set()
        await waiting
        return order

    assert asyncio.run(scenario()) == ["released", "slow done", "next"]
