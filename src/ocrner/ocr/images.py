"""Turning uploaded bytes into an image the engine can read, within limits.

Accepts PNG, JPEG, TIFF, BMP, WebP and GIF (first frame). Refuses, with the
documented errors, anything else: empty or truncated files, other formats, and
images over the pixel limit (decompression bombs) before their pixels are decoded.
"""

from __future__ import annotations

import io
import logging

from PIL import Image, ImageOps, UnidentifiedImageError

from ocrner.core.errors import NotAnImage, PayloadTooLarge, UnreadableImage

logger = logging.getLogger("ocrner.ocr")

SUPPORTED_FORMATS = ("PNG", "JPEG", "TIFF", "BMP", "WEBP", "GIF")
"""The only formats Pillow may parse here (JPEG covers the MPO files some cameras write)."""

SUPPORTED_MEDIA_TYPES = (
    "image/png",
    "image/jpeg",
    "image/tiff",
    "image/bmp",
    "image/webp",
    "image/gif",
)


def open_image(data: bytes, *, max_pixels: int) -> Image.Image:
    """Read only the header of ``data``: the image, its pixels not yet decoded.

    Raises :class:`UnreadableImage` for empty data or a broken header,
    :class:`NotAnImage` for data in no supported format, and
    :class:`PayloadTooLarge` for more than ``max_pixels`` pixels.
    """
    if not data:
        raise UnreadableImage("The file is empty.")
    try:
        image = Image.open(io.BytesIO(data), formats=SUPPORTED_FORMATS)
    except UnidentifiedImageError:
        raise NotAnImage(
            "The file is not an image in a supported format (PNG, JPEG, TIFF, BMP, WebP or GIF)."
        ) from None
    except Image.DecompressionBombError:
        raise PayloadTooLarge(f"The image has more than {max_pixels} pixels.") from None
    except (OSError, ValueError, SyntaxError) as error:
        logger.info("unreadable image header: %s: %s", type(error).__name__, error)
        raise UnreadableImage("The image header cannot be read.") from None

    width, height = image.size
    if width < 1 or height < 1:
        raise UnreadableImage("The image has no pixels.")
    if width * height > max_pixels:
        raise PayloadTooLarge(
            f"The image is {width}x{height} pixels, over the limit of {max_pixels} pixels."
        )
    return image


def decode_image(data: bytes, *, max_pixels: int) -> Image.Image:
    """Decode ``data`` into an 8-bit greyscale or RGB image, upright per its EXIF tag.

    Raises the errors of :func:`open_image`, and :class:`UnreadableImage` for
    pixels that cannot be decoded.
    """
    image = open_image(data, max_pixels=max_pixels)
    try:
        image.seek(0)
        image.load()
        image = ImageOps.exif_transpose(image)
        return _to_engine_mode(image)
    except (OSError, ValueError, SyntaxError, EOFError) as error:
        logger.info("unreadable %s image: %s: %s", image.format, type(error).__name__, error)
        raise UnreadableImage(f"The {image.format} image is truncated or corrupt.") from None


def pixel_count(data: bytes) -> int:
    """The image's pixels as its header gives them, nothing decoded; 0 if it cannot be
    read (:func:`decode_image` then says why)."""
    try:
        with Image.open(io.BytesIO(data), formats=SUPPORTED_FORMATS) as image:
            width, height = image.size
    except (UnidentifiedImageError, Image.DecompressionBombError, OSError, ValueError, SyntaxError):
        return 0
    return width * height


def _to_engine_mode(image: Image.Image) -> Image.Image:
    """Greyscale or RGB, 8 bits, with any transparency composed onto white."""
    if image.mode in ("L", "RGB"):
        return image
    if image.mode in ("RGBA", "LA", "PA") or (image.mode == "P" and "transparency" in image.info):
        rgba = image.convert("RGBA")
        background = Image.new("RGBA", rgba.size, (255, 255, 255, 255))
        return Image.alpha_composite(background, rgba).convert("RGB")
    if image.mode == "1":
        return image.convert("L")
    return image.convert("RGB")
