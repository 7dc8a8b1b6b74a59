"""Which image preparation pays on real scans, per OCR engine.

Usage::

    python -m benchmarks.realworld_preprocess [--limit N] [--realworld DIR]

Reads the first ``N`` receipts and forms of the real-document folder with Tesseract (no
``OCR_PREPROCESS``) and with RapidOCR, each after every preparation below, and prints OCR
token recall and precision (the measures of :mod:`benchmarks.realworld_metrics`) and the
mean seconds per page. The preparations are the steps of :mod:`ocrner.ocr.preprocess`
(``contrast`` and ``scale``, on grey levels), and Otsu binarisation of the grey page
(what thermal receipts are said to need).
"""

from __future__ import annotations

import argparse
import statistics
import time
from collections.abc import Callable

from PIL import Image

from benchmarks.realworld import load_documents, realworld_dir
from benchmarks.realworld_metrics import matched, ocr_tokens
from ocrner.core.settings import OcrSettings
from ocrner.ocr.preprocess import otsu_threshold, prepare


def _steps(*names: str) -> Callable[[Image.Image], Image.Image]:
    def run(image: Image.Image) -> Image.Image:
        return prepare(image, names).image if names else image

    return run


def _binarised(image: Image.Image) -> Image.Image:
    grey = image.convert("L")
    threshold = otsu_threshold(grey)
    return grey.point(lambda value: 255 if value > threshold else 0)


PREPARATIONS: dict[str, Callable[[Image.Image], Image.Image]] = {
    "as sent": _steps(),
    "contrast": _steps("contrast"),
    "scale": _steps("scale"),
    "Otsu binarised": _binarised,
}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m benchmarks.realworld_preprocess", description=__doc__.split("\n")[0]
    )
    parser.add_argument("--limit", type=int, default=10, help="documents per subset (10)")
    parser.add_argument("--realworld", help="folder of real documents")
    args = parser.parse_args(argv)
    documents = load_documents(realworld_dir(args.realworld), ["receipts", "forms"], args.limit)
    from ocrner.ocr.rapidocr_engine import RapidOcrEngine
    from ocrner.ocr.tesseract import TesseractEngine

    settings = OcrSettings(ocr_workers=1)
    engines = {
        "tesseract": TesseractEngine(settings.ocr_tessdata_dir, ()),
        "rapidocr": RapidOcrEngine(settings.ocr_threads),
    }
    print("| engine | preparation | subset | token recall | token precision | s / page |")
    print("| --- | --- | --- | ---: | ---: | ---: |")
    for engine_name, engine in engines.items():
        for preparation, prepare_image in PREPARATIONS.items():
            for subset in ("receipts", "forms"):
                gold_total = found_total = hits = 0
                seconds = []
                for document in (doc for doc in documents if doc.subset == subset):
                    image = Image.open(document.path)
                    image.load()
                    started = time.perf_counter()
                    text = engine.recognize(prepare_image(image), settings.ocr_lang).text
                    seconds.append(time.perf_counter() - started)
                    gold, found = ocr_tokens(document.gold_ocr_text), ocr_tokens(text)
                    gold_total += len(gold)
                    found_total += len(found)
                    hits += matched(found, gold)
                print(
                    f"| {engine_name} | {preparation} | {subset} | "
                    f"{100 * hits / max(1, gold_total):.1f}% | "
                    f"{100 * hits / max(1, found_total):.1f}% | "
                    f"{statistics.fmean(seconds):.2f} |",
                    flush=True,
                )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
