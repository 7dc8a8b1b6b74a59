"""The orchestrator's job endpoints: ``/api/jobs`` to submit, watch, fetch and cancel.

Same upload and options as ``POST /api/NER``, read in the background by this
replica or another (:mod:`ocrner.jobs`). Uploads may be up to
JOB_MAX_UPLOAD_BYTES; unfinished jobs are limited to JOB_MAX_QUEUED in all and
JOB_MAX_QUEUED_PER_KEY per X-API-Key value, beyond which the answer is 503 with
``Retry-After``.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Annotated

from fastapi import APIRouter, FastAPI, File, Form, Path, Request, Response, UploadFile

from ocrner.core.errors import JobNotDone, JobNotFound
from ocrner.core.problems import problem_responses
from ocrner.core.settings import OrchestratorSettings
from ocrner.documents.pages import check_document
from ocrner.jobs import Job, JobOptions, JobStatus, JobStore, JobView, QueueLimits, open_store
from ocrner.jobs.callbacks import check_callback
from ocrner.jobs.model import JobAccepted, caller_key
from ocrner.jobs.runner import JobRunner
from ocrner.orchestrator.params import OcrLanguage, PdfPassword
from ocrner.orchestrator.pipeline import Extraction, Pipeline

router = APIRouter(tags=["jobs"])

JOBS_PATH = "/api/jobs"

JobId = Annotated[
    str,
    Path(
        description="The id POST /api/jobs answered.",
        pattern=r"^[A-Za-z0-9_-]+$",
        max_length=64,
    ),
]


@asynccontextmanager
async def job_worker(app: FastAPI, settings: OrchestratorSettings) -> AsyncIterator[None]:
    """The job store (``app.state.jobs``), and this replica working on its queue."""
    pipeline: Pipeline = app.state.pipeline
    store = open_store(settings)
    app.state.jobs = store
    await store.work(JobRunner(store, pipeline, settings).run)
    try:
        yield
    finally:
        await store.close()


async def _job(request: Request, job_id: str) -> Job:
    store: JobStore = request.app.state.jobs
    job = await store.get(job_id)
    if job is None:
        raise JobNotFound(f"No job {job_id}: it never was, or it expired.")
    return job


@router.post(
    JOBS_PATH,
    status_code=202,
    response_model=JobAccepted,
    summary="Submit an image or document to be read in the background",
    description=(
        "The same multipart form and options as `POST /api/NER`, up to JOB_MAX_UPLOAD_BYTES. "
        "Answers at once with the job's id and a `Location` to poll; fetch the result from "
        "`/api/jobs/{id}/result` once its status is `done`. With `callback_url` (to a host "
        "on JOB_CALLBACK_HOSTS), the finished job is POSTed there too."
    ),
    responses={
        202: {
            "description": "Accepted: the job is queued.",
            "headers": {
                "Location": {
                    "description": "Where to poll the job: /api/jobs/{id}.",
                    "schema": {"type": "string"},
                }
            },
        },
        **problem_responses(400, 401, 413, 415, 422, 503),
    },
)
async def submit_job(
    request: Request,
    response: Response,
    file: Annotated[UploadFile, File(description="A PDF, a TIFF or an image.")],
    lang: OcrLanguage = None,
    password: PdfPassword = None,
    callback_url: Annotated[
        str | None,
        Form(description="Where to POST the job once finished.", max_length=2048),
    ] = None,
) -> JobAccepted:
    settings: OrchestratorSettings = request.app.state.settings
    store: JobStore = request.app.state.jobs
    if callback_url:
        check_callback(callback_url, settings.job_callback_hosts)
    job = Job(
        key=caller_key(request.headers.get("X-API-Key")),
        options=JobOptions(
            filename=file.filename or "image",
            content_type=file.content_type or "application/octet-stream",
            lang=lang,
            password=password or None,
            callback_url=callback_url or None,
        ),
    )
    data = await file.read()
    pipeline: Pipeline = request.app.state.pipeline
    await asyncio.to_thread(check_document, data, pipeline.limits, password=password or None)
    limits = QueueLimits(settings.job_max_queued, settings.job_max_queued_per_key)
    await store.submit(job, data, limits)
    response.headers["Location"] = f"{JOBS_PATH}/{job.id}"
    return JobAccepted(id=job.id, status=job.status)


@router.get(
    JOBS_PATH + "/{job_id}",
    response_model=JobView,
    summary="A job's status and progress",
    responses=problem_responses(401, 404, 422),
)
async def get_job(request: Request, job_id: JobId) -> JobView:
    return (await _job(request, job_id)).view()


@router.get(
    JOBS_PATH + "/{job_id}/result",
    response_model=Extraction,
    summary="A done job's result: what POST /api/NER answers for the same file",
    responses=problem_responses(401, 404, 409, 422),
)
async def get_job_result(request: Request, job_id: JobId) -> Response:
    job = await _job(request, job_id)
    store: JobStore = request.app.state.jobs
    result = await store.result(job_id) if job.status is JobStatus.DONE else None
    if result is None:
        raise JobNotDone(f"Job {job_id} is {job.status}; its result is there once it is done.")
    return Response(result, media_type="application/json")


@router.delete(
    JOBS_PATH + "/{job_id}",
    response_model=JobView,
    summary="Cancel a job: no further page of it is read",
    description="Cancelling a finished job changes nothing; the job is answered as it is.",
    responses=problem_responses(401, 404, 422),
)
async def cancel_job(request: Request, job_id: JobId) -> JobView:
    settings: OrchestratorSettings = request.app.state.settings
    store: JobStore = request.app.state.jobs
    job = await _job(request, job_id)
    if not job.finished:
        job = (
            await store.finish(job.finish(JobStatus.CANCELLED, settings.job_ttl_seconds), None)
            or job
        )
    return job.view()
