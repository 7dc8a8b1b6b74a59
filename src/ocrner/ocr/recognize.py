"""The OCR step as one call: bytes in, :class:`OcrResult` out.

The service, the in-process pipeline (``ocrner extract``), the tests and the
benchmarks all read images through these functions.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Sequence
from typing import TYPE_CHECKING

from ocrner.core.observability import ENGINE_LATENCY, record_stage
from ocrner.core.settings import OcrSettings
from ocrner.core.workers import EnginePool
from ocrner.ocr.engine import BandEngine, OcrEngine, OcrResult
from ocrner.ocr.images import decode_image, pixel_count

if TYPE_CHECKING:
    from PIL.Image import Image

    from ocrner.core.settings import OcrDevice
    from ocrner.ocr.auto import AutoEngine
    from ocrner.ocr.rapidocr_engine import RapidOcrEngine


class OneAtATime:
    """An engine that the OCR workers of a process share, used by one of them at a time.

    RapidOCR already spreads one reading over every core (``OCR_THREADS``), so one instance
    per process reads as fast under load as one per worker (whose threads only compete for
    the same cores) and holds its models once instead of once per worker.
    """

    def __init__(self, engine: RapidOcrEngine) -> None:
        self._engine = engine
        self._turn = threading.Lock()
        self.name = engine.name

    def warm_up(self, language: str) -> None:
        with self._turn:
            self._engine.warm_up(language)

    def close(self) -> None:
        """Nothing to release: the engine is the process's."""

    def recognize(self, image: Image, language: str) -> OcrResult:
        with self._turn:
            return self._engine.recognize(image, language)


_SHARED_RAPIDOCR: dict[tuple[int, str], OneAtATime] = {}
_SHARED_RAPIDOCR_MADE = threading.Lock()


def shared_rapidocr(threads: int, device: OcrDevice) -> OneAtATime:
    """This process's RapidOCR for ``threads`` and ``device``, made on the first call."""
    from ocrner.ocr.rapidocr_engine import RapidOcrEngine

    with _SHARED_RAPIDOCR_MADE:
        engine = _SHARED_RAPIDOCR.get((threads, device))
        if engine is None:
            engine = OneAtATime(RapidOcrEngine(threads, device))
            _SHARED_RAPIDOCR[(threads, device)] = engine
        return engine


def default_engine(settings: OcrSettings) -> OcrEngine:
    """The engine ``OCR_ENGINE`` names, with the default language loaded (which checks that
    it is installed)."""
    from ocrner.ocr.tesseract import TesseractEngine

    engine: TesseractEngine | OneAtATime | AutoEngine
    if settings.ocr_engine == "rapidocr":
        engine = shared_rapidocr(settings.ocr_threads, settings.ocr_device)
    else:
        engine = TesseractEngine(settings.ocr_tessdata_dir, settings.ocr_preprocess)
        if settings.ocr_engine == "auto":
            # RapidOCR loads on the first page that needs it; importing it and checking its
            # device now makes a missing package, library or provider fail the start (and
            # the image's smoke check).
            import rapidocr  # noqa: F401

            from ocrner.ocr.auto import AutoEngine
            from ocrner.ocr.rapidocr_engine import check_device

            check_device(settings.ocr_device)
            engine = AutoEngine(
                engine, lambda: shared_rapidocr(settings.ocr_threads, settings.ocr_device)
            )
    engine.warm_up(settings.ocr_lang)
    return engine


def recognize_bytes(
    engine: OcrEngine,
    data: bytes,
    language: str,
    max_pixels: int,
    helpers: Sequence[OcrEngine] = (),
) -> OcrResult:
    """Decode ``data`` (refusing bad or oversized images) and read its words; in bands on
    ``engine`` and ``helpers`` at once when there are helpers and the engine can."""
    image = decode_image(data, max_pixels=max_pixels)
    started = time.perf_counter()
    if helpers and isinstance(engine, BandEngine):
        result = engine.recognize_in_bands(image, language, helpers)
    else:
        result = engine.recognize(image, language)
    elapsed = time.perf_counter() - started
    ENGINE_LATENCY.labels("ocr").observe(elapsed)
    record_stage("engine", elapsed)
    return result


def engines_wanted(data: bytes, settings: OcrSettings) -> int:
    """How many engines reading ``data`` can keep busy: every worker for a page of
    ``OCR_SPLIT_MIN_PIXELS`` or more that Tesseract reads, else one."""
    if (
        settings.ocr_engine == "rapidocr"
        or not settings.ocr_split_min_pixels
        or pixel_count(data) < settings.ocr_split_min_pixels
    ):
        return 1
    return settings.ocr_workers


async def read_on_pool(
    pool: EnginePool[OcrEngine], data: bytes, language: str, settings: OcrSettings
) -> OcrResult:
    """Read ``data`` on an engine of ``pool``; a large page also on the engines that are
    idle right now (none are waited for, so under load every page is read whole)."""
    return await pool.run_many(
        lambda engines: recognize_bytes(
            engines[0], data, language, settings.ocr_max_pixels, engines[1:]
        ),
        engines_wanted(data, settings),
    )
