"""Checking an error answer: the documented problem shape (RFC 9457), and nothing leaked."""

from __future__ import annotations

import sys

import httpx

from tests.utils.images import REPO_ROOT

PROBLEM_FIELDS = {"type", "title", "status", "code", "detail", "request_id"}

LEAK_MARKERS = ("Traceback", 'File "', str(REPO_ROOT), sys.prefix, "site-packages")
"""Text that would mean a stack trace or an internal path reached the client."""


def assert_problem(
    response: httpx.Response, status: int | None = None, code: str | None = None
) -> dict:
    """Assert ``response`` is a problem-details answer (optionally of ``status``/``code``).

    Also checks that it carries no stack trace or server path, and that a 503
    says when to retry. Returns the problem body.
    """
    assert response.status_code >= 400, response.text
    assert response.headers["content-type"].startswith("application/problem+json"), response.text
    body = response.json()
    assert set(body) >= PROBLEM_FIELDS, body
    assert body["status"] == response.status_code
    assert body["type"] == f"urn:ocrner:error:{body['code']}"
    for marker in LEAK_MARKERS:
        assert marker not in response.text, f"{marker!r} leaked into {response.text}"
    if response.status_code == 503:
        assert int(response.headers["retry-after"]) >= 1
    if status is not None:
        assert response.status_code == status, body
    if code is not None:
        assert body["code"] == code, body
    return body


def extraction_or_problem(response: httpx.Response) -> str | None:
    """None for an orchestrator answer in a documented shape, else what is wrong with it."""
    if response.status_code == 200:
        try:
            body = response.json()
        except ValueError:
            return f"200 that is not JSON: {response.text[:200]}"
        return None if isinstance(body.get("entities"), list) else f"200 without entities: {body}"
    try:
        assert_problem(response)
    except (AssertionError, KeyError, ValueError) as wrong:
        return f"{response.status_code}: {wrong}"
    return None
