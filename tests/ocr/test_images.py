"""Image decoding: every supported format opens; everything else is refused clearly."""

from __future__ import annotations

import io

import pytest
from PIL import Image

from ocrner.core.errors import NotAnImage, PayloadTooLarge, UnreadableImage
from ocrner.ocr.images import decode_image
from tests.utils.images import encode, render_lines

LIMIT = 40_000_000


@pytest.fixture(scope="module")
def picture() -> Image.Image:
    return render_lines(["Hello Bratislava"], size=24)


@pytest.mark.parametrize("image_format", ["PNG", "JPEG", "TIFF", "BMP", "WEBP", "GIF"])
def test_each_supported_format_decodes_to_the_same_size(
    picture: Image.Image, image_format: str
) -> None:
    decoded = decode_image(encode(picture, image_format), max_pixels=LIMIT)
    assert decoded.size == picture.size
    assert decoded.mode in ("L", "RGB")


def test_only_the_first_frame_of_an_animated_gif_is_read(picture: Image.Image) -> None:
    black = Image.new("RGB", picture.size, "black")
    buffer = io.BytesIO()
    picture.save(buffer, format="GIF", save_all=True, append_images=[black])
    decoded = decode_image(buffer.getvalue(), max_pixels=LIMIT)
    assert decoded.convert("L").getextrema()[1] == 255  # white page, not the black frame


def test_transparency_is_composed_onto_white() -> None:
    transparent = Image.new("RGBA", (20, 20), (0, 0, 0, 0))
    decoded = decode_image(encode(transparent, "PNG"), max_pixels=LIMIT)
    assert decoded.mode == "RGB"
    assert decoded.getpixel((5, 5)) == (255, 255, 255)


def test_zero_bytes_are_unreadable() -> None:
    with pytest.raises(UnreadableImage, match="empty"):
        decode_image(b"", max_pixels=LIMIT)


def test_a_truncated_png_is_unreadable(picture: Image.Image) -> None:
    data = encode(picture, "PNG")
    with pytest.raises(UnreadableImage) as raised:
        decode_image(data[: len(data) // 2], max_pixels=LIMIT)
    assert raised.value.message == "The PNG image is truncated or corrupt."  # no class name


def test_a_pdf_renamed_to_jpg_is_not_an_image() -> None:
    with pytest.raises(NotAnImage):
        decode_image(b"%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n", max_pixels=LIMIT)


def test_an_image_over_the_pixel_limit_is_refused_before_decoding(picture: Image.Image) -> None:
    with pytest.raises(PayloadTooLarge, match="over the limit"):
        decode_image(encode(picture, "PNG"), max_pixels=100)


def test_an_unsupported_format_is_refused() -> None:
    buffer = io.BytesIO()
    Image.new("RGB", (8, 8), "white").save(buffer, format="ICO")
    with pytest.raises(NotAnImage, match="not an image in a supported format"):
        decode_image(buffer.getvalue(), max_pixels=LIMIT)
