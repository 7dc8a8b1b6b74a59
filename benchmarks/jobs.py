"""How long jobs take against the synchronous call, and how soon a killed replica's job resumes.

Usage::

    python -m benchmarks.jobs [--pages 6] [--rounds 3]

Starts the three services (and, for the second part, Redis and a second
orchestrator) as processes on loopback, with the default PAGES_IN_FLIGHT, and
prints a Markdown table: the same scanned PDF through ``POST /api/NER`` and as
a job (submit to ``done``, then the result fetched); then, with
``JOB_STORE=redis`` and ``JOB_WORKER_TIMEOUT_SECONDS=3``, the time from killing
the replica reading a job to the other replica's next page done.
"""

from __future__ import annotations

import argparse
import statistics
import time
from contextlib import ExitStack

import httpx
from tests.utils.documents import letters, scanned_pdf
from tests.utils.jobs import finished, poll, submit
from tests.utils.processes import ServiceProcess, running_stack
from tests.utils.redis_server import redis_server

WORKER_TIMEOUT_SECONDS = 3


def _sync_and_job(document: bytes, rounds: int) -> tuple[list[float], list[float]]:
    sync, job = [], []
    with running_stack() as stack:
        for _ in range(rounds):
            started = time.perf_counter()
            answer = httpx.post(
                f"{stack.url}/api/NER", files={"file": ("d.pdf", document)}, timeout=600
            )
            answer.raise_for_status()
            sync.append(time.perf_counter() - started)
            started = time.perf_counter()
            location = submit(stack.url, document).headers["Location"]
            last = poll(stack.url, location, finished)[-1]
            httpx.get(stack.url + last["result"], timeout=60).raise_for_status()
            job.append(time.perf_counter() - started)
    return sync, job


def _takeover(document: bytes, pages: int) -> float:
    with ExitStack() as stack, redis_server() as url:
        ocr = stack.enter_context(ServiceProcess("ocr"))
        ner = stack.enter_context(ServiceProcess("ner"))
        env = {
            "OCR_SERVICE_URL": ocr.url,
            "NER_SERVICE_URL": ner.url,
            "JOB_STORE": "redis",
            "REDIS_URL": url,
            "JOB_WORKER_TIMEOUT_SECONDS": str(WORKER_TIMEOUT_SECONDS),
            "PAGES_IN_FLIGHT": "1",
        }
        first = stack.enter_context(ServiceProcess("orchestrator", env=env))
        location = submit(first.url, document).headers["Location"]
        poll(first.url, location, lambda view: view["pages_done"] >= 1)
        second = stack.enter_context(ServiceProcess("orchestrator", env=env))
        first.kill()
        killed = time.perf_counter()
        done_then = httpx.get(second.url + location, timeout=10).json()["pages_done"]
        if done_then >= pages:
            raise RuntimeError("the job ended before the kill: use more pages")
        poll(second.url, location, lambda view: view["pages_done"] > done_then)
        return time.perf_counter() - killed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=6)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    document = scanned_pdf(letters(args.pages))
    sync, job = _sync_and_job(document, args.rounds)
    takeover = _takeover(document, args.pages)
    print(f"| {args.pages}-page scanned PDF | median of {args.rounds} | seconds |")
    print("| --- | --- | --- |")
    print(f"| `POST /api/NER` | answer | {statistics.median(sync):.2f} |")
    print(
        f"| `POST /api/jobs` (sqlite) | submit to result fetched | {statistics.median(job):.2f} |"
    )
    print(
        f"| replica killed mid-job (redis, JOB_WORKER_TIMEOUT_SECONDS={WORKER_TIMEOUT_SECONDS}) "
        f"| kill to the other replica's next page | {takeover:.2f} |"
    )


if __name__ == "__main__":
    main()
