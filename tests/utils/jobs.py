"""Talking to /api/jobs from tests: submit, poll until a condition holds, count OCR calls."""

from __future__ import annotations

import re
import time
from collections.abc import Callable
from typing import Any

import httpx

POLL_SECONDS = 0.05
JOB_TIMEOUT_SECONDS = 240.0


def submit(url: str, data: bytes, filename: str = "document.pdf", **form: str) -> httpx.Response:
    return httpx.post(
        f"{url}/api/jobs", files={"file": (filename, data)}, data=form or None, timeout=60
    )


def poll(
    url: str,
    location: str,
    until: Callable[[dict[str, Any]], bool],
    timeout: float = JOB_TIMEOUT_SECONDS,
) -> list[dict[str, Any]]:
    """Every view of the job seen, polling until ``until`` holds for one (the last)."""
    seen: list[dict[str, Any]] = []
    deadline = time.monotonic() + timeout
    with httpx.Client(base_url=url, timeout=10) as client:
        while time.monotonic() < deadline:
            try:
                response = client.get(location)
            except httpx.TransportError:  # the replica asked is being killed
                time.sleep(POLL_SECONDS)
                continue
            assert response.status_code == 200, response.text
            seen.append(response.json())
            if until(seen[-1]):
                return seen
            time.sleep(POLL_SECONDS)
    raise AssertionError(f"the job did not get there in {timeout} s; last seen: {seen[-1:]}")


def finished(view: dict[str, Any]) -> bool:
    return view["status"] in ("done", "failed", "cancelled")


def ocr_requests(ocr_url: str) -> int:
    """POST /api/OCR requests the OCR service has answered, from its /metrics."""
    text = httpx.get(f"{ocr_url}/metrics", timeout=10).text
    pattern = r'^ocrner_http_requests_total\{[^}]*route="/api/OCR"[^}]*\} ([0-9.e+]+)$'
    return int(sum(float(value) for value in re.findall(pattern, text, re.MULTILINE)))
