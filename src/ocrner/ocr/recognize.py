"""The OCR step as one call: bytes in, :class:`OcrResult` out.

The service, the in-process pipeline (``ocrner extract``), the tests and the
benchmarks all read images through these functions.
"""

from __future__ import annotations

import time
from typing import TYPE_CHECKING

from ocrner.core.observability import ENGINE_LATENCY, record_stage
from ocrner.core.settings import OcrSettings
from ocrner.ocr.engine import OcrEngine, OcrResult
from ocrner.ocr.images import decode_image

if TYPE_CHECKING:
    from ocrner.ocr.auto import AutoEngine
    from ocrner.ocr.rapidocr_engine import RapidOcrEngine


def default_engine(settings: OcrSettings) -> OcrEngine:
    """The engine ``OCR_ENGINE`` names, with the default language loaded (which checks that
    it is installed)."""
    from ocrner.ocr.tesseract import TesseractEngine

    engine: TesseractEngine | RapidOcrEngine | AutoEngine
    if settings.ocr_engine == "rapidocr":
        from ocrner.ocr.rapidocr_engine import RapidOcrEngine

        engine = RapidOcrEngine(settings.ocr_threads, settings.ocr_device)
    else:
        engine = TesseractEngine(settings.ocr_tessdata_dir, settings.ocr_preprocess)
        if settings.ocr_engine == "auto":
            # RapidOCR loads on the first page that needs it; importing it and checking its
            # device now makes a missing package, library or provider fail the start (and
            # the image's smoke check).
            import rapidocr  # noqa: F401

            from ocrner.ocr.auto import AutoEngine
            from ocrner.ocr.rapidocr_engine import RapidOcrEngine, check_device

            check_device(settings.ocr_device)
            engine = AutoEngine(
                engine, lambda: RapidOcrEngine(settings.ocr_threads, settings.ocr_device)
            )
    engine.warm_up(settings.ocr_lang)
    return engine


def recognize_bytes(engine: OcrEngine, data: bytes, language: str, max_pixels: int) -> OcrResult:
    """Decode ``data`` (refusing bad or oversized images) and read its words."""
    image = decode_image(data, max_pixels=max_pixels)
    started = time.perf_counter()
    result = engine.recognize(image, language)
    elapsed = time.perf_counter() - started
    ENGINE_LATENCY.labels("ocr").observe(elapsed)
    record_stage("engine", elapsed)
    return result
