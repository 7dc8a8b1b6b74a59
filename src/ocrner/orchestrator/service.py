"""The orchestrator service: ``POST /api/NER`` with an image, entities with boxes back."""

from __future__ import annotations

import hmac
import time
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Annotated

import httpx
from fastapi import APIRouter, Depends, FastAPI, File, Header, Query, Request, UploadFile

from ocrner.core.app import create_service_app
from ocrner.core.errors import Unauthorized
from ocrner.core.problems import problem_responses
from ocrner.core.settings import OrchestratorSettings
from ocrner.orchestrator.clients import NerClient, OcrClient, deadline_var
from ocrner.orchestrator.pipeline import Extraction, Pipeline, Upload

router = APIRouter(tags=["pipeline"])


async def check_api_key(
    request: Request,
    x_api_key: Annotated[str | None, Header(description="Required when API_KEY is set.")] = None,
) -> None:
    """Refuse the request (401) when an API key is configured and not sent."""
    expected = request.app.state.settings.api_key
    if expected is None:
        return
    if x_api_key is None or not hmac.compare_digest(
        x_api_key.encode(), expected.get_secret_value().encode()
    ):
        raise Unauthorized("Send the API key in the X-API-Key header.")


@router.post(
    "/api/NER",
    summary="Find the named entities in an image, with their boxes",
    response_model=Extraction,
    responses=problem_responses(401, 413, 415, 422, 502, 503, 504),
    dependencies=[Depends(check_api_key)],
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
    token = deadline_var.set(time.monotonic() + settings.request_deadline_seconds)
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
    )
