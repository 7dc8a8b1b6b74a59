"""``ocrner extract``: the pipeline over image and document files, here or through a stack.

Each file gets one result object, ``{"file", "result", "error"}``: ``result`` is
the orchestrator's answer (:class:`~ocrner.orchestrator.pipeline.Extraction`),
``error`` the problem details when the file could not be handled. One bad file
does not stop the others. Through a stack protected by ``API_KEY``, the key
goes in ``X-API-Key``.
"""

from __future__ import annotations

import mimetypes
from pathlib import Path
from typing import Any

import httpx

from ocrner.core.errors import OcrnerError
from ocrner.core.problems import Problem
from ocrner.orchestrator.pipeline import Pipeline, Upload
from ocrner.orchestrator.service import API_KEY_HEADER

REMOTE_TIMEOUT_SECONDS = 660.0
"""Longer than the orchestrator's longest request budget (MAX_REQUEST_DEADLINE_SECONDS)."""


def read_upload(path: Path) -> Upload:
    """A file as the orchestrator would receive it."""
    content_type = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
    return Upload(data=path.read_bytes(), filename=path.name, content_type=content_type)


async def extract_files(
    paths: list[Path],
    *,
    url: str | None = None,
    language: str | None = None,
    api_key: str | None = None,
    password: str | None = None,
) -> list[dict[str, Any]]:
    """Extract entities from each file, locally or by POSTing to the orchestrator at ``url``;
    ``password`` opens the encrypted PDFs among them."""
    if url:
        return await _extract_remote(paths, url.rstrip("/"), language, api_key, password)
    from ocrner.orchestrator.pipeline import local_pipeline

    pipeline = local_pipeline()
    return [await _extract_local(pipeline, path, language, password) for path in paths]


def password_form(password: str | None) -> dict[str, str] | None:
    """The multipart form fields that carry ``password`` to the orchestrator."""
    return {"password": password} if password else None


async def _extract_local(
    pipeline: Pipeline, path: Path, language: str | None, password: str | None
) -> dict[str, Any]:
    try:
        upload = read_upload(path)
        result = await pipeline.extract(upload, language, password)
    except OSError as error:
        return failure(path, 400, "unreadable_file", "Unreadable file", error.strerror or "")
    except OcrnerError as error:
        return {
            "file": str(path),
            "result": None,
            "error": _problem(Problem.from_error(error, "-")),
        }
    return {"file": str(path), "result": result.model_dump(mode="json"), "error": None}


async def _extract_remote(
    paths: list[Path], url: str, language: str | None, api_key: str | None, password: str | None
) -> list[dict[str, Any]]:
    results = []
    headers = {API_KEY_HEADER: api_key} if api_key else None
    async with httpx.AsyncClient(timeout=REMOTE_TIMEOUT_SECONDS, headers=headers) as client:
        for path in paths:
            try:
                upload = read_upload(path)
            except OSError as error:
                results.append(
                    failure(path, 400, "unreadable_file", "Unreadable file", error.strerror or "")
                )
                continue
            try:
                response = await client.post(
                    f"{url}/api/NER",
                    files={"file": (upload.filename, upload.data, upload.content_type)},
                    data=password_form(password),
                    params={"lang": language} if language else None,
                )
            except httpx.HTTPError as error:
                detail = f"{url} cannot be reached: {error or 'no answer'}"
                results.append(failure(path, 503, "unreachable", "Unreachable", detail))
                continue
            body = response_json(response)
            if response.is_success:
                results.append({"file": str(path), "result": body, "error": None})
            else:
                results.append({"file": str(path), "result": None, "error": body})
    return results


def response_json(response: httpx.Response) -> dict[str, Any]:
    try:
        return response.json()
    except ValueError:
        return {"status": response.status_code, "code": "bad_response", "detail": response.text}


def _problem(problem: Problem) -> dict[str, Any]:
    return problem.model_dump(exclude_none=True)


def failure(path: Path, status: int, code: str, title: str, detail: str) -> dict[str, Any]:
    problem = Problem.build(status=status, code=code, title=title, detail=detail, request_id="-")
    return {"file": str(path), "result": None, "error": _problem(problem)}
