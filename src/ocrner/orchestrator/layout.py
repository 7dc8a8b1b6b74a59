"""From OCR words to the text NER reads, and from entity offsets back to boxes.

The text is built from the words, so every character offset maps back to the
word it came from. Lines of one paragraph that wrap are joined with a space (an
entity broken across a line, "Angela" / "Merkel", is still one span); a line that
ends early, where the next line's first word would have fitted (receipt and
letter heads, addresses, lists), ends with a line break instead, so that a shop
name is not glued to the street under it (a line of running text, with three or
more English function words, always wraps, and so does a short line before one:
"... on May 3. Copperline" / "Plumbing offers a discount if the ..."); paragraphs
are separated by a blank line, which no entity crosses. Three repairs make the text
closer to what was printed, each keeping every character on its word:

* **Paragraphs by geometry.** Tesseract starts a new paragraph after any short
  line, even inside a paragraph ("... on February 3. Copperline" / "Plumbing
  offers ..."). Within a block, a paragraph break is kept only where the gap
  between the lines is wider than the block's usual line pitch.
* **Hyphenated line ends rejoined.** "Thessa-" at the end of a line followed by
  "loniki" becomes "Thessaloniki" (the hyphen is dropped when both sides are
  lower-case letters, as in word division; kept, without a space, otherwise:
  "Jean-" / "Pierre" gives "Jean-Pierre").
* **Numeric OCR confusions.** Inside a token that is clearly a number, ``O``/``o``
  read for ``0`` and ``l``/``I``/``|`` read for ``1`` are corrected ("2O25" gives
  "2025", "£4l,5OO" gives "£41,500"); words are never touched.

An entity that covers only part of a word ("41,500" in the OCR word "£41,500,")
gets that word's box narrowed to its characters, in proportion to their typical
widths.
"""

from __future__ import annotations

import bisect
import itertools
import re
import statistics
from collections.abc import Collection, Sequence
from dataclasses import dataclass

from ocrner.ocr.engine import Box, Word

PARAGRAPH_SEPARATOR = "\n\n"
LINE_SEPARATOR = "\n"
WORD_SEPARATOR = " "

FUNCTION_WORDS = frozenset(
    [
        "the",
        "of",
        "and",
        "to",
        "in",
        "a",
        "an",
        "for",
        "on",
        "with",
        "at",
        "from",
        "by",
        "is",
        "was",
        "are",
        "were",
        "that",
        "as",
        "it",
        "said",
    ]
)
PROSE_FUNCTION_WORDS = 3
"""A line with this many lower-case function words is running text: it wraps, whatever its
width (some text is wrapped at a number of characters, not at the margin), and so does the
line before it (a short line that ends mid-sentence, a name cut there)."""

WORD_GAP_RATIO = 0.3
"""The space a word needs before it, as a share of its line's height (for the wrap test)."""

PARAGRAPH_PITCH_RATIO = 1.4
"""A line this many times the block's median line pitch below the previous one starts a
new paragraph."""

REPAIRS = frozenset({"paragraphs", "hyphens", "numbers"})
"""The repairs :func:`lay_out` makes by default (``make eval`` measures each one)."""

HYPHENS = "-\u00ad\u2010"
"""Hyphen-minus, soft hyphen and hyphen: the marks of a word divided at a line end."""

_DIGIT_FOR = str.maketrans({"O": "0", "o": "0", "l": "1", "I": "1", "|": "1"})
_NUMBER_CORE = re.compile(r"^([^\w|]*)([\w|.,:/-]*?)([^\w|]*)$")
_NUMBER_CHARS = re.compile(r"^[0-9Ool|I.,:/-]+$")
_CONFUSABLE_RUN = re.compile(r"[0-9Ool|I]+")
_NUMBER_SHAPE = re.compile(
    r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:[.,]\d+)?"
    r"|\d{1,2}:\d{2}(?::\d{2})?|\d{1,4}([/.-])\d{1,2}\1\d{2,4}"
)


@dataclass(frozen=True)
class LaidOutText:
    """The text for NER and, for each word, the character span it occupies in it.

    A word's span holds its text, except that a line-end hyphen may be dropped (the
    span is then one character shorter) and digits misread as letters are corrected
    (same length): character ``k`` of a span is always character ``k`` of the word.
    """

    text: str
    word_starts: tuple[int, ...]
    word_ends: tuple[int, ...]

    def words_between(self, start: int, end: int) -> range:
        """Indices of the words that overlap the characters ``[start, end)``."""
        first = bisect.bisect_right(self.word_ends, start)
        last = bisect.bisect_left(self.word_starts, end)
        return range(first, max(first, last))


def fix_numeric_confusions(token: str) -> str:
    """``token`` with O/o read as 0 and l/I/| read as 1, if it is clearly a number.

    Clearly a number: apart from leading and trailing punctuation (a currency sign, a
    comma) it holds only digits, separators and those letters, at least two real digits,
    each letter next to a digit or to another such letter that is, and once read as digits
    it has a number's shape (1,234.50, 10:30, 28/06/2025, 2025); a plain run of digits
    must also have more digits than letters. Anything else comes back unchanged.
    """
    match = _NUMBER_CORE.match(token)
    if match is None:
        return token
    lead, core, trail = match.groups()
    if not core or not _NUMBER_CHARS.match(core) or sum(c.isdigit() for c in core) < 2:
        return token
    fixed = _CONFUSABLE_RUN.sub(
        lambda run: (
            run.group().translate(_DIGIT_FOR)
            if any(char.isdigit() for char in run.group())
            else run.group()
        ),
        core,
    )
    if fixed == core or not _NUMBER_SHAPE.fullmatch(fixed):
        return token
    letters = sum(char in "Ool|I" for char in core)
    if fixed.isdigit() and letters >= len(core) - letters:
        return token
    return lead + fixed + trail


def _line_key(word: Word) -> tuple[int, int, int]:
    return word.block, word.paragraph, word.line


def _paragraph_breaks(words: Sequence[Word], by_geometry: bool) -> set[tuple[int, int, int]]:
    """The lines (keys) that start a paragraph: by geometry, or as Tesseract says."""
    lines = _line_boxes(words)
    keys = list(lines)
    pitches: dict[int, list[int]] = {}
    for previous, current in itertools.pairwise(keys):
        if previous[0] == current[0]:
            pitches.setdefault(current[0], []).append(lines[current][1] - lines[previous][1])
    usual_pitch = {block: statistics.median(values) for block, values in pitches.items()}
    breaks = set()
    for previous, current in itertools.pairwise(keys):
        if previous[:2] == current[:2]:
            continue
        if previous[0] != current[0] or not by_geometry:
            breaks.add(current)
            continue
        pitch = lines[current][1] - lines[previous][1]
        usual = usual_pitch[current[0]]
        if len(pitches[current[0]]) < 3 or pitch > PARAGRAPH_PITCH_RATIO * usual:
            breaks.add(current)
    return breaks


def _line_boxes(words: Sequence[Word]) -> dict[tuple[int, int, int], Box]:
    lines: dict[tuple[int, int, int], Box] = {}
    for word in words:
        key = _line_key(word)
        box = lines.get(key)
        lines[key] = word.box if box is None else _union(box, word.box)
    return lines


def _hard_line_ends(words: Sequence[Word]) -> set[int]:
    """Indices of the words that end a line early: the next line's first word (in the same
    block) would have fitted after them within the room the line had (:func:`_room`), so the
    line was broken on purpose, not wrapped. Widths, not right edges, so centred lines count too."""
    lines = _line_boxes(words)
    room = _room(lines)
    function_words: dict[tuple[int, int, int], int] = {}
    for word in words:
        key = _line_key(word)
        function_words[key] = function_words.get(key, 0) + (word.text in FUNCTION_WORDS)
    ends = set()
    for index, (word, following) in enumerate(itertools.pairwise(words)):
        key, next_key = _line_key(word), _line_key(following)
        if key == next_key or key[0] != next_key[0]:
            continue
        if max(function_words[key], function_words[next_key]) >= PROSE_FUNCTION_WORDS:
            continue  # running text, wrapped by a character count rather than by width
        line = lines[key]
        gap = WORD_GAP_RATIO * (line[3] - line[1])
        needed = line[2] - line[0] + gap + following.box[2] - following.box[0]
        if needed <= room[key]:
            ends.add(index)
    return ends


def _room(lines: dict[tuple[int, int, int], Box]) -> dict[tuple[int, int, int], int]:
    """How wide each line could have been: its block's widest line, or the widest line that
    starts where it starts (within a median line height) in any block. A heading that is a
    block of its own, or the widest line of a short block, is measured against the column's
    text below it ("Oslo talks resume." over "OSLO 2025-03-14" and the story)."""
    block_width: dict[int, int] = {}
    for key, box in lines.items():
        block_width[key[0]] = max(block_width.get(key[0], 0), box[2] - box[0])
    if not lines:
        return {}
    step = max(1, round(statistics.median(box[3] - box[1] for box in lines.values())))
    column_width: dict[int, int] = {}
    for box in lines.values():
        column = box[0] // step
        column_width[column] = max(column_width.get(column, 0), box[2] - box[0])
    room = {}
    for key, box in lines.items():
        column = box[0] // step
        nearby = max(column_width.get(near, 0) for near in (column - 1, column, column + 1))
        room[key] = max(block_width[key[0]], nearby)
    return room


def _joins_hyphenated(word: Word, following: Word) -> tuple[bool, bool]:
    """Whether ``word`` ends a line with a divided word, and whether to drop its hyphen."""
    text, rest = word.text, following.text
    if len(text) < 3 or text[-1] not in HYPHENS or not text[-2].isalpha():
        return False, False
    if not rest[:1].isalpha():
        return False, False
    drop = text[-2].islower() and rest[0].islower() and not any(h in rest for h in HYPHENS)
    return True, drop or text[-1] == "\u00ad"


def lay_out(words: Sequence[Word], repairs: Collection[str] = REPAIRS) -> LaidOutText:
    """Join ``words`` (in reading order) into one text, remembering where each word went.

    ``repairs`` names the repairs to make, of :data:`REPAIRS`.
    """
    breaks = _paragraph_breaks(words, by_geometry="paragraphs" in repairs)
    hard_ends = _hard_line_ends(words)
    parts: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    length = 0
    join_next = False
    for index, word in enumerate(words):
        if index and not join_next:
            new_paragraph = _line_key(word) in breaks and _line_key(word) != _line_key(
                words[index - 1]
            )
            if new_paragraph:
                separator = PARAGRAPH_SEPARATOR
            elif index - 1 in hard_ends:
                separator = LINE_SEPARATOR
            else:
                separator = WORD_SEPARATOR
            parts.append(separator)
            length += len(separator)
        piece = fix_numeric_confusions(word.text) if "numbers" in repairs else word.text
        join_next = False
        following = words[index + 1] if index + 1 < len(words) else None
        if (
            following is not None
            and _line_key(following) != _line_key(word)
            and _line_key(following) not in breaks
            and index not in hard_ends
            and "hyphens" in repairs
        ):
            join_next, drop = _joins_hyphenated(word, following)
            if drop:
                piece = piece[:-1]
        starts.append(length)
        parts.append(piece)
        length += len(piece)
        ends.append(length)
    return LaidOutText("".join(parts), tuple(starts), tuple(ends))


_NARROW = set("il.,:;'|!ItfjrJ()[]-\"`")
_WIDE = set("mwMWœæ@%")


def _width(chars: str) -> float:
    """Typical advance width of ``chars``, in units of an average letter."""
    return sum(0.45 if char in _NARROW else 1.45 if char in _WIDE else 1.0 for char in chars)


def _narrowed(word: Word, first: int, last: int) -> Box:
    """The part of ``word``'s box over its characters ``[first, last)``."""
    x0, y0, x1, y1 = word.box
    if first <= 0 and last >= len(word.text):
        return word.box
    total = _width(word.text)
    left = x0 + (x1 - x0) * _width(word.text[:first]) / total
    right = x0 + (x1 - x0) * _width(word.text[:last]) / total
    return (round(left), y0, max(round(right), round(left) + 1), y1)


def boxes_for_span(
    laid_out: LaidOutText, words: Sequence[Word], start: int, end: int, *, narrow: bool = True
) -> list[Box]:
    """One box per text line that the characters ``[start, end)`` touch, in reading order.

    With ``narrow``, a word only partly in the span adds only its part's box.
    """
    line_boxes: dict[tuple[int, int, int], Box] = {}
    for index in laid_out.words_between(start, end):
        word = words[index]
        word_start = laid_out.word_starts[index]
        first = max(start, word_start) - word_start
        last = min(end, laid_out.word_ends[index]) - word_start
        if last == laid_out.word_ends[index] - word_start:
            last = len(word.text)  # the whole rest of the word, a dropped hyphen included
        part = _narrowed(word, first, last) if narrow else word.box
        key = _line_key(word)
        box = line_boxes.get(key)
        line_boxes[key] = part if box is None else _union(box, part)
    return list(line_boxes.values())


def _union(a: Box, b: Box) -> Box:
    return (min(a[0], b[0]), min(a[1], b[1]), max(a[2], b[2]), max(a[3], b[3]))
