"""``OCR_ENGINE=auto``: Tesseract first, RapidOCR only for pages Tesseract struggled with.

Tesseract reads a clean screenshot or a rendered letter in about 0.1 s and as well as any
engine; on a scanned receipt or form it loses a quarter of the words, where RapidOCR
(:mod:`ocrner.ocr.rapidocr_engine`) loses few, at ten to thirty times the time. So every
page is read by Tesseract, and :func:`struggled` looks at Tesseract's own reading:

* **confidence**: the mean word confidence is under :data:`MIN_CONFIDENCE`;
* **garbage**: more than :data:`MAX_GARBAGE_SHARE` of the words are mostly not letters or
  digits (``|``, ``—-``, ``\\~'.``: noise, ruling lines and dots read as text);
* **ink left unread**: less than :data:`MIN_INK_READ` of the page's ink lies inside the
  word boxes Tesseract gave (lines it did not see at all: faded thermal print, stamps,
  small or light text).

Any one of them sends the page to RapidOCR, whose reading is then the answer (unless it
found nothing, when Tesseract's stands), with two things taken from Tesseract's reading,
after which the answer's ``engine`` names both:

* :func:`respace`: RapidOCR's recogniser drops the space after a colon, comma or semicolon
  and between a word and a capitalised one in tightly set print (``TEL:03-5542``,
  ``Bahru,Johor``, ``ReceiptNo:``). Where Tesseract's words over the same box spell the
  same letters and have a space there, the word is cut there. It also runs the words of
  a line of capitals together (``TAXINVOICE``): such a run, when it is no word of the
  page's language and Tesseract read two or more of its words over it with as many
  letters, nearly the same, is cut where Tesseract's words end. (RapidOCR's word boxes are
  shares of its line's box, so of the Tesseract words within reach the run that spells
  the word is used, a neighbour left out: ``NAME OF EVENT:`` for ``NAME OFEVENT:``);
* :func:`vote`: where the two engines read one word (the same box) a little differently and
  Tesseract's spelling is a word of the page's language and RapidOCR's is not (``WEEK`` for
  RapidOCR's ``NEEK``, ``governed`` for ``govemed``; :mod:`ocrner.ocr.lexicon`), Tesseract's
  spelling is taken;
* :func:`fill_gaps`: words that Tesseract read with a confidence of :data:`GAP_CONFIDENCE`
  or more where RapidOCR found no text at all (its detector misses some isolated short
  words on forms) are added.

The figures behind the thresholds are in docs/accuracy.md.
"""

from __future__ import annotations

import difflib
import itertools
import logging
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PIL import Image

from ocrner.ocr import lexicon
from ocrner.ocr.engine import Box, OcrResult, Word, mean_confidence, reading_order_text
from ocrner.ocr.preprocess import ink_read
from ocrner.ocr.rapidocr_engine import reads, regroup

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence

    from ocrner.ocr.recognize import OneAtATime
    from ocrner.ocr.tesseract import TesseractEngine

logger = logging.getLogger("ocrner.ocr")

MIN_CONFIDENCE = 50.0
"""A Tesseract reading with a lower mean word confidence is read again by RapidOCR."""

MAX_GARBAGE_SHARE = 0.25
"""A reading with a larger share of garbage words is read again by RapidOCR."""

MIN_INK_READ = 0.97
"""A reading whose word boxes cover less of the page's ink is read again by RapidOCR."""

GAP_CONFIDENCE = 90.0
"""A Tesseract word this sure is added to RapidOCR's reading where RapidOCR found nothing."""

GAP_OVERLAP = 0.1
"""... nothing: no RapidOCR word covers more than this share of the Tesseract word's box."""

VOTE_OVERLAP = 0.5
"""Two words are readings of one word when their boxes' intersection over union is this."""

VOTE_LIKENESS = 0.75
"""... and their letters this alike (difflib's ratio, ignoring case): one letter in four
may differ."""

VOTE_MIN_LETTERS = 4
"""Shorter words are left as RapidOCR read them: codes and abbreviations (``SDN``, ``RM``,
``PJU``) are seldom in a lexicon, and a short word's likeness says little."""

VOTE_CONFIDENCE = 20.0
"""A Tesseract word this sure may replace RapidOCR's reading of the same word, when
Tesseract's is a word of the page's language and RapidOCR's is not
(:mod:`ocrner.ocr.lexicon`)."""


@dataclass(frozen=True)
class Signals:
    """What Tesseract's reading says about how well it went."""

    mean_confidence: float
    garbage_share: float
    ink_read: float

    def reasons(self) -> list[str]:
        """The signals that say Tesseract struggled; empty when it did not."""
        found = []
        if self.mean_confidence < MIN_CONFIDENCE:
            found.append(f"mean confidence {self.mean_confidence:.0f} < {MIN_CONFIDENCE:.0f}")
        if self.garbage_share > MAX_GARBAGE_SHARE:
            found.append(f"garbage words {self.garbage_share:.0%} > {MAX_GARBAGE_SHARE:.0%}")
        if self.ink_read < MIN_INK_READ:
            found.append(f"ink read {self.ink_read:.0%} < {MIN_INK_READ:.0%}")
        return found


def is_garbage(text: str) -> bool:
    """A word whose characters are mostly neither letters nor digits."""
    alnum = sum(char.isalnum() for char in text)
    return alnum * 2 < len(text)


def signals(image: Image.Image, result: OcrResult) -> Signals:
    """The signals of Tesseract's ``result`` on ``image``."""
    words = result.words
    garbage = sum(is_garbage(word.text) for word in words) / len(words) if words else 0.0
    return Signals(
        mean_confidence=result.mean_confidence if words else 100.0,
        garbage_share=garbage,
        ink_read=ink_read(image, [word.box for word in words]),
    )


def struggled(image: Image.Image, result: OcrResult) -> list[str]:
    """Why Tesseract's ``result`` on ``image`` should be read again; empty if it should not."""
    return signals(image, result).reasons()


def _covered(box: Box, other: Box) -> float:
    """The share of ``box``'s area that ``other`` covers."""
    width = min(box[2], other[2]) - max(box[0], other[0])
    height = min(box[3], other[3]) - max(box[1], other[1])
    if width <= 0 or height <= 0:
        return 0.0
    return width * height / max(1, (box[2] - box[0]) * (box[3] - box[1]))


RESPACE_AFTER = ":,;"
"""Punctuation that a space follows in print, except between digits (``1,500``, ``12:30``)."""

RESPACE_REACH = 0.25
"""A Tesseract word is over a RapidOCR word when its centre lies within the latter's box
grown by this share of its height on each side."""


UNJOIN_MIN_LETTERS = 6
"""A RapidOCR word of this many letters or more, all letters and no word of the page's
language, may be words run together (:func:`_unjoined`)."""

UNJOIN_LETTERS_PER_DIFFERENCE = 8
"""... cut where Tesseract's words over it end when their letters, as many, differ from
its own in at most one place per this many letters (one at least)."""


def _letters(text: str) -> str:
    return "".join(char for char in text.lower() if char.isalnum())


def _centre_in(box: Box, outer: Box, reach: float) -> bool:
    x, y = (box[0] + box[2]) / 2, (box[1] + box[3]) / 2
    return outer[0] - reach <= x <= outer[2] + reach and outer[1] - reach <= y <= outer[3] + reach


def _may_have_lost_a_space(text: str) -> bool:
    return any(
        (before in RESPACE_AFTER and after.isalnum()) or (before.islower() and after.isupper())
        for before, after in itertools.pairwise(text)
    )


def _may_be_joined(text: str, language: str) -> bool:
    """Whether ``text`` may be words run together: at least :data:`UNJOIN_MIN_LETTERS`
    letters between its punctuation and no word of ``language``."""
    middle = _core(text)[1]
    return (
        len(middle) >= UNJOIN_MIN_LETTERS
        and middle.isalpha()
        and lexicon.has_list(language)
        and not lexicon.is_word(middle, language)
    )


def _unjoined(text: str, spelt: Sequence[str], language: str) -> list[str] | None:
    """``text``, which may be words run together (:func:`_may_be_joined`), cut into words as
    long as Tesseract's ``spelt`` ones (lower-case letters and digits, left to right), when
    ``spelt`` has as many letters, alike (:data:`UNJOIN_LETTERS_PER_DIFFERENCE`), none of
    them a single letter and at least two of them words of ``language``. None otherwise."""
    before, middle, after = _core(text)
    joined = "".join(spelt)
    if len(joined) != len(middle) or any(len(letters) < 2 for letters in spelt):
        return None
    differences = sum(ours != theirs for ours, theirs in zip(middle.lower(), joined, strict=True))
    if differences > max(1, len(middle) // UNJOIN_LETTERS_PER_DIFFERENCE):
        return None
    if sum(lexicon.is_word(letters, language) for letters in spelt) < 2:
        return None
    ends = list(itertools.accumulate(len(letters) for letters in spelt))
    pieces = [middle[start:end] for start, end in itertools.pairwise([0, *ends])]
    return [before + pieces[0], *pieces[1:-1], pieces[-1] + after]


def _cut(text: str, sizes: Sequence[int]) -> list[str] | None:
    """``text`` cut after each of ``sizes`` letters or digits, where a space was lost: after
    :data:`RESPACE_AFTER` punctuation (not between digits) or before a capital that follows
    a small letter; None if any cut falls elsewhere."""
    pieces: list[str] = []
    start = position = 0
    for size in sizes[:-1]:
        counted = 0
        while counted < size:
            counted += text[position].isalnum()
            position += 1
        before, after = text[position - 1], text[position]
        if before.islower() and after.isupper():
            pass
        elif after in RESPACE_AFTER and position + 1 < len(text) and text[position + 1].isalnum():
            if before.isdigit() and text[position + 1].isdigit():
                return None
            position += 1
        else:
            return None
        pieces.append(text[start:position])
        start = position
    return [*pieces, text[start:]]


def _runs(over: list[tuple[Word, str]]) -> list[list[tuple[Word, str]]]:
    """The runs of two or more neighbours in ``over``, longest first, then leftmost."""
    return [
        over[start : start + size]
        for size in range(len(over), 1, -1)
        for start in range(len(over) - size + 1)
    ]


def _respaced(
    word: Word, over: list[tuple[Word, str]], lost: bool, joinable: bool, language: str
) -> list[Word] | None:
    """``word`` cut as the first run of Tesseract's words ``over`` it (:func:`_runs`) says:
    one that spells its letters and digits and shows where a space was lost (:func:`_cut`),
    or the words it runs together (:func:`_unjoined`); None if no run does. RapidOCR's word
    boxes are shares of its line's box, so a Tesseract word next to the word may lie within
    reach of it too, and is then left out."""
    for run in _runs(over):
        spelling = [letters for _, letters in run]
        pieces = None
        if lost and "".join(spelling) == _letters(word.text):
            pieces = _cut(word.text, [len(each) for each in spelling])
        if pieces is None and joinable:
            pieces = _unjoined(word.text, spelling, language)
        if pieces is not None:
            return [
                word.model_copy(update={"text": piece, "box": other.box})
                for piece, (other, _) in zip(pieces, run, strict=True)
            ]
    return None


def respace(neural: OcrResult, tesseract: OcrResult) -> OcrResult:
    """``neural`` with each word cut where Tesseract's words over it (two or more, left to
    right) spell its letters and digits and show that a space was lost, or where it is words
    run together (:func:`_respaced`); the pieces get Tesseract's boxes and the word's
    confidence and line."""
    spelt = [(other, _letters(other.text)) for other in tesseract.words]
    spelt = [(other, letters) for other, letters in spelt if letters]
    words: list[Word] = []
    for word in neural.words:
        lost = _may_have_lost_a_space(word.text)
        joinable = _may_be_joined(word.text, neural.language)
        pieces = None
        if lost or joinable:
            reach = RESPACE_REACH * (word.box[3] - word.box[1])
            over = sorted(
                (pair for pair in spelt if _centre_in(pair[0].box, word.box, reach)),
                key=lambda pair: pair[0].box[0],
            )
            pieces = _respaced(word, over, lost, joinable, neural.language)
        words += [word] if pieces is None else pieces
    if len(words) == len(neural.words):
        return neural
    return _with_words(neural, words, tesseract)


def _with_words(neural: OcrResult, words: list[Word], tesseract: OcrResult) -> OcrResult:
    """``neural`` with ``words`` instead of its own, some of them from ``tesseract``."""
    both = f"{neural.engine} + {tesseract.engine}"
    return neural.model_copy(
        update={
            "text": reading_order_text(words),
            "words": words,
            "engine": neural.engine if neural.engine.endswith(tesseract.engine) else both,
            "model": neural.model
            if neural.model.endswith(tesseract.model)
            else f"{neural.model} + {tesseract.model}",
            "mean_confidence": round(mean_confidence(words), 2),
        }
    )


def _overlap(box: Box, other: Box) -> float:
    """The intersection over union of two boxes."""
    width = min(box[2], other[2]) - max(box[0], other[0])
    height = min(box[3], other[3]) - max(box[1], other[1])
    if width <= 0 or height <= 0:
        return 0.0
    both = width * height
    area = (box[2] - box[0]) * (box[3] - box[1]) + (other[2] - other[0]) * (other[3] - other[1])
    return both / (area - both)


def _core(text: str) -> tuple[str, str, str]:
    """``text`` as the punctuation before its first letter or digit, what lies between, and
    the punctuation after its last."""
    start, end = 0, len(text)
    while start < end and not text[start].isalnum():
        start += 1
    while end > start and not text[end - 1].isalnum():
        end -= 1
    return text[:start], text[start:end], text[end:]


def _better_spelling(word: Word, other: Word, language: str) -> str | None:
    """``word``'s text with ``other``'s letters, when ``other`` is sure, alike and a word of
    ``language`` where ``word`` is none (the ``VOTE_`` thresholds); None otherwise."""
    before, ours, after = _core(word.text)
    theirs = _core(other.text)[1]
    if (
        other.confidence < VOTE_CONFIDENCE
        or min(len(ours), len(theirs)) < VOTE_MIN_LETTERS
        or not theirs.isalpha()
        or theirs.lower() == ours.lower()
        or difflib.SequenceMatcher(None, ours.lower(), theirs.lower()).ratio() < VOTE_LIKENESS
        or lexicon.is_word(ours, language)
        or not lexicon.is_word(theirs, language)
    ):
        return None
    return before + theirs + after


def vote(neural: OcrResult, tesseract: OcrResult) -> OcrResult:
    """``neural`` with Tesseract's spelling of each word where :func:`_better_spelling` says
    it is the better one; the only Tesseract word over the same box is asked."""
    if not lexicon.has_list(neural.language):
        return neural
    words: list[Word] = []
    changed = False
    for word in neural.words:
        over = [other for other in tesseract.words if _overlap(word.box, other.box) >= VOTE_OVERLAP]
        spelling = _better_spelling(word, over[0], neural.language) if len(over) == 1 else None
        if spelling is not None:
            word = word.model_copy(update={"text": spelling})
            changed = True
        words.append(word)
    return _with_words(neural, words, tesseract) if changed else neural


def fill_gaps(neural: OcrResult, tesseract: OcrResult) -> OcrResult:
    """``neural`` with Tesseract's sure words where it found no text, lines renumbered."""
    extra = [
        word
        for word in tesseract.words
        if word.confidence >= GAP_CONFIDENCE
        and not is_garbage(word.text)
        and all(_covered(word.box, other.box) <= GAP_OVERLAP for other in neural.words)
    ]
    if not extra:
        return neural
    return _with_words(neural, regroup([*neural.words, *extra]), tesseract)


class AutoEngine:
    """Tesseract, and RapidOCR for the pages where :func:`struggled` says it should.

    RapidOCR is loaded on the first page that needs it (``rapidocr()`` makes it), so a
    service that only ever sees clean pages starts as fast and stays as small as with
    Tesseract alone.
    """

    def __init__(self, tesseract: TesseractEngine, rapidocr: Callable[[], OneAtATime]) -> None:
        self._tesseract = tesseract
        self._make_rapidocr = rapidocr
        self._rapidocr: OneAtATime | None = None

    def warm_up(self, language: str) -> None:
        self._tesseract.warm_up(language)

    def close(self) -> None:
        self._tesseract.close()
        if self._rapidocr is not None:
            self._rapidocr.close()

    def recognize(self, image: Image.Image, language: str) -> OcrResult:
        return self.recognize_in_bands(image, language, ())

    def recognize_in_bands(
        self, image: Image.Image, language: str, helpers: Sequence[AutoEngine]
    ) -> OcrResult:
        """As :meth:`recognize`, Tesseract's reading of a large page in bands on this engine
        and ``helpers`` (:mod:`ocrner.ocr.split`); RapidOCR reads a page whole."""
        tesseracts = [helper._tesseract for helper in helpers]
        first = (
            self._tesseract.recognize_in_bands(image, language, tesseracts)
            if tesseracts
            else self._tesseract.recognize(image, language)
        )
        if not reads(language):
            return first
        reasons = struggled(image, first)
        if not reasons:
            return first
        if self._rapidocr is None:
            self._rapidocr = self._make_rapidocr()
        logger.info("page read again by %s: %s", self._rapidocr.name, "; ".join(reasons))
        second = self._rapidocr.recognize(image, language)
        return fill_gaps(vote(respace(second, first), first), first) if second.words else first
