"""Jobs in a real Redis shared by two orchestrator processes: a job outlives the one taking it."""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import ExitStack

import httpx
import pytest

from tests.utils.documents import letters, scanned_pdf
from tests.utils.jobs import finished, ocr_requests, poll, submit
from tests.utils.processes import ServiceProcess
from tests.utils.redis_server import have_redis, redis_server

pytestmark = [
    pytest.mark.e2e,
    pytest.mark.skipif(not have_redis(), reason="redis-server is not installed"),
]

PAGES = 6


@pytest.fixture(scope="module")
def upstreams() -> Iterator[tuple[ServiceProcess, ServiceProcess]]:
    with ExitStack() as stack:
        ocr = ServiceProcess("ocr").start()
        stack.callback(ocr.__exit__)
        ner = ServiceProcess("ner").start()
        stack.callback(ner.__exit__)
        ocr.wait_ready()
        ner.wait_ready()
        yield ocr, ner


@pytest.fixture
def redis_url() -> Iterator[str]:
    with redis_server() as url:
        yield url


def orchestrator(
    upstreams: tuple[ServiceProcess, ServiceProcess], redis_url: str
) -> ServiceProcess:
    ocr, ner = upstreams
    return ServiceProcess(
        "orchestrator",
        env={
            "OCR_SERVICE_URL": ocr.url,
            "NER_SERVICE_URL": ner.url,
            "JOB_STORE": "redis",
            "REDIS_URL": redis_url,
            "JOB_WORKER_TIMEOUT_SECONDS": "3",
            "PAGES_IN_FLIGHT": "1",
        },
    )


def test_a_job_whose_replica_is_killed_is_finished_by_the_other_without_reading_pages_again(
    upstreams: tuple[ServiceProcess, ServiceProcess], redis_url: str
) -> None:
    ocr, _ = upstreams
    asked_before = ocr_requests(ocr.url)
    with ExitStack() as stack:
        first = stack.enter_context(orchestrator(upstreams, redis_url))
        accepted = submit(first.url, scanned_pdf(letters(PAGES)))
        assert accepted.status_code == 202, accepted.text
        location = accepted.headers["Location"]
        poll(first.url, location, lambda view: view["pages_done"] >= 1)

        second = stack.enter_context(orchestrator(upstreams, redis_url))
        seen_by_second = httpx.get(second.url + location, timeout=10).json()
        assert seen_by_second["status"] == "running", "any replica answers for any job"
        assert seen_by_second["pages_done"] >= 1

        poll(second.url, location, lambda view: view["pages_done"] >= 2)
        first.kill()
        read_by_first = httpx.get(second.url + location, timeout=10).json()["pages_done"]
        assert read_by_first < PAGES, "the first replica was killed mid-job"

        last = poll(second.url, location, finished)[-1]
        assert last["status"] == "done", last
        assert last["pages_done"] == PAGES
        result = httpx.get(f"{second.url}{location}/result", timeout=30).json()
        assert [page["number"] for page in result["pages"]] == list(range(1, PAGES + 1))
        assert {entity["page"] for entity in result["entities"]} == set(range(1, PAGES + 1))

    # Each page read once, but for the one in flight when the first replica died.
    assert ocr_requests(ocr.url) - asked_before <= PAGES + 1


def test_a_stopped_replica_hands_its_job_back_and_a_cancel_reaches_the_replica_reading_it(
    upstreams: tuple[ServiceProcess, ServiceProcess], redis_url: str
) -> None:
    ocr, _ = upstreams
    with ExitStack() as stack:
        first = stack.enter_context(orchestrator(upstreams, redis_url))
        location = submit(first.url, scanned_pdf(letters(PAGES))).headers["Location"]
        poll(first.url, location, lambda view: view["pages_done"] >= 1)
        second = stack.enter_context(orchestrator(upstreams, redis_url))
        assert first.stop() == 0  # SIGTERM: the job goes back to the queue

        progressed = poll(
            second.url, location, lambda view: view["pages_done"] >= 3 or finished(view)
        )[-1]
        assert progressed["status"] == "running", progressed
        cancelled = httpx.delete(second.url + location, timeout=10).json()
        assert cancelled["status"] == "cancelled"
        time.sleep(2)  # the cancel is seen within a poll of the store; the page in flight ends
        asked = ocr_requests(ocr.url)
        time.sleep(2)
        assert ocr_requests(ocr.url) == asked, "no page is read after the cancel"
        assert httpx.get(second.url + location, timeout=10).json()["pages_done"] < PAGES
