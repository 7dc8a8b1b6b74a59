"""The Tesseract engine on images rendered from known text."""

from __future__ import annotations

import pytest

from ocrner.core.errors import LanguageNotInstalled
from ocrner.ocr.recognize import recognize_bytes
from ocrner.ocr.tesseract import capital_i
from tests.utils.images import LETTER, encode, render_lines, render_paragraph
from tests.utils.text import similarity


def test_a_rendered_paragraph_is_read_back_closely(ocr_engine) -> None:
    image = render_paragraph(LETTER)
    result = recognize_bytes(ocr_engine, encode(image), "eng", 40_000_000)
    assert similarity(result.text, LETTER) > 0.97
    assert (result.width, result.height) == image.size
    assert result.engine.startswith("tesseract 5")
    assert result.language == "eng"
    assert result.model == "tessdata_fast"


def test_every_word_has_a_box_inside_the_image_and_a_confidence(ocr_engine) -> None:
    image = render_paragraph(LETTER)
    result = ocr_engine.recognize(image, "eng")
    assert len(result.words) == len(LETTER.split())
    for word in result.words:
        x0, y0, x1, y1 = word.box
        assert 0 <= x0 < x1 <= image.width
        assert 0 <= y0 < y1 <= image.height
        assert 0 <= word.confidence <= 100
    assert result.mean_confidence > 80


def test_lines_are_numbered_top_to_bottom_and_words_left_to_right(ocr_engine) -> None:
    image = render_lines(["Alpha Bravo Charlie", "Delta Echo Foxtrot"])
    words = ocr_engine.recognize(image, "eng").words
    assert [word.text for word in words] == [
        "Alpha",
        "Bravo",
        "Charlie",
        "Delta",
        "Echo",
        "Foxtrot",
    ]
    assert [word.line for word in words] == [0, 0, 0, 1, 1, 1]
    assert words[0].box[0] < words[1].box[0] < words[2].box[0]
    assert words[0].box[1] < words[3].box[1]


def test_text_keeps_one_line_per_text_line(ocr_engine) -> None:
    image = render_lines(["Alpha Bravo", "Charlie Delta"])
    assert ocr_engine.recognize(image, "eng").text == "Alpha Bravo\nCharlie Delta"


def test_a_blank_image_has_no_words(ocr_engine) -> None:
    from PIL import Image

    result = ocr_engine.recognize(Image.new("L", (200, 100), 255), "eng")
    assert result.words == []
    assert result.text == ""


@pytest.mark.parametrize("language", ["xyz", "eng+xyz", ""])
def test_a_language_that_is_not_installed_is_refused_by_name(ocr_engine, language: str) -> None:
    with pytest.raises(LanguageNotInstalled, match="not installed; installed: eng"):
        ocr_engine.recognize(render_lines(["Hello"]), language)


def test_a_capital_i_that_tesseract_reads_as_a_small_l_is_restored(ocr_engine) -> None:
    # Tesseract (tessdata_fast, eng) reads "Ian" in DejaVu Sans as "lan" at every size.
    image = render_paragraph("Ian Booth flew from Iceland to Italy with Ivan in June.")
    result = recognize_bytes(ocr_engine, encode(image), "eng", 40_000_000)
    assert result.text.split()[:2] == ["Ian", "Booth"]
    assert result.words[0].text == "Ian"


@pytest.mark.parametrize(
    ("read", "meant"),
    [
        ("lan", "Ian"),
        ("(ltaly),", "(Italy),"),
        ("lnca", "Inca"),
        ("lake", "lake"),  # a word as read
        ("la", "la"),
        ("leremia", "leremia"),  # no word either way: left alone
        ("lBM", "lBM"),
        ("l", "l"),
        ("Ian", "Ian"),
    ],
)
def test_capital_i_only_where_the_word_with_i_is_a_word_and_the_one_read_is_not(
    read: str, meant: str
) -> None:
    assert capital_i(read, "eng") == meant


def test_capital_i_leaves_languages_without_a_word_list_alone() -> None:
    assert capital_i("lan", "chi_sim") == "lan"
