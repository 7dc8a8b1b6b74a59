"""Steady load on the orchestrator while the OCR service is killed and started again.

The OCR process is killed with SIGKILL (as a crashed pod dies, with requests
in flight) and a new one is started on the same port, as a supervisor would.
Requests meet refused and reset connections while it loads; the orchestrator's
retries, held back by its circuit breaker, must carry them over the gap. A
request may fail only when the gap outlasted its retry window, and then only
with the documented 503.
"""

from __future__ import annotations

import asyncio
import time
from collections import Counter
from contextlib import ExitStack

import httpx
import pytest

from ocrner.core.settings import OrchestratorSettings
from ocrner.orchestrator.clients import RetryPolicy
from tests.utils.hostile import small_picture
from tests.utils.images import encode
from tests.utils.load import Outcome, open_loop, timed
from tests.utils.problems import extraction_or_problem
from tests.utils.processes import ServiceProcess, Stack, running_stack

pytestmark = pytest.mark.e2e

RATE = 3.0
"""Requests started per second: a steady load two cores carry with room to spare."""
COUNT = 180
KILL_AFTER_SECONDS = 15.0


async def load_with_a_killed_ocr(
    stack: Stack, replacement: ServiceProcess
) -> tuple[list[Outcome], float, float]:
    image = encode(small_picture())
    limits = httpx.Limits(max_connections=COUNT)
    async with httpx.AsyncClient(base_url=stack.url, timeout=90, limits=limits) as http:

        async def send(_: int) -> Outcome:
            files = {"file": ("line.png", image, "image/png")}
            return await timed(lambda: http.post("/api/NER", files=files), extraction_or_problem)

        async def fault() -> tuple[float, float]:
            await asyncio.sleep(KILL_AFTER_SECONDS)
            killed_at = time.monotonic()
            await asyncio.to_thread(stack.ocr.kill)
            await asyncio.to_thread(lambda: replacement.start().wait_ready())
            return killed_at, time.monotonic()

        faulting = asyncio.create_task(fault())
        outcomes = await open_loop(send, rate=RATE, count=COUNT)
        killed_at, back_at = await faulting
    return outcomes, killed_at, back_at


def test_killing_the_ocr_service_mid_load_loses_no_request_within_the_retry_window() -> None:
    with running_stack() as stack, ExitStack() as cleanup:
        replacement = ServiceProcess("ocr", port=stack.ocr.port)
        cleanup.callback(replacement.__exit__)
        outcomes, killed_at, back_at = asyncio.run(load_with_a_killed_ocr(stack, replacement))
        assert stack.orchestrator.process is not None
        assert stack.orchestrator.process.poll() is None  # the orchestrator never fell over
        assert httpx.get(f"{stack.url}/readyz", timeout=5).status_code == 200

    malformed = [outcome.malformed for outcome in outcomes if outcome.malformed]
    failed = [outcome for outcome in outcomes if outcome.status != 200]
    exposed = [o for o in outcomes if o.started < back_at and o.finished > killed_at]
    print(
        f"\nsent {len(outcomes)} at {RATE}/s; OCR down {back_at - killed_at:.1f} s; "
        f"{len(exposed)} requests in flight or started while it was down; "
        f"answers: {dict(Counter(o.status for o in outcomes))}, "
        f"error codes: {dict(Counter(o.code for o in failed))}; "
        f"slowest {max(o.finished - o.started for o in outcomes):.1f} s"
    )
    assert malformed == []
    assert len(exposed) > 0  # the fault reached requests
    settings = OrchestratorSettings()
    # A request gives up only when OCR stayed down for its whole retry window, but for its
    # last backoff wait and the breaker's probe of the restarted OCR.
    slack = RetryPolicy().max_backoff_seconds + settings.upstream_breaker_cooldown_seconds
    for outcome in failed:
        assert (outcome.status, outcome.code) == (503, "upstream_unavailable"), outcome
        assert back_at - outcome.started > settings.upstream_retry_seconds - slack, (
            outcome,
            killed_at,
            back_at,
        )
