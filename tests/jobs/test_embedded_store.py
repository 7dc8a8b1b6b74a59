"""The whole life of a job through the real three-process stack, with the default store (SQLite)."""

from __future__ import annotations

import json
import re
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from tests.utils.documents import letters, scanned_pdf
from tests.utils.jobs import finished, ocr_requests, poll, submit
from tests.utils.processes import Stack, running_stack

pytestmark = pytest.mark.e2e

PAGES = 6


@pytest.fixture(scope="module")
def job_stack() -> Iterator[Stack]:
    # One page at a time, so that progress (and a cancel between pages) is seen page by page.
    with running_stack(orchestrator_env={"PAGES_IN_FLIGHT": "1"}) as stack:
        yield stack


@pytest.fixture(scope="module")
def document() -> bytes:
    return scanned_pdf(letters(PAGES))


def test_a_six_page_scan_is_accepted_shows_progress_and_gives_the_sync_answer(
    job_stack: Stack, document: bytes
) -> None:
    accepted = submit(job_stack.url, document)
    assert accepted.status_code == 202, accepted.text
    body = accepted.json()
    location = accepted.headers["Location"]
    assert location == f"/api/jobs/{body['id']}"
    assert body["status"] in ("queued", "running")

    seen = poll(job_stack.url, location, finished)
    last = seen[-1]
    assert last["status"] == "done", last
    assert last["pages_done"] == last["pages_total"] == PAGES
    done_counts = [view["pages_done"] for view in seen]
    assert done_counts == sorted(done_counts), "progress only goes forward"
    assert any(0 < view["pages_done"] < PAGES for view in seen), "progress was seen on the way"
    assert last["created_at"] <= last["started_at"] <= last["finished_at"] < last["expires_at"]
    assert last["error"] is None
    assert last["result"] == f"{location}/result"

    result = httpx.get(job_stack.url + last["result"], timeout=30)
    assert result.status_code == 200
    extraction = result.json()
    assert [page["number"] for page in extraction["pages"]] == list(range(1, PAGES + 1))
    assert {entity["page"] for entity in extraction["entities"]} == set(range(1, PAGES + 1))

    synchronous = httpx.post(
        f"{job_stack.url}/api/NER", files={"file": ("document.pdf", document)}, timeout=120
    ).json()
    assert extraction.keys() == synchronous.keys()
    assert extraction["text"] == synchronous["text"]
    assert extraction["entities"] == synchronous["entities"]


def test_a_cancelled_job_stops_asking_for_ocr_and_has_no_result(
    job_stack: Stack, document: bytes
) -> None:
    accepted = submit(job_stack.url, document)
    location = accepted.headers["Location"]
    poll(job_stack.url, location, lambda view: view["pages_done"] >= 1)

    cancelled = httpx.delete(job_stack.url + location, timeout=10)
    assert cancelled.status_code == 200
    assert cancelled.json()["status"] == "cancelled"

    time.sleep(2)  # let the page in flight when it was cancelled be answered
    asked = ocr_requests(job_stack.ocr.url)
    time.sleep(2)
    assert ocr_requests(job_stack.ocr.url) == asked, "no page is read after the cancel"
    view = httpx.get(job_stack.url + location, timeout=10).json()
    assert view["status"] == "cancelled"
    assert view["pages_done"] < PAGES

    result = httpx.get(f"{job_stack.url}{location}/result", timeout=10)
    assert result.status_code == 409
    assert result.json()["code"] == "job_not_done"


def test_an_unknown_job_is_a_404_problem(job_stack: Stack) -> None:
    for response in (
        httpx.get(f"{job_stack.url}/api/jobs/no-such-job", timeout=10),
        httpx.get(f"{job_stack.url}/api/jobs/no-such-job/result", timeout=10),
        httpx.delete(f"{job_stack.url}/api/jobs/no-such-job", timeout=10),
    ):
        assert response.status_code == 404
        assert response.headers["content-type"].startswith("application/problem+json")
        assert response.json()["code"] == "job_not_found"


def test_a_broken_document_is_refused_at_submission_with_the_sync_problem(
    job_stack: Stack,
) -> None:
    refused = submit(job_stack.url, b"%PDF-1.7 truncated")
    assert refused.status_code == 422
    assert refused.headers["content-type"].startswith("application/problem+json")
    assert refused.json()["code"] == "unreadable_document"
    assert submit(job_stack.url, scanned_pdf(letters(1))).status_code == 202


def run_cli(*args: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "ocrner", "extract", *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def test_the_cli_sends_files_as_jobs_shows_progress_and_prints_each_result(
    job_stack: Stack, document: bytes, tmp_path: Path
) -> None:
    pdf = tmp_path / "letters.pdf"
    pdf.write_bytes(document)
    missing = tmp_path / "missing.png"
    cli = run_cli("--url", job_stack.url, "--async", str(pdf), str(missing))
    out, err = cli.communicate(timeout=300)
    assert cli.returncode == 1, err  # the missing file is an error
    results = [json.loads(line) for line in out.splitlines()]
    assert [Path(result["file"]).name for result in results] == ["missing.png", "letters.pdf"]
    assert results[0]["error"]["code"] == "unreadable_file"
    assert len(results[1]["result"]["pages"]) == PAGES
    progress = [line for line in err.splitlines() if line.startswith("letters.pdf")]
    assert f"{PAGES}/{PAGES} pages  done" in progress[-1]
    assert len(progress) > 2, "a line for each change, not a bar redrawn, off a terminal"


LONG_PAGES = 24
"""The CLI polls every half second: a six-page job can be done between two polls."""


def test_ctrl_c_in_the_cli_cancels_its_jobs(job_stack: Stack, tmp_path: Path) -> None:
    pdf = tmp_path / "letters.pdf"
    pdf.write_bytes(scanned_pdf(letters(LONG_PAGES)))
    cli = run_cli("--url", job_stack.url, "--async", str(pdf))
    assert cli.stderr is not None
    location = None
    for line in cli.stderr:
        match = re.search(rf"(\d+)/{LONG_PAGES} pages  running  (/api/jobs/\S+)", line)
        if match and int(match.group(1)) >= 1:
            location = match.group(2)
            break
    assert location is not None
    cli.send_signal(signal.SIGINT)
    _, err = cli.communicate(timeout=60)
    assert cli.returncode == 130, err
    view = httpx.get(job_stack.url + location, timeout=10).json()
    assert view["status"] == "cancelled"
    assert view["pages_done"] < LONG_PAGES
