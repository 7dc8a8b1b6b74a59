"""RapidOCR's own thresholds on real scans, read as ``OCR_ENGINE=auto`` reads them.

Usage::

    python -m benchmarks.rapidocr_options [--subset forms] [--limit N] [--realworld DIR]
        [--set KEY=VALUE ...]

Reads each document of the subset with RapidOCR once per setting (its defaults first,
then each ``--set`` alone; without any, the detector and recogniser thresholds below),
merges that reading with Tesseract's as ``auto`` does (:func:`benchmarks.realworld.auto_reading`,
Tesseract's readings from the ``make eval`` cache) and prints the OCR token recall and
precision of RapidOCR alone and of the merge (micro, the measures of
:mod:`benchmarks.realworld_metrics`), with RapidOCR's CPU seconds per page. Keys are
RapidOCR's own (``Det.box_thresh``, ``Global.text_score``, ...), on top of
:meth:`RapidOcrEngine.params`.
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Iterable
from pathlib import Path

from benchmarks.realworld import (
    DEFAULT_OCR_CACHE,
    Document,
    Reader,
    Reading,
    auto_reading,
    load_documents,
    realworld_dir,
)
from benchmarks.realworld_metrics import matched, ocr_tokens
from ocrner.core.settings import OcrDevice, OcrSettings
from ocrner.ocr.images import decode_image
from ocrner.ocr.rapidocr_engine import RapidOcrEngine

DEFAULT_SETTINGS = [
    {"Det.box_thresh": 0.4},
    {"Det.thresh": 0.2},
    {"Det.unclip_ratio": 1.4},
    {"Det.unclip_ratio": 1.5},
    {"Det.unclip_ratio": 1.8},
    {"Global.text_score": 0.4},
]
"""What a run without ``--set`` tries, each alone against RapidOCR's defaults."""


class TunedRapidOcr(RapidOcrEngine):
    """The product's RapidOCR engine with some of RapidOCR's settings changed."""

    def __init__(self, threads: int, options: dict[str, object]) -> None:
        self._options = options
        super().__init__(threads)

    def params(self, threads: int, device: OcrDevice) -> dict[str, object]:  # type: ignore[override]
        return {**RapidOcrEngine.params(threads, device), **self._options}


def _value(text: str) -> object:
    """A setting's value as RapidOCR's config file would give it: a number, a boolean or text."""
    if text.lower() in ("true", "false"):
        return text.lower() == "true"
    for kind in (int, float):
        try:
            return kind(text)
        except ValueError:
            pass
    return text


def measure(documents: list[Document], reader: Reader, options: dict[str, object]) -> str:
    """One table row: ``options``' recall and precision, RapidOCR alone and merged."""
    settings = reader.settings
    engine = TunedRapidOcr(settings.ocr_threads, options)
    gold_total = hits = merged_hits = found_total = merged_total = 0
    seconds = 0.0
    for document in documents:
        image = decode_image(document.path.read_bytes(), max_pixels=settings.ocr_max_pixels)
        started = time.process_time()
        result = engine.recognize(image, settings.ocr_lang)
        seconds += time.process_time() - started
        tesseract = reader.read(document, "tesseract")
        merged = auto_reading(image, tesseract, Reading(result.text, 0.0, result))
        gold, found, both = (
            ocr_tokens(document.gold_ocr_text),
            ocr_tokens(result.text),
            ocr_tokens(merged.text),
        )
        gold_total += len(gold)
        found_total += len(found)
        merged_total += len(both)
        hits += matched(found, gold)
        merged_hits += matched(both, gold)
    named = ", ".join(f"`{key}={value}`" for key, value in options.items()) or "defaults"
    return (
        f"| {named} | {100 * hits / max(1, gold_total):.1f}% / "
        f"{100 * hits / max(1, found_total):.1f}% | "
        f"{100 * merged_hits / max(1, gold_total):.1f}% / "
        f"{100 * merged_hits / max(1, merged_total):.1f}% | "
        f"{seconds / max(1, len(documents)):.2f} |"
    )


def _settings(pairs: Iterable[str]) -> list[dict[str, object]]:
    found = []
    for pair in pairs:
        key, sep, value = pair.partition("=")
        if not sep:
            raise SystemExit(f"--set wants KEY=VALUE, not {pair!r}")
        found.append({key: _value(value)})
    return found or DEFAULT_SETTINGS


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m benchmarks.rapidocr_options", description=__doc__.split("\n")[0]
    )
    parser.add_argument(
        "--subset", choices=["forms", "receipts"], default="forms", help="which documents (forms)"
    )
    parser.add_argument("--limit", type=int, help="documents of the subset (all)")
    parser.add_argument("--realworld", help="folder of real documents")
    parser.add_argument(
        "--cache-dir",
        type=Path,
        default=DEFAULT_OCR_CACHE,
        help=f"the OCR cache of make eval, for Tesseract's readings ({DEFAULT_OCR_CACHE})",
    )
    parser.add_argument(
        "--set",
        action="append",
        default=[],
        metavar="KEY=VALUE",
        help="a RapidOCR setting to try, e.g. Det.box_thresh=0.4 (repeat for more; without "
        "any: Det.box_thresh, Det.thresh, Det.unclip_ratio and Global.text_score, each alone)",
    )
    args = parser.parse_args(argv)
    tried = _settings(args.set)
    documents = load_documents(realworld_dir(args.realworld), [args.subset], args.limit)
    reader = Reader(args.cache_dir, OcrSettings(ocr_workers=1))
    print(f"{args.subset}, {len(documents)} documents")
    print(
        "| RapidOCR setting | RapidOCR: recall / precision | auto: recall / precision "
        "| CPU s / page |"
    )
    print("| --- | ---: | ---: | ---: |")
    for options in [{}, *tried]:
        print(measure(documents, reader, options), flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
