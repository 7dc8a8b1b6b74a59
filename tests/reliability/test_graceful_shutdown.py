"""SIGTERM while requests are in flight: every accepted request completes, then a clean exit."""

from __future__ import annotations

import re
import signal
import time
from concurrent.futures import Future, ThreadPoolExecutor

import httpx
import pytest

from tests.utils.images import LETTER, encode, render_paragraph
from tests.utils.processes import ServiceProcess

pytestmark = pytest.mark.e2e

IN_FLIGHT = 6
MIN_HELD = 3
"""Requests still in flight when SIGTERM is sent: one worker takes about a second each."""
WAIT_SECONDS = 30.0


def in_flight(service: ServiceProcess) -> float:
    metrics = httpx.get(f"{service.url}/metrics", timeout=5).text
    match = re.search(r'^ocrner_http_requests_in_flight\{service="ocr"\} (\S+)$', metrics, re.M)
    return float(match.group(1)) if match else 0.0


def wait_for_readiness(service: ServiceProcess, status: int) -> int:
    """Poll /readyz until it answers ``status`` (the signal is handled asynchronously)."""
    deadline = time.monotonic() + WAIT_SECONDS
    answer = httpx.get(f"{service.url}/readyz", timeout=5).status_code
    while answer != status and time.monotonic() < deadline:
        time.sleep(0.02)
        answer = httpx.get(f"{service.url}/readyz", timeout=5).status_code
    return answer


def fire(service: ServiceProcess, pool: ThreadPoolExecutor) -> list[Future[httpx.Response]]:
    """Send IN_FLIGHT requests to one worker and return once the service has taken every one
    of them, with at least MIN_HELD still in flight (the first may be done already)."""
    image = encode(render_paragraph(LETTER * 2))

    def post() -> httpx.Response:
        return httpx.post(f"{service.url}/api/OCR", files={"file": ("a.png", image)}, timeout=60)

    def taken() -> int:
        # Answers are read first, so none is counted twice; one that ends between the two
        # reads is counted in neither, so a count can only come out low, and is kept once
        # it reaches them all.
        answered = sum(future.done() for future in futures)
        return answered + int(in_flight(service))

    futures = [pool.submit(post) for _ in range(IN_FLIGHT)]
    deadline = time.monotonic() + WAIT_SECONDS
    count = taken()
    while count < IN_FLIGHT and time.monotonic() < deadline:
        time.sleep(0.02)
        count = taken()
    assert count == IN_FLIGHT
    assert in_flight(service) >= MIN_HELD
    return futures


def test_sigterm_lets_the_requests_in_flight_finish_then_exits_0() -> None:
    with (
        ServiceProcess("ocr", env={"OCR_WORKERS": "1"}) as service,
        ThreadPoolExecutor(IN_FLIGHT) as pool,
    ):
        futures = fire(service, pool)
        assert service.process is not None
        service.process.send_signal(signal.SIGTERM)
        statuses = [future.result().status_code for future in futures]
        assert service.process.wait(WAIT_SECONDS) == 0
    assert statuses == [200] * IN_FLIGHT


def test_during_the_drain_the_service_is_unready_but_still_answers() -> None:
    env = {"OCR_WORKERS": "1", "SHUTDOWN_DRAIN_SECONDS": "4"}
    with ServiceProcess("ocr", env=env) as service, ThreadPoolExecutor(IN_FLIGHT) as pool:
        futures = fire(service, pool)
        assert service.process is not None
        service.process.send_signal(signal.SIGTERM)
        readiness = wait_for_readiness(service, 503)
        late = httpx.post(
            f"{service.url}/api/OCR",
            files={"file": ("a.png", encode(render_paragraph("Sent after SIGTERM.")))},
            timeout=60,
        )
        statuses = [future.result().status_code for future in futures]
        assert service.process.wait(WAIT_SECONDS) == 0
    assert readiness == 503
    assert late.status_code == 200
    assert late.headers["connection"] == "close"
    assert statuses == [200] * IN_FLIGHT
