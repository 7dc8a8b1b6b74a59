"""The orchestrator service: ``POST /api/NER`` with an image, entities with boxes back."""

from __future__ import annotations

import hmac
import time
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Annotated

import httpx
from fastapi import APIRouter, FastAPI, File, Query, Request, UploadFile
from starlette.datastructures import Headers

from ocrner.core.app import Admission, create_service_app
from ocrner.core.deadlines import deadline_var
from ocrner.core.errors import Unauthorized
from ocrner.core.problems import problem_responses
from ocrner.core.settings import OrchestratorSettings
from ocrner.orchestrator.clients import NerClient, OcrClient
from ocrner.orchestrator.pipeline import Extraction, Pipeline, Upload

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
    summary="Find the named entities in an image, with their boxes",
    response_model=Extraction,
    description=(
        "Multipart form with the image in the field `file`. When the service has an "
        f"API_KEY, send it in the `{API_KEY_HEADER}` header (checked before the upload is read)."
    ),
    responses=problem_responses(400, 401, 415, 422, 502),
)
async def extract_from_image(
    request: Request,
    file: Annotated[UploadFile, File(description="The image: PNG, JPEG, TIFF, BMP, WebP or GIF.")],
    lang: Annotated[
        str | None,
        Query(description="OCR language, e.g. eng; default: the OCR service's.", max_length=64),
    ] = None,
) -> Extraction:
    settings: OrchestratorSettings = request.app.state.settings
    pipeline: Pipeline = request.app.state.pipeline
    upload = Upload(
        data=await file.read(),
        filename=file.filename or "image",
        content_type=file.content_type or "application/octet-stream",
    )
    own_deadline = time.monotonic() + settings.request_deadline_seconds
    callers_deadline = deadline_var.get()  # from the caller's X-Deadline-Ms, if any
    token = deadline_var.set(
        own_deadline if callers_deadline is None else min(own_deadline, callers_deadline)
    )
    try:
        return await pipeline.extract(upload, lang)
    finally:
        deadline_var.reset(token)


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
        app.state.pipeline = Pipeline(ocr, ner)
        try:
            yield
        finally:
            await ocr.aclose()
            await ner.aclose()

    return create_service_app(
        name="orchestrator",
        title="ocrner",
        description=(
            "Send a picture of text, get back the named entities in it (people, "
            "organisations, places, dates, amounts) with their boxes on the image."
        ),
        settings=settings,
        engine_lifespan=clients,
        routers=[router],
        admit=api_key_admission(settings),
    )
