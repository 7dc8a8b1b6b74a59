"""One RapidOCR per process: the OCR workers share it, one reading at a time."""

from __future__ import annotations

import threading
import time
from concurrent.futures import ThreadPoolExecutor

from PIL import Image

from ocrner.core.settings import OcrSettings
from ocrner.ocr.recognize import OneAtATime, default_engine, shared_rapidocr


class _Counting:
    """A stand-in engine that counts how many calls are inside it at once."""

    name = "counting"

    def __init__(self) -> None:
        self.inside = 0
        self.most_inside = 0
        self._count = threading.Lock()

    def recognize(self, image: Image.Image, language: str) -> str:
        with self._count:
            self.inside += 1
            self.most_inside = max(self.most_inside, self.inside)
        time.sleep(0.02)
        with self._count:
            self.inside -= 1
        return language


def test_the_workers_of_a_process_get_one_rapidocr() -> None:
    settings = OcrSettings(ocr_engine="rapidocr", ocr_threads=1, ocr_workers=2)
    first, second = default_engine(settings), default_engine(settings)
    assert first is second
    assert first is shared_rapidocr(1, "cpu")
    assert shared_rapidocr(2, "cpu") is not first


def test_a_shared_engine_reads_one_page_at_a_time() -> None:
    counting = _Counting()
    shared = OneAtATime(counting)  # type: ignore[arg-type]
    page = Image.new("L", (8, 8), 255)
    with ThreadPoolExecutor(4) as pool:
        answers = list(pool.map(lambda n: shared.recognize(page, f"call {n}"), range(8)))
    assert answers == [f"call {n}" for n in range(8)]
    assert counting.most_inside == 1
