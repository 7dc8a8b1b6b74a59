"""Multi-page TIFF: each frame a page, encoded as PNG for OCR when it is asked for.

A TIFF of one frame stays an image, passed on to OCR byte for byte. A frame is
checked against ``MAX_PAGE_PIXELS`` from its header, before its pixels are
decoded; it is turned upright per its orientation tag, as the OCR service turns
an uploaded image.
"""

from __future__ import annotations

import io
import struct
import threading
from dataclasses import dataclass, field
from typing import ClassVar

from PIL import Image, ImageOps

from ocrner.core.errors import PageTooLarge, UnreadableDocument
from ocrner.documents.pages import (
    Document,
    DocumentLimits,
    ImageDocument,
    Page,
    check_page_count,
    png_page,
)

PNG_MODES = ("1", "L", "RGB")
"""Frame modes PNG keeps as they are; any other is converted to RGB."""

_BROKEN = (OSError, ValueError, SyntaxError, TypeError, EOFError, Image.DecompressionBombError)
"""What Pillow raises for a damaged TIFF (a TypeError for a frame without its dimensions)."""


def _dpi(image: Image.Image) -> float | None:
    dpi = image.info.get("dpi")
    if not dpi:
        return None
    value = float(dpi[0])
    return round(value, 2) if value > 0 else None


def count_frames(data: bytes, most: int) -> int:
    """The frames in the TIFF's chain of directories, counted up to ``most`` + 1.

    Raises :class:`UnreadableDocument` when a directory lies beyond the end of the
    data (the file was cut short) or the chain loops.
    """
    order = "<" if data[:2] == b"II" else ">"
    big = struct.unpack_from(order + "H", data, 2)[0] == 43
    offset_format, count_format, entry_size = ("Q", "Q", 20) if big else ("I", "H", 12)
    offset_size, count_size = struct.calcsize(offset_format), struct.calcsize(count_format)
    offset = struct.unpack_from(order + offset_format, data, 8 if big else 4)[0]
    seen: set[int] = set()
    while offset and len(seen) <= most:
        if offset in seen or offset + count_size > len(data):
            raise UnreadableDocument("The TIFF is truncated or corrupt: a page is missing.")
        seen.add(offset)
        entries = struct.unpack_from(order + count_format, data, offset)[0]
        link = offset + count_size + entries * entry_size
        if link + offset_size > len(data):
            raise UnreadableDocument("The TIFF is truncated or corrupt: a page is missing.")
        offset = struct.unpack_from(order + offset_format, data, link)[0]
    return len(seen)


def open_tiff(data: bytes, limits: DocumentLimits, filename: str, content_type: str) -> Document:
    """A TIFF of several frames as a document; one of one frame (or unparsable) as an image."""
    try:
        image = Image.open(io.BytesIO(data), formats=["TIFF"])
    except _BROKEN:
        return ImageDocument(  # the OCR service says what is wrong
            data, filename, content_type, max_pixels=limits.max_page_pixels
        )
    count = count_frames(data, limits.max_pages)
    if count <= 1:
        return ImageDocument(
            data, filename, content_type, dpi=_dpi(image), max_pixels=limits.max_page_pixels
        )
    check_page_count(count, limits)
    return TiffDocument(image, count, limits)


@dataclass
class TiffDocument:
    """The frames of one TIFF, read one at a time (Pillow's image is shared: one lock)."""

    image: Image.Image
    page_count: int
    renders: ClassVar[bool] = True
    limits: DocumentLimits
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def page(self, number: int) -> Page:
        frame, dpi = self._frame(number)
        return png_page(number, frame, "image", dpi)

    def pixels(self, number: int) -> Image.Image:
        return self._frame(number)[0]

    def _frame(self, number: int) -> tuple[Image.Image, float | None]:
        """Frame ``number`` upright, in a mode PNG keeps, and its resolution."""
        with self._lock:
            try:
                self.image.seek(number - 1)
                width, height = self.image.size
                if width * height > self.limits.max_page_pixels:
                    raise PageTooLarge(
                        f"Page {number} is {width} x {height} pixels, over the limit of "
                        f"{self.limits.max_page_pixels} pixels (MAX_PAGE_PIXELS)."
                    )
                dpi = _dpi(self.image)
                self.image.load()
                frame = ImageOps.exif_transpose(self.image)
            except _BROKEN:
                raise UnreadableDocument(
                    f"Page {number} of the TIFF is truncated or corrupt."
                ) from None
        if frame.mode not in PNG_MODES:
            frame = frame.convert("RGB")
        return frame, dpi

    def close(self) -> None:
        with self._lock:
            self.image.close()
