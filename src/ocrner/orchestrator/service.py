"""The orchestrator service: ``POST /api/NER`` with an image or document, entities with boxes back.

The request's time budget is ``REQUEST_DEADLINE_SECONDS`` for an image or a
document's first page, plus ``PAGE_DEADLINE_SECONDS`` for each further page, up
to ``MAX_REQUEST_DEADLINE_SECONDS`` (:meth:`OrchestratorSettings.deadline_seconds`);
the caller's own ``X-Deadline-Ms`` shortens it.

Also ``POST /api/redact`` (the file with chosen entities burned out, see
:mod:`ocrner.orchestrator.redaction`), ``POST /api/page`` (one page of a file as PNG)
and the web page at ``/`` (:mod:`ocrner.orchestrator.web`).
"""

from __future__ import annotations

import asyncio
import base64
import hmac
import json
import time
from collections.abc import AsyncIterator, Iterator
from contextlib import asynccontextmanager, contextmanager
from pathlib import PurePath
from typing import Annotated
from urllib.parse import quote

import httpx
from fastapi import APIRouter, FastAPI, File, Form, Query, Request, UploadFile
from fastapi.responses import JSONResponse, Response
from pydantic import BaseModel, Field
from starlette.datastructures import Headers

from ocrner.core.app import Admission, create_service_app
from ocrner.core.deadlines import deadline_var
from ocrner.core.errors import InvalidInput, Unauthorized
from ocrner.core.problems import problem_responses
from ocrner.core.settings import OrchestratorSettings
from ocrner.orchestrator.clients import NerClient, OcrClient
from ocrner.orchestrator.jobs import JOBS_PATH, job_worker
from ocrner.orchestrator.jobs import router as jobs_router
from ocrner.orchestrator.params import OcrLanguage, PdfPassword
from ocrner.orchestrator.pipeline import Extraction, Pipeline, Upload, close, document_limits
from ocrner.orchestrator.redaction import (
    PERSONAL_LABELS,
    Redacted,
    RedactionReport,
    Redactor,
    parse_labels,
    png_bytes,
)
from ocrner.orchestrator.web import web_router

router = APIRouter(tags=["pipeline"])


API_KEY_HEADER = "X-API-Key"
REDACTION_HEADER = "X-Redaction-Report"
PAGE_COUNT_HEADER = "X-Page-Count"
REDACTION_HEADER_MAX_BYTES = 8192
"""Longer reports leave out their boxes in the header (clients refuse very long headers)."""


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
    responses=problem_responses(400, 401, 415, 422, 502),
)
async def extract_from_image(
    request: Request,
    file: Annotated[
        UploadFile,
        File(description="A PDF, a TIFF (every page) or an image: PNG, JPEG, BMP, WebP or GIF."),
    ],
    lang: OcrLanguage = None,
    password: PdfPassword = None,
) -> Extraction:
    pipeline: Pipeline = request.app.state.pipeline
    document = await pipeline.open(await _upload(file), password or None)
    try:
        with _deadline(request.app.state.settings, document.page_count):
            return await pipeline.read(document, lang)
    finally:
        await close(document)


async def _upload(file: UploadFile) -> Upload:
    return Upload(
        data=await file.read(),
        filename=file.filename or "image",
        content_type=file.content_type or "application/octet-stream",
    )


@contextmanager
def _deadline(settings: OrchestratorSettings, page_count: int) -> Iterator[None]:
    """The request's time budget for ``page_count`` pages, or the caller's X-Deadline-Ms if
    sooner."""
    own_deadline = time.monotonic() + settings.deadline_seconds(page_count)
    callers_deadline = deadline_var.get()
    token = deadline_var.set(
        own_deadline if callers_deadline is None else min(own_deadline, callers_deadline)
    )
    try:
        yield
    finally:
        deadline_var.reset(token)


@router.post(
    "/api/redact",
    summary="Burn the entities of chosen labels out of a file, and check they are gone",
    description=(
        "Multipart form with the file in `file` (an image, every page of a multi-page TIFF, "
        "or a PDF, opened as `/api/NER` opens it, an encrypted PDF with its `password`) and "
        "optional `labels`, comma-separated (default: "
        f"{','.join(PERSONAL_LABELS)}). The answer is the file in its own format with every "
        "box of those entities filled black, margin included; a PDF comes back as pages that "
        "are images only, at PDF_DPI. The time budget grows with the pages as for `/api/NER`. "
        "The result is read again by OCR: if a redacted word can still be "
        "read, the answer is 500 `redaction_unverified` and no file. What was removed and "
        f"the check's result are in the `{REDACTION_HEADER}` header (JSON; past "
        f"{REDACTION_HEADER_MAX_BYTES} bytes without its boxes, counted in `removed_count`), "
        "or, with `Accept: application/json`, the answer is that report with the file in "
        "base64."
    ),
    response_class=Response,
    responses={
        200: {
            "content": {"image/*": {}, "application/pdf": {}, "application/json": {}},
            "description": "The redacted file (or, for Accept: application/json, a report).",
        },
        **problem_responses(400, 401, 413, 415, 422, 502, 503, 504),
    },
)
async def redact_file(
    request: Request,
    file: Annotated[UploadFile, File(description="The image, TIFF or PDF to redact.")],
    labels: Annotated[
        str | None,
        Form(description="Comma-separated labels to remove.", max_length=512),
    ] = None,
    lang: OcrLanguage = None,
    password: PdfPassword = None,
) -> Response:
    redactor: Redactor = request.app.state.redactor
    chosen = parse_labels(labels)
    upload = await _upload(file)
    document = await redactor.pipeline.open(upload, password or None)
    try:
        with _deadline(request.app.state.settings, document.page_count):
            redacted = await redactor.redact_document(upload, document, chosen, lang)
    finally:
        await asyncio.to_thread(document.close)
    filename = _redacted_name(upload.filename, redacted)
    if "application/json" in request.headers.get("accept", ""):
        return JSONResponse(
            RedactedFile(
                filename=filename,
                media_type=redacted.format.media_type,
                data=base64.b64encode(redacted.data).decode(),
                report=redacted.report,
            ).model_dump(mode="json")
        )
    return Response(
        redacted.data,
        media_type=redacted.format.media_type,
        headers={
            REDACTION_HEADER: redaction_header(redacted.report),
            "Content-Disposition": f"attachment; filename*=UTF-8''{quote(filename)}",
        },
    )


@router.post(
    "/api/page",
    summary="One page of an image, PDF or TIFF as PNG, for showing it",
    description=(
        "Multipart form with the file in `file` (and `password` for an encrypted PDF), opened "
        "as `/api/NER` opens it; query `page` (from 1). The answer is that page as PNG, upright: "
        "a PDF page rendered at PDF_DPI, a TIFF frame or an image as decoded; "
        f"`{PAGE_COUNT_HEADER}` gives the document's page count. The web page uses it to show "
        "PDF and TIFF pages, which browsers cannot show themselves."
    ),
    response_class=Response,
    responses={
        200: {"content": {"image/png": {}}, "description": "The page as PNG."},
        **problem_responses(400, 401, 413, 415, 422),
    },
)
async def page_image(
    request: Request,
    file: Annotated[UploadFile, File(description="The image, TIFF or PDF.")],
    page: Annotated[int, Query(ge=1, description="The page, from 1.")] = 1,
    password: PdfPassword = None,
) -> Response:
    pipeline: Pipeline = request.app.state.pipeline
    document = await pipeline.open(await _upload(file), password or None)
    try:
        if page > document.page_count:
            raise InvalidInput(f"There is no page {page}: the file has {document.page_count}.")
        image = await asyncio.to_thread(document.pixels, page)
    finally:
        await asyncio.to_thread(document.close)
    return Response(
        await asyncio.to_thread(png_bytes, image),
        media_type="image/png",
        headers={PAGE_COUNT_HEADER: str(document.page_count)},
    )


def redaction_header(report: RedactionReport) -> str:
    """The report as the header's JSON; past :data:`REDACTION_HEADER_MAX_BYTES` without
    its boxes, counted instead (``"removed_omitted": true``, ``"removed_count"``)."""
    full = report.model_dump_json()
    if len(full) <= REDACTION_HEADER_MAX_BYTES:
        return full
    short = report.model_dump(mode="json", exclude={"removed"})
    short.update(removed_count=len(report.removed), removed_omitted=True)
    return json.dumps(short, separators=(",", ":"))


class RedactedFile(BaseModel):
    """The JSON variant of a redaction's answer."""

    filename: str
    media_type: str
    data: str = Field(description="The redacted file, base64.")
    report: RedactionReport


def _redacted_name(filename: str, redacted: Redacted) -> str:
    """``letter.png`` -> ``letter.redacted.png``, with the written format's extension."""
    name = PurePath(filename.replace("\\", "/")).name or "file"
    stem = name.rsplit(".", 1)[0] if "." in name else name
    return f"{stem}.redacted.{redacted.format.extension}"


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
        app.state.redactor = Redactor(app.state.pipeline)
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
        routers=[router, jobs_router, web_router],
        admit=api_key_admission(settings),
        body_limits={JOBS_PATH: settings.job_max_upload_bytes},
    )
