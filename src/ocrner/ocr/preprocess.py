"""Preparing an image for Tesseract, and mapping word boxes back to the image as sent.

Each step is small and only changes the image when it has a reason to:

* ``deskew`` straightens text that is rotated by up to :data:`MAX_SKEW_DEGREES`, found by
  the projection-profile method on a small binarised copy (rows of straight text give the
  sharpest profile). Tesseract loses whole lines on text tilted by 3-4 degrees.
* ``scale`` enlarges small text so that its lines are about :data:`TARGET_LINE_PX` high,
  and brings the large text of a large page (a 300-dpi scan) down to
  :data:`SHRINK_TO_LINE_PX`: Tesseract reads the same words from fewer pixels, faster (its
  layout analysis goes with the pixels; the benchmark's A4 page: 1.57 s of CPU instead of
  2.12 unshrunk, 0.95 s instead of 1.47 in bands on two cores).
* ``denoise`` (a median filter) and ``contrast`` (a grey-level stretch) can be switched on;
  they are off by default (docs/accuracy.md has the figures).
* ``orient`` turns the page (:func:`prepare` with ``quarter_turns``) where it says it is
  turned: a page whose lines look upside down (:func:`looks_upside_down`: more ink below
  their x-height than above) is read turned by 180 degrees first, kept if Tesseract is
  sure of it; when a reading is poor (mean word confidence under
  :data:`ORIENT_BELOW_CONFIDENCE`) or stands on end, the OCR engine reads the page again
  turned by 180, 90 and 270 degrees and keeps the best (:mod:`ocrner.ocr.tesseract`).

Every step records how it moved the pixels, so boxes found on the prepared image are
mapped back onto the image the user sent (:meth:`Prepared.to_original`). Which steps run
is the ``OCR_PREPROCESS`` setting; ``make eval`` measures each one (docs/accuracy.md).
"""

from __future__ import annotations

import itertools
import math
import statistics
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

import numpy as np
from PIL import Image, ImageFilter, ImageOps, ImageStat

from ocrner.core.errors import InvalidInput
from ocrner.ocr.engine import Box

Matrix = tuple[float, float, float, float, float, float]
"""An affine map ``(a, b, c, d, e, f)``: ``x' = a*x + b*y + c``, ``y' = d*x + e*y + f``."""

IDENTITY: Matrix = (1.0, 0.0, 0.0, 0.0, 1.0, 0.0)

MAX_SKEW_DEGREES = 6.0
"""Largest tilt ``deskew`` looks for; more than that is a photo that needs more than this."""

MIN_SKEW_DEGREES = 0.4
"""Smaller tilts are left alone: Tesseract reads them as well, and rotating blurs a little."""

SKEW_PROBE_WIDTH = 320
"""The skew is measured on a copy at most this wide, which is plenty and fast."""

SKEW_PROBE_HEIGHT = 120

SKEW_EVIDENCE = 1.15
"""The best angle must give a profile this much sharper than level to be believed."""

TARGET_LINE_PX = 24
"""Line height (ascender to descender) that ``scale`` brings small text up to."""

MAX_UPSCALE = 2.5

SCALE_BELOW_LINE_PX = 12
"""Text whose lines are lower than this is enlarged by ``scale``."""

SHRINK_MIN_PIXELS = 4_000_000
"""Pages of this many pixels or more (an A4 page at 300 dpi has 8.7 million) may be
shrunk by ``scale``; on smaller ones Tesseract's time goes with the letters, not the
pixels, and shrinking saves nothing measurable (docs/performance.md)."""

SHRINK_ABOVE_LINE_PX = 28
"""Text on such a page whose lines are higher than this is brought down to
:data:`SHRINK_TO_LINE_PX` (10-point text at 300 dpi: lines of about 32 px)."""

SHRINK_TO_LINE_PX = 16
"""Line height that ``scale`` brings large text down to (by at most :data:`MIN_DOWNSCALE`).
On the benchmark's A4 page, 16 px against 20: 1.57 against 1.78 s of CPU whole, 0.95
against 1.14 s in bands on two cores, every one of its 687 words read (and on renders of it
in five other fonts and sizes); on the seven 300-dpi dev receipts all shrunk, Tesseract
alone read 90.7 % of the gold words against 91.1 %, at 88.0 % precision against 87.6 %, in
3.4 against 4.0 s of CPU (docs/performance.md)."""

SHRINK_FILTER = Image.Resampling.BILINEAR
"""How ``scale`` shrinks (it enlarges with Lanczos). Shrinking the benchmark's A4 page took
19 ms with it against 51 ms with Lanczos; on seven 300-dpi receipts all shrunk to 20-px
lines (the target then) Tesseract read 91.1% of the gold words with it, 88.3% with Lanczos,
89.3% with a box filter (docs/accuracy.md)."""

MIN_DOWNSCALE = 0.5
"""``scale`` shrinks a page to no less than this share of its width and height."""

SEPARATE_LINES = 0.9
"""Text is shrunk only when its lines stand apart: the median inked run of rows at most
this share of the median distance from one run to the next. Blur, a tilt or tight
leading runs lines together, and their height would then be measured too high."""

ORIENT_BELOW_CONFIDENCE = 50.0
"""A reading with a lower mean word confidence may be of a page that is turned."""

QUARTER_TURNS = (2, 1, 3)
"""Turns to try, in quarter turns counter-clockwise: upside down first, the commonest."""


@dataclass
class Prepared:
    """The image to read and the map from its pixels back to the original's."""

    image: Image.Image
    original_size: tuple[int, int]
    to_source: Matrix = IDENTITY
    steps: list[str] = field(default_factory=list)
    """The steps that changed the image, e.g. ``["deskew -3.7"]``."""

    def moved(self, image: Image.Image, back: Matrix, step: str) -> None:
        """Replace the image; ``back`` maps the new image's pixels to the previous one's."""
        self.image = image
        self.to_source = _compose(self.to_source, back)
        self.steps.append(step)

    def to_original(self, box: Box) -> Box:
        """``box`` on the prepared image as the axis-aligned box it covers on the original."""
        if self.to_source == IDENTITY:
            return box
        x0, y0, x1, y1 = box
        corners = [
            _apply(self.to_source, x, y) for x, y in ((x0, y0), (x1, y0), (x0, y1), (x1, y1))
        ]
        width, height = self.original_size
        left = max(0, round(min(x for x, _ in corners)))
        top = max(0, round(min(y for _, y in corners)))
        right = min(width, round(max(x for x, _ in corners)))
        bottom = min(height, round(max(y for _, y in corners)))
        return (left, top, max(right, left + 1), max(bottom, top + 1))


def _apply(matrix: Matrix, x: float, y: float) -> tuple[float, float]:
    a, b, c, d, e, f = matrix
    return a * x + b * y + c, d * x + e * y + f


def _compose(outer: Matrix, inner: Matrix) -> Matrix:
    """The map that applies ``inner`` first, then ``outer``."""
    a1, b1, c1, d1, e1, f1 = outer
    a2, b2, c2, d2, e2, f2 = inner
    return (
        a1 * a2 + b1 * d2,
        a1 * b2 + b1 * e2,
        a1 * c2 + b1 * f2 + c1,
        d1 * a2 + e1 * d2,
        d1 * b2 + e1 * e2,
        d1 * c2 + e1 * f2 + f1,
    )


def background_level(grey: Image.Image) -> int:
    """The commonest grey level: the paper."""
    return _commonest(grey.histogram())


def _commonest(histogram: list[int]) -> int:
    return max(range(256), key=histogram.__getitem__)


def otsu_threshold(grey: Image.Image) -> int:
    """The grey level that best splits ink from paper (Otsu's method)."""
    return _otsu(grey.histogram())


def _otsu(histogram: list[int]) -> int:
    counts = np.asarray(histogram, dtype=np.float64)
    levels = np.arange(256, dtype=np.float64)
    below = np.cumsum(counts)
    above = below[-1] - below
    weighted_below = np.cumsum(levels * counts)
    weighted_total = weighted_below[-1]
    with np.errstate(divide="ignore", invalid="ignore"):
        means_apart = weighted_below / below - (weighted_total - weighted_below) / above
        variance = np.where((below > 0) & (above > 0), below * above * means_apart**2, -1.0)
    if variance.max() < 0:
        return 127
    return int(np.argmax(variance))


def _ink_levels(grey: Image.Image) -> tuple[int, bool]:
    """The Otsu threshold of ``grey`` and whether its ink is the levels above it (light text
    on a dark ground), from one histogram."""
    histogram = grey.histogram()
    threshold = _otsu(histogram)
    return threshold, _commonest(histogram) <= threshold


def ink_pixels(grey: Image.Image) -> np.ndarray:
    """True where there is ink (darker than the Otsu threshold, or lighter on a dark ground)."""
    threshold, light_ink = _ink_levels(grey)
    pixels = np.asarray(grey)
    return pixels > threshold if light_ink else pixels <= threshold


def ink_mask(grey: Image.Image) -> Image.Image:
    """255 where there is ink (:func:`ink_pixels`), 0 elsewhere."""
    threshold, light_ink = _ink_levels(grey)
    return grey.point([255 * ((level > threshold) == light_ink) for level in range(256)])


INK_PROBE_WIDTH = 600
"""Ink shares are measured on a copy of the page at most this wide."""


def ink_probe(image: Image.Image) -> tuple[Image.Image, float]:
    """``image`` in grey, box-filtered down to at most :data:`INK_PROBE_WIDTH` wide, and the
    factor it was scaled by."""
    factor = min(1.0, INK_PROBE_WIDTH / image.width)
    grey = image.convert("L")
    if factor < 1.0:
        size = (max(1, round(image.width * factor)), max(1, round(image.height * factor)))
        grey = grey.resize(size, Image.Resampling.BOX)
    return grey, factor


BOX_MARGIN = 0.15
"""Word boxes are grown by this share of their height on each side when ink is matched to
them (ascenders, descenders and the ink between words)."""


def ink_read(image: Image.Image, boxes: Sequence[Box]) -> float:
    """The share of the page's ink pixels that lie inside (slightly grown) word ``boxes``;
    1.0 for a page without ink."""
    grey, factor = ink_probe(image)
    size = grey.size
    ink = ink_mask(grey)
    total = ImageStat.Stat(ink).sum[0]
    if not total:
        return 1.0
    covered = Image.new("L", size, 0)
    for x0, y0, x1, y1 in boxes:
        grow = (y1 - y0) * BOX_MARGIN
        covered.paste(
            255,
            (
                max(0, int((x0 - grow) * factor)),
                max(0, int((y0 - grow) * factor)),
                min(size[0], round((x1 + grow) * factor) + 1),
                min(size[1], round((y1 + grow) * factor) + 1),
            ),
        )
    inside = ImageStat.Stat(ink, mask=covered).sum[0]
    return inside / total


UPSIDE_DOWN_RATIO = 0.3
"""A page whose text lines hold less ink above their x-height band than this share of the
ink below it looks upside down (:func:`looks_upside_down`)."""

MIN_ZONED_LINES = 3
"""... when at least this many lines show an x-height band with ink above or below it."""

_LINE_CORE = 0.5
"""Rows of a line with at least this share of its densest row's ink are its x-height band."""


def ink_above_below(image: Image.Image) -> tuple[int, float]:
    """How many text lines of ``image`` show an x-height band with ink above or below it, and
    the ink above those bands over the ink below them (``inf`` with none below).

    Latin letters rise above the x-height (b, d, f, h, k, l, t, capitals, digits) far more
    often than they fall below the baseline (g, j, p, q, y), so an upright line holds
    several times more ink above its x-height band than below it, and a line upside down
    the reverse. Lines are the runs of inked rows of the page's ink probe.
    """
    grey, _ = ink_probe(image)
    rows = ink_pixels(grey).sum(axis=1).astype(np.float64)
    inked = rows > max(1.0, grey.width * 0.002)
    edges = np.diff(np.concatenate(([0], inked.astype(np.int8), [0])))
    above = below = 0.0
    lines = 0
    for top, bottom in zip(np.flatnonzero(edges == 1), np.flatnonzero(edges == -1), strict=True):
        profile = rows[top:bottom]
        core = np.flatnonzero(profile >= _LINE_CORE * profile.max())
        core_top, core_bottom = int(core[0]), int(core[-1]) + 1
        if core_bottom - core_top < 3 or bottom - top < 1.3 * (core_bottom - core_top):
            continue
        above += float(profile[:core_top].sum())
        below += float(profile[core_bottom:].sum())
        lines += 1
    return lines, above / below if below else math.inf


def looks_upside_down(image: Image.Image) -> bool:
    """Whether the text lines of ``image`` look upside down (:func:`ink_above_below`): less
    ink above their x-height bands than :data:`UPSIDE_DOWN_RATIO` of the ink below. A page
    with fewer than :data:`MIN_ZONED_LINES` such lines (a single line, text on its side, a
    picture) never looks upside down."""
    lines, ratio = ink_above_below(image)
    return lines >= MIN_ZONED_LINES and ratio < UPSIDE_DOWN_RATIO


UPRIGHT_RATIO = 2.0
"""Turned one way, a page on its side shows this many times more ink above its lines'
x-height bands than below (and the other way round turned the other way): the way to turn
it is then clear (:func:`side_turn`)."""


def side_turn(image: Image.Image) -> int | None:
    """The quarter turn (1 or 3, counter-clockwise) that sets upright the lines of ``image``,
    a page on its side, when its ink says so clearly (:data:`UPRIGHT_RATIO`); else None."""
    lines, ratio = _turned_once(image)
    if lines < 2:
        return None
    if ratio >= UPRIGHT_RATIO:
        return 1
    if ratio <= 1 / UPRIGHT_RATIO:
        return 3
    return None


def side_turns(image: Image.Image) -> tuple[int, int]:
    """Both quarter turns (1 and 3) that may set upright the lines of ``image``, a page on
    its side, the one its ink leans to first, however little or on however few lines: an
    order to try them in, not a verdict (:func:`side_turn` is one)."""
    lines, ratio = _turned_once(image)
    return (3, 1) if lines and ratio < 1 else (1, 3)


def _turned_once(image: Image.Image) -> tuple[int, float]:
    """:func:`ink_above_below` of ``image`` turned by one quarter turn: over 1 when that turn
    sets its lines upright, under 1 when the opposite one does."""
    return ink_above_below(image.transpose(_TRANSPOSE[1]))


def _profile_sharpness(rows: np.ndarray, columns: np.ndarray, height: int, slope: float) -> float:
    """How sharply the rows of ink, sheared by ``slope``, alternate between text and gap.

    ``rows`` and ``columns`` are the ink pixels' coordinates on the probe; the shear about
    the probe's centre moves each pixel down by ``slope`` times its distance from it.
    """
    sheared = rows if not slope else np.rint(rows - slope * columns).astype(np.intp)
    inside = sheared[(sheared >= 0) & (sheared < height)]
    profile = np.bincount(inside, minlength=height).astype(np.float64)
    return float(np.square(np.diff(profile)).sum())


def estimate_skew(grey: Image.Image) -> float:
    """The counter-clockwise rotation, in degrees, that makes the text lines horizontal.

    Measured on a small binarised copy, shrunk more across than down so that lines stay
    apart: each whole degree up to :data:`MAX_SKEW_DEGREES` is tried as a shear (which, for
    such angles, lines text up as a rotation does), then the quarter degrees around the best.
    Each try only counts the ink pixels per sheared row (numpy), so the whole search costs
    well under a millisecond.
    """
    across = min(1.0, SKEW_PROBE_WIDTH / grey.width)
    down = min(1.0, max(across, SKEW_PROBE_HEIGHT / grey.height))
    probe = grey
    if across < 1.0 or down < 1.0:
        size = (max(1, round(grey.width * across)), max(1, round(grey.height * down)))
        probe = grey.resize(size, Image.Resampling.BOX)
    ink = ink_mask(probe)
    rows, columns = np.nonzero(np.asarray(ink))
    if len(rows) < 0.5 / 255 * ink.width * ink.height:  # blank page
        return 0.0
    centred = columns - ink.width / 2
    sharpness: dict[float, float] = {}

    def best_of(candidates: list[float]) -> float:
        for angle in candidates:
            if angle not in sharpness:
                slope = math.tan(math.radians(angle)) * down / across
                sharpness[angle] = _profile_sharpness(rows, centred, ink.height, slope)
        return max(candidates, key=sharpness.__getitem__)

    whole = round(MAX_SKEW_DEGREES)
    best = best_of([float(angle) for angle in range(-whole, whole + 1)])
    best = best_of([best + 0.25 * step for step in (-3, -2, -1, 0, 1, 2, 3)])
    if sharpness[best] < SKEW_EVIDENCE * sharpness[0.0]:
        return 0.0
    return best


def deskew(prepared: Prepared) -> None:
    """Rotate the text level if it is tilted by more than :data:`MIN_SKEW_DEGREES`."""
    grey = prepared.image
    angle = estimate_skew(grey)
    if abs(angle) < MIN_SKEW_DEGREES:
        return
    rotated = grey.rotate(
        angle,
        resample=Image.Resampling.BICUBIC,
        expand=True,
        fillcolor=background_level(grey),
    )
    # PIL turns the picture counter-clockwise by ``angle`` about its centre, then moves
    # it into the enlarged canvas; the map back turns the other way about the centres.
    radians = math.radians(angle)
    cos, sin = math.cos(radians), math.sin(radians)
    new_cx, new_cy = rotated.width / 2, rotated.height / 2
    old_cx, old_cy = grey.width / 2, grey.height / 2
    back: Matrix = (
        cos,
        -sin,
        old_cx - cos * new_cx + sin * new_cy,
        sin,
        cos,
        old_cy - sin * new_cx - cos * new_cy,
    )
    prepared.moved(rotated, back, f"deskew {angle:+.2f}")


def true_runs(mask: np.ndarray) -> list[tuple[int, int]]:
    """``(start, end)`` of each run of True in the 1-D ``mask``, end exclusive."""
    edges = np.diff(np.concatenate(([0], mask.astype(np.int8), [0])))
    return list(
        zip(np.flatnonzero(edges == 1).tolist(), np.flatnonzero(edges == -1).tolist(), strict=True)
    )


def _line_runs(grey: Image.Image) -> list[tuple[int, int]]:
    """``(top, bottom)`` of each run of inked rows (a text line, or lines run together)
    higher than 2 rows, bottom exclusive."""
    ink = ink_mask(grey)
    rows = np.asarray(ink.resize((1, ink.height), Image.Resampling.BOX)).ravel() > 2
    return [(top, bottom) for top, bottom in true_runs(rows) if bottom - top > 2]


def line_height(grey: Image.Image) -> float | None:
    """Median height of the runs of inked rows (text lines), or None with no text."""
    runs = _line_runs(grey)
    return float(statistics.median_high(bottom - top for top, bottom in runs)) if runs else None


def _factor(grey: Image.Image) -> float:
    """How much ``scale`` enlarges (over 1) or shrinks (under 1) ``grey``; 1 to leave it."""
    runs = _line_runs(grey)
    if not runs:
        return 1.0
    height = statistics.median_high(bottom - top for top, bottom in runs)
    if height < SCALE_BELOW_LINE_PX:
        return min(MAX_UPSCALE, TARGET_LINE_PX / height)
    if grey.width * grey.height < SHRINK_MIN_PIXELS or height <= SHRINK_ABOVE_LINE_PX:
        return 1.0
    pitches = [below[0] - above[0] for above, below in itertools.pairwise(runs)]
    if len(pitches) < 2 or height > SEPARATE_LINES * statistics.median_high(pitches):
        return 1.0
    return max(MIN_DOWNSCALE, SHRINK_TO_LINE_PX / height)


def scale(prepared: Prepared) -> None:
    """Enlarge the image to :data:`TARGET_LINE_PX` lines when they are lower than
    :data:`SCALE_BELOW_LINE_PX`; shrink a page of :data:`SHRINK_MIN_PIXELS` or more to
    :data:`SHRINK_TO_LINE_PX` lines when they are higher than :data:`SHRINK_ABOVE_LINE_PX`
    and stand apart (:data:`SEPARATE_LINES`)."""
    grey = prepared.image
    factor = _factor(grey)
    if factor == 1.0:
        return
    size = (round(grey.width * factor), round(grey.height * factor))
    resized = grey.resize(size, Image.Resampling.LANCZOS if factor > 1 else SHRINK_FILTER)
    back: Matrix = (grey.width / size[0], 0.0, 0.0, 0.0, grey.height / size[1], 0.0)
    prepared.moved(resized, back, f"scale x{factor:.2f}")


def denoise(prepared: Prepared) -> None:
    """A 3x3 median filter: removes speckle, but also thins small text."""
    prepared.moved(prepared.image.filter(ImageFilter.MedianFilter(3)), IDENTITY, "denoise")


LOW_CONTRAST = 160
"""Pages whose darkest and lightest levels (1% cut off) differ by less get ``contrast``."""


def contrast(prepared: Prepared) -> None:
    """Stretch the grey levels of a low-contrast page (grey paper, faded ink) to full range."""
    grey = prepared.image
    histogram = grey.histogram()
    total, cut = sum(histogram), sum(histogram) // 100
    running, low = 0, 0
    for level, count in enumerate(histogram):
        running += count
        if running > cut:
            low = level
            break
    running, high = 0, 255
    for level in range(255, -1, -1):
        running += histogram[level]
        if running > cut:
            high = level
            break
    if total and high - low < LOW_CONTRAST:
        prepared.moved(ImageOps.autocontrast(grey, cutoff=1), IDENTITY, "contrast")


STEPS: dict[str, Callable[[Prepared], None]] = {
    "deskew": deskew,
    "denoise": denoise,
    "contrast": contrast,
    "scale": scale,
}
"""The image steps ``OCR_PREPROCESS`` may name, in the order they run."""

ORIENT = "orient"
"""The step the OCR engine runs after a poor first reading."""


def check_steps(names: Sequence[str]) -> list[str]:
    """``names`` in the order they run, or an error naming the unknown ones."""
    known = [*STEPS, ORIENT]
    unknown = [name for name in names if name not in known]
    if unknown:
        raise InvalidInput(
            f"unknown preprocessing step(s) {', '.join(unknown)}; known: {', '.join(known)}"
        )
    return [name for name in known if name in names]


_TRANSPOSE = {
    1: Image.Transpose.ROTATE_90,
    2: Image.Transpose.ROTATE_180,
    3: Image.Transpose.ROTATE_270,
}


def _turn_back(quarter_turns: int, width: int, height: int) -> Matrix:
    """Maps the page turned counter-clockwise by ``quarter_turns`` back onto the original."""
    return {
        1: (0.0, -1.0, float(width), 1.0, 0.0, 0.0),
        2: (-1.0, 0.0, float(width), 0.0, -1.0, float(height)),
        3: (0.0, 1.0, 0.0, -1.0, 0.0, float(height)),
    }[quarter_turns]


def prepare(image: Image.Image, steps: Sequence[str], quarter_turns: int = 0) -> Prepared:
    """Run the image ``steps`` (of :data:`STEPS`) on a greyscale copy of ``image``, first
    turned counter-clockwise by ``quarter_turns`` (0-3) quarter turns. With no steps, the
    image is passed on as it is."""
    names = [name for name in check_steps(steps) if name in STEPS]
    prepared = Prepared(image=image, original_size=image.size)
    turns = quarter_turns % 4
    if turns:
        back = _turn_back(turns, image.width, image.height)
        prepared.moved(image.transpose(_TRANSPOSE[turns]), back, f"turn {90 * turns}")
    if not names:
        return prepared
    # Tesseract reads grey levels anyway; converting here is faster and reads the same.
    if prepared.image.mode != "L":
        prepared.image = prepared.image.convert("L")
    for name in names:
        STEPS[name](prepared)
    return prepared
