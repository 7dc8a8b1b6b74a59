"""Lines in capitals shown to the model in title case, so that it sees names as names.

The small English model learnt names from mixed-case text: on a receipt head or a headline
in capitals ("NORTHWIND TRADING COMPANY", "RIVAL CLUBS MEET IN ROTTERDAM") it finds
little. :func:`case_normalised` gives a copy of the text in which each such line is in
title case (small function words in lower case, words of three letters or fewer left as
they are, since those are mostly acronyms: "USA", "GST"). The copy has the same length, so
the model's offsets index the original text unchanged; mixed-case lines are not touched.
"""

from __future__ import annotations

import re

CAPITALS_SHARE = 0.8
"""A line is "in capitals" when at least this share of its letters are upper case..."""

MIN_LETTERS = 4
"""...and it has at least this many letters."""

SMALL_WORDS = frozenset(
    [
        "a",
        "an",
        "and",
        "as",
        "at",
        "but",
        "by",
        "for",
        "from",
        "in",
        "into",
        "of",
        "on",
        "or",
        "the",
        "to",
        "with",
        "de",
        "du",
        "des",
        "la",
        "le",
        "van",
        "von",
    ]
)
"""Words that title case leaves in lower case inside a line."""

_LINE = re.compile(r"[^\n]+")
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")


def _same_length(original: str, changed: str) -> str:
    """``changed`` where it kept each character one character long, else ``original``."""
    return changed if len(changed) == len(original) else original


def _title_word(word: str, first: bool) -> str:
    lower = "".join(_same_length(char, char.lower()) for char in word)
    if not first and lower in SMALL_WORDS:
        return lower
    if len(word) <= 3:
        return word
    return word[0] + lower[1:]


def in_capitals(line: str) -> bool:
    """Whether ``line`` is written in capitals (see :data:`CAPITALS_SHARE`)."""
    letters = [char for char in line if char.isalpha()]
    if len(letters) < MIN_LETTERS:
        return False
    return sum(char.isupper() for char in letters) >= CAPITALS_SHARE * len(letters)


def _title_line(line: str) -> str:
    parts: list[str] = []
    position = 0
    for index, word in enumerate(_WORD.finditer(line)):
        parts.append(line[position : word.start()])
        parts.append(_title_word(word.group(), first=index == 0))
        position = word.end()
    parts.append(line[position:])
    return "".join(parts)


def case_normalised(text: str) -> str:
    """``text`` with every line in capitals in title case; same length, same offsets."""
    if not any(in_capitals(line.group()) for line in _LINE.finditer(text)):
        return text
    return _LINE.sub(
        lambda line: _title_line(line.group()) if in_capitals(line.group()) else line.group(),
        text,
    )
