"""Jobs in a real Redis shared by two orchestrator processes: a job outlives the one taking it.

Both replicas are up before a job is submitted, as in a cluster; which one takes
the job up is the queue's choice, read from the replicas' logs.
"""

from __future__ import annotations

import re
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
WAIT_SECONDS = 60.0


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
def replicas(
    upstreams: tuple[ServiceProcess, ServiceProcess],
) -> Iterator[tuple[ServiceProcess, ServiceProcess]]:
    """Two orchestrators on one fresh Redis."""
    ocr, ner = upstreams
    with redis_server() as url, ExitStack() as stack:
        env = {
            "OCR_SERVICE_URL": ocr.url,
            "NER_SERVICE_URL": ner.url,
            "JOB_STORE": "redis",
            "REDIS_URL": url,
            "JOB_WORKER_TIMEOUT_SECONDS": "3",
            "PAGES_IN_FLIGHT": "1",
        }
        first = ServiceProcess("orchestrator", env=env).start()
        stack.callback(first.__exit__)
        second = ServiceProcess("orchestrator", env=env).start()
        stack.callback(second.__exit__)
        first.wait_ready()
        second.wait_ready()
        yield first, second


def taken_up(replica: ServiceProcess, job_id: str) -> list[int]:
    """Pages read before, each time ``replica`` took the job up (from its log)."""
    pattern = rf"job {re.escape(job_id)} taken up: (\d+) of its \d+ pages read before"
    assert replica.log_path is not None
    log = replica.log_path.read_text(errors="replace")  # all of it: log() keeps the tail
    return [int(count) for count in re.findall(pattern, log)]


def reader_and_other(
    replicas: tuple[ServiceProcess, ServiceProcess], job_id: str
) -> tuple[ServiceProcess, ServiceProcess]:
    deadline = time.monotonic() + WAIT_SECONDS
    while time.monotonic() < deadline:
        for index, replica in enumerate(replicas):
            if taken_up(replica, job_id):
                return replica, replicas[1 - index]
        time.sleep(0.05)
    raise AssertionError(f"no replica took job {job_id} up")


def start_job(replicas: tuple[ServiceProcess, ServiceProcess]) -> tuple[str, str]:
    accepted = submit(replicas[0].url, scanned_pdf(letters(PAGES)))
    assert accepted.status_code == 202, accepted.text
    return accepted.json()["id"], accepted.headers["Location"]


def test_a_job_whose_replica_is_killed_is_finished_by_the_other_without_reading_pages_again(
    upstreams: tuple[ServiceProcess, ServiceProcess],
    replicas: tuple[ServiceProcess, ServiceProcess],
) -> None:
    ocr, _ = upstreams
    asked_before = ocr_requests(ocr.url)
    job_id, location = start_job(replicas)
    reader, other = reader_and_other(replicas, job_id)
    seen_by_other = poll(other.url, location, lambda view: view["pages_done"] >= 2)[-1]
    assert seen_by_other["status"] == "running", "any replica answers for any job"

    reader.kill()
    read_by_reader = httpx.get(other.url + location, timeout=10).json()["pages_done"]
    assert read_by_reader < PAGES, "the replica was killed mid-job"

    last = poll(other.url, location, finished)[-1]
    assert last["status"] == "done", last
    assert last["pages_done"] == PAGES
    assert taken_up(other, job_id) == [read_by_reader], "it went on from the pages kept"
    result = httpx.get(f"{other.url}{location}/result", timeout=30).json()
    assert [page["number"] for page in result["pages"]] == list(range(1, PAGES + 1))
    assert {entity["page"] for entity in result["entities"]} == set(range(1, PAGES + 1))
    # Each page read once, but for the one in flight when the reader died.
    assert ocr_requests(ocr.url) - asked_before <= PAGES + 1


def test_a_stopped_replica_hands_its_job_back_to_the_other(
    replicas: tuple[ServiceProcess, ServiceProcess],
) -> None:
    job_id, location = start_job(replicas)
    reader, other = reader_and_other(replicas, job_id)
    poll(other.url, location, lambda view: view["pages_done"] >= 1)
    assert reader.stop() == 0  # SIGTERM: the job goes back to the queue, its pages kept

    last = poll(other.url, location, finished)[-1]
    assert last["status"] == "done", last
    assert last["pages_done"] == PAGES
    (kept,) = taken_up(other, job_id)
    assert kept >= 1


def test_a_cancel_sent_to_one_replica_stops_the_other_reading_the_job(
    upstreams: tuple[ServiceProcess, ServiceProcess],
    replicas: tuple[ServiceProcess, ServiceProcess],
) -> None:
    ocr, _ = upstreams
    job_id, location = start_job(replicas)
    reader, other = reader_and_other(replicas, job_id)
    poll(other.url, location, lambda view: view["pages_done"] >= 1)

    cancelled = httpx.delete(other.url + location, timeout=10).json()
    assert cancelled["status"] == "cancelled"
    time.sleep(2)  # the reader sees it within a poll of the store
    asked = ocr_requests(ocr.url)
    time.sleep(2)
    assert ocr_requests(ocr.url) == asked, "the reader reads no page after the cancel"
    view = httpx.get(reader.url + location, timeout=10).json()
    assert view["status"] == "cancelled"
    assert view["pages_done"] < PAGES


def test_two_jobs_at_once_go_to_the_two_replicas(
    replicas: tuple[ServiceProcess, ServiceProcess],
) -> None:
    jobs = [start_job(replicas), start_job(replicas)]
    readers = [reader_and_other(replicas, job_id)[0] for job_id, _ in jobs]
    assert readers[0] is not readers[1], "a busy replica holds no second job back"
    for _, location in jobs:
        assert poll(replicas[1].url, location, finished)[-1]["status"] == "done"
    for replica in replicas:
        assert [len(taken_up(replica, job_id)) for job_id, _ in jobs].count(1) == 1
