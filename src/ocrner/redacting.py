"""``ocrner redact``: one file redacted, in this process or through a running orchestrator.

Writes ``FILE.redacted.EXT`` next to the file and prints the redaction report
(:class:`~ocrner.orchestrator.redaction.RedactionReport`) as JSON; on an error it
prints the problem details to stderr, writes nothing and returns 1.
"""

from __future__ import annotations

import asyncio
import base64
import json
import sys
from pathlib import Path
from typing import Any

import httpx

from ocrner.core.errors import OcrnerError
from ocrner.core.problems import Problem
from ocrner.extraction import REMOTE_TIMEOUT_SECONDS, password_form, read_upload
from ocrner.orchestrator.pipeline import Upload


def redacted_path(path: Path) -> Path:
    """``letter.png`` -> ``letter.redacted.png``."""
    return path.with_name(f"{path.stem}.redacted{path.suffix}")


def redact_file(
    path: Path,
    labels: str | None,
    *,
    url: str | None = None,
    api_key: str | None = None,
    language: str | None = None,
    password: str | None = None,
) -> int:
    """Redact ``path`` (``password`` opens an encrypted PDF); 0 when the redacted file was
    written and verified, else 1."""
    try:
        upload = read_upload(path)
    except OSError as error:
        return _fail(
            Problem.build(
                status=400,
                code="unreadable_file",
                title="Unreadable file",
                detail=f"{path}: {error.strerror}",
                request_id="-",
            ).model_dump(exclude_none=True)
        )
    if url:
        outcome = _remote(upload, labels, url, api_key, language, password)
    else:
        outcome = asyncio.run(_local(upload, labels, language, password))
    if isinstance(outcome, dict):
        return _fail(outcome)
    data, report = outcome
    target = redacted_path(path)
    target.write_bytes(data)
    json.dump({"file": str(target), "report": report}, sys.stdout, indent=2)
    sys.stdout.write("\n")
    return 0


async def _local(
    upload: Upload, labels: str | None, language: str | None, password: str | None
) -> tuple[bytes, dict[str, Any]] | dict[str, Any]:
    from ocrner.orchestrator.pipeline import local_pipeline
    from ocrner.orchestrator.redaction import Redactor, parse_labels

    try:
        redacted = await Redactor(local_pipeline()).redact(
            upload, parse_labels(labels), language, password
        )
    except OcrnerError as error:
        return Problem.from_error(error, "-").model_dump(exclude_none=True)
    return redacted.data, redacted.report.model_dump(mode="json")


def _remote(
    upload: Upload,
    labels: str | None,
    url: str,
    api_key: str | None,
    language: str | None,
    password: str | None,
) -> tuple[bytes, dict[str, Any]] | dict[str, Any]:
    form = {**({"labels": labels} if labels else {}), **(password_form(password) or {})}
    try:
        response = httpx.post(
            f"{url.rstrip('/')}/api/redact",
            files={"file": (upload.filename, upload.data, upload.content_type)},
            data=form or None,
            params={"lang": language} if language else None,
            headers={"Accept": "application/json", **({"X-API-Key": api_key} if api_key else {})},
            timeout=REMOTE_TIMEOUT_SECONDS,
        )
    except httpx.HTTPError as error:
        return {
            "status": 503,
            "code": "unreachable",
            "detail": f"{url} cannot be reached: {error or 'no answer'}",
        }
    if not response.is_success:
        try:
            return response.json()
        except ValueError:
            return {
                "status": response.status_code,
                "code": "bad_response",
                "detail": response.text[:500],
            }
    body = response.json()
    return base64.b64decode(body["data"]), body["report"]


def _fail(problem: dict[str, Any]) -> int:
    json.dump(problem, sys.stderr, indent=2)
    sys.stderr.write("\n")
    return 1
