"""``ocrner extract --url ... --async``: files sent as jobs, watched, fetched, cancelled on Ctrl-C.

Each file is submitted to ``POST /api/jobs``; every job is then polled every
:data:`POLL_SECONDS` and its progress shown on stderr, one bar per file on a
terminal (redrawn in place) or one plain line per change otherwise. Each
result, in the same ``{"file", "result", "error"}`` shape as the synchronous
call, is handed on as soon as its job finishes. When the watch is cancelled
(Ctrl-C), the jobs not finished are cancelled on the server.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TextIO

import httpx

from ocrner.core.problems import Problem
from ocrner.extraction import failure, password_form, read_upload, response_json
from ocrner.orchestrator.service import API_KEY_HEADER

POLL_SECONDS = 0.5
BAR_WIDTH = 24
Result = dict[str, Any]


@dataclass
class Watched:
    """One file and its job, as last seen."""

    path: Path
    location: str | None = None
    status: str = "submitting"
    pages_done: int = 0
    pages_total: int | None = None

    @property
    def finished(self) -> bool:
        return self.status in ("done", "failed", "cancelled", "refused")

    def line(self, name_width: int) -> str:
        name = f"{self.path.name:<{name_width}}"
        where = f"  {self.location}" if self.location else ""
        total = self.pages_total
        if total:
            filled = round(BAR_WIDTH * self.pages_done / total)
            bar = "#" * filled + "-" * (BAR_WIDTH - filled)
            return f"{name} [{bar}] {self.pages_done}/{total} pages  {self.status}{where}"
        return f"{name} [{'-' * BAR_WIDTH}] {self.status}{where}"


class ProgressDisplay:
    """Progress on ``stream``: bars redrawn in place on a terminal, plain lines otherwise."""

    def __init__(self, watched: list[Watched], stream: TextIO) -> None:
        self.watched = watched
        self.stream = stream
        self.live = stream.isatty()
        self.width = max(len(item.path.name) for item in watched)
        self.drawn = 0
        self.last: dict[int, str] = {}

    def clear(self) -> None:
        """On a terminal, take the bars away (for a result to be printed where they were)."""
        if self.live and self.drawn:
            self.stream.write(f"\x1b[{self.drawn}F\x1b[J")
            self.stream.flush()
            self.drawn = 0

    def show(self) -> None:
        lines = [item.line(self.width) for item in self.watched]
        if self.live:
            if self.drawn:
                self.stream.write(f"\x1b[{self.drawn}F")  # back to the first bar
            self.stream.write("".join(f"\x1b[2K{line}\n" for line in lines))
            self.drawn = len(lines)
        else:
            for index, line in enumerate(lines):
                if self.last.get(index) != line:
                    self.stream.write(line + "\n")
                    self.last[index] = line
        self.stream.flush()


async def extract_as_jobs(
    paths: list[Path],
    url: str,
    language: str | None,
    on_result: Callable[[Result], None],
    stream: TextIO,
    *,
    api_key: str | None = None,
    password: str | None = None,
) -> list[Result]:
    """Submit every file, show progress, hand on each result as its job finishes;
    ``password`` opens the encrypted PDFs among them."""
    watched = [Watched(path) for path in paths]
    display = ProgressDisplay(watched, stream)
    results: list[Result] = []

    def finish(item: Watched, result: Result) -> None:
        item.status = item.status if item.finished else "refused"
        results.append(result)
        display.clear()
        on_result(result)

    headers = {API_KEY_HEADER: api_key} if api_key else None
    async with httpx.AsyncClient(base_url=url, timeout=60, headers=headers) as client:
        try:
            for item in watched:
                try:
                    upload = read_upload(item.path)
                    response = await client.post(
                        "/api/jobs",
                        files={"file": (upload.filename, upload.data, upload.content_type)},
                        data=password_form(password),
                        params={"lang": language} if language else None,
                    )
                except OSError as error:
                    detail = error.strerror or ""
                    finish(
                        item, failure(item.path, 400, "unreadable_file", "Unreadable file", detail)
                    )
                    continue
                except httpx.HTTPError as error:
                    detail = f"{url} cannot be reached: {error or 'no answer'}"
                    finish(item, failure(item.path, 503, "unreachable", "Unreachable", detail))
                    continue
                if response.status_code != 202:
                    refused = {
                        "file": str(item.path),
                        "result": None,
                        "error": response_json(response),
                    }
                    finish(item, refused)
                    continue
                item.location = response.headers["Location"]
                item.status = response.json()["status"]
            display.show()
            while not all(item.finished for item in watched):
                await asyncio.sleep(POLL_SECONDS)
                for item in watched:
                    if not item.finished:
                        result = await _poll(client, item)
                        if result is not None:
                            finish(item, result)
                display.show()
        finally:
            unfinished = [item for item in watched if item.location and not item.finished]
            for item in unfinished:
                with contextlib.suppress(httpx.HTTPError):
                    await client.delete(item.location)
                item.status = "cancelled"
            if unfinished:
                display.show()
    return results


async def _poll(client: httpx.AsyncClient, item: Watched) -> Result | None:
    """Update ``item`` from its job; its result once the job is finished."""
    assert item.location is not None
    try:
        response = await client.get(item.location)
    except httpx.HTTPError:
        return None  # a replica restarting: ask again
    view = response_json(response)
    if response.status_code != 200:
        item.status = "failed"
        return {"file": str(item.path), "result": None, "error": view}
    item.status = view["status"]
    item.pages_done = view["pages_done"]
    item.pages_total = view["pages_total"]
    if item.status == "done":
        result = await client.get(view["result"])
        return {"file": str(item.path), "result": response_json(result), "error": None}
    if item.status in ("failed", "cancelled"):
        error = view["error"] or Problem.build(
            status=409,
            code="job_cancelled",
            title="Job cancelled",
            detail="The job was cancelled.",
            request_id="-",
        ).model_dump(exclude_none=True)
        return {"file": str(item.path), "result": None, "error": error}
    return None
