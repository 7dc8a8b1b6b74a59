"""One large page read on several Tesseract instances at once, in horizontal bands.

Tesseract reads a page on one core. A page of ``OCR_SPLIT_MIN_PIXELS`` or more (a dense
A4 scan takes seconds) is cut into as many bands as there are OCR workers free at that
moment, and each band is read by its own instance in its own thread (tesserocr releases
the GIL while Tesseract works):

1. The page is prepared once, whole (:mod:`ocrner.ocr.preprocess`: deskew and scale
   decide on the whole page), and the bands are cut from the prepared page.
2. :func:`find_bands` cuts only in the middle of runs of blank rows (a projection profile
   of the binarised page), so no text line is ever cut, near the rows that give each band
   the same share of ink (Tesseract's time goes with the text it reads). A page whose text
   lines have wide blank stretches (columns, tables, forms: Tesseract reads a column down
   to its end before the next, which bands would interleave) is not cut at all.
3. :func:`read_in_bands` reads the bands at the same time and puts their words back in
   reading order (band by band, top to bottom), boxes moved to page pixels and then onto
   the image as sent, blocks renumbered to follow on: shaped like a whole-page reading.
   Should a word touch a cut after all, the page is read whole instead.

The words, their boxes and their lines are those of the whole-page reading (the tests
check it on the benchmark page and on samples); where Tesseract's layout analysis, which
looks at the whole image, groups lines into blocks and paragraphs can differ.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from typing import TYPE_CHECKING

import numpy as np

from ocrner.ocr.preprocess import ink_mask

if TYPE_CHECKING:
    from PIL.Image import Image

    from ocrner.ocr.engine import Word
    from ocrner.ocr.preprocess import Prepared

Band = tuple[int, int]
"""Rows ``(top, bottom)`` of the page, bottom exclusive."""

Reader = Callable[["Image"], "list[Word]"]
"""Reads one band: its words, boxes on the band, numbered as on a page of their own."""

BLANK_ROW_SHARE = 0.001
"""A row with ink on at most this share of its pixels is blank (specks on a scan)."""

MIN_GAP_ROWS = 3
"""Cuts go in the middle of at least this many blank rows."""

WINDOW = 0.25
"""A cut is looked for within this share of a band's ink either side of the equal share."""

MIN_LINE_ROWS = 6
"""Runs of inked rows lower than this are specks or rules, not text lines."""

GUTTER_LINE_HEIGHTS = 3.0
"""A blank stretch this many line heights wide inside a text line separates columns."""


def _runs(mask: np.ndarray) -> list[tuple[int, int]]:
    """``(start, end)`` of each run of True in ``mask``, end exclusive."""
    edges = np.diff(np.concatenate(([0], mask.astype(np.int8), [0])))
    return list(
        zip(np.flatnonzero(edges == 1).tolist(), np.flatnonzero(edges == -1).tolist(), strict=True)
    )


def in_columns(ink: np.ndarray, lines: list[tuple[int, int]]) -> bool:
    """Whether any text line (a run of inked rows of ``ink``) holds two stretches of text,
    each at least a line height wide, apart by more than :data:`GUTTER_LINE_HEIGHTS`."""
    for top, bottom in lines:
        height = bottom - top
        if height < MIN_LINE_ROWS:
            continue
        inked = _runs(ink[top:bottom].any(axis=0))
        stretches: list[list[int]] = []
        for start, end in inked:
            if stretches and start - stretches[-1][1] <= GUTTER_LINE_HEIGHTS * height:
                stretches[-1][1] = end
            else:
                stretches.append([start, end])
        if sum(end - start >= height for start, end in stretches) >= 2:
            return True
    return False


def find_bands(image: Image, count: int) -> list[Band]:
    """Up to ``count`` bands covering ``image`` top to bottom, cut only across blank rows;
    one band (the whole page) when it has no such rows or is set in columns."""
    whole = [(0, image.height)]
    if count < 2:
        return whole
    ink = np.asarray(ink_mask(image.convert("L"))) > 0
    rows = ink.sum(axis=1)
    blank = rows <= image.width * BLANK_ROW_SHARE
    total = int(rows.sum())
    gaps = [
        (start, end)
        for start, end in _runs(blank)
        if start > 0 and end < image.height and end - start >= MIN_GAP_ROWS
    ]
    if not total or not gaps or in_columns(ink, _runs(~blank)):
        return whole
    share = np.cumsum(rows) / total
    cuts: list[int] = []
    for index in range(1, count):
        wanted = index / count
        best: tuple[int, float, int] | None = None
        for start, end in gaps:
            middle = (start + end) // 2
            off = abs(float(share[middle]) - wanted)
            if off > WINDOW / count or (cuts and middle <= cuts[-1]):
                continue
            candidate = (end - start, -off, middle)  # the widest gap, then the nearest
            best = candidate if best is None else max(best, candidate)
        if best is not None:
            cuts.append(best[2])
    return list(itertools.pairwise([0, *cuts, image.height]))


def read_in_bands(prepared: Prepared, readers: Sequence[Reader]) -> list[Word] | None:
    """The words of ``prepared``'s page, read in up to one band per reader, all at once;
    boxes on the original image. None when the page cannot be cut (read it whole)."""
    bands = find_bands(prepared.image, len(readers))
    if len(bands) < 2:
        return None
    page = prepared.image
    with ThreadPoolExecutor(max_workers=len(bands), thread_name_prefix="ocr-band") as pool:
        futures = [
            pool.submit(reader, page.crop((0, top, page.width, bottom)))
            for reader, (top, bottom) in zip(readers, bands, strict=False)
        ]
        readings = [future.result() for future in futures]
    return merge(prepared, bands, readings)


def merge(
    prepared: Prepared, bands: Sequence[Band], readings: Sequence[list[Word]]
) -> list[Word] | None:
    """The bands' words as one page's: in band order, boxes on the original image, blocks
    numbered on from the band above. None if a word touches a cut (it may have been cut)."""
    words: list[Word] = []
    blocks = 0
    last = len(bands) - 1
    for index, ((top, bottom), reading) in enumerate(zip(bands, readings, strict=True)):
        for word in reading:
            x0, y0, x1, y1 = word.box
            if (index > 0 and y0 <= 0) or (index < last and y1 >= bottom - top):
                return None
            words.append(
                word.model_copy(
                    update={
                        "box": prepared.to_original((x0, y0 + top, x1, y1 + top)),
                        "block": word.block + blocks,
                    }
                )
            )
        if reading:
            blocks = words[-1].block + 1
    return words
