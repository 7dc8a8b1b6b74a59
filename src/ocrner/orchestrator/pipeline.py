"""The whole pipeline: image or document bytes in, entities with boxes out.

:class:`Pipeline` opens the upload as a document (:mod:`ocrner.documents`: an
image, a PDF or a multi-page TIFF) and, for each page, gets its words (from the
PDF's text layer, or by OCR of the page's image), lays them out as text, runs NER
on that page's text and maps each entity back to boxes on its page. Pages are
worked on concurrently, at most ``pages_in_flight`` at a time, each OCR'd by its
own OCR request, so that every OCR worker (and replica) reads one document at
once; a page is rendered only when it is its turn, so memory is bounded by the
pages in flight, not by the document's length.

NER runs per page, as soon as the page's words are in (measured against one call
on the whole text in docs/performance.md): it overlaps with the other pages' OCR,
and no text grows with the document. Entities never cross pages.

The answer's ``text`` is the pages' texts in order, joined by
:data:`PAGE_SEPARATOR` (a form feed on a line of its own); ``start``/``end``
index into it, and each page says where its text starts and ends.

It does not care where the engines are: in this process (:class:`LocalOcr`,
:class:`LocalNer`, used by ``ocrner extract``) or behind HTTP (the clients in
:mod:`ocrner.orchestrator.clients`, used by the orchestrator).
"""

from __future__ import annotations

import asyncio
import functools
import time
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol

from pydantic import BaseModel, Field

from ocrner.core.deadlines import remaining_seconds
from ocrner.core.errors import DeadlineExceeded, UpstreamRejected
from ocrner.core.observability import record_stage
from ocrner.core.settings import NerSettings, OcrSettings, OrchestratorSettings
from ocrner.core.workers import EnginePool
from ocrner.documents import (
    Document,
    DocumentLimits,
    Page,
    PageSource,
    open_document,
    opens_at_once,
)
from ocrner.ner.engine import Entity, NerEngine, NerResult
from ocrner.ocr.engine import Box, OcrEngine, OcrResult
from ocrner.orchestrator.layout import boxes_for_span, lay_out

PAGE_SEPARATOR = "\n\f\n"
"""Between the texts of two pages in the answer's ``text``: a form feed on a line of its own."""


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
    """An entity on one page, with one pixel box per text line it spans."""

    page: int = Field(ge=1, description="The page it is on, from 1; its boxes are that page's.")
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

    @classmethod
    def of(cls, result: OcrResult) -> OcrSummary:
        return cls(
            engine=result.engine,
            language=result.language,
            model=result.model,
            mean_confidence=result.mean_confidence,
            words=len(result.words),
        )

    @classmethod
    def combined(cls, summaries: list[OcrSummary]) -> OcrSummary | None:
        """Several pages' summaries as one: the first's engine, the word-weighted confidence."""
        if not summaries:
            return None
        words = sum(summary.words for summary in summaries)
        confidence = (
            sum(summary.mean_confidence * summary.words for summary in summaries) / words
            if words
            else 0.0
        )
        first = summaries[0]
        return cls(
            engine=first.engine,
            language=first.language,
            model=first.model,
            mean_confidence=round(confidence, 2),
            words=words,
        )


class PageInfo(BaseModel):
    """One page of the answer: its size in the pixels its boxes use, and how it was read."""

    number: int = Field(ge=1, description="Page number, from 1.")
    width: int = Field(description="Width in pixels (the boxes' coordinates).")
    height: int = Field(description="Height in pixels.")
    dpi: float | None = Field(
        description="Resolution of those pixels: PDF_DPI for a PDF page, the TIFF's or "
        "image's own when it says; null when unknown."
    )
    read: PageSource = Field(
        description="text_layer: words from the PDF's text layer, no OCR; ocr: the PDF page "
        "rendered at dpi and read by OCR; image: an image (or TIFF frame) read by OCR."
    )
    start: int = Field(description="Where the page's text starts in the answer's text.")
    end: int = Field(description="Where it ends (exclusive).")
    words: int = Field(description="Words on the page.")
    ocr: OcrSummary | None = Field(description="The OCR engine that read it; null: text layer.")


class Extraction(BaseModel):
    """The answer: the text as NER read it and the entities found in it."""

    text: str = Field(
        description="Text built from the pages' words, the pages joined by a form feed on a "
        "line of its own; offsets index into it."
    )
    entities: list[LocatedEntity]
    width: int = Field(description="Width in pixels of the (first) page.")
    height: int = Field(description="Height in pixels of the (first) page.")
    pages: list[PageInfo]
    ocr: OcrSummary | None = Field(
        description="OCR over all pages read by OCR; null when every page had a text layer."
    )
    ner_model: str
    timings: Timings = Field(
        description="ocr_ms and ner_ms are summed over pages, which overlap; total_ms is the "
        "whole request."
    )


@dataclass(frozen=True)
class PageRead:
    """What one page gave: its text, entities (offsets into that text) and times.

    Not its image nor its words: those go once the page is read, so that a long
    document holds only the pages in flight.
    """

    number: int
    source: PageSource
    dpi: float | None
    width: int
    height: int
    words: int
    text: str
    entities: list[LocatedEntity]
    ocr: OcrSummary | None
    ner_model: str
    read_seconds: float
    ner_seconds: float


class PageMemory(Protocol):
    """Pages of one document read before (by a job, maybe in another process), and the
    place each newly read page is kept."""

    async def recall(self, number: int) -> PageRead | None: ...

    async def keep(self, read: PageRead) -> None: ...


async def close(document: Document) -> None:
    """Close ``document``: in a thread when that frees a parsed file, at once for an image."""
    if document.renders:
        await asyncio.to_thread(document.close)
    else:
        document.close()


class Pipeline:
    """Pages, OCR, layout, NER and box mapping for one image or document."""

    def __init__(
        self,
        ocr: OcrBackend,
        ner: NerBackend,
        limits: DocumentLimits | None = None,
        pages_in_flight: int = 4,
    ) -> None:
        self.ocr = ocr
        self.ner = ner
        self.limits = limits or DocumentLimits()
        self.pages_in_flight = pages_in_flight

    async def open(self, upload: Upload, password: str | None = None) -> Document:
        """The upload as a document of pages; refuses broken, encrypted or oversized ones.
        A PDF or TIFF is parsed in a thread; an image is only wrapped, here."""
        opening = functools.partial(
            open_document,
            upload.data,
            self.limits,
            filename=upload.filename,
            content_type=upload.content_type,
            password=password,
        )
        return opening() if opens_at_once(upload.data) else await asyncio.to_thread(opening)

    async def extract(
        self, upload: Upload, language: str | None = None, password: str | None = None
    ) -> Extraction:
        document = await self.open(upload, password)
        try:
            return await self.read(document, language)
        finally:
            await close(document)

    async def read(
        self, document: Document, language: str | None = None, memory: PageMemory | None = None
    ) -> Extraction:
        """Read every page of ``document``, at most ``pages_in_flight`` at once.

        With ``memory`` (a job's, :mod:`ocrner.jobs`), pages it recalls are not read
        again, and each page read is handed to it as soon as it is read.
        """
        started = time.perf_counter()
        turns = asyncio.Semaphore(self.pages_in_flight)

        async def one(number: int) -> PageRead:
            if memory is not None and (known := await memory.recall(number)) is not None:
                return known
            async with turns:
                read = await self._read_page(document, number, language)
            if memory is not None:
                await memory.keep(read)
            return read

        tasks = [asyncio.create_task(one(number)) for number in range(1, document.page_count + 1)]
        try:
            pages = await asyncio.gather(*tasks)
        finally:
            for task in tasks:
                task.cancel()
            await asyncio.gather(*tasks, return_exceptions=True)
        return self._assemble(pages, started)

    async def _read_page(self, document: Document, number: int, language: str | None) -> PageRead:
        started = time.perf_counter()
        page = await self._prepare(document, number)
        summary = None
        if page.words is not None and page.width is not None and page.height is not None:
            words, width, height = list(page.words), page.width, page.height
        else:
            assert page.image is not None
            try:
                result = await self.ocr.read(
                    Upload(page.image, page.filename, page.content_type), language
                )
            except UpstreamRejected as error:
                if document.page_count == 1:
                    raise
                raise UpstreamRejected(
                    error.upstream,
                    error.status,
                    error.code,
                    error.title,
                    f"Page {number}: {error.message}",
                ) from None
            words, width, height = result.words, result.width, result.height
            summary = OcrSummary.of(result)
        read_done = time.perf_counter()

        laid_out = lay_out(words)
        if laid_out.text.strip():
            ner_result = await self.ner.find(laid_out.text)
            entities, ner_model = ner_result.entities, ner_result.model
        else:
            entities, ner_model = [], ""
        located = [
            LocatedEntity(
                **entity.model_dump(),
                page=number,
                boxes=[
                    _inside(box, width, height)
                    for box in boxes_for_span(laid_out, words, entity.start, entity.end)
                ],
            )
            for entity in entities
        ]
        return PageRead(
            number=number,
            source=page.source,
            dpi=page.dpi,
            width=width,
            height=height,
            words=len(words),
            text=laid_out.text,
            entities=located,
            ocr=summary,
            ner_model=ner_model,
            read_seconds=read_done - started,
            ner_seconds=time.perf_counter() - read_done,
        )

    @staticmethod
    async def _prepare(document: Document, number: int) -> Page:
        """Page ``number`` made in a thread (when the document renders its pages), within
        what is left of the request's deadline."""
        remaining = remaining_seconds()
        if remaining is not None and remaining <= 0:
            raise DeadlineExceeded(f"The request ran out of time before page {number}.")
        if not document.renders:
            return document.page(number)
        try:
            return await asyncio.wait_for(asyncio.to_thread(document.page, number), remaining)
        except TimeoutError:
            raise DeadlineExceeded(
                f"The request ran out of time while page {number} was being rendered."
            ) from None

    @staticmethod
    def _assemble(pages: list[PageRead], started: float) -> Extraction:
        texts: list[str] = []
        infos: list[PageInfo] = []
        entities: list[LocatedEntity] = []
        offset = 0
        for read in pages:
            if texts:
                texts.append(PAGE_SEPARATOR)
                offset += len(PAGE_SEPARATOR)
            texts.append(read.text)
            infos.append(
                PageInfo(
                    number=read.number,
                    width=read.width,
                    height=read.height,
                    dpi=read.dpi,
                    read=read.source,
                    start=offset,
                    end=offset + len(read.text),
                    words=read.words,
                    ocr=read.ocr,
                )
            )
            entities.extend(
                entity.model_copy(
                    update={"start": entity.start + offset, "end": entity.end + offset}
                )
                for entity in read.entities
            )
            offset += len(read.text)
        read_seconds = sum(read.read_seconds for read in pages)
        ner_seconds = sum(read.ner_seconds for read in pages)
        record_stage("ocr", read_seconds)
        record_stage("ner", ner_seconds)
        summaries = [read.ocr for read in pages if read.ocr is not None]
        return Extraction(
            text="".join(texts),
            entities=entities,
            width=pages[0].width,
            height=pages[0].height,
            pages=infos,
            ocr=summaries[0] if len(summaries) == 1 else OcrSummary.combined(summaries),
            ner_model=next((read.ner_model for read in pages if read.ner_model), ""),
            timings=Timings(
                ocr_ms=round(read_seconds * 1000, 1),
                ner_ms=round(ner_seconds * 1000, 1),
                total_ms=round((time.perf_counter() - started) * 1000, 1),
            ),
        )


def _inside(box: Box, width: int, height: int) -> Box:
    """``box`` clipped to the page, at least one pixel wide and high."""
    x0 = min(max(0, box[0]), width - 1)
    y0 = min(max(0, box[1]), height - 1)
    return (x0, y0, min(max(box[2], x0 + 1), width), min(max(box[3], y0 + 1), height))


class LocalOcr:
    """OCR in this process, in worker threads: a page per engine, and a large page on
    every idle engine at once (:mod:`ocrner.ocr.split`)."""

    def __init__(
        self, engine: OcrEngine, settings: OcrSettings, helpers: Sequence[OcrEngine] = ()
    ) -> None:
        self.engines: EnginePool[OcrEngine] = EnginePool([engine, *helpers])
        self.settings = settings

    async def read(self, upload: Upload, language: str | None) -> OcrResult:
        from ocrner.ocr.recognize import read_on_pool

        return await read_on_pool(
            self.engines, upload.data, language or self.settings.ocr_lang, self.settings
        )


class LocalNer:
    """NER in this process, in a worker thread; one text at a time (one engine)."""

    def __init__(self, engine: NerEngine, settings: NerSettings) -> None:
        self.engine = engine
        self.settings = settings
        self._turn = asyncio.Lock()

    async def find(self, text: str) -> NerResult:
        from ocrner.ner.extract import check_text, find_entities

        check_text(text, self.settings.ner_max_text_chars)
        async with self._turn:
            return await asyncio.to_thread(find_entities, self.engine, text)


def document_limits(settings: OrchestratorSettings) -> DocumentLimits:
    """PDF_DPI, MAX_PAGES and MAX_PAGE_PIXELS as the documents module takes them."""
    return DocumentLimits(
        dpi=settings.pdf_dpi,
        max_pages=settings.max_pages,
        max_page_pixels=settings.max_page_pixels,
    )


def local_pipeline(
    ocr_settings: OcrSettings | None = None,
    ner_settings: NerSettings | None = None,
    settings: OrchestratorSettings | None = None,
) -> Pipeline:
    """A pipeline with both engines loaded in this process (needs ``ocrner[ocr,ner]``).

    ``settings`` gives the document limits (PDF_DPI, MAX_PAGES, ...), as in the orchestrator.
    """
    from ocrner.ner.extract import default_engine as default_ner_engine
    from ocrner.ocr.recognize import default_engine as default_ocr_engine

    ocr_settings = ocr_settings or OcrSettings()
    ner_settings = ner_settings or NerSettings()
    settings = settings or OrchestratorSettings()
    # More engines than one only pay off on pages that are read in bands.
    ocr_engines = ocr_settings.ocr_workers if ocr_settings.ocr_split_min_pixels else 1
    engine, *helpers = [default_ocr_engine(ocr_settings) for _ in range(ocr_engines)]
    return Pipeline(
        LocalOcr(engine, ocr_settings, helpers),
        LocalNer(default_ner_engine(ner_settings), ner_settings),
        document_limits(settings),
        settings.pages_in_flight,
    )
