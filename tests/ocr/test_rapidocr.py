"""The RapidOCR engine (real models) on rendered images, and how it numbers lines."""

from __future__ import annotations

import pytest
from PIL import Image

from ocrner.core.errors import LanguageNotInstalled
from ocrner.ocr.rapidocr_engine import (
    DETECTION_SIDE,
    LARGE_DETECTION_SIDE,
    MIN_LINE_SCORE,
    MODEL,
    RapidOcrEngine,
    _Piece,
    apportion,
    group_lines,
    line_words,
    number_words,
)
from tests.utils.images import LETTER, render_lines, render_paragraph
from tests.utils.text import similarity


@pytest.fixture(scope="module")
def rapidocr() -> RapidOcrEngine:
    return RapidOcrEngine(threads=1)


def test_a_rendered_paragraph_is_read_back_closely(rapidocr: RapidOcrEngine) -> None:
    image = render_paragraph(LETTER)
    result = rapidocr.recognize(image, "eng")
    assert similarity(result.text, LETTER) > 0.95
    assert result.engine.startswith("rapidocr 3.")
    assert result.model == MODEL
    assert (result.width, result.height) == image.size
    for word in result.words:
        x0, y0, x1, y1 = word.box
        assert 0 <= x0 < x1 <= image.width
        assert 0 <= y0 < y1 <= image.height
        assert 0 <= word.confidence <= 100
    assert result.mean_confidence > 90


def test_receipt_lines_stay_lines_and_a_far_amount_joins_its_label(
    rapidocr: RapidOcrEngine,
) -> None:
    image = render_lines(["SHOP NAME SDN BHD", "TOTAL                        9.00", "Thank you"])
    words = rapidocr.recognize(image, "eng").words
    assert [(word.text, word.line) for word in words] == [
        ("SHOP", 0),
        ("NAME", 0),
        ("SDN", 0),
        ("BHD", 0),
        ("TOTAL", 1),
        ("9.00", 1),
        ("Thank", 2),
        ("you", 2),
    ]
    assert words[4].box[2] < words[5].box[0] - 100


def test_a_blank_image_has_no_words(rapidocr: RapidOcrEngine) -> None:
    result = rapidocr.recognize(Image.new("L", (200, 100), 255), "eng")
    assert (result.words, result.text) == ([], "")


def test_a_language_the_model_does_not_read_is_refused(rapidocr: RapidOcrEngine) -> None:
    with pytest.raises(LanguageNotInstalled, match="not read by RapidOCR"):
        rapidocr.recognize(render_lines(["Hallo"]), "deu")


def test_a_line_without_word_boxes_is_split_by_its_characters() -> None:
    assert apportion("TOTAL 9.00", (0, 10, 100, 30), 0.9) == [
        ("TOTAL", (0, 10, 50, 30), 0.9),
        ("9.00", (60, 10, 100, 30), 0.9),
    ]


def _piece(text: str, box: tuple[int, int, int, int]) -> _Piece:
    return _Piece(box=box, words=apportion(text, box, 0.99))


def test_gaps_between_lines_start_paragraphs_and_blocks() -> None:
    pieces = [
        _piece("far block", (10, 300, 200, 320)),
        _piece("second line", (10, 34, 200, 54)),
        _piece("first line", (10, 10, 200, 30)),
        _piece("right", (400, 12, 500, 31)),
        _piece("new paragraph", (10, 80, 200, 100)),
    ]
    words = number_words(group_lines(pieces))
    assert [(word.text, word.block, word.paragraph, word.line) for word in words] == [
        ("first", 0, 0, 0),
        ("line", 0, 0, 0),
        ("right", 0, 0, 0),
        ("second", 0, 0, 1),
        ("line", 0, 0, 1),
        ("new", 0, 1, 0),
        ("paragraph", 0, 1, 0),
        ("far", 1, 0, 0),
        ("block", 1, 0, 0),
    ]
    assert words[0].confidence == 99.0


def test_pages_near_the_large_detection_size_are_detected_at_it(rapidocr: RapidOcrEngine) -> None:
    assert rapidocr.detection_side(760, 1000) == LARGE_DETECTION_SIDE
    assert rapidocr.detection_side(952, 174) == DETECTION_SIDE
    assert rapidocr.detection_side(892, 2897) == DETECTION_SIDE


def _texts(words: list[tuple[str, tuple[int, int, int, int], float]]) -> list[str]:
    return [text for text, _, _ in words]


def test_a_line_scored_under_the_floor_gives_no_words() -> None:
    box = (0, 0, 100, 20)
    assert line_words("nunt n t", box, MIN_LINE_SCORE - 0.01, []) == []
    assert _texts(line_words("Date 12", box, MIN_LINE_SCORE, [])) == ["Date", "12"]


def test_every_word_gets_the_line_score_as_its_confidence() -> None:
    found = [("TOTAL", (0, 0, 50, 20)), ("9.00", (60, 0, 100, 20))]
    words = line_words("TOTAL 9.00", (0, 0, 100, 20), 0.93, found)
    assert words == [("TOTAL", (0, 0, 50, 20), 0.93), ("9.00", (60, 0, 100, 20), 0.93)]


def test_a_cut_at_a_wide_gap_is_kept_only_after_punctuation() -> None:
    found = [
        ("No.", (0, 0, 30, 20)),
        ("533", (50, 0, 80, 20)),
        ("SUM", (100, 0, 140, 20)),
        ("MARY", (160, 0, 210, 20)),
        ("PHONE:", (230, 0, 290, 20)),
        ("(201)", (310, 0, 360, 20)),
    ]
    words = line_words("No.533 SUMMARY PHONE:(201)", (0, 0, 360, 20), 0.95, found)
    assert [(text, box) for text, box, _ in words] == [
        ("No.", (0, 0, 30, 20)),
        ("533", (50, 0, 80, 20)),
        ("SUMMARY", (100, 0, 210, 20)),
        ("PHONE:", (230, 0, 290, 20)),
        ("(201)", (310, 0, 360, 20)),
    ]


def test_word_boxes_that_do_not_spell_the_line_are_replaced_by_its_characters_share() -> None:
    words = line_words("TOTAL 9.00", (0, 10, 100, 30), 0.9, [("TOTAL", (0, 10, 50, 30))])
    assert words == apportion("TOTAL 9.00", (0, 10, 100, 30), 0.9)


def test_fill_in_lines_and_leader_dots_part_words_and_ruling_is_dropped() -> None:
    found = [
        ("Date____March", (0, 0, 130, 20)),
        ("Men)...Friday", (140, 0, 270, 20)),
        ("|", (280, 0, 284, 20)),
        ("-----", (290, 0, 340, 20)),
        ("•", (350, 0, 355, 20)),
        ("-", (360, 0, 365, 20)),
        ("──", (370, 0, 390, 20)),
    ]
    words = line_words("Date____March Men)...Friday | ----- • - ──", (0, 0, 390, 20), 0.9, found)
    assert [(text, box) for text, box, _ in words] == [
        ("Date", (0, 0, 40, 20)),
        ("March", (80, 0, 130, 20)),
        ("Men)...", (140, 0, 210, 20)),
        ("Friday", (210, 0, 270, 20)),
        ("-", (360, 0, 365, 20)),
    ]
