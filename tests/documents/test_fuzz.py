"""Damaged documents: whatever bytes of a PDF or TIFF change, only documented errors come out."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ocrner.core.errors import OcrnerError
from ocrner.documents import DocumentLimits, open_document
from tests.utils.documents import letters, multipage_tiff, text_pdf

SEEDS = {
    "pdf": text_pdf(letters(2)),
    "tiff": multipage_tiff(letters(2), dpi=40),
}
LIMITS = DocumentLimits(dpi=72, max_pages=5, max_page_pixels=2_000_000)


@st.composite
def damaged(draw: st.DrawFn) -> bytes:
    data = bytearray(SEEDS[draw(st.sampled_from(sorted(SEEDS)))])
    for _ in range(draw(st.integers(1, 8))):
        position = draw(st.integers(0, len(data) - 1))
        data[position] = draw(st.integers(0, 255))
    if draw(st.booleans()):
        data = data[: draw(st.integers(8, len(data)))]
    return bytes(data)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=damaged())
def test_a_damaged_document_is_read_or_refused_with_a_documented_error(data: bytes) -> None:
    try:
        document = open_document(data, LIMITS)
    except OcrnerError as error:
        assert 400 <= error.status < 500
        return
    try:
        for number in range(1, document.page_count + 1):
            try:
                page = document.page(number)
            except OcrnerError as error:
                assert 400 <= error.status < 500
                continue
            assert (page.words is None) != (page.image is None)
    finally:
        document.close()
