"""From OCR words to the text NER reads, and from entity offsets back to boxes.

The text is built from the words, so every character offset maps back to the
words it came from. Lines of one paragraph are joined with a space (an entity
broken across a line, "Angela" / "Merkel", is still one span); paragraphs are
separated by a blank line, which no entity crosses.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from dataclasses import dataclass

from ocrner.ocr.engine import Box, Word

PARAGRAPH_SEPARATOR = "\n\n"
WORD_SEPARATOR = " "


@dataclass(frozen=True)
class LaidOutText:
    """The text for NER and, for each word, the character span it occupies in it."""

    text: str
    word_starts: tuple[int, ...]
    word_ends: tuple[int, ...]

    def words_between(self, start: int, end: int) -> range:
        """Indices of the words that overlap the characters ``[start, end)``."""
        first = bisect.bisect_right(self.word_ends, start)
        last = bisect.bisect_left(self.word_starts, end)
        return range(first, max(first, last))


def lay_out(words: Sequence[Word]) -> LaidOutText:
    """Join ``words`` (in reading order) into one text, remembering where each word went."""
    parts: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    length = 0
    previous: Word | None = None
    for word in words:
        if previous is not None:
            same_paragraph = (word.block, word.paragraph) == (previous.block, previous.paragraph)
            separator = WORD_SEPARATOR if same_paragraph else PARAGRAPH_SEPARATOR
            parts.append(separator)
            length += len(separator)
        starts.append(length)
        parts.append(word.text)
        length += len(word.text)
        ends.append(length)
        previous = word
    return LaidOutText("".join(parts), tuple(starts), tuple(ends))


def boxes_for_span(laid_out: LaidOutText, words: Sequence[Word], start: int, end: int) -> list[Box]:
    """One box per text line that the characters ``[start, end)`` touch, in reading order."""
    line_boxes: dict[tuple[int, int, int], Box] = {}
    for index in laid_out.words_between(start, end):
        word = words[index]
        key = (word.block, word.paragraph, word.line)
        box = line_boxes.get(key)
        line_boxes[key] = word.box if box is None else _union(box, word.box)
    return list(line_boxes.values())


def _union(a: Box, b: Box) -> Box:
    return (min(a[0], b[0]), min(a[1], b[1]), max(a[2], b[2]), max(a[3], b[3]))
