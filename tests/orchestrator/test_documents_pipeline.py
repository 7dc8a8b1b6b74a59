"""The pipeline over documents, with stand-in OCR and NER backends (unit tests).

Property: whatever the pages' sizes, rotations and where their words sit (some
partly off the page), every entity's page is one of the document's and every box
lies inside that page. Also: pages are read in parallel but never more than
``pages_in_flight`` at once, and the text and offsets join the pages in order.
"""

from __future__ import annotations

import asyncio
import io
import re
import threading
import time
import weakref

import pypdfium2 as pdfium
import pytest
from fpdf import FPDF
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ocrner.documents import DocumentLimits, Page
from ocrner.ner.engine import Entity, NerResult
from ocrner.ocr.engine import OcrResult, Word
from ocrner.orchestrator.pipeline import PAGE_SEPARATOR, Extraction, Pipeline, Upload
from tests.utils.documents import FONT_DIR, PAGE_LETTERS, letters, mixed_pdf, scanned_pdf


class CapitalisedNer:
    """Every run of capitalised words is a PERSON."""

    async def find(self, text: str) -> NerResult:
        return NerResult(
            entities=[
                Entity(text=match.group(), label="PERSON", start=match.start(), end=match.end())
                for match in re.finditer(r"[A-Z][a-z]*(?:\s+[A-Z][a-z]*)*", text)
            ],
            model="capitalised",
        )


class CountingOcr:
    """Answers every page with two words after a short wait, counting pages in flight."""

    def __init__(self) -> None:
        self.in_flight = 0
        self.most_in_flight = 0
        self.calls = 0

    async def read(self, upload: Upload, language: str | None) -> OcrResult:
        self.calls += 1
        self.in_flight += 1
        self.most_in_flight = max(self.most_in_flight, self.in_flight)
        await asyncio.sleep(0.01)
        self.in_flight -= 1
        words = [
            Word(text=text, box=box, confidence=90, block=0, paragraph=0, line=0)
            for text, box in (("Page", (10, 10, 60, 30)), (upload.filename, (70, 10, 200, 30)))
        ]
        return OcrResult(
            text="", words=words, width=300, height=100, engine="counting 1", language="eng",
            model="none", mean_confidence=90.0,
        )  # fmt: skip


def extract(data: bytes, pipeline: Pipeline) -> Extraction:
    return asyncio.run(pipeline.extract(Upload(data, "document.pdf")))


def assert_entities_lie_on_their_pages(result: Extraction) -> None:
    for number, page in enumerate(result.pages, start=1):
        assert page.number == number
        assert result.text[page.start : page.end] == result.text[page.start : page.end].strip()
    for entity in result.entities:
        assert 1 <= entity.page <= len(result.pages)
        page = result.pages[entity.page - 1]
        assert page.start <= entity.start < entity.end <= page.end
        assert result.text[entity.start : entity.end] == entity.text
        assert entity.boxes
        for x0, y0, x1, y1 in entity.boxes:
            assert 0 <= x0 < x1 <= page.width, (entity, page)
            assert 0 <= y0 < y1 <= page.height, (entity, page)


WORDS = st.text(alphabet="ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghij", min_size=1, max_size=8)
PLACED = st.tuples(
    st.floats(-0.2, 1.1), st.floats(-0.1, 1.2), st.lists(WORDS, min_size=1, max_size=4)
)
PAGES = st.lists(
    st.tuples(
        st.floats(72, 1200),
        st.floats(72, 1200),
        st.sampled_from([0, 90, 180, 270]),
        st.integers(6, 30),
        st.lists(PLACED, max_size=6),
    ),
    min_size=1,
    max_size=4,
)


def text_layer_document(pages: list) -> bytes:
    pdf = FPDF(unit="pt")
    pdf.set_auto_page_break(False)
    pdf.add_font("DejaVu", fname=str(FONT_DIR / "DejaVuSans.ttf"))
    for width, height, _, size, placed in pages:
        pdf.add_page(format=(width, height))
        pdf.set_font("DejaVu", size=size)
        pdf.text(width / 3, height / 2, "Anchor")  # every page has a text layer
        for x, y, words in placed:
            pdf.text(x * width, y * height, " ".join(words))
    document = pdfium.PdfDocument(bytes(pdf.output()))
    for page, (*_, rotation, _, _) in zip(document, pages, strict=True):
        page.set_rotation(rotation)
    buffer = io.BytesIO()
    document.save(buffer)
    document.close()
    return buffer.getvalue()


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(pages=PAGES, dpi=st.integers(50, 400))
def test_every_entity_and_box_lies_inside_its_page(pages: list, dpi: int) -> None:
    pipeline = Pipeline(
        CountingOcr(), CapitalisedNer(), DocumentLimits(dpi=dpi, max_page_pixels=10**9)
    )
    result = extract(text_layer_document(pages), pipeline)
    assert len(result.pages) == len(pages)
    assert all(page.read == "text_layer" and page.ocr is None for page in result.pages)
    assert result.ocr is None
    assert_entities_lie_on_their_pages(result)


def test_pages_are_read_in_parallel_but_never_more_than_pages_in_flight() -> None:
    ocr = CountingOcr()
    pipeline = Pipeline(ocr, CapitalisedNer(), DocumentLimits(dpi=50), pages_in_flight=3)
    result = extract(scanned_pdf(letters(8), dpi=50), pipeline)
    assert ocr.calls == 8
    assert ocr.most_in_flight == 3
    assert [page.number for page in result.pages] == list(range(1, 9))
    assert [page.read for page in result.pages] == ["ocr"] * 8
    assert result.text.split(PAGE_SEPARATOR) == [f"Page page-{n}.jpg" for n in range(1, 9)]
    assert result.ocr is not None and result.ocr.words == 16
    assert_entities_lie_on_their_pages(result)


def test_a_mixed_document_says_how_each_page_was_read_and_keeps_their_order() -> None:
    ocr = CountingOcr()
    data = mixed_pdf(
        [(PAGE_LETTERS[0], "text"), (PAGE_LETTERS[1], "scan"), (PAGE_LETTERS[2], "text")]
    )
    result = extract(data, Pipeline(ocr, CapitalisedNer(), DocumentLimits(dpi=72)))
    assert ocr.calls == 1
    assert [page.read for page in result.pages] == ["text_layer", "ocr", "text_layer"]
    assert result.pages[1].ocr is not None and result.pages[1].ocr.engine == "counting 1"
    texts = result.text.split(PAGE_SEPARATOR)
    assert texts[0] == PAGE_LETTERS[0].text and texts[2] == PAGE_LETTERS[2].text
    assert {entity.page for entity in result.entities if entity.text == "Thomas Weber"} == {1}
    assert {entity.page for entity in result.entities if entity.text == "Laura Bianchi"} == {3}
    assert_entities_lie_on_their_pages(result)


def test_an_image_keeps_todays_answer_with_one_page() -> None:
    from tests.utils.images import encode, render_lines

    result = extract(
        encode(render_lines(["Angela Merkel"])), Pipeline(CountingOcr(), CapitalisedNer())
    )
    assert [(page.number, page.read, page.width, page.dpi) for page in result.pages] == [
        (1, "image", 300, None)
    ]
    assert (result.width, result.height) == (300, 100)
    assert result.ocr is not None and result.ocr.engine == "counting 1"
    assert all(entity.page == 1 for entity in result.entities)


class ManyPages:
    """A document of ``page_count`` scanned pages that remembers which of its pages are alive."""

    renders = True

    def __init__(self, page_count: int) -> None:
        self.page_count = page_count
        self.alive: weakref.WeakSet[Page] = weakref.WeakSet()
        self.most_alive = 0

    def page(self, number: int) -> Page:
        page = Page(number=number, source="ocr", width=300, height=100, dpi=300, image=b"x" * 1000)
        self.alive.add(page)
        self.most_alive = max(self.most_alive, len(self.alive))
        return page

    def close(self) -> None:
        """Nothing to release."""


def test_a_long_document_holds_no_more_pages_than_are_in_flight() -> None:
    document = ManyPages(60)
    pipeline = Pipeline(CountingOcr(), CapitalisedNer(), pages_in_flight=3)
    result = asyncio.run(pipeline.read(document))
    assert len(result.pages) == 60
    assert document.most_alive <= 3


class SlowPages(ManyPages):
    """Each page takes half a second to make, as a heavy page takes PDFium to render."""

    def page(self, number: int) -> Page:
        time.sleep(0.5)
        return super().page(number)


def test_a_page_still_being_rendered_when_the_deadline_passes_is_a_504() -> None:
    from ocrner.core.deadlines import deadline_var
    from ocrner.core.errors import DeadlineExceeded

    async def read_with_a_short_deadline() -> None:
        deadline_var.set(time.monotonic() + 0.2)
        await Pipeline(CountingOcr(), CapitalisedNer()).read(SlowPages(3))

    with pytest.raises(DeadlineExceeded, match=r"while page \d was being rendered"):
        asyncio.run(read_with_a_short_deadline())


def test_an_image_is_opened_and_its_page_made_in_the_event_loop_a_pdf_in_a_thread() -> None:
    from PIL import Image

    from tests.utils.images import encode

    loop_thread: list[int] = []
    made_in: list[int] = []
    pipeline = Pipeline(CountingOcr(), CapitalisedNer())

    async def pages(data: bytes) -> None:
        loop_thread.append(threading.get_ident())
        document = await pipeline.open(Upload(data=data, filename="x"))
        original = document.page

        def page(number: int) -> Page:
            made_in.append(threading.get_ident())
            return original(number)

        document.page = page  # type: ignore[method-assign]
        await pipeline.read(document)

    image = Image.new("L", (300, 100), 255)
    asyncio.run(pages(encode(image)))
    asyncio.run(pages(scanned_pdf(letters(1))))
    assert made_in[0] == loop_thread[0]  # an image's page is only its bytes
    assert made_in[1] != loop_thread[1]  # a PDF page is rendered off the event loop
