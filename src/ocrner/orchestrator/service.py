"""The orchestrator service: ``POST /api/NER`` with an image or document, entities with boxes back.

The request's time budget is ``REQUEST_DEADLINE_SECONDS`` for an image or a
document's first page, plus ``PAGE_DEADLINE_SECONDS`` for each further page, up
to ``MAX_REQUEST_DEADLINE_SECONDS`` (:meth:`OrchestratorSettings.deadline_seconds`);
the caller's own ``X-Deadline-Ms`` shortens it.
"""

from __future__ import annotations

import asyncio
import hmac
import time
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Annotated

import httpx
from fastapi import APIRouter, FastAPI, File, Form, Query, Request, UploadFile
from starlette.datastructures import Headers

from ocrner.core.app import Admission, create_service_app
from ocrner.core.deadlines import deadline_var
from ocrner.core.errors import Unauthorized
from ocrner.core.problems import problem_responses
from ocrner.core.settings import OrchestratorSettings
from ocrner.orchestrator.clients import NerClient, OcrClient
from ocrner.orchestrator.jobs import JOBS_PATH, job_worker
from ocrner.orchestrator.jobs import router as jobs_router
from ocrner.orchestrator.pipeline import Extraction, Pipeline, Upload, document_limits

router = APIRouter(tags=["pipeline"])


API_KEY_HEADER = "X-API-Key"


def api_key_admission(settings: OrchestratorSettings) -> Admission | None:
    """With API_KEY set: a check refusing (401) requests without it, before the upload is read."""
    if settings.api_key is None:
        return None
    expected = settings.api_key.get_secret_value().encode()

    def admit(headers: Headers) -> None:
        sent = headers.get(API_KEY_HEADER)
        if sent is None or not hmac.compare_digest(sent.encode(), expected):
            raise Unauthorized(f"Send the API key in the {API_KEY_HEADER} header.")

    return admit


@router.post(
    "/api/NER",
    summary="Find the named entities in an image or document, with their boxes",
    response_model=Extraction,
    description=(
        "Multipart form with the image or document in the field `file`: a PDF (pages with a "
        "text layer read from it, the others rendered at PDF_DPI and OCR'd), a multi-page TIFF "
        "(each frame a page) or an image, recognised by content. Every entity says its `page`; "
        "`pages` gives each page's size, resolution and how it was read. When the service has "
        f"an API_KEY, send it in the `{API_KEY_HEADER}` header (checked before the upload is "
        "read)."
    ),
    responses=problem_responses(401, 413, 415, 422, 502, 503, 504),
)
async def extract_from_image(
    request: Request,
    file: Annotated[
        UploadFile,
        File(description="A PDF, a TIFF (every page) or an image: PNG, JPEG, BMP, WebP or GIF."),
    ],
    lang: Annotated[
        str | None,
        Query(description="OCR language, e.g. eng; default: the OCR service's.", max_length=64),
    ] = None,
    password: Annotated[
        str | None,
        Form(description="The password of an encrypted PDF.", max_length=1024),
    ] = None,
) -> Extraction:
    settings: OrchestratorSettings = request.app.state.settings
    pipeline: Pipeline = request.app.state.pipeline
    upload = Upload(
        data=await file.read(),
        filename=file.filename or "image",
        content_type=file.content_type or "application/octet-stream",
    )
    document = await pipeline.open(upload, password or None)
    try:
        own_deadline = time.monotonic() + settings.deadline_seconds(document.page_count)
        callers_deadline = deadline_var.get()  # from the caller's X-Deadline-Ms, if any
        token = deadline_var.set(
            own_deadline if callers_deadline is None else min(own_deadline, callers_deadline)
        )
        try:
            return await pipeline.read(document, lang)
        finally:
            deadline_var.reset(token)
    finally:
        await asyncio.to_thread(document.close)


def create_app(
    settings: OrchestratorSettings | None = None,
    transport: httpx.AsyncBaseTransport | None = None,
) -> FastAPI:
    """Build the orchestrator. ``transport`` replaces the network in unit tests."""
    settings = settings or OrchestratorSettings()

    @asynccontextmanager
    async def clients(app: FastAPI) -> AsyncIterator[None]:
        ocr = OcrClient(settings, transport=transport)
        ner = NerClient(settings, transport=transport)
        app.state.pipeline = Pipeline(ocr, ner, document_limits(settings), settings.pages_in_flight)
        try:
            async with job_worker(app, settings):
                yield
        finally:
            await ocr.aclose()
            await ner.aclose()

    return create_service_app(
        name="orchestrator",
        title="ocrner",
        description=(
            "Send a picture of text or a document (PDF, multi-page TIFF), get back the named "
            "entities in it (people, organisations, places, dates, amounts) with their page "
            "and their boxes on it."
        ),
        settings=settings,
        engine_lifespan=clients,
        routers=[router, jobs_router],
        admit=api_key_admission(settings),
        body_limits={JOBS_PATH: settings.job_max_upload_bytes},
    )
