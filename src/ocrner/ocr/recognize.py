"""The OCR step as one call: bytes in, :class:`OcrResult` out.

The service, the in-process pipeline (``ocrner extract``), the tests and the
benchmarks all read images through these functions.
"""

from __future__ import annotations

import time

from ocrner.core.observability import ENGINE_LATENCY, record_stage
from ocrner.core.settings import OcrSettings
from ocrner.ocr.engine import OcrEngine, OcrResult
from ocrner.ocr.images import decode_image


def default_engine(settings: OcrSettings) -> OcrEngine:
    """Tesseract, with the default language loaded (which checks that it is installed)."""
    from ocrner.ocr.tesseract import TesseractEngine

    engine = TesseractEngine(settings.ocr_tessdata_dir, settings.ocr_preprocess)
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
