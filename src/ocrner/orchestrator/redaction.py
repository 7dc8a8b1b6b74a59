"""Redaction: the entities of chosen labels burned out of a file's pixels, then checked.

A file is opened as the pipeline opens it (:mod:`ocrner.documents`: an image, every
frame of a multi-page TIFF, every page of a PDF, with the same limits and errors)
and read by the pipeline, a PDF page with a text layer from that layer. Each page
is then taken as pixels (:meth:`~ocrner.documents.Document.pixels`: a PDF page
rendered at ``PDF_DPI``, the resolution its text-layer boxes use; an OCR'd page's
boxes are scaled to those pixels when it was read at another resolution) and every
box of an entity whose label was asked for is filled black, with a margin, in the
pixels themselves. The redacted file is written in the upload's format from those
pixels alone: no metadata is carried over, and a PDF comes back as pages that are
only images at ``PDF_DPI`` (no text layer, no password).

Then the written file is opened again and every page goes through the pipeline's OCR
backend. A word of a redacted entity read there again, elsewhere on the page
(a name the model found once and missed, or gave another label, the next time), is
burned as well (:func:`other_mentions`), and the file written and read
again. The redaction is verified when none of the redacted words can be read any
more (:func:`find_leaks`); otherwise :class:`RedactionUnverified` (500
``redaction_unverified``) is raised and no file is returned.
"""

from __future__ import annotations

import asyncio
import io
import math
import re
from collections import Counter
from dataclasses import dataclass

from PIL import Image, ImageDraw
from pydantic import BaseModel, Field

from ocrner.core.errors import InvalidInput, NotAnImage, RedactionUnverified
from ocrner.documents import Document
from ocrner.documents.pages import is_pdf
from ocrner.ocr.engine import Box, OcrResult, Word
from ocrner.orchestrator.pipeline import Extraction, PageInfo, Pipeline, Upload

PERSONAL_LABELS = ("PERSON", "EMAIL", "PHONE", "IBAN", "ADDRESS")
"""What is redacted when no labels are named: the labels that identify a person."""

REDACTIONS_AT_ONCE = 1
"""Files one process redacts at once (each holds its pages' pixels)."""

MARGIN_FRACTION = 0.2
MIN_MARGIN_PX = 2
"""Each burned box reaches this far past the entity's box: a fifth of its height, at least 2 px."""

MIN_TOKEN_CHARS = 2
"""Shorter words (after dropping punctuation) say too little to count as a leak."""

PARTIAL_TOKEN_CHARS = 3
"""A word read across a burned box's edge leaks when it is at least this long and part of a
redacted word."""

_LABEL = re.compile(r"^[A-Z][A-Z_]{0,31}$")


@dataclass(frozen=True)
class FileFormat:
    """A format a redacted file is written in."""

    name: str
    media_type: str
    extension: str


FORMATS = {
    format_.name: format_
    for format_ in (
        FileFormat("PNG", "image/png", "png"),
        FileFormat("JPEG", "image/jpeg", "jpg"),
        FileFormat("TIFF", "image/tiff", "tif"),
        FileFormat("BMP", "image/bmp", "bmp"),
        FileFormat("WEBP", "image/webp", "webp"),
        FileFormat("GIF", "image/gif", "gif"),
        FileFormat("PDF", "application/pdf", "pdf"),
    )
}


@dataclass
class Pages:
    """A file as pages of pixels, the format it is written in, and their resolution."""

    format: FileFormat
    images: list[Image.Image]
    dpi: float


class RemovedBox(BaseModel):
    """One rectangle burned out of a page."""

    label: str = Field(description="Label of the entity it covered.")
    page: int = Field(ge=1, description="Page number, from 1.")
    box: Box = Field(description="The burned rectangle [x0, y0, x1, y1], margin included.")
    mention: bool = Field(
        False,
        description="A word of a redacted entity written again elsewhere on the page, "
        "rather than the entity itself.",
    )


class Verification(BaseModel):
    """What reading the redacted file again found."""

    verified: bool = Field(description="No redacted word could be read on the redacted file.")
    engine: str = Field(description="The OCR engine that read it.")
    pages_read: int
    words_read: int = Field(description="Words the OCR read on the redacted pages.")
    words_checked: int = Field(description="Distinct redacted words looked for.")


class RedactionReport(BaseModel):
    """What was removed from a file, and how the result was checked."""

    labels: list[str] = Field(description="The labels that were redacted.")
    pages: int
    removed: list[RemovedBox]
    verification: Verification


@dataclass(frozen=True)
class Redacted:
    """A redacted file and its report."""

    data: bytes
    format: FileFormat
    report: RedactionReport


def parse_labels(value: str | None) -> list[str]:
    """Comma-separated labels, upper-cased; :data:`PERSONAL_LABELS` when none are given."""
    labels = [part.strip().upper() for part in (value or "").split(",") if part.strip()]
    bad = [label for label in labels if not _LABEL.match(label)]
    if bad:
        raise InvalidInput(f"Not a label: {', '.join(bad[:5])}. Labels are like PERSON,EMAIL.")
    return list(dict.fromkeys(labels)) or list(PERSONAL_LABELS)


def file_format(data: bytes) -> FileFormat:
    """The format of an upload the documents module opened: PDF, or the image's own."""
    if is_pdf(data):
        return FORMATS["PDF"]
    try:
        with Image.open(io.BytesIO(data)) as image:
            return FORMATS[image.format or "PNG"]
    except (OSError, KeyError):
        raise NotAnImage("The file is in no format a redacted copy can be written in.") from None


def read_pages(document: Document) -> list[Image.Image]:
    """Every page of ``document`` as pixels, each copied into an image that carries nothing
    else of the file (no EXIF, ICC profile, XMP or TIFF tags a writer could pass on)."""
    return [_bare(document.pixels(number)) for number in range(1, document.page_count + 1)]


def _bare(page: Image.Image) -> Image.Image:
    """The page's pixels in a new 8-bit greyscale or RGB image, with none of the source's
    metadata."""
    mode = "L" if page.mode in ("1", "L") else "RGB"
    bare = Image.new(mode, page.size)
    bare.paste(page if page.mode == mode else page.convert(mode))
    return bare


def write_pages(pages: Pages) -> bytes:
    """The pages in their format, from their pixels only (a PDF's at ``pages.dpi``).

    The pages can be saved again afterwards (see :func:`_forget_settings`).
    """
    buffer = io.BytesIO()
    first, *rest = pages.images
    name = pages.format.name
    try:
        if name == "PDF":
            first.save(buffer, "PDF", save_all=True, append_images=rest, resolution=pages.dpi)
        elif name == "TIFF":
            first.save(
                buffer, "TIFF", save_all=True, append_images=rest, compression="tiff_deflate"
            )
        elif name == "JPEG":
            first.save(buffer, "JPEG", quality=90)
        elif name == "WEBP":
            first.save(buffer, "WEBP", lossless=True)
        else:
            first.save(buffer, name)
    finally:
        _forget_settings(pages.images)
    return buffer.getvalue()


def _forget_settings(images: list[Image.Image]) -> None:
    """Drop what a save left on the images.

    Pillow keeps a save's settings on an image and merges them into its next save
    (a page appended to a TIFF after being written as a PNG then fails in the TIFF
    encoder), so every save here is followed by this.
    """
    for image in images:
        for leftover in ("encoderinfo", "encoderconfig"):
            image.__dict__.pop(leftover, None)


def burn_box(box: Box, size: tuple[int, int]) -> Box:
    """``box`` grown by the margin, clipped to the page."""
    x0, y0, x1, y1 = box
    margin = max(MIN_MARGIN_PX, round((y1 - y0) * MARGIN_FRACTION))
    width, height = size
    return (
        max(0, x0 - margin),
        max(0, y0 - margin),
        min(width, x1 + margin),
        min(height, y1 + margin),
    )


def burn(page: Image.Image, boxes: list[Box]) -> None:
    """Fill every box of ``page`` black, in place."""
    draw = ImageDraw.Draw(page)
    for x0, y0, x1, y1 in boxes:
        draw.rectangle((x0, y0, x1 - 1, y1 - 1), fill=0 if page.mode == "L" else (0, 0, 0))


def _norm(word: str) -> str:
    return "".join(char for char in word.casefold() if char.isalnum())


def _tokens(text: str) -> list[str]:
    return [token for token in map(_norm, text.split()) if len(token) >= MIN_TOKEN_CHARS]


def chased(token: str) -> bool:
    """Whether other mentions of this redacted word are burned too: 3+ characters, a letter."""
    return len(token) >= PARTIAL_TOKEN_CHARS and any(char.isalpha() for char in token)


@dataclass
class PagePlan:
    """What one page's redaction removes and what it leaves readable."""

    page: int
    size: tuple[int, int]
    redacted: list[tuple[str, list[str]]]
    """(label, words) of each redacted entity."""
    kept: Counter[str]
    """How often each word occurs on the page outside the redacted entities."""
    boxes: list[RemovedBox]
    """What is burned."""

    @property
    def chased_labels(self) -> dict[str, str]:
        """The redacted words whose every mention is burned, with their entity's label."""
        return {
            token: label for label, tokens in self.redacted for token in tokens if chased(token)
        }


def plan_page(
    extraction: Extraction, labels: list[str], page: PageInfo, size: tuple[int, int]
) -> PagePlan:
    """The entities of ``labels`` on one page, their burned boxes, and the words kept.

    ``size`` is the page's pixels; the entities' boxes, in the pixels the page was read
    at (``page.width`` x ``page.height``), are scaled to them.
    """
    chosen = [
        entity
        for entity in extraction.entities
        if entity.page == page.number and entity.label in labels
    ]
    kept_text = list(extraction.text[page.start : page.end])
    for entity in chosen:
        start, end = entity.start - page.start, entity.end - page.start
        kept_text[start:end] = " " * (end - start)
    scale = (size[0] / page.width, size[1] / page.height)
    return PagePlan(
        page=page.number,
        size=size,
        redacted=[(entity.label, _tokens(entity.text)) for entity in chosen],
        kept=Counter(_tokens("".join(kept_text))),
        boxes=[
            RemovedBox(
                label=entity.label, page=page.number, box=burn_box(_scaled(box, scale), size)
            )
            for entity in chosen
            for box in entity.boxes
        ],
    )


def _scaled(box: Box, scale: tuple[float, float]) -> Box:
    """``box`` in pixels ``scale`` times as many, grown to whole pixels."""
    if scale == (1.0, 1.0):
        return box
    x, y = scale
    return (
        math.floor(box[0] * x),
        math.floor(box[1] * y),
        math.ceil(box[2] * x),
        math.ceil(box[3] * y),
    )


def other_mentions(plan: PagePlan, reread: list[Word]) -> list[RemovedBox]:
    """Redacted words read again elsewhere on the burned page.

    The model may find a name once and miss it the next time it is written (a lone
    surname, a name in lower case), or take it there for part of something else (an
    organisation named after the person): those mentions are burned too.
    """
    labels = plan.chased_labels
    found = []
    for word in reread:
        label = labels.get(_norm(word.text))
        if label is None:
            continue
        if any(_overlap(word.box, removed.box) for removed in plan.boxes):
            continue  # read over a burned box: find_leaks judges it
        box = burn_box(word.box, plan.size)
        found.append(RemovedBox(label=label, page=plan.page, box=box, mention=True))
    return found


def find_leaks(plan: PagePlan, reread: list[Word]) -> list[str]:
    """Labels of the redacted words that can still be read on the redacted page.

    A redacted word of 3 or more characters with a letter leaks when it is read
    anywhere on the page; a shorter or all-digit one when it is read
    more often than the original had it outside the redacted entities. A word read
    over a burned box leaks when it is a piece (3 or more characters) of a redacted
    word and no word kept on the page. (What OCR makes of a black box itself, a short
    string of noise, is no leak unless it spells such a piece.)
    """
    read = Counter(_norm(word.text) for word in reread)
    leaks = [
        label
        for label, tokens in plan.redacted
        for token in tokens
        if read[token] > (0 if chased(token) else plan.kept[token])
    ]
    pieces = {part for _, parts in plan.redacted for part in parts}
    for word in reread:
        token = _norm(word.text)
        if len(token) < PARTIAL_TOKEN_CHARS or token in plan.kept:
            continue
        if not any(token in piece for piece in pieces):
            continue
        leaks.extend(removed.label for removed in plan.boxes if _overlap(word.box, removed.box))
    return leaks


def _overlap(a: Box, b: Box) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def png_bytes(page: Image.Image) -> bytes:
    """``page`` as PNG, quickly compressed; the page can be saved again afterwards."""
    buffer = io.BytesIO()
    try:
        page.save(buffer, "PNG", compress_level=1)
    finally:
        _forget_settings([page])
    return buffer.getvalue()


class Redactor:
    """Redacts files with a pipeline, and verifies the result with the pipeline's OCR.

    It holds a file's pages as pixels (a 40-megapixel page adds about 340 MiB at its
    peak; a US-letter PDF page at 300 dpi about 25 MiB), so it works on
    :data:`REDACTIONS_AT_ONCE` files at a time; others wait their turn within their deadline.
    """

    def __init__(self, pipeline: Pipeline) -> None:
        self.pipeline = pipeline
        self._one_at_a_time = asyncio.Semaphore(REDACTIONS_AT_ONCE)

    async def redact(
        self,
        upload: Upload,
        labels: list[str],
        language: str | None = None,
        password: str | None = None,
    ) -> Redacted:
        """Open the upload as the pipeline does, then :meth:`redact_document` it."""
        document = await self.pipeline.open(upload, password)
        try:
            return await self.redact_document(upload, document, labels, language)
        finally:
            await asyncio.to_thread(document.close)

    async def redact_document(
        self, upload: Upload, document: Document, labels: list[str], language: str | None = None
    ) -> Redacted:
        """Burn, write, read again; burn the other mentions read; check nothing can be read.

        ``document`` is ``upload`` opened by the pipeline. Raises
        :class:`RedactionUnverified` when a redacted word is still readable.
        """
        async with self._one_at_a_time:
            return await self._redact(upload, document, labels, language)

    async def _redact(
        self, upload: Upload, document: Document, labels: list[str], language: str | None
    ) -> Redacted:
        images = await asyncio.to_thread(read_pages, document)  # refuses bad pages before OCR
        pages = Pages(file_format(upload.data), images, self.pipeline.limits.dpi)
        extraction = await self.pipeline.read(document, language)
        plans = [
            plan_page(extraction, labels, info, image.size)
            for info, image in zip(extraction.pages, images, strict=True)
        ]
        for plan, image in zip(plans, images, strict=True):
            burn(image, [removed.box for removed in plan.boxes])
        data, reads = await self._write_and_read(pages, language)

        mentions = [
            other_mentions(plan, read.words) for plan, read in zip(plans, reads, strict=True)
        ]
        if any(mentions):
            for plan, image, found in zip(plans, images, mentions, strict=True):
                plan.boxes.extend(found)
                burn(image, [removed.box for removed in found])
            data, reads = await self._write_and_read(pages, language)

        leaks = sorted(
            {
                (plan.page, label)
                for plan, read in zip(plans, reads, strict=True)
                for label in find_leaks(plan, read.words)
            }
        )
        if leaks:
            where = ", ".join(f"{label} on page {page}" for page, label in leaks)
            raise RedactionUnverified(
                f"Redacted words can still be read after redaction ({where}); "
                "the redacted file is not returned."
            )
        report = RedactionReport(
            labels=labels,
            pages=len(plans),
            removed=[removed for plan in plans for removed in plan.boxes],
            verification=Verification(
                verified=True,
                engine=reads[0].engine if reads else "",
                pages_read=len(reads),
                words_read=sum(len(read.words) for read in reads),
                words_checked=len(
                    {token for plan in plans for _, tokens in plan.redacted for token in tokens}
                ),
            ),
        )
        return Redacted(data=data, format=pages.format, report=report)

    async def _write_and_read(
        self, pages: Pages, language: str | None
    ) -> tuple[bytes, list[OcrResult]]:
        """The pages written in their format, and what OCR reads on the written file."""
        data = await asyncio.to_thread(write_pages, pages)
        written = await self.pipeline.open(Upload(data))
        try:
            if written.page_count != len(pages.images):
                raise RedactionUnverified("The redacted file does not have the pages it was given.")
            reads = []
            for number in range(1, written.page_count + 1):
                image = await asyncio.to_thread(written.pixels, number)
                upload = Upload(png_bytes(image), f"redacted-{number}.png", "image/png")
                reads.append(await self.pipeline.ocr.read(upload, language))
        finally:
            await asyncio.to_thread(written.close)
        return data, reads
