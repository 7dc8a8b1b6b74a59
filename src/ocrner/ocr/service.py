"""The OCR service: ``POST /api/OCR``, a thin HTTP layer over the OCR engine.

The image comes as a multipart upload (field ``file``) or as the raw request
body with an ``image/*`` or ``application/octet-stream`` content type (what the
orchestrator sends: no multipart to build or parse). The answer is written from
the engine's result as it is, without FastAPI validating it a second time. After a
large page the process gives its heaps' free memory back to the system
(:func:`ocrner.core.memory.give_back_free_memory`), once the answer is sent.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from typing import Annotated

from fastapi import APIRouter, FastAPI, File, Query, Request, Response, UploadFile
from fastapi.exceptions import RequestValidationError
from starlette.background import BackgroundTask

from ocrner.core.app import create_service_app
from ocrner.core.memory import give_back_free_memory
from ocrner.core.problems import problem_responses
from ocrner.core.settings import OcrSettings
from ocrner.core.workers import EnginePool
from ocrner.ocr.engine import OcrEngine, OcrResult
from ocrner.ocr.images import SUPPORTED_MEDIA_TYPES
from ocrner.ocr.recognize import default_engine, read_on_pool

EngineFactory = Callable[[OcrSettings], OcrEngine]

router = APIRouter(tags=["ocr"])


GIVE_BACK_AFTER_PIXELS = 1_000_000
"""After reading a page this large (or an upload of :data:`GIVE_BACK_AFTER_BYTES`), the
service gives its heaps' free memory back to the system."""

GIVE_BACK_AFTER_BYTES = 1024 * 1024

RAW_MEDIA_TYPES = ("application/octet-stream",)
"""Besides ``image/*``, the content types read as the image itself rather than as a form."""


def _is_raw_image(content_type: str | None) -> bool:
    media_type = (content_type or "").split(";")[0].strip().lower()
    return media_type.startswith("image/") or media_type in RAW_MEDIA_TYPES


@router.post(
    "/api/OCR",
    summary="Read the text on an image",
    description=(
        "The image as a multipart upload in the field `file`, or as the raw body with an "
        "`image/*` or `application/octet-stream` content type."
    ),
    response_model=OcrResult,
    responses=problem_responses(400, 415, 422),
    openapi_extra={
        "requestBody": {
            "required": True,
            "content": {
                media_type: {"schema": {"type": "string", "format": "binary"}}
                for media_type in ("image/*", *RAW_MEDIA_TYPES)
            },
        }
    },
)
async def read_image(
    request: Request,
    file: Annotated[
        UploadFile | None,
        File(description=f"The image: {', '.join(SUPPORTED_MEDIA_TYPES)}."),
    ] = None,
    lang: Annotated[
        str | None,
        Query(
            description="Tesseract language, e.g. eng or eng+deu; default OCR_LANG.",
            max_length=64,
        ),
    ] = None,
) -> Response:
    settings: OcrSettings = request.app.state.settings
    pool: EnginePool[OcrEngine] = request.app.state.engines
    if file is not None:
        data = await file.read()
    elif _is_raw_image(request.headers.get("content-type")):
        data = await request.body()
    else:
        raise RequestValidationError(
            [{"type": "missing", "loc": ("body", "file"), "msg": "Field required", "input": None}]
        )
    language = lang or settings.ocr_lang
    try:
        result = await read_on_pool(pool, data, language, settings)
    except Exception:
        if len(data) >= GIVE_BACK_AFTER_BYTES:
            give_back_free_memory()
        raise
    large = len(data) >= GIVE_BACK_AFTER_BYTES or result.width * result.height >= (
        GIVE_BACK_AFTER_PIXELS
    )
    return Response(
        result.model_dump_json(),
        media_type="application/json",
        background=BackgroundTask(give_back_free_memory) if large else None,
    )


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
