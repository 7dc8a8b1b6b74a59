"""Multi-page TIFF: a page per frame; a single frame stays the image it was."""

from __future__ import annotations

import io

import pytest
from PIL import Image

from ocrner.core.errors import PageTooLarge, PayloadTooLarge, TooManyPages, UnreadableDocument
from ocrner.documents import DocumentLimits, open_document
from ocrner.documents.pages import ImageDocument
from tests.utils.documents import letters, multipage_tiff, render_page
from tests.utils.images import encode


def test_each_frame_is_a_page_as_png_with_its_resolution() -> None:
    document = open_document(multipage_tiff(letters(3), dpi=100), DocumentLimits())
    assert document.page_count == 3
    pages = [document.page(number) for number in (3, 1, 2)]  # in any order
    document.close()
    for page in pages:
        assert page.source == "image"
        assert page.dpi == 100
        assert page.image is not None
        image = Image.open(io.BytesIO(page.image))
        assert image.format == "PNG"
        assert image.size == (page.width, page.height) == (850, 550)
    first = Image.open(io.BytesIO(pages[1].image))
    assert first.tobytes() == render_page(letters(1)[0], dpi=100).tobytes()


def test_a_tiff_of_one_frame_is_passed_on_untouched() -> None:
    data = encode(render_page(letters(1)[0], dpi=72), "TIFF")
    document = open_document(data, DocumentLimits(), filename="scan.tif")
    assert isinstance(document, ImageDocument)
    assert document.page(1).image == data


def test_a_frame_over_the_pixel_limit_is_refused_before_it_is_decoded() -> None:
    document = open_document(
        multipage_tiff(letters(2), dpi=100), DocumentLimits(max_page_pixels=1000)
    )
    with pytest.raises(PageTooLarge, match="Page 1 is 850 x 550 pixels"):
        document.page(1)
    document.close()


def test_more_frames_than_max_pages_are_refused() -> None:
    with pytest.raises(TooManyPages):
        open_document(multipage_tiff(letters(3), dpi=30), DocumentLimits(max_pages=2))


def test_a_truncated_multipage_tiff_is_unreadable() -> None:
    data = multipage_tiff(letters(3), dpi=100)
    with pytest.raises(UnreadableDocument):
        document = open_document(data[: len(data) * 2 // 3], DocumentLimits())
        for number in range(1, document.page_count + 1):
            document.page(number)


def test_an_image_as_pixels_is_decoded_upright_and_refused_over_max_page_pixels() -> None:
    exif = Image.Exif()
    exif[0x0112] = 6  # Orientation: turned 90 degrees
    data = encode(Image.new("RGB", (300, 100), "white"), "JPEG", exif=exif.tobytes())
    assert open_document(data, DocumentLimits()).pixels(1).size == (100, 300)
    with pytest.raises(PayloadTooLarge):
        open_document(data, DocumentLimits(max_page_pixels=10_000)).pixels(1)


def test_a_frame_as_pixels_is_the_image_its_page_sends_to_ocr() -> None:
    document = open_document(multipage_tiff(letters(2)), DocumentLimits())
    page, image = document.page(2), document.pixels(2)
    document.close()
    assert page.image is not None
    assert image.tobytes() == Image.open(io.BytesIO(page.image)).tobytes()
