"""The layout's repairs: divided words rejoined, paragraphs by line spacing, digits read as
letters, and boxes narrowed to the characters of an entity."""

from __future__ import annotations

import pytest

from ocrner.ocr.engine import Word
from ocrner.orchestrator.layout import boxes_for_span, fix_numeric_confusions, lay_out


def word(text: str, x: int, line: int, paragraph: int = 0, y: int | None = None) -> Word:
    top = 10 + 30 * line if y is None else y
    return Word(
        text=text,
        box=(x, top, x + 10 * len(text), top + 20),
        confidence=90,
        block=0,
        paragraph=paragraph,
        line=line,
    )


def test_a_word_divided_at_a_line_end_is_rejoined_without_its_hyphen() -> None:
    words = [word("in", 0, 0), word("Thessa-", 30, 0), word("loniki", 0, 1), word("today", 70, 1)]
    laid_out = lay_out(words)
    assert laid_out.text == "in Thessaloniki today"
    start = laid_out.text.index("Thessaloniki")
    assert list(laid_out.words_between(start, start + len("Thessaloniki"))) == [1, 2]
    boxes = boxes_for_span(laid_out, words, start, start + len("Thessaloniki"))
    assert boxes == [words[1].box, words[2].box]


@pytest.mark.parametrize(
    ("first", "second", "joined"),
    [
        ("Jean-", "Pierre", "Jean-Pierre"),
        ("Rent-", "a-Car", "Rent-a-Car"),
        ("COVID-", "19", "COVID- 19"),
        ("-", "then", "- then"),
    ],
)
def test_a_real_hyphen_is_kept(first: str, second: str, joined: str) -> None:
    assert lay_out([word(first, 0, 0), word(second, 0, 1)]).text == joined


def test_every_character_of_the_text_maps_into_its_word() -> None:
    words = [word("Invoice", 0, 0), word("2O25:", 80, 0), word("inter-", 140, 0)]
    words += [word("national", 0, 1), word("£4l,5OO,", 90, 1)]
    laid_out = lay_out(words)
    assert laid_out.text == "Invoice 2025: international £41,500,"
    for index, item in enumerate(words):
        span = laid_out.text[laid_out.word_starts[index] : laid_out.word_ends[index]]
        assert len(span) in (len(item.text), len(item.text) - 1)


@pytest.mark.parametrize(
    ("token", "fixed"),
    [
        ("2O25", "2025"),
        ("1O:3O", "10:30"),
        ("£4l,5OO,", "£41,500,"),
        ("(3l)", "(3l)"),
        ("I-95", "I-95"),
        ("O2", "O2"),
        ("Oslo", "Oslo"),
        ("lO", "lO"),
        ("COVID-19", "COVID-19"),
        ("Hello", "Hello"),
        ("2024-O1-15", "2024-01-15"),
        ("1O-2O", "1O-2O"),
    ],
)
def test_letters_read_for_digits_are_fixed_only_in_clear_numbers(token: str, fixed: str) -> None:
    assert fix_numeric_confusions(token) == fixed


def test_a_short_line_does_not_end_the_paragraph_unless_a_gap_follows() -> None:
    words = [
        word("on", 0, 0, y=10),
        word("Monday.", 30, 0, y=10),
        word("Copperline", 0, 1, y=40),
        word("Plumbing", 0, 0, paragraph=1, y=70),
        word("offers", 90, 0, paragraph=1, y=70),
        word("more.", 0, 1, paragraph=1, y=100),
        word("Regards", 0, 0, paragraph=2, y=200),
    ]
    assert lay_out(words).text == "on Monday. Copperline Plumbing offers more.\n\nRegards"
    assert lay_out(words, repairs=()).text == (
        "on Monday. Copperline\n\nPlumbing offers more.\n\nRegards"
    )


def test_an_entity_covering_part_of_a_word_gets_that_part_of_its_box() -> None:
    words = [word("salary", 0, 0), word("£41,500,", 100, 0)]
    laid_out = lay_out(words)
    start = laid_out.text.index("41,500")
    (box,) = boxes_for_span(laid_out, words, start, start + len("41,500"))
    whole = words[1].box
    assert whole[0] < box[0] < box[2] < whole[2]
    assert (box[1], box[3]) == (whole[1], whole[3])
    (unnarrowed,) = boxes_for_span(laid_out, words, start, start + 6, narrow=False)
    assert unnarrowed == whole
