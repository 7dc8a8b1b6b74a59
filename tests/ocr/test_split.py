"""A large page read in bands: where it is cut, how the words come back, and that the
real engines read the same words in bands as whole."""

from __future__ import annotations

import asyncio
import itertools
import threading
from collections.abc import Sequence

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from PIL import Image

from ocrner.core.settings import OcrSettings
from ocrner.core.workers import EnginePool
from ocrner.ocr.engine import OcrResult, Word
from ocrner.ocr.preprocess import Prepared, prepare
from ocrner.ocr.recognize import read_on_pool
from ocrner.ocr.split import LAYOUT_SHARE, find_bands, merge, read_in_bands
from tests.utils.images import encode

Rows = list[tuple[int, int]]


def page_of_lines(lines: Rows, width: int = 800, height: int | None = None) -> Image.Image:
    """A white page with a black bar (a "text line") across rows ``top:bottom`` of each line."""
    height = height or max(bottom for _, bottom in lines) + 40
    pixels = np.full((height, width), 255, dtype=np.uint8)
    for top, bottom in lines:
        pixels[top:bottom, 40 : width - 40 : 7] = 0  # letters with spaces, not one block
    return Image.fromarray(pixels)


def paragraphs(count: int, lines: int = 5, line: int = 24, pitch: int = 32, gap: int = 30) -> Rows:
    rows, top = [], 40
    for _ in range(count):
        for _ in range(lines):
            rows.append((top, top + line))
            top += pitch
        top += gap
    return rows


def assert_cover_without_cutting(bands: Rows, height: int, lines: Rows) -> None:
    assert bands[0][0] == 0 and bands[-1][1] == height
    assert all(bottom == top for (_, bottom), (top, _) in itertools.pairwise(bands))
    for _, cut in bands[:-1]:
        assert not any(top <= cut < bottom for top, bottom in lines), f"row {cut} cuts a line"


@pytest.mark.parametrize("count", [2, 3, 4])
def test_a_page_is_cut_into_as_many_bands_between_lines(count: int) -> None:
    lines = paragraphs(8)
    page = page_of_lines(lines)
    bands = find_bands(page, count)
    assert len(bands) == count
    assert_cover_without_cutting(bands, page.height, lines)


def test_cuts_share_the_ink_out_evenly() -> None:
    lines = paragraphs(8)
    cut = find_bands(page_of_lines(lines), 2)[0][1]
    assert sum(bottom <= cut for _, bottom in lines) == 20  # of 40 lines alike


@settings(max_examples=40, deadline=None)
@given(
    heights=st.lists(st.integers(6, 40), min_size=2, max_size=30),
    gaps=st.lists(st.integers(0, 30), min_size=30, max_size=30),
    count=st.integers(1, 5),
)
def test_no_line_is_ever_cut(heights: list[int], gaps: list[int], count: int) -> None:
    lines, top = [], 20
    for height, gap in zip(heights, gaps, strict=False):
        lines.append((top, top + height))
        top += height + gap
    page = page_of_lines(lines, width=300)
    bands = find_bands(page, count)
    assert 1 <= len(bands) <= count
    assert_cover_without_cutting(bands, page.height, lines)


def test_specks_between_lines_do_not_stop_a_cut() -> None:
    lines = paragraphs(4)
    page = page_of_lines(lines)
    for _, bottom in lines:
        page.putpixel((400, bottom + 3), 0)
    assert len(find_bands(page, 2)) == 2


@pytest.mark.parametrize(
    "page",
    [
        Image.new("L", (800, 600), 255),
        Image.new("L", (800, 600), 0),
        page_of_lines([(10, 590)], height=600),
    ],
    ids=["blank", "all-ink", "no-blank-row"],
)
def test_a_page_without_blank_rows_between_text_is_read_whole(page: Image.Image) -> None:
    assert find_bands(page, 2) == [(0, page.height)]


def test_a_page_in_columns_is_read_whole() -> None:
    lines = paragraphs(6)
    pixels = np.full((lines[-1][1] + 40, 1200), 255, dtype=np.uint8)
    for top, bottom in lines:
        pixels[top:bottom, 40:540:7] = 0
        pixels[top:bottom, 660:1160:7] = 0
    assert find_bands(Image.fromarray(pixels), 2) == [(0, pixels.shape[0])]


def test_one_band_asked_for_is_the_whole_page() -> None:
    page = page_of_lines(paragraphs(4))
    assert find_bands(page, 1) == [(0, page.height)]


def word(text: str, box: tuple[int, int, int, int], block: int = 0, line: int = 0) -> Word:
    return Word(text=text, box=box, confidence=90.0, block=block, paragraph=0, line=line)


def test_words_come_back_in_page_pixels_numbered_and_ordered_by_the_page_layout() -> None:
    page = Image.new("L", (400, 400), 255)
    # the prepared page is the original enlarged twice: boxes go back halved
    prepared = Prepared(image=page, original_size=(200, 200), to_source=(0.5, 0, 0, 0, 0.5, 0))
    readings = [
        # the band's own layout saw two blocks where the page has one
        [word("one", (10, 10, 50, 30)), word("two", (10, 60, 50, 80), block=1)],
        # ... and read the right-hand block first, which the page reads last
        [
            word("five", (220, 4, 260, 24)),
            word("three", (20, 4, 60, 24), block=1),
            word("four", (70, 6, 110, 24), block=1),
        ],
    ]
    lines = [
        ((10, 10, 50, 30), 0, 0, 0),
        ((10, 60, 50, 80), 0, 0, 1),
        ((20, 104, 110, 124), 0, 1, 0),
        ((220, 104, 260, 124), 1, 0, 0),
    ]
    words = merge(prepared, [(0, 100), (100, 400)], readings, lines)
    assert words is not None
    assert [(w.text, w.box, w.block, w.paragraph, w.line) for w in words] == [
        ("one", (5, 5, 25, 15), 0, 0, 0),
        ("two", (5, 30, 25, 40), 0, 0, 1),
        ("three", (10, 52, 30, 62), 0, 1, 0),
        ("four", (35, 53, 55, 62), 0, 1, 0),
        ("five", (110, 52, 130, 62), 1, 0, 0),
    ]


def test_a_word_on_no_line_of_the_page_is_left_out() -> None:
    # A band's own layout may take a picture or a rule for text; the page's layout has no
    # text line there, and a reading of the page leaves it unread.
    prepared = Prepared(image=Image.new("L", (300, 300), 255), original_size=(300, 300))
    lines = [((10, 10, 200, 30), 0, 0, 0), ((10, 200, 200, 230), 1, 0, 0)]
    readings = [
        [word("top", (20, 12, 60, 28)), word("©", (210, 40, 240, 60))],
        [word("bottom", (10, 52, 40, 78))],
    ]
    words = merge(prepared, [(0, 150), (150, 300)], readings, lines)
    assert words is not None
    assert [(w.text, w.block) for w in words] == [("top", 0), ("bottom", 1)]


def test_a_word_in_two_lines_goes_on_the_one_whose_middle_is_nearest() -> None:
    prepared = Prepared(image=Image.new("L", (300, 300), 255), original_size=(300, 300))
    lines = [((10, 10, 200, 40), 0, 0, 0), ((10, 30, 200, 60), 0, 0, 1)]
    readings = [[word("lower", (20, 36, 60, 50))], []]
    words = merge(prepared, [(0, 150), (150, 300)], readings, lines)
    assert words is not None
    assert [(w.text, w.line) for w in words] == [("lower", 1)]


@pytest.mark.parametrize(
    "readings",
    [
        [[word("low", (10, 80, 50, 100))], []],
        [[], [word("high", (10, 0, 50, 20))]],
    ],
    ids=["touches-the-cut-from-above", "touches-the-cut-from-below"],
)
def test_a_word_touching_a_cut_means_the_page_is_read_whole(readings: list[list[Word]]) -> None:
    page = Image.new("L", (100, 200), 255)
    prepared = Prepared(image=page, original_size=page.size)
    lines = [((10, 80, 50, 120), 0, 0, 0)]
    assert merge(prepared, [(0, 100), (100, 200)], readings, lines) is None


def test_the_bands_are_read_at_the_same_time_each_by_its_own_reader() -> None:
    lines = paragraphs(6)
    page = page_of_lines(lines)
    together = threading.Barrier(3, timeout=10)  # breaks unless all three wait at once
    seen: list[tuple[int, int]] = []
    laid_out: list[tuple[int, int]] = []

    def reader(name: str):
        def read(band: Image.Image) -> list[Word]:
            together.wait()
            seen.append(band.size)
            return [word(name, (40, 1, 100, band.height - 1))]

        return read

    def layout(whole: Image.Image) -> list:
        laid_out.append(whole.size)
        return [((0, 0, whole.width, whole.height), 0, 0, 0)]  # every word on one line

    prepared = Prepared(image=page, original_size=page.size)
    words = read_in_bands(prepared, [reader(n) for n in "abc"], layout)
    assert words is not None
    assert laid_out == [page.size]
    assert [w.text for w in words] == ["a", "b", "c"]
    bands = find_bands(page, 3, head_start=LAYOUT_SHARE)
    assert sorted(height for _, height in seen) == sorted(bottom - top for top, bottom in bands)


def test_the_first_band_is_smaller_by_the_layout_it_waits_for() -> None:
    page = page_of_lines(paragraphs(12, lines=3))
    first, second = find_bands(page, 2, head_start=LAYOUT_SHARE)
    assert first[1] - first[0] < second[1] - second[0]


class BandFake:
    """Records how many engines each reading was spread over."""

    def __init__(self, calls: list[int]) -> None:
        self.calls = calls

    def recognize(self, image: Image.Image, language: str) -> OcrResult:
        return self.recognize_in_bands(image, language, ())

    def recognize_in_bands(
        self, image: Image.Image, language: str, helpers: Sequence[BandFake]
    ) -> OcrResult:
        self.calls.append(1 + len(helpers))
        return OcrResult(
            text="",
            words=[],
            width=image.width,
            height=image.height,
            engine="fake",
            language=language,
            model="fake",
            mean_confidence=0,
        )


LARGE = encode(Image.new("L", (2000, 2000), 255))
SMALL = encode(Image.new("L", (200, 200), 255))


@pytest.mark.parametrize(
    ("data", "settings_", "spread"),
    [
        (LARGE, OcrSettings(ocr_workers=3), 3),
        (SMALL, OcrSettings(ocr_workers=3), 1),
        (LARGE, OcrSettings(ocr_workers=3, ocr_split_min_pixels=0), 1),
        (LARGE, OcrSettings(ocr_workers=3, ocr_split_min_pixels=5_000_000), 1),
        (LARGE, OcrSettings(ocr_workers=3, ocr_engine="rapidocr"), 1),
    ],
    ids=["large", "small", "off", "under-the-threshold", "rapidocr"],
)
def test_a_large_page_is_spread_over_the_idle_engines(
    data: bytes, settings_: OcrSettings, spread: int
) -> None:
    calls: list[int] = []
    pool: EnginePool = EnginePool([BandFake(calls) for _ in range(3)])
    asyncio.run(read_on_pool(pool, data, "eng", settings_))
    assert calls == [spread]


def test_a_large_page_under_load_is_read_on_the_engines_free_at_that_moment() -> None:
    calls: list[int] = []
    release = threading.Event()

    async def scenario() -> None:
        pool: EnginePool = EnginePool([BandFake(calls) for _ in range(3)])
        busy = asyncio.create_task(pool.run(lambda engine: release.wait(10)))
        await asyncio.sleep(0.05)
        await read_on_pool(pool, LARGE, "eng", OcrSettings(ocr_workers=3))
        release.set()
        await busy

    asyncio.run(scenario())
    assert calls == [2]


# The real engines: a page read in bands reads as it does whole.


@pytest.fixture(scope="module")
def helper(ocr_settings: OcrSettings):
    """A second engine, lent to the session's for a reading in bands."""
    from ocrner.ocr.recognize import default_engine

    engine = default_engine(ocr_settings)
    yield engine
    engine.close()


def read_both(ocr_engine, helper, page: Image.Image, ocr_settings: OcrSettings):
    prepared = prepare(page, ocr_settings.ocr_preprocess).image
    assert len(find_bands(prepared, 2)) == 2, "the page is cut"
    return ocr_engine.recognize(page, "eng"), ocr_engine.recognize_in_bands(page, "eng", [helper])


def entities(ner_engine, text: str) -> list[tuple[str, str]]:
    from ocrner.ner.extract import find_entities

    return [(entity.text, entity.label) for entity in find_entities(ner_engine, text).entities]


def test_the_benchmark_a4_page_reads_the_same_in_bands(
    ocr_engine, helper, ner_engine, ocr_settings: OcrSettings
) -> None:
    from benchmarks.images import a4_page

    page, _ = a4_page()
    whole, banded = read_both(ocr_engine, helper, page, ocr_settings)
    # The page is shrunk before reading (``scale``): a box a band's own binarisation puts a
    # pixel off on the page Tesseract reads is 1.6 pixels off on the image as sent.
    assert_read_the_same(banded, whole, ner_engine, box_pixels=2)
    assert (banded.width, banded.height) == (whole.width, whole.height)


def assert_read_the_same(banded: OcrResult, whole: OcrResult, ner_engine, box_pixels: int) -> None:
    """The same text, words, numbering and entities; boxes at most ``box_pixels`` off."""
    assert banded.text == whole.text
    assert [(w.text, w.block, w.paragraph, w.line) for w in banded.words] == [
        (w.text, w.block, w.paragraph, w.line) for w in whole.words
    ]
    assert all(
        abs(a - b) <= box_pixels
        for banded_word, whole_word in zip(banded.words, whole.words, strict=True)
        for a, b in zip(banded_word.box, whole_word.box, strict=True)
    )
    assert entities(ner_engine, banded.text) == entities(ner_engine, whole.text)


def sample_page() -> Image.Image:
    """The clean shared samples one under another on a white page, as on a scanned letter."""
    from benchmarks.accuracy_data import DataMissing, load_gold, samples_dir

    try:
        samples = [sample for sample in load_gold(samples_dir(None)) if not sample.degraded]
    except DataMissing as missing:
        pytest.skip(reason=str(missing))
    images = [Image.open(sample.path).convert("L") for sample in samples]
    gap = 40
    page = Image.new(
        "L",
        (max(image.width for image in images), sum(image.height + gap for image in images) + gap),
        255,
    )
    top = gap
    for image in images:
        page.paste(image, (0, top))
        top += image.height + gap
    return page


def test_a_page_of_the_shared_samples_reads_the_same_in_bands(
    ocr_engine, helper, ner_engine, ocr_settings: OcrSettings
) -> None:
    whole, banded = read_both(ocr_engine, helper, sample_page(), ocr_settings)
    assert banded.text == whole.text
    assert [(w.text, w.box) for w in banded.words] == [(w.text, w.box) for w in whole.words]
    assert entities(ner_engine, banded.text) == entities(ner_engine, whole.text)


def page_with_pictures() -> Image.Image:
    """A letterhead's logo and a grainy photo between paragraphs of text: regions Tesseract's
    layout of the page leaves unread, and a band's own may not."""
    import textwrap

    from PIL import ImageDraw, ImageFilter

    from tests.utils.images import LETTER, render_lines

    text = render_lines(textwrap.wrap(f"{LETTER} {LETTER}", 48)).convert("L")
    photo = np.random.default_rng(7).normal(170, 50, (140, 420)).clip(0, 255).astype(np.uint8)
    page = Image.new("L", (text.width, 2 * text.height + 480), 255)
    draw = ImageDraw.Draw(page)
    draw.ellipse((text.width - 200, 30, text.width - 60, 170), fill=40)
    draw.rectangle((60, 80, 200, 120), fill=0)
    page.paste(text, (0, 200))
    page.paste(Image.fromarray(photo).filter(ImageFilter.GaussianBlur(3)), (120, 220 + text.height))
    page.paste(text, (0, 380 + text.height))
    return page


def test_a_page_with_pictures_reads_the_same_in_bands(
    ner_engine, ocr_settings: OcrSettings
) -> None:
    from ocrner.ocr.tesseract import TesseractEngine

    # Tesseract's own: the default engine hands a page it reads with picture noise to
    # RapidOCR, which does not read in bands.
    first, second = (
        TesseractEngine(ocr_settings.ocr_tessdata_dir, ocr_settings.ocr_preprocess)
        for _ in range(2)
    )
    whole, banded = read_both(first, second, page_with_pictures(), ocr_settings)
    assert len(whole.words) > 60  # every word of the text twice; the pictures none
    # The photo moves a band's binarisation threshold off the page's: a box by a pixel.
    assert_read_the_same(banded, whole, ner_engine, box_pixels=1)


def test_the_in_process_pipeline_spreads_a_large_page_over_its_engines() -> None:
    from ocrner.orchestrator.pipeline import LocalOcr, Upload

    calls: list[int] = []
    ocr = LocalOcr(BandFake(calls), OcrSettings(ocr_workers=2), [BandFake(calls)])
    asyncio.run(ocr.read(Upload(data=LARGE, filename="page.png", content_type="image/png"), None))
    assert calls == [2]


def test_an_upside_down_page_is_turned_as_a_whole_and_read_in_bands(
    ocr_engine, helper, ocr_settings: OcrSettings, monkeypatch: pytest.MonkeyPatch
) -> None:
    import textwrap

    from ocrner.ocr import tesseract
    from tests.utils.images import LETTER, render_lines
    from tests.utils.text import similarity

    readings: list[bool] = []  # whether each reading in bands could cut its page

    def spied(*args: object) -> list[Word] | None:
        words = read_in_bands(*args)
        readings.append(words is not None)
        return words

    monkeypatch.setattr(tesseract, "read_in_bands", spied)
    lines = [*textwrap.wrap(LETTER, 48), "", *textwrap.wrap(LETTER, 48)]
    page = render_lines(lines).transpose(Image.Transpose.ROTATE_180)
    whole, banded = read_both(ocr_engine, helper, page, ocr_settings)
    assert readings == [True]  # it looks upside down: read once, turned, in bands
    assert similarity(banded.text, f"{LETTER}\n\n{LETTER}") > 0.97
    assert banded.text == whole.text
    assert [w.box for w in banded.words] == [w.box for w in whole.words]
