"""What an OCR engine is to the rest of ocrner: a small interface and its result types.

The result types are plain pydantic models with no engine behind them, so the
orchestrator (which has no Tesseract) parses the OCR service's answers into the
very same objects the in-process engine returns.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Protocol, runtime_checkable

from pydantic import BaseModel, Field

if TYPE_CHECKING:
    from collections.abc import Sequence

    from PIL.Image import Image

Box = tuple[int, int, int, int]
"""A pixel box ``(x0, y0, x1, y1)``: left, top, right, bottom; x1 and y1 exclusive."""


class Word(BaseModel):
    """One recognised word, where it is, and which line of which paragraph it is on."""

    text: str
    box: Box = Field(description="Pixel box [x0, y0, x1, y1], x1 and y1 exclusive.")
    confidence: float = Field(ge=0, le=100, description="Engine confidence, 0-100.")
    block: int = Field(ge=0, description="Block number, in reading order.")
    paragraph: int = Field(ge=0, description="Paragraph number within the block.")
    line: int = Field(ge=0, description="Line number within the paragraph.")


class OcrResult(BaseModel):
    """Everything the OCR engine read from one image."""

    text: str = Field(description="The full text in reading order, one line per text line.")
    words: list[Word]
    width: int = Field(description="Image width in pixels.")
    height: int = Field(description="Image height in pixels.")
    engine: str = Field(
        description="OCR engine and version that read the page, e.g. tesseract 5.5.4 or "
        "rapidocr 3.10.0."
    )
    language: str = Field(description="Tesseract language(s) used, e.g. eng.")
    model: str = Field(
        description="Language data or model the engine used, e.g. tessdata_fast or PP-OCRv6 small."
    )
    mean_confidence: float = Field(description="Mean word confidence, 0-100.")


def mean_confidence(words: list[Word]) -> float:
    """The mean word confidence, 0 with no words."""
    return sum(word.confidence for word in words) / len(words) if words else 0.0


def reading_order_text(words: list[Word]) -> str:
    """Words joined by spaces, lines by newlines, paragraphs by a blank line."""
    text = ""
    previous: Word | None = None
    for word in words:
        if previous is not None:
            if (word.block, word.paragraph) != (previous.block, previous.paragraph):
                text += "\n\n"
            elif word.line != previous.line:
                text += "\n"
            else:
                text += " "
        text += word.text
        previous = word
    return text


class OcrEngine(Protocol):
    """Reads the words on an image. Implementations are used from one thread at a time."""

    def recognize(self, image: Image, language: str) -> OcrResult:
        """Read ``image`` (already decoded and checked) in ``language``."""
        ...


@runtime_checkable
class BandEngine(OcrEngine, Protocol):
    """An engine that can read a large page in bands, at once on itself and on idle engines
    of its kind lent for the call (:mod:`ocrner.ocr.split`)."""

    def recognize_in_bands(self, image: Image, language: str, helpers: Sequence[Any]) -> OcrResult:
        """Read ``image`` as :meth:`recognize` does, on this engine and ``helpers``."""
        ...
