"""Running one job: the pipeline over its upload, each page kept as it is read.

:class:`JobRunner` is what a store's worker calls with a job id. It opens the
upload, reads the pages the store does not have yet (those it has are recalled,
not read again), saves the result as the exact JSON ``POST /api/NER`` answers,
and marks the job done, or failed with the problem details ``/api/NER`` would
have answered. While it reads, it checks the store every
:data:`CANCEL_CHECK_SECONDS`: once the job is cancelled (by any replica), the
pages in flight are abandoned, their upstream calls closed, and no other page
is read.
"""

from __future__ import annotations

import asyncio
import dataclasses
import logging

from pydantic import TypeAdapter

from ocrner.core.errors import OcrnerError
from ocrner.core.problems import Problem
from ocrner.core.settings import OrchestratorSettings
from ocrner.jobs.callbacks import notify
from ocrner.jobs.model import Job, JobStatus, now
from ocrner.jobs.store import JobStore
from ocrner.orchestrator.pipeline import Pipeline, Upload, _PageRead

logger = logging.getLogger("ocrner.jobs")

CANCEL_CHECK_SECONDS = 0.5

_PAGE = TypeAdapter(_PageRead)


def page_json(read: _PageRead) -> bytes:
    """A page read as JSON, less what is not needed again: the page image, the page words
    (``read.words`` has them)."""
    return _PAGE.dump_json(
        dataclasses.replace(read, page=dataclasses.replace(read.page, image=None, words=None))
    )


def page_from_json(data: bytes) -> _PageRead:
    return _PAGE.validate_json(data)


class StoredPages:
    """A job's :class:`~ocrner.orchestrator.pipeline.PageMemory`: its pages in the store."""

    def __init__(self, store: JobStore, job_id: str, known: dict[int, bytes]) -> None:
        self.store = store
        self.job_id = job_id
        self.known = known

    async def recall(self, number: int) -> _PageRead | None:
        data = self.known.get(number)
        return None if data is None else page_from_json(data)

    async def keep(self, read: _PageRead) -> None:
        await self.store.keep_page(self.job_id, read.page.number, page_json(read))


class JobRunner:
    """Runs jobs from ``store`` through ``pipeline``."""

    def __init__(self, store: JobStore, pipeline: Pipeline, settings: OrchestratorSettings) -> None:
        self.store = store
        self.pipeline = pipeline
        self.settings = settings

    async def run(self, job_id: str) -> None:
        job = await self.store.get(job_id)
        if job is None or job.finished:
            return
        started = job.model_copy(
            update={"status": JobStatus.RUNNING, "started_at": job.started_at or now()}
        )
        job = await self.store.update(started)
        upload = await self.store.upload(job_id)
        if job is None or job.finished or upload is None:
            return
        reading = asyncio.create_task(self._read(job, upload))
        watching = asyncio.create_task(self._watch(job_id, reading))
        try:
            result = await reading
        except asyncio.CancelledError:
            if not watching.done():  # this replica is stopping, not the job cancelled
                raise
            logger.info("job %s cancelled", job_id)
            return
        except OcrnerError as error:
            await self._finish(job, JobStatus.FAILED, Problem.from_error(error, job_id), None)
            return
        except Exception:
            logger.exception("job %s failed", job_id)
            problem = Problem.build(
                status=500,
                code="internal_error",
                title="Internal error",
                detail="The job failed; the log has the details.",
                request_id=job_id,
            )
            await self._finish(job, JobStatus.FAILED, problem, None)
            return
        finally:
            watching.cancel()
        await self._finish(job, JobStatus.DONE, None, result)

    async def _read(self, job: Job, data: bytes) -> bytes:
        options = job.options
        upload = Upload(data, options.filename, options.content_type)
        document = await self.pipeline.open(upload, options.password)
        try:
            job = job.model_copy(update={"pages_total": document.page_count})
            await self.store.update(job)
            memory = StoredPages(self.store, job.id, await self.store.pages(job.id))
            logger.info(
                "job %s taken up: %d of its %d pages read before",
                job.id,
                len(memory.known),
                document.page_count,
            )
            extraction = await self.pipeline.read(document, options.lang, memory)
        finally:
            await asyncio.to_thread(document.close)
        return extraction.model_dump_json().encode()

    async def _watch(self, job_id: str, reading: asyncio.Task[bytes]) -> None:
        """Cancel ``reading`` once the job is finished in the store (cancelled, or expired)."""
        while True:
            await asyncio.sleep(CANCEL_CHECK_SECONDS)
            job = await self.store.get(job_id)
            if job is None or job.finished:
                reading.cancel()
                return

    async def _finish(
        self, job: Job, status: JobStatus, problem: Problem | None, result: bytes | None
    ) -> None:
        current = await self.store.get(job.id) or job
        finished = await self.store.finish(
            current.finish(status, self.settings.job_ttl_seconds, problem), result
        )
        if finished is not None and finished.status is status:
            logger.info("job %s %s (%d pages)", job.id, status, finished.pages_done)
            await notify(finished, self.settings)
