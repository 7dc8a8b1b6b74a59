"""The NER service: ``POST /api/NER``, a thin HTTP layer over the NER engine."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager

from fastapi import APIRouter, FastAPI, Request, Response
from pydantic import BaseModel, Field, ValidationError

from ocrner.core.app import create_service_app
from ocrner.core.errors import InvalidInput, UnsupportedMediaType
from ocrner.core.problems import problem_responses
from ocrner.core.settings import NerSettings
from ocrner.core.workers import EnginePool
from ocrner.ner.batching import NerBatcher
from ocrner.ner.engine import NerEngine, NerResult
from ocrner.ner.extract import check_text, default_engine

EngineFactory = Callable[[NerSettings], NerEngine]


class NerRequest(BaseModel):
    """The text to find entities in."""

    text: str = Field(description="Any Unicode text, up to NER_MAX_TEXT_CHARS characters.")


async def _request_text(request: Request) -> str:
    """The text of a JSON ``{"text": ...}`` or a ``text/plain`` body."""
    media_type = request.headers.get("content-type", "").split(";")[0].strip().lower()
    body = await request.body()
    if media_type == "text/plain":
        try:
            return body.decode("utf-8")
        except UnicodeDecodeError:
            raise InvalidInput("The text/plain body is not valid UTF-8.") from None
    if media_type in ("application/json", ""):
        try:
            return NerRequest.model_validate(json.loads(body)).text
        except (ValueError, ValidationError):
            raise InvalidInput('Send JSON of the form {"text": "..."}.') from None
    raise UnsupportedMediaType(
        f"Content type {media_type!r} is not accepted; send application/json or text/plain."
    )


router = APIRouter(tags=["ner"])


@router.post(
    "/api/NER",
    summary="Find the named entities in a text",
    response_model=NerResult,
    responses=problem_responses(415, 422),
    openapi_extra={
        "requestBody": {
            "required": True,
            "content": {
                "application/json": {"schema": NerRequest.model_json_schema()},
                "text/plain": {"schema": {"type": "string"}},
            },
        }
    },
)
async def find_entities_in_text(request: Request) -> Response:
    settings: NerSettings = request.app.state.settings
    batcher: NerBatcher = request.app.state.batcher
    text = check_text(await _request_text(request), settings.ner_max_text_chars)
    result = await batcher.find(text)
    # The engine built the model: written as it is, not validated again by FastAPI.
    return Response(result.model_dump_json(), media_type="application/json")


def create_app(
    settings: NerSettings | None = None, engine_factory: EngineFactory = default_engine
) -> FastAPI:
    """Build the NER service. The engine is loaded once, at start-up."""
    settings = settings or NerSettings()

    @asynccontextmanager
    async def engines(app: FastAPI) -> AsyncIterator[None]:
        engine = engine_factory(settings)
        app.state.engines = EnginePool([engine])
        app.state.batcher = NerBatcher(app.state.engines, engine.model_name)
        yield

    return create_service_app(
        name="ner",
        title="ocrner NER service",
        description="Text in, named entities out (spaCy, OntoNotes labels).",
        settings=settings,
        engine_lifespan=engines,
        routers=[router],
    )
