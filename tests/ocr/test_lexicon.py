"""The word lists that settle two engines' readings of one word."""

from __future__ import annotations

import pytest

from ocrner.ocr.lexicon import has_list, is_word


@pytest.mark.parametrize(
    ("word", "language", "known"),
    [
        ("week", "eng", True),
        ("WEEK", "eng", True),  # any case
        ("Governed", "eng", True),
        ("neek", "eng", False),
        ("govemed", "eng", False),
        ("Woche", "eng", False),
        ("Woche", "deu", True),
        ("Woche", "eng+deu", True),  # a word of any of the page's languages
        ("week", "eng+deu", True),
        ("week", "chi_sim", False),  # no list for the language
    ],
)
def test_is_word(word: str, language: str, known: bool) -> None:
    assert is_word(word, language) is known


def test_has_list_for_some_part_of_the_language() -> None:
    assert has_list("eng")
    assert has_list("chi_sim+eng")
    assert not has_list("chi_sim")
    assert not has_list("")


def test_load_reads_the_lists_of_the_language_once_and_skips_languages_without_one() -> None:
    from ocrner.ocr import lexicon

    lexicon._words.cache_clear()
    lexicon.load("chi_sim+deu")
    assert lexicon._words.cache_info().currsize == 1  # deu's; chi_sim has none
    lexicon.load("deu")
    assert lexicon._words.cache_info().misses == 1
