"""PDF pages through PDFium (``pypdfium2``): words from the text layer, or an image for OCR.

A page whose text layer holds text is read from it: PDFium gives every character
and its box in PDF points; characters are joined into words at spaces and into
lines at the line breaks PDFium reports (a hyphen it reports at a line end stays
a hyphen and a line break, as OCR would see it), and the boxes are turned into
the page's pixels at ``PDF_DPI`` (the page's crop box and rotation applied), the
same pixels a rendering of the page at that resolution would have.

A page without text, or a scan whose text layer holds only a stamp (fewer than
:data:`STAMP_CHARS` characters), is read by OCR: when the page is nothing but one
upright JPEG covering it (what scanners and image-to-PDF tools write), that JPEG
is sent untouched, as an uploaded image would be (:func:`embedded_scan`); any
other page is rendered in greyscale and encoded as PNG, at ``PDF_DPI`` or at the
resolution of the scan it holds when that is lower (:func:`scan_dpi`): pixels
beyond the scan's own add nothing for OCR but time. An image of more pixels than
``MAX_PAGE_PIXELS`` is refused before PDFium decodes it.

:meth:`PdfDocument.pixels` renders any page in colour at ``PDF_DPI``, text layer or
not: the pixels its text-layer boxes use (redaction burns those pixels).

PDFium is not thread-safe: every call into it, for any document, holds one lock.
"""

from __future__ import annotations

import math
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import ClassVar

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c
from PIL import Image

from ocrner.core.errors import (
    EncryptedDocument,
    PageTooLarge,
    UnreadableDocument,
)
from ocrner.documents.pages import DocumentLimits, Page, check_page_count, png_page
from ocrner.ocr.engine import Box, Word

PDFIUM_LOCK = threading.Lock()
"""Held around every call into PDFium."""

POINTS_PER_INCH = 72.0
EOF_MARKER = b"%%EOF"
EOF_WITHIN = 4096
"""A complete PDF ends with %%EOF; some writers append a little after it."""

LIGATURES = {
    "\ufb00": "ff",
    "\ufb01": "fi",
    "\ufb02": "fl",
    "\ufb03": "ffi",
    "\ufb04": "ffl",
    "\ufb05": "st",
    "\ufb06": "st",
}
LINE_END_HYPHENS = (0x02, 0xFFFE)
"""What PDFium reports for a hyphen at the end of a line (it then runs the two lines
together): read as the hyphen it is and a line break, as OCR would see them, so that
the layout rejoins the divided word as it does for OCR words."""
SOFT_HYPHEN = 0xAD
"""Invisible inside a line: dropped."""
LINE_BREAKS = "\r\n"
PARAGRAPH_GAP_RATIO = 0.75
"""A gap between two lines wider than this many line heights starts a new paragraph."""
SCAN_COVERS = 0.5
"""An image covering at least this share of a page is taken for the page's scan."""
STAMP_CHARS = 40
"""A scanned page whose text layer has fewer characters than this (a stamp, a page
number, a Bates number over the scan) is read by OCR, stamp and all, not from its text."""
LOWEST_DPI = 72
EDGE_POINTS = 1.0
"""How far an embedded scan's edges may be from the page's and still count as covering it."""
PLAIN_COLOURS = frozenset(
    {
        pdfium_c.FPDF_COLORSPACE_DEVICEGRAY,
        pdfium_c.FPDF_COLORSPACE_DEVICERGB,
        pdfium_c.FPDF_COLORSPACE_CALGRAY,
        pdfium_c.FPDF_COLORSPACE_CALRGB,
        pdfium_c.FPDF_COLORSPACE_ICCBASED,
    }
)
"""Colour spaces whose JPEGs any decoder shows as the PDF does (not CMYK, not indexed)."""


@dataclass(frozen=True)
class PageGeometry:
    """How a page's points (PDF user space) map to its pixels at a resolution."""

    left: float
    bottom: float
    right: float
    top: float
    rotation: int
    scale: float
    width_px: int
    height_px: int

    def to_pixels(self, x: float, y: float) -> tuple[float, float]:
        """The pixel position of the point ``(x, y)``, as the page is displayed (rotated)."""
        s = self.scale
        if self.rotation == 90:
            return (y - self.bottom) * s, (x - self.left) * s
        if self.rotation == 180:
            return (self.right - x) * s, (y - self.bottom) * s
        if self.rotation == 270:
            return (self.top - y) * s, (self.right - x) * s
        return (x - self.left) * s, (self.top - y) * s

    def box(self, left: float, bottom: float, right: float, top: float) -> Box | None:
        """A box in points as a pixel box clipped to the page, or None when off the page."""
        corners = [self.to_pixels(left, bottom), self.to_pixels(right, top)]
        x0 = max(0, math.floor(min(x for x, _ in corners)))
        y0 = max(0, math.floor(min(y for _, y in corners)))
        x1 = min(self.width_px, math.ceil(max(x for x, _ in corners)))
        y1 = min(self.height_px, math.ceil(max(y for _, y in corners)))
        if x0 >= self.width_px or y0 >= self.height_px or x1 <= 0 or y1 <= 0:
            return None
        return (x0, y0, max(x1, x0 + 1), max(y1, y0 + 1))


@dataclass
class _Line:
    words: list[tuple[str, tuple[float, float, float, float]]] = field(default_factory=list)


def _union_points(
    a: tuple[float, float, float, float] | None, b: tuple[float, float, float, float]
) -> tuple[float, float, float, float]:
    if a is None:
        return b
    return (min(a[0], b[0]), min(a[1], b[1]), max(a[2], b[2]), max(a[3], b[3]))


def _text_lines(textpage: pdfium.PdfTextPage) -> list[_Line]:
    """The page's characters as lines of words, each word with its box in points."""
    lines = [_Line()]
    chars: list[str] = []
    box: tuple[float, float, float, float] | None = None

    def end_word() -> None:
        nonlocal chars, box
        if chars and box is not None:
            lines[-1].words.append(("".join(chars), box))
        chars, box = [], None

    for index in range(textpage.count_chars()):
        code = pdfium_c.FPDFText_GetUnicode(textpage, index)
        if code == SOFT_HYPHEN:
            continue
        if code in LINE_END_HYPHENS:
            if chars:
                chars.append("-")
            end_word()
            lines.append(_Line())
            continue
        char = chr(code) if 0 < code < 0x110000 else ""
        if char in LINE_BREAKS and char:
            end_word()
            if lines[-1].words:
                lines.append(_Line())
        elif not char or char.isspace() or not char.isprintable():
            end_word()
        else:
            left, bottom, right, top = textpage.get_charbox(index)
            chars.append(LIGATURES.get(char, char))
            if right > left or top > bottom:
                box = _union_points(box, (left, bottom, right, top))
    end_word()
    return [line for line in lines if line.words]


def text_layer_words(textpage: pdfium.PdfTextPage, geometry: PageGeometry) -> list[Word]:
    """The words of a page's text layer, in pixel boxes, grouped into lines and paragraphs."""
    words: list[Word] = []
    paragraph, line_number = -1, 0
    previous: Box | None = None
    for line in _text_lines(textpage):
        placed = [(text, geometry.box(*box)) for text, box in line.words]
        boxes = [box for _, box in placed if box is not None]
        if not boxes:
            continue
        line_box = (
            min(b[0] for b in boxes),
            min(b[1] for b in boxes),
            max(b[2] for b in boxes),
            max(b[3] for b in boxes),
        )
        if previous is None or _starts_paragraph(previous, line_box):
            paragraph, line_number = paragraph + 1, 0
        else:
            line_number += 1
        previous = line_box
        words.extend(
            Word(
                text=text,
                box=box,
                confidence=100.0,
                block=0,
                paragraph=paragraph,
                line=line_number,
            )
            for text, box in placed
            if box is not None
        )
    return words


def _starts_paragraph(previous: Box, line: Box) -> bool:
    """A line above the previous one (a new column) or well below it starts a paragraph."""
    height = max(previous[3] - previous[1], line[3] - line[1])
    if line[1] < previous[1]:
        return True
    return line[1] - previous[3] > PARAGRAPH_GAP_RATIO * height


@dataclass
class PdfDocument:
    """An open PDF; its pages are read or rendered one at a time, under :data:`PDFIUM_LOCK`."""

    pdf: pdfium.PdfDocument
    page_count: int
    renders: ClassVar[bool] = True
    limits: DocumentLimits
    _closed: bool = False

    @classmethod
    def open(cls, data: bytes, limits: DocumentLimits, password: str | None) -> PdfDocument:
        """Open ``data``; refuse broken, truncated, encrypted and oversized PDFs at once."""
        if EOF_MARKER not in data[-EOF_WITHIN:]:
            raise UnreadableDocument("The PDF is truncated: it does not end with %%EOF.")
        with PDFIUM_LOCK:
            try:
                pdf = pdfium.PdfDocument(data, password=password)
            except pdfium.PdfiumError as error:
                raise _load_error(error, password) from None
            try:
                count = len(pdf)
                if count == 0:
                    raise UnreadableDocument("The PDF has no pages.")
                check_page_count(count, limits)
                for index in range(count):
                    _check_size(pdf, index, limits)
            except BaseException:
                pdf.close()
                raise
        return cls(pdf, count, limits)

    @contextmanager
    def _page(self, number: int) -> Iterator[pdfium.PdfPage]:
        """Page ``number`` (1-based), open under :data:`PDFIUM_LOCK`."""
        with PDFIUM_LOCK:
            if self._closed:
                raise UnreadableDocument("The document was closed.")
            try:
                page = self.pdf[number - 1]
                try:
                    yield page
                finally:
                    page.close()
            except pdfium.PdfiumError:
                raise UnreadableDocument(f"Page {number} of the PDF cannot be read.") from None

    def page(self, number: int) -> Page:
        """Page ``number`` (1-based): its text layer's words, or an image of it for OCR."""
        with self._page(number) as page:
            made = self._make(page, number)
        if isinstance(made, Page):
            return made
        image, dpi = made  # rendered under the lock, encoded outside it
        return png_page(number, image, "ocr", dpi)

    def pixels(self, number: int) -> Image.Image:
        """Page ``number`` rendered in colour at ``PDF_DPI``, text layer or not: the pixels
        its text-layer words' boxes use. An image on it over ``MAX_PAGE_PIXELS`` is refused
        first, as :meth:`page` refuses it."""
        with self._page(number) as page:
            scan_dpi(page, number, self.limits)
            bitmap = page.render(scale=self.limits.dpi / POINTS_PER_INCH)
            try:
                return bitmap.to_pil().convert("RGB")
            finally:
                bitmap.close()

    def _make(self, page: pdfium.PdfPage, number: int) -> Page | tuple[Image.Image, float]:
        """The text layer's words, the page's own JPEG scan, or a rendering (to encode)."""
        geometry = _geometry(page, self.limits.dpi)
        textpage = page.get_textpage()
        try:
            characters = sum(not char.isspace() for char in textpage.get_text_range())
            from_text = characters >= STAMP_CHARS or (characters > 0 and not _has_scan(page))
            words = text_layer_words(textpage, geometry) if from_text else None
        finally:
            textpage.close()
        if words is not None:
            return Page(
                number=number,
                source="text_layer",
                width=geometry.width_px,
                height=geometry.height_px,
                dpi=self.limits.dpi,
                words=tuple(words),
            )
        dpi = scan_dpi(page, number, self.limits)
        scan = embedded_scan(page, geometry, self.limits.dpi)
        if scan is not None:
            data, width, height, resolution = scan
            return Page(
                number=number,
                source="ocr",
                width=width,
                height=height,
                dpi=resolution,
                image=data,
                filename=f"page-{number}.jpg",
                content_type="image/jpeg",
            )
        bitmap = page.render(scale=dpi / POINTS_PER_INCH, grayscale=True)
        try:
            return bitmap.to_pil().copy(), dpi
        finally:
            bitmap.close()

    def close(self) -> None:
        with PDFIUM_LOCK:
            if not self._closed:
                self._closed = True
                self.pdf.close()


def embedded_scan(
    page: pdfium.PdfPage, geometry: PageGeometry, max_dpi: float
) -> tuple[bytes, int, int, float] | None:
    """The page's JPEG, its pixel size and resolution, if the page is only that JPEG, upright,
    edge to edge, at no more than ``max_dpi``."""
    if geometry.rotation:
        return None
    objects = list(page.get_objects(max_depth=0))
    if len(objects) != 1 or objects[0].type != pdfium_c.FPDF_PAGEOBJ_IMAGE:
        return None
    (image,) = objects
    left, bottom, right, top = image.get_bounds()
    edges = (
        left - geometry.left,
        bottom - geometry.bottom,
        right - geometry.right,
        top - geometry.top,
    )
    if any(abs(edge) > EDGE_POINTS for edge in edges):
        return None
    a, b, c, d, _, _ = image.get_matrix().get()
    if b or c or a <= 0 or d <= 0 or image.get_filters() != ["DCTDecode"]:
        return None
    metadata = image.get_metadata()
    if metadata.colorspace not in PLAIN_COLOURS or metadata.bits_per_pixel not in (8, 24):
        return None
    width, height = image.get_px_size()
    resolution = round(width * POINTS_PER_INCH / (geometry.right - geometry.left), 2)
    if resolution > max_dpi + 0.5:
        return None  # finer than PDF_DPI: rendered down instead
    return bytes(image.get_data(decode_simple=False)), width, height, resolution


def _images(page: pdfium.PdfPage) -> Iterator[pdfium.PdfImage]:
    return page.get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_IMAGE], max_depth=3)


def _covers(image: pdfium.PdfImage, page_area: float) -> float | None:
    """The area ``image`` covers, when it is the page's scan (most of the page)."""
    left, bottom, right, top = image.get_bounds()
    area = (right - left) * (top - bottom)
    return area if page_area > 0 and area >= SCAN_COVERS * page_area else None


def _has_scan(page: pdfium.PdfPage) -> bool:
    width, height = page.get_size()
    return any(_covers(image, width * height) for image in _images(page))


def scan_dpi(page: pdfium.PdfPage, number: int, limits: DocumentLimits) -> float:
    """PDF_DPI, or the resolution of the image covering most of the page when that is lower.

    Raises :class:`PageTooLarge` when the page holds an image of more pixels than
    MAX_PAGE_PIXELS, before PDFium decodes it.
    """
    width, height = page.get_size()
    page_area = width * height
    best: tuple[float, float] | None = None  # (area covered, its resolution)
    for obj in _images(page):
        try:
            pixels_wide, pixels_high = obj.get_px_size()
        except pdfium.PdfiumError:
            continue
        if pixels_wide * pixels_high > limits.max_page_pixels:
            raise PageTooLarge(
                f"Page {number} holds an image of {pixels_wide} x {pixels_high} pixels, over "
                f"the limit of {limits.max_page_pixels} pixels (MAX_PAGE_PIXELS)."
            )
        area = _covers(obj, page_area)
        if area is None:
            continue
        resolution = math.sqrt(pixels_wide * pixels_high / area) * POINTS_PER_INCH
        if best is None or area > best[0]:
            best = (area, resolution)
    if best is None:
        return limits.dpi
    return round(max(LOWEST_DPI, min(limits.dpi, best[1])), 2)


def _geometry(page: pdfium.PdfPage, dpi: int) -> PageGeometry:
    left, bottom, right, top = page.get_bbox()
    scale = dpi / POINTS_PER_INCH
    return PageGeometry(  # the size PdfPage.render gives its bitmap
        left,
        bottom,
        right,
        top,
        page.get_rotation() % 360,
        scale,
        width_px=max(1, math.ceil(page.get_width() * scale)),
        height_px=max(1, math.ceil(page.get_height() * scale)),
    )


def _check_size(pdf: pdfium.PdfDocument, index: int, limits: DocumentLimits) -> None:
    size = pdfium_c.FS_SIZEF()
    if not pdfium_c.FPDF_GetPageSizeByIndexF(pdf, index, size):
        raise UnreadableDocument(f"Page {index + 1} of the PDF cannot be read.")
    scale = limits.dpi / POINTS_PER_INCH
    width, height = math.ceil(size.width * scale), math.ceil(size.height * scale)
    if width * height > limits.max_page_pixels:
        raise PageTooLarge(
            f"Page {index + 1} is {size.width / POINTS_PER_INCH:.1f} x "
            f"{size.height / POINTS_PER_INCH:.1f} inches: {width} x {height} pixels at "
            f"{limits.dpi} dpi (PDF_DPI), over the limit of {limits.max_page_pixels} pixels "
            "(MAX_PAGE_PIXELS)."
        )


def _load_error(error: pdfium.PdfiumError, password: str | None) -> Exception:
    code = getattr(error, "err_code", None)
    if code == pdfium_c.FPDF_ERR_PASSWORD:
        if password:
            return EncryptedDocument("The password given does not open this encrypted PDF.")
        return EncryptedDocument(
            "The PDF is encrypted with a password: send it in the form field password."
        )
    if code == pdfium_c.FPDF_ERR_SECURITY:
        return EncryptedDocument("The PDF is encrypted with a scheme that cannot be read.")
    return UnreadableDocument("The file starts like a PDF but cannot be read as one.")
