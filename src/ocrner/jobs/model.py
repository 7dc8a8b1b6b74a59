"""What a job is: its record in the store, and the view of it the API shows."""

from __future__ import annotations

import hashlib
import secrets
from datetime import UTC, datetime, timedelta
from enum import StrEnum
from typing import Any

from pydantic import BaseModel, Field

from ocrner.core.problems import Problem


class JobStatus(StrEnum):
    """Where a job is in its life: queued -> running -> done, failed or cancelled."""

    QUEUED = "queued"
    RUNNING = "running"
    DONE = "done"
    FAILED = "failed"
    CANCELLED = "cancelled"


FINISHED = frozenset({JobStatus.DONE, JobStatus.FAILED, JobStatus.CANCELLED})
"""Statuses a job never leaves; it expires JOB_TTL_SECONDS after reaching one."""


def now() -> datetime:
    return datetime.now(UTC)


def caller_key(api_key: str | None) -> str:
    """Whose job it is, for JOB_MAX_QUEUED_PER_KEY: a hash of the X-API-Key sent, never the key."""
    if not api_key:
        return "-"
    return hashlib.sha256(api_key.encode()).hexdigest()[:16]


class JobOptions(BaseModel):
    """What POST /api/jobs was asked, besides the file: the same options as POST /api/NER."""

    filename: str = "image"
    content_type: str = "application/octet-stream"
    lang: str | None = None
    password: str | None = None
    callback_url: str | None = None


class Job(BaseModel):
    """A job as the store keeps it."""

    id: str = Field(default_factory=lambda: secrets.token_urlsafe(16))
    status: JobStatus = JobStatus.QUEUED
    key: str = "-"
    created_at: datetime = Field(default_factory=now)
    started_at: datetime | None = None
    finished_at: datetime | None = None
    expires_at: datetime | None = None
    pages_done: int = 0
    pages_total: int | None = None
    error: dict[str, Any] | None = None
    options: JobOptions = Field(default_factory=JobOptions)

    @property
    def finished(self) -> bool:
        return self.status in FINISHED

    def finish(self, status: JobStatus, ttl_seconds: float, error: Problem | None = None) -> Job:
        """This job in a final status, expiring ``ttl_seconds`` from now; the password dropped."""
        finished_at = now()
        return self.model_copy(
            update={
                "status": status,
                "finished_at": finished_at,
                "expires_at": finished_at + timedelta(seconds=ttl_seconds),
                "error": error.model_dump(exclude_none=True) if error else None,
                "options": self.options.model_copy(update={"password": None}),
            }
        )

    def view(self) -> JobView:
        return JobView(
            id=self.id,
            status=self.status,
            pages_done=self.pages_done,
            pages_total=self.pages_total,
            created_at=self.created_at,
            started_at=self.started_at,
            finished_at=self.finished_at,
            expires_at=self.expires_at,
            error=Problem.model_validate(self.error) if self.error else None,
            result=f"/api/jobs/{self.id}/result" if self.status is JobStatus.DONE else None,
        )


class JobView(BaseModel):
    """A job as ``GET /api/jobs/{id}`` answers it."""

    id: str
    status: JobStatus = Field(description="queued, running, done, failed or cancelled.")
    pages_done: int = Field(description="Pages read so far.")
    pages_total: int | None = Field(description="Pages in the document; null until it is opened.")
    created_at: datetime
    started_at: datetime | None = Field(description="When a replica first took it up.")
    finished_at: datetime | None
    expires_at: datetime | None = Field(
        description="When the job and its result are forgotten (JOB_TTL_SECONDS after it "
        "finished); null while it is not finished."
    )
    error: Problem | None = Field(description="Why it failed (problem details); null otherwise.")
    result: str | None = Field(description="Where its result is, once done.")


class JobAccepted(BaseModel):
    """The answer to ``POST /api/jobs``: the new job's id and status (queued)."""

    id: str
    status: JobStatus
