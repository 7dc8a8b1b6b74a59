"""Redaction: the entities of chosen labels burned out of a file's pixels, then checked.

A file is handled page by page, as images: an image is one page, a multi-page
TIFF one page per frame, a PDF one page per rendered page (with ``pypdfium2``
installed). For each page the pipeline finds the entities; every box of an
entity whose label was asked for is filled black, with a margin, in the pixels
themselves. The redacted file is written in the upload's format from those
pixels alone: no metadata is carried over, and a PDF comes back as pages that are
only images (no text layer).

Then the written file is read back and every page goes through the same OCR
backend again. A word of a redacted entity read there again, elsewhere on the page
(a name the model found once and missed, or gave another label, the next time), is
burned as well (:func:`other_mentions`), and the file written and read
again. The redaction is verified when none of the redacted words can be read any
more (:func:`find_leaks`); otherwise :class:`RedactionUnverified` (500
``redaction_unverified``) is raised and no file is returned.
"""

from __future__ import annotations

import asyncio
import io
import re
from collections import Counter
from dataclasses import dataclass
from functools import partial

from PIL import Image, ImageDraw, ImageSequence
from pydantic import BaseModel, Field

from ocrner.core.errors import (
    InvalidInput,
    NotAnImage,
    PayloadTooLarge,
    RedactionUnverified,
    UnreadableImage,
)
from ocrner.core.settings import OcrSettings
from ocrner.ocr.engine import Box, OcrResult, Word
from ocrner.ocr.images import decode_image
from ocrner.orchestrator.pipeline import Extraction, Pipeline, Upload

PERSONAL_LABELS = ("PERSON", "EMAIL", "PHONE", "IBAN", "ADDRESS")
"""What is redacted when no labels are named: the labels that identify a person."""

MAX_PAGE_PIXELS: int = OcrSettings.model_fields["ocr_max_pixels"].default
"""Largest page accepted, the OCR service's default limit."""

MAX_PAGES = 50
"""Most pages one file may have."""

PDF_RENDER_DPI = 200
"""Resolution PDF pages are rendered at, and the redacted PDF's pages are written at."""

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


@dataclass(frozen=True)
class Document:
    """A file as pages of pixels, and the format it came in."""

    format: FileFormat
    pages: list[Image.Image]
    dpi: float = 72.0


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


def read_document(data: bytes, *, strip: bool = True) -> Document:
    """The pages of an uploaded file: one for an image, every frame of a TIFF, a PDF's pages.

    With ``strip``, each page's pixels are copied into an image that carries nothing
    else of the file (no EXIF, ICC profile, XMP or TIFF tags a writer could pass on).
    """
    if data.startswith(b"%PDF-"):
        return _pdf_document(data)
    first = decode_image(data, max_pixels=MAX_PAGE_PIXELS)  # checks the format and size
    with Image.open(io.BytesIO(data)) as image:
        format_ = FORMATS[image.format or "PNG"]
        frames = getattr(image, "n_frames", 1) if format_.name == "TIFF" else 1
        if frames > MAX_PAGES:
            raise PayloadTooLarge(f"The file has {frames} pages, over the limit of {MAX_PAGES}.")
        pages = [first]
        try:
            for number, frame in enumerate(ImageSequence.Iterator(image)):
                if number == 0 or frames == 1:
                    continue
                if frame.width * frame.height > MAX_PAGE_PIXELS:
                    raise PayloadTooLarge(f"A page has more than {MAX_PAGE_PIXELS} pixels.")
                pages.append(frame.convert("L" if frame.mode in ("1", "L") else "RGB"))
        except (OSError, ValueError, EOFError) as error:
            raise UnreadableImage(
                f"Page {len(pages) + 1} of the TIFF cannot be read ({type(error).__name__})."
            ) from None
    for index, page in enumerate(pages if strip else []):  # one page held twice at a time
        pages[index] = _bare(page)
    return Document(format_, pages)


def _pdf_document(data: bytes) -> Document:
    """A PDF's pages rendered at :data:`PDF_RENDER_DPI` (needs ``pypdfium2``)."""
    try:
        import pypdfium2
    except ImportError:
        raise NotAnImage("PDF files cannot be redacted here: pypdfium2 is not installed.") from None
    try:
        pdf = pypdfium2.PdfDocument(data)
    except pypdfium2.PdfiumError as error:
        raise InvalidInput(f"The PDF cannot be read ({error}).") from None
    try:
        if len(pdf) > MAX_PAGES:
            raise PayloadTooLarge(f"The PDF has {len(pdf)} pages, over the limit of {MAX_PAGES}.")
        pages = []
        for page in pdf:
            width, height = page.get_size()
            scale = PDF_RENDER_DPI / 72
            if width * height * scale * scale > MAX_PAGE_PIXELS:
                raise PayloadTooLarge(f"A page has more than {MAX_PAGE_PIXELS} pixels.")
            pages.append(page.render(scale=scale).to_pil().convert("RGB"))
    finally:
        pdf.close()
    return Document(FORMATS["PDF"], pages, dpi=PDF_RENDER_DPI)


def _bare(page: Image.Image) -> Image.Image:
    """The page's pixels in a new image, with none of the source's metadata."""
    bare = Image.new(page.mode, page.size)
    bare.paste(page)
    return bare


def write_document(document: Document) -> bytes:
    """The pages in the document's format, from their pixels only.

    The pages can be saved again afterwards (see :func:`_forget_settings`).
    """
    buffer = io.BytesIO()
    first, *rest = document.pages
    name = document.format.name
    try:
        if name == "PDF":
            first.save(buffer, "PDF", save_all=True, append_images=rest, resolution=document.dpi)
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
        _forget_settings(document.pages)
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
    extraction: Extraction, labels: list[str], page: int, size: tuple[int, int]
) -> PagePlan:
    """The entities of ``labels`` on one page, their burned boxes, and the words kept."""
    chosen = [entity for entity in extraction.entities if entity.label in labels]
    kept_text = list(extraction.text)
    for entity in chosen:
        kept_text[entity.start : entity.end] = " " * (entity.end - entity.start)
    return PagePlan(
        page=page,
        size=size,
        redacted=[(entity.label, _tokens(entity.text)) for entity in chosen],
        kept=Counter(_tokens("".join(kept_text))),
        boxes=[
            RemovedBox(label=entity.label, page=page, box=burn_box(box, size))
            for entity in chosen
            for box in entity.boxes
        ],
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


def _png(page: Image.Image, name: str) -> Upload:
    buffer = io.BytesIO()
    try:
        page.save(buffer, "PNG", compress_level=1)
    finally:
        _forget_settings([page])
    return Upload(data=buffer.getvalue(), filename=name, content_type="image/png")


class Redactor:
    """Redacts files with a pipeline, and verifies the result with the pipeline's OCR.

    It holds a file's pages as pixels (a 40-megapixel page adds about 340 MiB at its
    peak), so it works on :data:`REDACTIONS_AT_ONCE` files at a time; others wait
    their turn within their deadline.
    """

    def __init__(self, pipeline: Pipeline) -> None:
        self.pipeline = pipeline
        self._one_at_a_time = asyncio.Semaphore(REDACTIONS_AT_ONCE)

    async def redact(
        self, upload: Upload, labels: list[str], language: str | None = None
    ) -> Redacted:
        """Burn, write, read again; burn the other mentions read; check nothing can be read.

        Raises :class:`RedactionUnverified` when a redacted word is still readable.
        """
        async with self._one_at_a_time:
            return await self._redact(upload, labels, language)

    async def _redact(self, upload: Upload, labels: list[str], language: str | None) -> Redacted:
        document = await asyncio.to_thread(read_document, upload.data)
        plans: list[PagePlan] = []
        pages = document.pages
        for number, page in enumerate(pages, start=1):
            extraction = await self.pipeline.extract(_png(page, f"page-{number}.png"), language)
            plan = plan_page(extraction, labels, number, page.size)
            plans.append(plan)
            burn(page, [removed.box for removed in plan.boxes])
        data, reads = await self._write_and_read(document, pages, language)

        mentions = [
            other_mentions(plan, read.words) for plan, read in zip(plans, reads, strict=True)
        ]
        if any(mentions):
            for plan, found in zip(plans, mentions, strict=True):
                plan.boxes.extend(found)
            for page, found in zip(pages, mentions, strict=True):
                burn(page, [removed.box for removed in found])
            data, reads = await self._write_and_read(document, pages, language)

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
        return Redacted(data=data, format=document.format, report=report)

    async def _write_and_read(
        self, document: Document, pages: list[Image.Image], language: str | None
    ) -> tuple[bytes, list[OcrResult]]:
        """The pages written in the document's format, and what OCR reads on the written file."""
        data = await asyncio.to_thread(
            write_document, Document(document.format, pages, document.dpi)
        )
        written = await asyncio.to_thread(partial(read_document, data, strip=False))
        if len(written.pages) != len(pages):
            raise RedactionUnverified("The redacted file does not have the pages it was given.")
        reads = [
            await self.pipeline.ocr.read(_png(page, f"redacted-{number}.png"), language)
            for number, page in enumerate(written.pages, start=1)
        ]
        return data, reads
