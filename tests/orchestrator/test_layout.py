"""Laying OCR words out as text, and mapping entity offsets back to boxes."""

from __future__ import annotations

from ocrner.ocr.engine import Word
from ocrner.orchestrator.layout import boxes_for_span, lay_out


def word(text: str, x: int, line: int, paragraph: int = 0, block: int = 0, y: int = 0) -> Word:
    top = y or 10 + 30 * line
    return Word(
        text=text,
        box=(x, top, x + 10 * len(text), top + 20),
        confidence=90,
        block=block,
        paragraph=paragraph,
        line=line,
    )


WORDS = [
    word("Dear", 0, 0),
    word("Angela", 50, 0),
    word("Merkel,", 0, 1),
    word("welcome.", 80, 1),
    word("Berlin", 0, 0, paragraph=1, y=200),
]


def test_lines_of_a_paragraph_are_joined_with_a_space() -> None:
    assert lay_out(WORDS).text == "Dear Angela Merkel, welcome.\n\nBerlin"


def test_every_word_maps_to_its_characters() -> None:
    laid_out = lay_out(WORDS)
    for index, item in enumerate(WORDS):
        start, end = laid_out.word_starts[index], laid_out.word_ends[index]
        assert laid_out.text[start:end] == item.text


def test_a_span_finds_exactly_the_words_it_overlaps() -> None:
    laid_out = lay_out(WORDS)
    start = laid_out.text.index("Angela")
    assert list(laid_out.words_between(start, start + len("Angela Merkel"))) == [1, 2]
    assert list(laid_out.words_between(start + 1, start + 3)) == [1]
    separator = laid_out.text.index(" ")
    assert list(laid_out.words_between(separator, separator + 1)) == []


def test_an_entity_broken_across_lines_gets_one_box_per_line() -> None:
    laid_out = lay_out(WORDS)
    start = laid_out.text.index("Angela")
    boxes = boxes_for_span(laid_out, WORDS, start, start + len("Angela Merkel,"))
    assert boxes == [WORDS[1].box, WORDS[2].box]


def test_words_on_one_line_share_one_box_covering_them() -> None:
    laid_out = lay_out(WORDS)
    boxes = boxes_for_span(laid_out, WORDS, 0, len("Dear Angela"))
    assert boxes == [(0, 10, WORDS[1].box[2], 30)]


def test_no_words_lay_out_as_empty_text() -> None:
    laid_out = lay_out([])
    assert laid_out.text == ""
    assert list(laid_out.words_between(0, 5)) == []


def test_a_line_that_ends_early_keeps_its_line_break_and_the_widest_line_wraps() -> None:
    words = [
        word("Northwind", 40, 0),
        word("Traders", 140, 0),
        word("12", 0, 1),
        word("Harbour", 30, 1),
        word("Road,", 110, 1),
        word("Springfield", 170, 1),
        word("Tel", 60, 2),
        word("555", 100, 2),
    ]
    laid_out = lay_out(words).text
    assert laid_out == "Northwind Traders\n12 Harbour Road, Springfield Tel 555"


def test_a_wrapped_line_is_still_joined_with_a_space() -> None:
    words = [word("Meeting", 0, 0), word("with", 80, 0), word("Marguerite", 130, 0)]
    words += [word("Duras", 0, 1), word("today", 60, 1)]
    assert lay_out(words).text == "Meeting with Marguerite Duras today"


def _line(texts: str, line: int, step: int) -> list[Word]:
    return [word(text, step * i, line) for i, text in enumerate(texts.split(" "))]


def test_a_line_of_running_text_wraps_even_where_the_next_word_would_have_fitted() -> None:
    words = _line("said the head of the", 0, 60) + _line("board of the firm and Odile", 1, 40)
    words += _line("Varga, yesterday and again in the", 2, 60)
    assert "Odile Varga," in lay_out(words).text


def test_a_short_line_before_a_line_of_running_text_wraps_into_it() -> None:
    words = _line("Minnesota, on May 3. Copperline", 0, 40)
    words += _line("Plumbing offers a discount if the total is paid in ten days.", 1, 40)
    assert "Copperline Plumbing offers" in lay_out(words).text


def test_a_heading_block_is_measured_against_the_column_under_it() -> None:
    """A headline and its dateline make a block of their own, whose widest line is the
    headline: the story below says how wide a line could be, so the dateline stays apart."""
    words = _line("Oslo talks resume.", 0, 60) + _line("OSLO 2025-03-14", 1, 60)
    story = _line("The German government urged both sides on Friday to avoid any", 0, 60)
    words += [item.model_copy(update={"block": 1, "box": _lower(item.box, 200)}) for item in story]
    assert lay_out(words).text.startswith("Oslo talks resume.\nOSLO 2025-03-14\n\n")


def test_a_heading_in_another_column_is_not_measured_against_it() -> None:
    words = _line("Oslo talks resume.", 0, 60) + _line("OSLO 2025-03-14", 1, 60)
    story = _line("The German government urged both sides on Friday to avoid any", 0, 60)
    shifted = [_lower(_right(item.box, 2000), 200) for item in story]
    words += [
        item.model_copy(update={"block": 1, "box": box})
        for item, box in zip(story, shifted, strict=True)
    ]
    assert lay_out(words).text.startswith("Oslo talks resume. OSLO 2025-03-14\n\n")


def _lower(box: tuple[int, int, int, int], by: int) -> tuple[int, int, int, int]:
    return (box[0], box[1] + by, box[2], box[3] + by)


def _right(box: tuple[int, int, int, int], by: int) -> tuple[int, int, int, int]:
    return (box[0] + by, box[1], box[2] + by, box[3])
