"""One large page read on several Tesseract instances at once, in horizontal bands.

Tesseract reads a page on one core. A page of ``OCR_SPLIT_MIN_PIXELS`` or more (a dense
A4 scan takes seconds) is cut into as many bands as there are OCR workers free at that
moment, and each band is read by its own instance in its own thread (tesserocr releases
the GIL while Tesseract works):

1. The page is prepared once, whole (:mod:`ocrner.ocr.preprocess`: deskew and scale
   decide on the whole page, orientation on the whole page's reading), and the bands are
   cut from the prepared page.
2. :func:`find_bands` cuts only in the middle of runs of blank rows (a projection profile
   of the binarised page), so no text line is ever cut, at the rows nearest to giving
   each reader the same work (Tesseract's time goes with the ink it reads). A page whose
   text lines hold wide blank stretches (columns, tables, forms) is not cut at all.
3. :func:`read_in_bands` reads the bands at the same time. Tesseract's layout analysis
   looks at the whole image, so a band on its own can group its lines into other blocks
   and paragraphs than the page does, which changes the text's paragraph breaks (and,
   with them, entities). So the first reader, after its band, runs the layout analysis of
   the whole page (about a seventh of a reading: :data:`LAYOUT_SHARE`, its band is that much
   smaller), and :func:`merge` puts each word on the page's text line it lies on: block,
   paragraph and line numbers and the reading order are the whole page's, boxes are moved to
   page pixels and then onto the image as sent. A word on none of the page's text lines (a
   band's own layout may take a picture or a rule for text) is left out, as a reading of the
   page leaves such regions unread. Should a word touch a cut after all, the page is read
   whole instead.

The tests check on the benchmark's A4 page, on a page of the shared samples and on a page
with a picture that the text, the words and the entities are those of the page read
whole. What can differ: a
word's confidence, slightly, and on anti-aliased text a box by a pixel where a band's own
binarisation threshold (Tesseract picks one per image) differs from the page's (by two on
the image as sent when ``scale`` shrank the page before reading it).
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from typing import TYPE_CHECKING

import numpy as np

from ocrner.ocr.preprocess import ink_pixels, true_runs

if TYPE_CHECKING:
    from PIL.Image import Image

    from ocrner.ocr.engine import Box, Word
    from ocrner.ocr.preprocess import Prepared

Band = tuple[int, int]
"""Rows ``(top, bottom)`` of the page, bottom exclusive."""

Reader = Callable[["Image"], "list[Word]"]
"""Reads one band: its words, boxes on the band, numbered as on a page of their own."""

LayoutLine = tuple["Box", int, int, int]
"""A text line of the whole page as layout analysis finds it: its box, block, paragraph
and line numbers (as :class:`~ocrner.ocr.engine.Word` numbers them)."""

Layout = Callable[["Image"], list[LayoutLine]]
"""Lays the whole page out: its text lines in reading order."""

LAYOUT_SHARE = 0.15
"""Tesseract's layout analysis of a page takes about this share of its reading of it
(0.21 s of 1.46 s of CPU on the benchmark's A4 page, shrunk by ``scale``). At 0.2 its
reading in bands took 0.95 s, at 0.15 0.91 s (median of 6, alternating)."""

BLANK_ROW_SHARE = 0.001
"""A row with ink on at most this share of its pixels is blank (specks on a scan)."""

MIN_GAP_ROWS = 3
"""Cuts go in the middle of at least this many blank rows."""

WINDOW = 0.25
"""A cut is looked for within this share of a band's ink either side of the equal share."""

MIN_LINE_ROWS = 6
"""Runs of inked rows lower than this are specks or rules, not text lines."""

NEAREST_CHUNK = 512
"""Words matched to lines at a time (a words-by-lines table each)."""

GUTTER_LINE_HEIGHTS = 3.0
"""A blank stretch this many line heights wide inside a text line separates columns."""


def in_columns(ink: np.ndarray, lines: list[tuple[int, int]]) -> bool:
    """Whether any text line (a run of inked rows of ``ink``) holds two stretches of text,
    each at least a line height wide, apart by more than :data:`GUTTER_LINE_HEIGHTS`."""
    for top, bottom in lines:
        height = bottom - top
        if height < MIN_LINE_ROWS:
            continue
        inked = true_runs(ink[top:bottom].any(axis=0))
        stretches: list[list[int]] = []
        for start, end in inked:
            if stretches and start - stretches[-1][1] <= GUTTER_LINE_HEIGHTS * height:
                stretches[-1][1] = end
            else:
                stretches.append([start, end])
        if sum(end - start >= height for start, end in stretches) >= 2:
            return True
    return False


def cut_targets(count: int, head_start: float) -> list[float]:
    """Where to cut, as shares of the page's ink, for ``count`` bands read at once when the
    first reader has ``head_start`` (a share of a page's reading) to do besides its band."""
    each = (1 + head_start) / count
    first = max(each - head_start, each / 2)
    rest = (1 - first) / (count - 1)
    return [first + index * rest for index in range(count - 1)]


def find_bands(image: Image, count: int, head_start: float = 0.0) -> list[Band]:
    """Up to ``count`` bands covering ``image`` top to bottom, cut only across blank rows;
    one band (the whole page) when it has no such rows or is set in columns. The first
    band gets less ink by ``head_start`` (:func:`cut_targets`)."""
    whole = [(0, image.height)]
    if count < 2:
        return whole
    ink = ink_pixels(image if image.mode == "L" else image.convert("L"))
    rows = ink.sum(axis=1)
    blank = rows <= image.width * BLANK_ROW_SHARE
    total = int(rows.sum())
    gaps = [
        (start, end)
        for start, end in true_runs(blank)
        if start > 0 and end < image.height and end - start >= MIN_GAP_ROWS
    ]
    if not total or not gaps or in_columns(ink, true_runs(~blank)):
        return whole
    share = np.cumsum(rows) / total
    cuts: list[int] = []
    for wanted in cut_targets(count, head_start):
        best: tuple[float, int, int] | None = None
        for start, end in gaps:
            middle = (start + end) // 2
            off = abs(float(share[middle]) - wanted)
            if off > WINDOW / count or (cuts and middle <= cuts[-1]):
                continue
            candidate = (-off, end - start, middle)  # the nearest gap, then the widest
            best = candidate if best is None else max(best, candidate)
        if best is not None:
            cuts.append(best[2])
    return list(itertools.pairwise([0, *cuts, image.height]))


def read_in_bands(
    prepared: Prepared, readers: Sequence[Reader], layout: Layout
) -> list[Word] | None:
    """The words of ``prepared``'s page, read in up to one band per reader, all at once,
    numbered and ordered as ``layout`` (run by the first reader's thread, after its band)
    lays the whole page out; boxes on the original image. None when the page cannot be
    cut or a word touches a cut (read it whole)."""
    bands = find_bands(prepared.image, len(readers), head_start=LAYOUT_SHARE)
    if len(bands) < 2:
        return None
    page = prepared.image
    crops = [page.crop((0, top, page.width, bottom)) for top, bottom in bands]

    def first() -> tuple[list[LayoutLine], list[Word]]:
        # The band first, then the page's layout, while the other bands are still read.
        # (Both release the GIL: a Python thread ran 94-96% of the time during either.)
        reading = readers[0](crops[0])
        return layout(page), reading

    with ThreadPoolExecutor(max_workers=len(bands), thread_name_prefix="ocr-band") as pool:
        head = pool.submit(first)
        others = [
            pool.submit(reader, crop) for reader, crop in zip(readers[1:], crops[1:], strict=False)
        ]
        lines, reading = head.result()
        readings = [reading, *(future.result() for future in others)]
    return merge(prepared, bands, readings, lines)


def merge(
    prepared: Prepared,
    bands: Sequence[Band],
    readings: Sequence[list[Word]],
    lines: Sequence[LayoutLine],
) -> list[Word] | None:
    """The bands' words as one page's: each on the page's layout line it lies on (its
    numbers, and the page's reading order, which keeps each line's own word order), boxes
    on the original image; a word on no line is left out (:func:`lines_under`). None if a
    word touches a cut (it may have been cut)."""
    boxes: list[Box] = []
    words: list[Word] = []
    last = len(bands) - 1
    for index, ((top, bottom), reading) in enumerate(zip(bands, readings, strict=True)):
        for word in reading:
            x0, y0, x1, y1 = word.box
            if (index > 0 and y0 <= 0) or (index < last and y1 >= bottom - top):
                return None
            boxes.append((x0, y0 + top, x1, y1 + top))
            words.append(word)
    if not words:
        return []
    if not lines:
        return None
    on_lines = [
        (at, lines[line][1:])
        for at, line in enumerate(lines_under(boxes, [line[0] for line in lines]))
        if line is not None
    ]
    on_lines.sort(key=lambda placed: placed[1])  # stable: a line keeps its own word order
    return [
        words[at].model_copy(
            update={
                "box": prepared.to_original(boxes[at]),
                "block": numbers[0],
                "paragraph": numbers[1],
                "line": numbers[2],
            }
        )
        for at, numbers in on_lines
    ]


def lines_under(words: Sequence[Box], lines: Sequence[Box]) -> list[int | None]:
    """For each word box, the index of the line box its centre lies in, of several the one
    whose middle is nearest; None for a word on no line (a band reads as text what the
    page's layout found to be a picture, a rule or noise, and a reading of the page leaves
    unread)."""
    line = np.asarray(lines, dtype=np.float64)
    middle = (line[:, 1] + line[:, 3]) / 2
    found: list[int | None] = []
    for start in range(0, len(words), NEAREST_CHUNK):
        word = np.asarray(words[start : start + NEAREST_CHUNK], dtype=np.float64)
        cx = ((word[:, 0] + word[:, 2]) / 2)[:, None]
        cy = ((word[:, 1] + word[:, 3]) / 2)[:, None]
        inside = (line[:, 0] <= cx) & (cx <= line[:, 2]) & (line[:, 1] <= cy) & (cy <= line[:, 3])
        nearest = np.where(inside, np.abs(cy - middle), np.inf).argmin(axis=1)
        found += [int(at) if inside[row, at] else None for row, at in enumerate(nearest.tolist())]
    return found
