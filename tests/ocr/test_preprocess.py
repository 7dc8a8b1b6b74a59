"""Image preparation: the tilt is measured, and boxes found on a prepared image map back."""

from __future__ import annotations

import textwrap
from typing import get_args

import numpy as np
import pytest
from PIL import Image, ImageDraw

from ocrner.core.errors import InvalidInput
from ocrner.core.settings import PreprocessStep
from ocrner.ocr.engine import OcrResult, Word
from ocrner.ocr.preprocess import (
    MIN_DOWNSCALE,
    ORIENT,
    SHRINK_ABOVE_LINE_PX,
    SHRINK_TO_LINE_PX,
    STEPS,
    check_steps,
    estimate_skew,
    ink_mask,
    ink_pixels,
    line_height,
    prepare,
)
from ocrner.ocr.recognize import recognize_bytes
from tests.utils.images import LETTER, encode, font, render_lines, render_paragraph
from tests.utils.text import similarity


@pytest.fixture(scope="module")
def paragraph() -> Image.Image:
    return render_paragraph(LETTER).convert("L")


@pytest.mark.parametrize("degrees", [-4.0, -1.5, 0.0, 2.5, 3.75])
def test_the_tilt_of_a_paragraph_is_measured(paragraph: Image.Image, degrees: float) -> None:
    tilted = paragraph.rotate(degrees, Image.Resampling.BICUBIC, expand=True, fillcolor=255)
    assert estimate_skew(tilted) == pytest.approx(-degrees, abs=0.3)


def test_a_blank_page_has_no_tilt() -> None:
    assert estimate_skew(Image.new("L", (400, 200), 255)) == 0.0


def _mark(size: tuple[int, int], box: tuple[int, int, int, int]) -> Image.Image:
    image = Image.new("L", size, 255)
    ImageDraw.Draw(image).rectangle((box[0], box[1], box[2] - 1, box[3] - 1), fill=0)
    return image


@pytest.mark.parametrize("quarter_turns", [1, 2, 3])
def test_a_box_on_a_turned_page_maps_back_exactly(quarter_turns: int) -> None:
    mark = (30, 20, 50, 30)
    prepared = prepare(_mark((200, 100), mark), [], quarter_turns=quarter_turns)
    ink = prepared.image.point(lambda value: 255 - value).getbbox()
    assert ink is not None
    assert prepared.to_original(ink) == mark


def test_a_box_on_a_deskewed_page_maps_back_close() -> None:
    words = ["Alpha", "Bravo", "Charlie", "Delta", "Foxtrot"]
    block = render_lines([" ".join(words[i:] + words[:i]) for i in range(5)]).convert("L")
    tilted = block.rotate(-3.0, Image.Resampling.BICUBIC, expand=True, fillcolor=255)
    prepared = prepare(tilted, ["deskew"])
    assert prepared.steps and prepared.steps[0].startswith("deskew")
    assert prepared.image.size != tilted.size
    whole = prepared.image.point(lambda value: 255 if value < 128 else 0).getbbox()
    assert whole is not None
    mapped = prepared.to_original(whole)
    true = tilted.point(lambda value: 255 if value < 128 else 0).getbbox()
    assert true is not None
    # A level box turned back covers a little more than the ink at its corners.
    assert all(abs(a - b) <= 8 for a, b in zip(mapped, true, strict=True))


@pytest.mark.parametrize("inverted", [False, True])
def test_the_ink_mask_marks_the_ink_pixels_dark_or_light(paragraph, inverted) -> None:
    page = paragraph.point(lambda level: 255 - level) if inverted else paragraph
    mask = np.asarray(ink_mask(page))
    ink = ink_pixels(page)
    assert set(np.unique(mask)) == {0, 255}
    assert np.array_equal(mask == 255, ink)
    assert 0.01 < ink.mean() < 0.3  # the letters, not the paper
    assert np.array_equal(ink_pixels(paragraph), ink)


def test_small_text_is_enlarged_and_boxes_scale_back() -> None:
    small = render_paragraph(LETTER, size=11).convert("L")
    prepared = prepare(small, ["scale"])
    assert prepared.image.width > small.width
    assert prepared.to_original((0, 0, *prepared.image.size)) == (0, 0, *small.size)
    large = render_paragraph(LETTER, size=30)
    assert prepare(large, ["scale"]).image.size == large.size


def _large_lines() -> list[str]:
    words = LETTER.split() * 3
    return [" ".join(words[index * 6 : index * 6 + 6]) for index in range(10)]


def _large_page(spacing: float) -> Image.Image:
    """Ten lines of 40-px text (12 points at 240 dpi) on a page of 4.4 million pixels."""
    lines = _large_lines()
    block = render_lines(lines, size=40, spacing=spacing).convert("L")
    page = Image.new("L", (2100, 2100), 255)
    page.paste(block, (150, 150))
    return page


def test_large_text_on_a_large_page_is_shrunk_and_boxes_scale_back() -> None:
    page = _large_page(spacing=1.5)
    height = line_height(page)
    assert height is not None and height > SHRINK_ABOVE_LINE_PX
    prepared = prepare(page, ["scale"])
    factor = prepared.image.width / page.width
    assert factor == pytest.approx(max(MIN_DOWNSCALE, SHRINK_TO_LINE_PX / height), abs=0.01)
    assert prepared.to_original((0, 0, *prepared.image.size)) == (0, 0, *page.size)
    assert line_height(prepared.image) == pytest.approx(SHRINK_TO_LINE_PX, abs=2)


def test_lines_run_together_or_a_small_page_are_not_shrunk() -> None:
    # At 0.8 line spacing the runs of ink rows are almost as high as the line pitch: blur,
    # a tilt or a tighter leading would run the lines together, and their height would be
    # measured too high.
    crowded = _large_page(spacing=0.8)
    assert prepare(crowded, ["scale"]).image.size == crowded.size
    small = _large_page(spacing=1.5).crop((0, 0, 1900, 2000))  # 3.8 million pixels
    assert prepare(small, ["scale"]).image.size == small.size


def test_a_shrunk_page_is_read_whole_with_boxes_on_the_page(ocr_engine) -> None:
    page = _large_page(spacing=1.5)
    result = recognize_bytes(ocr_engine, encode(page), "eng", 40_000_000)
    assert similarity(result.text, " ".join(_large_lines())) > 0.97
    assert (result.width, result.height) == page.size
    ink = page.point(lambda value: 255 if value < 128 else 0).getbbox()
    assert ink is not None
    words = [word.box for word in result.words]
    union = (min(b[0] for b in words), min(b[1] for b in words))
    union += (max(b[2] for b in words), max(b[3] for b in words))
    assert all(abs(a - b) <= 6 for a, b in zip(union, ink, strict=True)), (union, ink)


def test_steps_read_a_grey_copy_and_no_steps_the_image_as_sent() -> None:
    colour = render_paragraph(LETTER)
    prepared = prepare(colour, ["deskew", "scale"])
    assert (prepared.image.mode, prepared.image.size, prepared.steps) == ("L", colour.size, [])
    assert prepare(colour, []).image is colour


def test_the_settings_offer_exactly_the_steps_there_are() -> None:
    assert set(get_args(PreprocessStep)) == {*STEPS, ORIENT}
    assert check_steps(["orient", "scale", "deskew"]) == ["deskew", "scale", "orient"]
    with pytest.raises(InvalidInput, match="sharpen"):
        check_steps(["sharpen"])


def test_a_tilted_paragraph_is_read_once_straightened(ocr_engine) -> None:
    tilted = render_paragraph(LETTER).rotate(
        -3.7, Image.Resampling.BICUBIC, expand=True, fillcolor="white"
    )
    result = recognize_bytes(ocr_engine, encode(tilted), "eng", 40_000_000)
    assert similarity(result.text, LETTER) > 0.97
    assert (result.width, result.height) == tilted.size
    for item in result.words:
        x0, y0, x1, y1 = item.box
        assert 0 <= x0 < x1 <= tilted.width and 0 <= y0 < y1 <= tilted.height


def test_an_upside_down_page_is_read_once_turned(ocr_engine) -> None:
    upside_down = render_paragraph(LETTER).transpose(Image.Transpose.ROTATE_180)
    result = recognize_bytes(ocr_engine, encode(upside_down), "eng", 40_000_000)
    assert similarity(result.text, LETTER) > 0.97


def _serif_paragraph(text: str, size: int, spacing: float = 1.4, margin: int = 20) -> Image.Image:
    face = font(size, "DejaVuSerif.ttf")
    lines = textwrap.wrap(text, 60)
    step = int(size * spacing)
    width = int(max(face.getlength(line) for line in lines)) + 2 * margin
    image = Image.new("L", (width, step * len(lines) + 2 * margin), 255)
    draw = ImageDraw.Draw(image)
    for index, line in enumerate(lines):
        draw.text((margin, margin + index * step), line, font=face, fill=0)
    return image


def _read_without_and_with_orient(page: Image.Image, settings) -> tuple[OcrResult, OcrResult]:
    """``page`` read by Tesseract with the default preparation less ``orient``, then with it."""
    from ocrner.ocr.tesseract import TesseractEngine

    upright_only = [step for step in settings.ocr_preprocess if step != ORIENT]
    engines = [
        TesseractEngine(settings.ocr_tessdata_dir, steps)
        for steps in (upright_only, settings.ocr_preprocess)
    ]
    try:
        unturned, turned = (
            recognize_bytes(engine, encode(page), "eng", 40_000_000) for engine in engines
        )
    finally:
        for engine in engines:
            engine.close()
    return unturned, turned


def test_a_page_on_its_side_that_reads_as_no_words_is_read_upright_by_tesseract_alone(
    ocr_settings,
) -> None:
    """Small serif text turned a quarter: Tesseract finds no words at all until it is turned."""
    on_its_side = _serif_paragraph(LETTER, 18).transpose(Image.Transpose.ROTATE_90)
    unturned, turned = _read_without_and_with_orient(on_its_side, ocr_settings)
    assert unturned.words == []
    assert turned.engine.startswith("tesseract")
    assert similarity(turned.text, LETTER) > 0.97


def test_only_a_page_with_the_ink_of_text_is_turned_when_no_words_were_read() -> None:
    from ocrner.ocr.tesseract import has_text_ink

    assert not has_text_ink(Image.new("L", (800, 600), 255))
    assert has_text_ink(render_paragraph(LETTER))
    half_dark = Image.new("L", (800, 600), 255)
    ImageDraw.Draw(half_dark).rectangle((0, 0, 799, 299), fill=0)
    assert not has_text_ink(half_dark)


def test_a_page_on_its_side_read_as_a_few_standing_words_is_read_upright(ocr_settings) -> None:
    """Small, tightly set serif text on its side: Tesseract reads a few words down the page,
    surely (a mean confidence near 90), and leaves the rest; the page is turned because
    those words stand on end, and the turned page reads whole."""
    from ocrner.ocr.tesseract import on_its_side

    page = _serif_paragraph(LETTER, 12, spacing=1.25, margin=4).transpose(
        Image.Transpose.ROTATE_270
    )
    unturned, turned = _read_without_and_with_orient(page, ocr_settings)
    assert unturned.mean_confidence > 60
    assert on_its_side(page, unturned.words)
    assert similarity(unturned.text, LETTER) < 0.5
    assert similarity(turned.text, LETTER) > 0.97


def test_a_page_is_on_its_side_when_its_words_stand_on_end_and_leave_its_ink_unread() -> None:
    from ocrner.ocr.tesseract import on_its_side

    page = Image.new("L", (100, 400), 255)
    draw = ImageDraw.Draw(page)
    for left in (20, 45, 70):
        draw.rectangle((left, 20, left + 9, 380), fill=0)  # three lines running down the page

    def words(*boxes: tuple[int, int, int, int], text: str = "word") -> list[Word]:
        return [
            Word(text=text, box=box, confidence=80, block=0, paragraph=0, line=0) for box in boxes
        ]

    standing = words((20, 20, 30, 80), (45, 20, 55, 90))
    assert on_its_side(page, standing)
    assert not on_its_side(page, words((20, 20, 30, 80), (45, 20, 55, 90), text="a1"))
    assert not on_its_side(page, words((20, 20, 80, 30), (20, 40, 90, 50)))
    covering = words((20, 20, 30, 380), (45, 20, 55, 380), (70, 20, 80, 380))
    assert not on_its_side(page, covering)


def test_lines_upside_down_are_told_by_the_ink_above_and_below_their_x_height() -> None:
    from ocrner.ocr.preprocess import looks_upside_down

    upright = render_paragraph(LETTER)
    assert not looks_upside_down(upright)
    assert looks_upside_down(upright.transpose(Image.Transpose.ROTATE_180))
    assert not looks_upside_down(Image.new("L", (600, 300), 255))
    one_line = render_lines(["Kind regards, Thomas Weber"])
    assert not looks_upside_down(one_line.transpose(Image.Transpose.ROTATE_180))


def test_an_upside_down_page_that_looks_it_is_read_once(ocr_settings, monkeypatch) -> None:
    import ocrner.ocr.tesseract as tesseract

    reads = []
    read_page = tesseract._read_page

    def counted(apis, prepared, go_on=None):
        words = read_page(apis, prepared, go_on)
        if words is not None:  # recognised, not stopped after the layout
            reads.append(prepared.steps)
        return words

    monkeypatch.setattr(tesseract, "_read_page", counted)
    engine = tesseract.TesseractEngine(ocr_settings.ocr_tessdata_dir, ocr_settings.ocr_preprocess)
    try:
        page = render_paragraph(LETTER).transpose(Image.Transpose.ROTATE_180)
        result = recognize_bytes(engine, encode(page), "eng", 40_000_000)
    finally:
        engine.close()
    assert similarity(result.text, LETTER) > 0.97
    assert reads == [["turn 180"]]


def test_a_turn_read_for_a_wrong_guess_is_not_read_again(ocr_settings, monkeypatch) -> None:
    """A page taken for upside down, with every reading made to look poor: after the turned
    reading and the upright one, the search for a better turn reads each other turn once
    and uses the turned reading it has."""
    import ocrner.ocr.tesseract as tesseract

    reads = []
    read_page = tesseract._read_page

    def counted(apis, prepared, go_on=None):
        words = read_page(apis, prepared, go_on)
        if words is not None:
            reads.append(tuple(prepared.steps))
        return words

    monkeypatch.setattr(tesseract, "_read_page", counted)
    monkeypatch.setattr(tesseract, "looks_upside_down", lambda image: True)
    monkeypatch.setattr(tesseract, "mean_confidence", lambda words: 30.0)
    engine = tesseract.TesseractEngine(ocr_settings.ocr_tessdata_dir, ocr_settings.ocr_preprocess)
    try:
        recognize_bytes(engine, encode(render_paragraph(LETTER)), "eng", 40_000_000)
    finally:
        engine.close()
    assert len(reads) == len(set(reads)) == 4  # turned 180, upright, then 90 and 270 once each


def test_text_lines_higher_than_wide_stand_on_end() -> None:
    from ocrner.ocr.tesseract import lines_stand_on_end

    def lines(*boxes: tuple[int, int, int, int]) -> list:
        return [(box, 0, 0, index) for index, box in enumerate(boxes)]

    assert lines_stand_on_end(lines((20, 20, 40, 400), (50, 20, 70, 380)))
    assert not lines_stand_on_end(lines((20, 20, 40, 400)))  # one line: a margin's number
    assert not lines_stand_on_end(lines((20, 20, 400, 40), (20, 50, 380, 70)))
    wide = lines((20, 20, 40, 200), (50, 20, 70, 200), (100, 20, 900, 60), (100, 80, 900, 120))
    assert not lines_stand_on_end(wide)  # most of the text lies flat


@pytest.mark.parametrize(
    ("turned", "back"), [(Image.Transpose.ROTATE_90, 3), (Image.Transpose.ROTATE_270, 1)]
)
def test_the_ink_of_a_page_on_its_side_says_which_way_to_turn_it(
    turned: Image.Transpose, back: int
) -> None:
    from ocrner.ocr.preprocess import side_turn

    assert side_turn(render_paragraph(LETTER).transpose(turned)) == back
    assert side_turn(Image.new("L", (300, 600), 255)) is None


@pytest.mark.parametrize("turned", [Image.Transpose.ROTATE_90, Image.Transpose.ROTATE_270])
def test_a_page_on_its_side_is_read_once_turned(
    ocr_settings, monkeypatch, turned: Image.Transpose
) -> None:
    """Tesseract's layout finds the lines standing on end; the page is turned the way its ink
    says and read once, where it used to be read upright first."""
    import ocrner.ocr.tesseract as tesseract

    reads = []
    read_page = tesseract._read_page

    def counted(apis, prepared, go_on=None):
        words = read_page(apis, prepared, go_on)
        if words is not None:
            reads.append(prepared.steps[:1])
        return words

    monkeypatch.setattr(tesseract, "_read_page", counted)
    engine = tesseract.TesseractEngine(ocr_settings.ocr_tessdata_dir, ocr_settings.ocr_preprocess)
    try:
        page = render_paragraph(LETTER).transpose(turned)
        result = recognize_bytes(engine, encode(page), "eng", 40_000_000)
    finally:
        engine.close()
    assert similarity(result.text, LETTER) > 0.97
    assert reads == [["turn 270" if turned == Image.Transpose.ROTATE_90 else "turn 90"]]


@pytest.mark.parametrize(
    ("turned", "first"), [(Image.Transpose.ROTATE_90, 3), (Image.Transpose.ROTATE_270, 1)]
)
def test_a_single_line_on_its_side_leans_the_way_to_turn_it_first(
    turned: Image.Transpose, first: int
) -> None:
    from ocrner.ocr.preprocess import side_turn, side_turns

    line = render_paragraph("Harbour Street 14, Bergen").transpose(turned)
    assert side_turn(line) is None  # one line is no verdict
    assert side_turns(line) == (first, 4 - first)
    assert side_turns(Image.new("L", (300, 600), 255)) == (1, 3)
