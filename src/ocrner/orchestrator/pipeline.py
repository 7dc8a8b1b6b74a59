"""The whole pipeline: image bytes in, entities with boxes out.

:class:`Pipeline` runs OCR, lays the words out as text, runs NER and maps each
entity back to boxes. It does not care where the engines are: in this process
(:class:`LocalOcr`, :class:`LocalNer`, used by ``ocrner extract``) or behind HTTP
(the clients in :mod:`ocrner.orchestrator.clients`, used by the orchestrator).
"""

from __future__ import annotations

import asyncio
import time
from dataclasses import dataclass
from typing import Protocol

from pydantic import BaseModel, Field

from ocrner.core.observability import record_stage
from ocrner.core.settings import NerSettings, OcrSettings
from ocrner.ner.engine import Entity, NerEngine, NerResult
from ocrner.ocr.engine import Box, OcrEngine, OcrResult
from ocrner.orchestrator.layout import boxes_for_span, lay_out


@dataclass(frozen=True)
class Upload:
    """An image as the user sent it; passed on to OCR byte for byte."""

    data: bytes
    filename: str = "image"
    content_type: str = "application/octet-stream"


class OcrBackend(Protocol):
    """Somewhere OCR happens."""

    async def read(self, upload: Upload, language: str | None) -> OcrResult: ...


class NerBackend(Protocol):
    """Somewhere NER happens."""

    async def find(self, text: str) -> NerResult: ...


class LocatedEntity(Entity):
    """An entity with one pixel box per text line it spans."""

    boxes: list[Box] = Field(description="One box [x0, y0, x1, y1] per line, in reading order.")


class Timings(BaseModel):
    """Milliseconds spent in each stage of one request."""

    ocr_ms: float
    ner_ms: float
    total_ms: float


class OcrSummary(BaseModel):
    """What the OCR stage used and how sure it was."""

    engine: str
    language: str
    model: str
    mean_confidence: float
    words: int


class Extraction(BaseModel):
    """The answer: the text as NER read it and the entities found in it."""

    text: str = Field(description="Text built from the OCR words; offsets index into it.")
    entities: list[LocatedEntity]
    width: int
    height: int
    ocr: OcrSummary
    ner_model: str
    timings: Timings


class Pipeline:
    """OCR, layout, NER and box mapping for one image."""

    def __init__(self, ocr: OcrBackend, ner: NerBackend) -> None:
        self.ocr = ocr
        self.ner = ner

    async def extract(self, upload: Upload, language: str | None = None) -> Extraction:
        started = time.perf_counter()
        ocr_result = await self.ocr.read(upload, language)
        ocr_done = time.perf_counter()
        record_stage("ocr", ocr_done - started)

        laid_out = lay_out(ocr_result.words)
        if laid_out.text.strip():
            ner_result = await self.ner.find(laid_out.text)
            entities, ner_model = ner_result.entities, ner_result.model
        else:
            entities, ner_model = [], ""
        ner_done = time.perf_counter()
        record_stage("ner", ner_done - ocr_done)

        located = [
            LocatedEntity(
                **entity.model_dump(),
                boxes=boxes_for_span(laid_out, ocr_result.words, entity.start, entity.end),
            )
            for entity in entities
        ]
        return Extraction(
            text=laid_out.text,
            entities=located,
            width=ocr_result.width,
            height=ocr_result.height,
            ocr=OcrSummary(
                engine=ocr_result.engine,
                language=ocr_result.language,
                model=ocr_result.model,
                mean_confidence=ocr_result.mean_confidence,
                words=len(ocr_result.words),
            ),
            ner_model=ner_model,
            timings=Timings(
                ocr_ms=round((ocr_done - started) * 1000, 1),
                ner_ms=round((ner_done - ocr_done) * 1000, 1),
                total_ms=round((time.perf_counter() - started) * 1000, 1),
            ),
        )


class LocalOcr:
    """OCR in this process, in a worker thread."""

    def __init__(self, engine: OcrEngine, settings: OcrSettings) -> None:
        self.engine = engine
        self.settings = settings

    async def read(self, upload: Upload, language: str | None) -> OcrResult:
        from ocrner.ocr.recognize import recognize_bytes

        return await asyncio.to_thread(
            recognize_bytes,
            self.engine,
            upload.data,
            language or self.settings.ocr_lang,
            self.settings.ocr_max_pixels,
        )


class LocalNer:
    """NER in this process, in a worker thread."""

    def __init__(self, engine: NerEngine, settings: NerSettings) -> None:
        self.engine = engine
        self.settings = settings

    async def find(self, text: str) -> NerResult:
        from ocrner.ner.extract import check_text, find_entities

        check_text(text, self.settings.ner_max_text_chars)
        return await asyncio.to_thread(find_entities, self.engine, text)


def local_pipeline(
    ocr_settings: OcrSettings | None = None, ner_settings: NerSettings | None = None
) -> Pipeline:
    """A pipeline with both engines loaded in this process (needs ``ocrner[ocr,ner]``)."""
    from ocrner.ner.extract import default_engine as default_ner_engine
    from ocrner.ocr.recognize import default_engine as default_ocr_engine

    ocr_settings = ocr_settings or OcrSettings()
    ner_settings = ner_settings or NerSettings()
    return Pipeline(
        LocalOcr(default_ocr_engine(ocr_settings), ocr_settings),
        LocalNer(default_ner_engine(ner_settings), ner_settings),
    )
