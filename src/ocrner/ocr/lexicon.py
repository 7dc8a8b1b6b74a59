"""Whether a word is a word of a language, for settling two OCR engines' readings of one word.

The word lists are the frequency lists that the ``pyspellchecker`` wheel ships (built
from OpenSubtitles and Wikipedia; English has 160,000 words, each seen at least 50 times).
A list is read on the first question about its language, in about 0.2 s, and kept.
"""

from __future__ import annotations

import gzip
import json
from functools import cache
from importlib import resources

TESSERACT_TO_LIST = {
    "eng": "en",
    "deu": "de",
    "fra": "fr",
    "spa": "es",
    "por": "pt",
    "ita": "it",
    "nld": "nl",
    "rus": "ru",
    "ara": "ar",
    "lav": "lv",
    "eus": "eu",
    "fas": "fa",
}
"""Tesseract language code -> the name of pyspellchecker's list for it."""


@cache
def _words(name: str) -> frozenset[str]:
    data = (resources.files("spellchecker") / "resources" / f"{name}.json.gz").read_bytes()
    return frozenset(json.loads(gzip.decompress(data)))


def has_list(language: str) -> bool:
    """Whether there is a list for some part of ``language`` (``eng``, ``eng+deu``)."""
    return any(part in TESSERACT_TO_LIST for part in language.split("+"))


def _lists(language: str) -> list[frozenset[str]]:
    """The lists of the parts of ``language`` that have one, read on first use."""
    return [
        _words(TESSERACT_TO_LIST[part]) for part in language.split("+") if part in TESSERACT_TO_LIST
    ]


def load(language: str) -> None:
    """Read the lists of ``language`` now (about 0.2 s and 20-35 MiB) rather than on the
    first question."""
    _lists(language)


def is_word(word: str, language: str) -> bool:
    """Whether ``word`` (any case) is in the list of some part of ``language``."""
    folded = word.lower()
    return any(folded in words for words in _lists(language))
