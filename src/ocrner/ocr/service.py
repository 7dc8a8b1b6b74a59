"""The OCR service: ``POST /api/OCR``, a thin HTTP layer over the OCR engine."""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from typing import Annotated

from fastapi import APIRouter, FastAPI, File, Query, Request, UploadFile

from ocrner.core.app import create_service_app
from ocrner.core.problems import problem_responses
from ocrner.core.settings import OcrSettings
from ocrner.core.workers import EnginePool
from ocrner.ocr.engine import OcrEngine, OcrResult
from ocrner.ocr.images import SUPPORTED_MEDIA_TYPES
from ocrner.ocr.recognize import default_engine, read_on_pool

EngineFactory = Callable[[OcrSettings], OcrEngine]

router = APIRouter(tags=["ocr"])


@router.post(
    "/api/OCR",
    summary="Read the text on an image",
    response_model=OcrResult,
    responses=problem_responses(400, 415, 422),
)
async def read_image(
    request: Request,
    file: Annotated[
        UploadFile, File(description=f"The image: {', '.join(SUPPORTED_MEDIA_TYPES)}.")
    ],
    lang: Annotated[
        str | None,
        Query(
            description="Tesseract language, e.g. eng or eng+deu; default OCR_LANG.",
            max_length=64,
        ),
    ] = None,
) -> OcrResult:
    settings: OcrSettings = request.app.state.settings
    pool: EnginePool[OcrEngine] = request.app.state.engines
    data = await file.read()
    language = lang or settings.ocr_lang
    return await read_on_pool(pool, data, language, settings)


def create_app(
    settings: OcrSettings | None = None, engine_factory: EngineFactory = default_engine
) -> FastAPI:
    """Build the OCR service. ``engine_factory`` is called once per worker at start-up."""
    settings = settings or OcrSettings()

    @asynccontextmanager
    async def engines(app: FastAPI) -> AsyncIterator[None]:
        instances = [engine_factory(settings) for _ in range(settings.ocr_workers)]
        app.state.engines = EnginePool(instances)
        try:
            yield
        finally:
            for instance in instances:
                close = getattr(instance, "close", None)
                if close is not None:
                    close()

    return create_service_app(
        name="ocr",
        title="ocrner OCR service",
        description="Image in, text out: every word with its pixel box, confidence and line.",
        settings=settings,
        engine_lifespan=engines,
        routers=[router],
    )
