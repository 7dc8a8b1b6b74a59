"""The dense A4 page at concurrency 1: the stack, with and without splitting, against the
bare engines in one process.

    .venv/bin/python -m benchmarks.split [--repeats 5]

* **bare engines**: tesserocr (tessdata_fast, automatic page segmentation) on the decoded
  page, then spaCy (the NER engine) on its text, in this process, one after the other;
* **OCR engine, whole** and **OCR engine, in bands**: the product's OCR engine (default
  settings) in this process, ``recognize`` against ``recognize_in_bands`` with a second
  engine lent, wall time and the CPU time of the process; then the CPU time of each thread
  (the layout analysis and the first band share one) and the longest: what the reading
  in bands takes on idle cores, whatever else keeps the machine busy;
* **stack, whole** and **stack, split**: the three services as processes
  (:func:`tests.utils.processes.running_stack`, ``OCR_WORKERS=2``), the seed's multipart
  request to ``/api/NER``, with ``OCR_SPLIT_MIN_PIXELS=0`` and at its default.

Each is run ``--repeats`` times after one warm-up; the medians, their ratio to the bare
engines, whether the entities (text and label) of the two stack readings are the same, and
the load average before and after are printed. Figures go in docs/performance.md.
"""

from __future__ import annotations

import argparse
import os
import statistics
import time
from collections.abc import Callable

import httpx
from tests.utils.processes import running_stack

from benchmarks.images import bench_images
from ocrner.core.settings import NerSettings, OcrSettings
from ocrner.ocr.images import decode_image

TIMEOUT_SECONDS = 120.0


def median_seconds(call: Callable[[], object], repeats: int) -> float:
    return timed(call, repeats)[0]


def timed(call: Callable[[], object], repeats: int) -> tuple[float, float]:
    """The median wall and CPU (this process) seconds of ``call``, after one warm-up."""
    call()
    walls, cpus = [], []
    for _ in range(repeats):
        started, cpu = time.perf_counter(), time.process_time()
        call()
        walls.append(time.perf_counter() - started)
        cpus.append(time.process_time() - cpu)
    return statistics.median(walls), statistics.median(cpus)


def engine_readings(data: bytes, repeats: int) -> tuple[tuple[float, float], tuple[float, float]]:
    """The product's OCR engine on the page: whole, and in bands on two engines."""
    from ocrner.ocr.recognize import default_engine

    settings = OcrSettings()
    image = decode_image(data, max_pixels=settings.ocr_max_pixels)
    engine, helper = default_engine(settings), default_engine(settings)
    whole = timed(lambda: engine.recognize(image, settings.ocr_lang), repeats)
    banded = timed(lambda: engine.recognize_in_bands(image, settings.ocr_lang, [helper]), repeats)
    return whole, banded


def thread_cpu(data: bytes) -> tuple[float, dict[str, float]]:
    """The CPU seconds of the whole reading's thread, and of each thread of a reading in
    bands (the layout analysis, and each band), from ``time.thread_time`` around them."""
    from ocrner.ocr import split, tesseract
    from ocrner.ocr.recognize import default_engine

    settings = OcrSettings()
    image = decode_image(data, max_pixels=settings.ocr_max_pixels)
    engine, helper = default_engine(settings), default_engine(settings)
    engine.recognize_in_bands(image, settings.ocr_lang, [helper])  # warm-up
    started = time.thread_time()
    engine.recognize(image, settings.ocr_lang)
    whole = time.thread_time() - started
    spent: dict[str, float] = {}

    def measured(name: str, call: Callable) -> Callable:
        def run(page: object) -> object:
            begun = time.thread_time()
            try:
                return call(page)
            finally:
                spent[name] = time.thread_time() - begun

        return run

    def spied(prepared: object, readers: list, layout: Callable) -> object:
        bands = [measured(f"band {index}", reader) for index, reader in enumerate(readers)]
        return split.read_in_bands(prepared, bands, measured("layout", layout))

    tesseract.read_in_bands, original = spied, tesseract.read_in_bands
    try:
        engine.recognize_in_bands(image, settings.ocr_lang, [helper])
    finally:
        tesseract.read_in_bands = original
    return whole, spent


def bare_engines(data: bytes) -> Callable[[], object]:
    """tesserocr then spaCy on one page, in this process."""
    import tesserocr

    from ocrner.ner.extract import default_engine, find_entities

    settings = OcrSettings()
    ner = default_engine(NerSettings())
    api = tesserocr.PyTessBaseAPI(
        path=str(settings.ocr_tessdata_dir),
        lang=settings.ocr_lang,
        psm=tesserocr.PSM.AUTO,
        oem=tesserocr.OEM.LSTM_ONLY,
    )

    def read() -> object:
        api.SetImage(decode_image(data, max_pixels=settings.ocr_max_pixels))
        text = api.GetUTF8Text()
        api.Clear()
        return find_entities(ner, text)

    return read


def stack_reading(data: bytes, split_min_pixels: str, repeats: int) -> tuple[float, list]:
    """The median seconds of ``/api/NER`` on ``data``, and the entities of the last answer."""
    env = {"OCR_WORKERS": "2", "OCR_SPLIT_MIN_PIXELS": split_min_pixels}
    with running_stack(ocr_env=env) as stack, httpx.Client(timeout=TIMEOUT_SECONDS) as client:
        answers: list[dict] = []

        def read() -> object:
            response = client.post(
                f"{stack.url}/api/NER", files={"file": ("a4-page.png", data, "image/png")}
            )
            response.raise_for_status()
            answers.append(response.json())
            return answers[-1]

        seconds = median_seconds(read, repeats)
    return seconds, [(entity["text"], entity["label"]) for entity in answers[-1]["entities"]]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument("--no-stack", action="store_true", help="the engines in-process only")
    args = parser.parse_args()
    page = next(image for image in bench_images() if image.name == "a4-page")
    print(f"load average before: {os.getloadavg()}, {os.cpu_count()} CPUs")
    bare = median_seconds(bare_engines(page.data), args.repeats)
    (whole_wall, whole_cpu), (band_wall, band_cpu) = engine_readings(page.data, args.repeats)
    print(f"bare engines  {bare:6.2f} s")
    print(f"OCR engine, whole     {whole_wall:6.2f} s wall, {whole_cpu:6.2f} s CPU")
    print(f"OCR engine, in bands  {band_wall:6.2f} s wall, {band_cpu:6.2f} s CPU")
    whole_thread, spent = thread_cpu(page.data)
    first = spent.get("layout", 0.0) + spent.get("band 0", 0.0)
    others = [seconds for name, seconds in spent.items() if name not in ("layout", "band 0")]
    path = max(first, *others)
    print(f"thread CPU, whole     {whole_thread:6.2f} s")
    print(f"thread CPU, in bands  {', '.join(f'{n} {s:.2f} s' for n, s in sorted(spent.items()))}")
    print(f"critical path         {path:6.2f} s  {path / whole_thread:.2f} of whole")
    if not args.no_stack:
        whole, whole_entities = stack_reading(page.data, "0", args.repeats)
        split, split_entities = stack_reading(
            page.data, str(OcrSettings().ocr_split_min_pixels), args.repeats
        )
        print(f"stack, whole  {whole:6.2f} s  {whole / bare:.2f}x")
        print(f"stack, split  {split:6.2f} s  {split / bare:.2f}x")
        print(f"same entities whole and split: {whole_entities == split_entities}")
    print(f"load average after: {os.getloadavg()}")


if __name__ == "__main__":
    main()
