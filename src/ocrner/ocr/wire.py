"""How an :class:`~ocrner.ocr.engine.OcrResult` travels from the OCR service to the orchestrator.

Two shapes of the same answer:

* the documented JSON (``application/json``): every word an object, as in the
  OpenAPI schema; what any caller of ``POST /api/OCR`` gets by default;
* the compact one (:data:`COMPACT_MEDIA_TYPE`), which the orchestrator asks for
  with its ``Accept`` header: the same fields, but ``words`` is one object of
  columns, ``{"text": [...], "box": [[x0, y0, x1, y1], ...], "confidence": [...],
  "block": [...], "paragraph": [...], "line": [...]}``, written with orjson and read
  back without validating each word again: the OCR service built them as
  :class:`~ocrner.ocr.engine.Word` objects, so only the columns' shape is checked.

Both are written without FastAPI validating the result a second time (it is a
model the engine just built).
"""

from __future__ import annotations

from typing import Any

import orjson

from ocrner.ocr.engine import OcrResult, Word

COMPACT_MEDIA_TYPE = "application/vnd.ocrner.ocr-columns+json"

_COLUMNS = ("text", "box", "confidence", "block", "paragraph", "line")


def wants_compact(accept: str | None) -> bool:
    """Whether an ``Accept`` header asks for the compact shape."""
    return accept is not None and COMPACT_MEDIA_TYPE in accept


def to_json(result: OcrResult) -> bytes:
    """The documented JSON of ``result``."""
    return result.model_dump_json().encode()


def to_compact(result: OcrResult) -> bytes:
    """``result`` with its words as columns."""
    fields = result.model_dump(exclude={"words"})
    words = result.words
    fields["words"] = {
        "text": [word.text for word in words],
        "box": [word.box for word in words],
        "confidence": [word.confidence for word in words],
        "block": [word.block for word in words],
        "paragraph": [word.paragraph for word in words],
        "line": [word.line for word in words],
    }
    return orjson.dumps(fields)


def from_compact(body: bytes) -> OcrResult:
    """The :class:`OcrResult` of a compact answer; ``ValueError`` if it is not one."""
    try:
        fields: dict[str, Any] = orjson.loads(body)
        columns = fields.pop("words")
        values = [columns[name] for name in _COLUMNS]
    except (orjson.JSONDecodeError, AttributeError, KeyError, TypeError) as error:
        raise ValueError(f"not a compact OCR answer: {error}") from None
    if not all(isinstance(column, list) for column in values) or len(
        {len(column) for column in values}
    ) not in (0, 1):
        raise ValueError("not a compact OCR answer: the word columns differ in length")
    if not all(isinstance(box, list) and len(box) == 4 for box in values[1]):
        raise ValueError("not a compact OCR answer: a box is not four numbers")
    words = [
        Word.model_construct(
            text=text,
            box=tuple(box),
            confidence=confidence,
            block=block,
            paragraph=paragraph,
            line=line,
        )
        for text, box, confidence, block, paragraph, line in zip(*values, strict=True)
    ]
    return OcrResult.model_validate({**fields, "words": []}).model_copy(update={"words": words})
