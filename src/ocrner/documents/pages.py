"""What a document is to the pipeline: a page count and pages made one at a time."""

from __future__ import annotations

import io
from dataclasses import dataclass
from typing import ClassVar, Literal, Protocol

from PIL import Image

from ocrner.core.errors import TooManyPages
from ocrner.ocr.engine import Word
from ocrner.ocr.images import decode_image, open_image

PageSource = Literal["text_layer", "ocr", "image"]
"""How a page was read: from the PDF's text layer, by OCR of the page rendered from a PDF,
or by OCR of an image as uploaded (a TIFF frame, or the upload itself)."""

PDF_MAGIC = b"%PDF-"
PDF_MAGIC_WITHIN = 1024
"""A PDF's header may follow some junk; readers look for it in the first kilobyte."""
TIFF_MAGICS = (b"II*\x00", b"MM\x00*", b"II+\x00", b"MM\x00+")
IMAGE_MAGICS = (b"\x89PNG", b"\xff\xd8", b"GIF8", b"BM", b"RIFF", *TIFF_MAGICS)
"""How the image formats the OCR service takes begin: such a file is never taken for a PDF."""


@dataclass(frozen=True)
class DocumentLimits:
    """How large a document may be, and the resolution its PDF pages are read at."""

    dpi: int = 300
    max_pages: int = 200
    max_page_pixels: int = 40_000_000


@dataclass(frozen=True)
class Page:
    """One page, ready to read: either its words (text layer) or an image for OCR.

    ``width`` and ``height`` are the pixels its boxes use; ``None`` for an image
    passed on untouched, whose size only OCR learns.
    """

    number: int
    source: PageSource
    width: int | None
    height: int | None
    dpi: float | None
    words: tuple[Word, ...] | None = None
    image: bytes | None = None
    filename: str = "page.png"
    content_type: str = "image/png"


class Document(Protocol):
    """Pages numbered from 1; :meth:`page` may be called from several threads at once.

    :meth:`pixels` is page ``number`` as an image, upright, whatever :meth:`page` gives for
    it (a text layer, an embedded scan): a PDF page rendered in colour at ``PDF_DPI``, the
    pixels a text-layer page's boxes use; a TIFF frame or an image as decoded for OCR.
    """

    page_count: int
    renders: bool
    """Whether :meth:`page` and :meth:`close` do work worth a thread (render, decode, free a
    file); an image's only hand out the bytes it holds."""

    def page(self, number: int) -> Page: ...

    def pixels(self, number: int) -> Image.Image: ...

    def close(self) -> None: ...


def png_page(number: int, image: Image.Image, source: PageSource, dpi: float | None) -> Page:
    """``image`` as page ``number``, encoded as PNG for the OCR service (fast compression)."""
    buffer = io.BytesIO()
    image.save(buffer, format="PNG", compress_level=1)
    return Page(
        number=number,
        source=source,
        width=image.width,
        height=image.height,
        dpi=dpi,
        image=buffer.getvalue(),
        filename=f"page-{number}.png",
    )


@dataclass
class ImageDocument:
    """An image of one page, passed on to OCR byte for byte."""

    data: bytes
    filename: str
    content_type: str
    dpi: float | None = None
    max_pixels: int = DocumentLimits.max_page_pixels
    page_count: int = 1
    renders: ClassVar[bool] = False

    def page(self, number: int) -> Page:
        return Page(
            number=number,
            source="image",
            width=None,
            height=None,
            dpi=self.dpi,
            image=self.data,
            filename=self.filename,
            content_type=self.content_type,
        )

    def pixels(self, number: int) -> Image.Image:
        """The image decoded as the OCR service decodes it; refused over ``MAX_PAGE_PIXELS``."""
        return decode_image(self.data, max_pixels=self.max_pixels)

    def close(self) -> None:
        """Nothing to release."""


def check_page_count(count: int, limits: DocumentLimits) -> None:
    """Raise :class:`TooManyPages` when ``count`` is over ``limits.max_pages``."""
    if count > limits.max_pages:
        raise TooManyPages(
            f"The document has {count} pages, over the limit of {limits.max_pages} (MAX_PAGES)."
        )


def is_pdf(data: bytes) -> bool:
    """A PDF header at the start, or after a little junk that is not an image's own start."""
    if data.startswith(PDF_MAGIC):
        return True
    return PDF_MAGIC in data[:PDF_MAGIC_WITHIN] and not data.startswith(IMAGE_MAGICS)


def is_tiff(data: bytes) -> bool:
    return data[:4] in TIFF_MAGICS


def open_document(
    data: bytes,
    limits: DocumentLimits,
    *,
    filename: str = "image",
    content_type: str = "application/octet-stream",
    password: str | None = None,
) -> Document:
    """The upload as a document, recognised by its content.

    Raises :class:`~ocrner.core.errors.TooManyPages` over ``limits.max_pages``,
    :class:`~ocrner.core.errors.UnreadableDocument` for a broken PDF or TIFF and
    :class:`~ocrner.core.errors.EncryptedDocument` for a PDF that needs a password.
    Anything that is neither PDF nor TIFF is an image for the OCR service to judge.
    """
    if is_pdf(data):
        from ocrner.documents.pdf import PdfDocument

        return PdfDocument.open(data, limits, password)
    if is_tiff(data):
        from ocrner.documents.tiff import open_tiff

        return open_tiff(data, limits, filename, content_type)
    return ImageDocument(data, filename, content_type, max_pixels=limits.max_page_pixels)


def opens_at_once(data: bytes) -> bool:
    """Whether :func:`open_document` only wraps ``data`` (an image), with nothing to parse."""
    return not (is_pdf(data) or is_tiff(data))


def check_document(data: bytes, limits: DocumentLimits, *, password: str | None = None) -> None:
    """Refuse now, with the error reading it later would raise, an upload that cannot be read.

    For work that is queued (jobs): a PDF or TIFF is opened and closed, an image's
    header is read (format and pixel count), so a caller learns of a file in no
    supported format, a broken or encrypted document or one over the limits at
    once rather than from a failed job.
    """
    if is_pdf(data) or is_tiff(data):
        open_document(data, limits, password=password).close()
    else:
        open_image(data, max_pixels=limits.max_page_pixels)
