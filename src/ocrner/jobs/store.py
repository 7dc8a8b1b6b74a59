"""Where jobs live: the :class:`JobStore` interface every store implements.

A store keeps each job's record (:class:`~ocrner.jobs.model.Job`), its upload
until it is finished, every page read (as JSON, by page number) and, once done,
its result (the JSON ``POST /api/NER`` answers). It is also the job queue: it
hands each submitted job to one worker (:meth:`JobStore.work`), and takes a job
up again when the worker that had it stopped or died.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Protocol

from ocrner.core.settings import OrchestratorSettings
from ocrner.jobs.model import Job

RunJob = Callable[[str], Awaitable[None]]
"""Works on the job with this id until it is finished, or is cancelled (this replica stops)."""


@dataclass(frozen=True)
class QueueLimits:
    """Unfinished jobs (queued or running) allowed in all, and per caller key."""

    total: int
    per_key: int


class JobStore(Protocol):
    """Jobs, their uploads, their pages and results, and the queue of jobs to run."""

    async def submit(self, job: Job, upload: bytes, limits: QueueLimits) -> None:
        """Keep ``job`` and queue it; JobQueueFull when ``limits`` are reached."""
        ...

    async def get(self, job_id: str) -> Job | None:
        """The job, or None when there is none (never was, or expired)."""
        ...

    async def update(self, job: Job) -> Job | None:
        """Save ``job`` unless it is finished in the store meanwhile (cancelled, say);
        the job as stored after."""
        ...

    async def upload(self, job_id: str) -> bytes | None: ...

    async def pages(self, job_id: str) -> dict[int, bytes]:
        """Pages kept so far, by page number."""
        ...

    async def keep_page(self, job_id: str, number: int, page: bytes) -> None:
        """Keep one page read, and count it in the job's ``pages_done``."""
        ...

    async def finish(self, job: Job, result: bytes | None) -> Job | None:
        """Save ``job`` (in a final status) and its result unless it is finished already;
        drops its upload and pages; it expires at ``job.expires_at``."""
        ...

    async def result(self, job_id: str) -> bytes | None: ...

    async def work(self, run: RunJob) -> None:
        """Start handing queued jobs to ``run``, in the background, one at a time."""
        ...

    async def close(self) -> None:
        """Stop working; a job being worked on is left to be taken up again."""
        ...


def open_store(settings: OrchestratorSettings) -> JobStore:
    """The store JOB_STORE names."""
    if settings.job_store == "redis":
        from ocrner.jobs.redis_store import RedisJobStore

        assert settings.redis_url is not None  # checked by the settings
        return RedisJobStore(
            settings.redis_url.get_secret_value(), settings.job_worker_timeout_seconds
        )
    from ocrner.jobs.sqlite_store import SqliteJobStore

    return SqliteJobStore(settings.job_data_dir, settings.job_worker_timeout_seconds)
