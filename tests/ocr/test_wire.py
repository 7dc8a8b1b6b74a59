"""The OCR answer's two shapes: the documented JSON and the orchestrator's compact columns."""

from __future__ import annotations

import orjson
import pytest

from ocrner.ocr.engine import OcrResult, Word
from ocrner.ocr.wire import from_compact, to_compact, to_json, wants_compact


def _result(words: int) -> OcrResult:
    return OcrResult(
        text=" ".join(f"w{i}" for i in range(words)),
        words=[
            Word(
                text=f"w{i}",
                box=(i, 2 * i, i + 10, 2 * i + 12),
                confidence=90.5 + i % 5,
                block=i // 20,
                paragraph=i // 10 % 2,
                line=i % 10,
            )
            for i in range(words)
        ],
        width=640,
        height=480,
        engine="tesseract 5.5.4",
        language="eng",
        model="tessdata_fast",
        mean_confidence=92.1,
    )


@pytest.mark.parametrize("words", [0, 1, 600])
def test_the_compact_shape_reads_back_as_the_same_result(words: int) -> None:
    result = _result(words)
    assert from_compact(to_compact(result)) == result
    assert OcrResult.model_validate_json(to_json(result)) == result


def test_the_default_json_is_one_object_per_word() -> None:
    body = orjson.loads(to_json(_result(2)))
    assert body["words"][1] == {
        "text": "w1",
        "box": [1, 2, 11, 14],
        "confidence": 91.5,
        "block": 0,
        "paragraph": 0,
        "line": 1,
    }


@pytest.mark.parametrize(
    "body",
    [
        b"not json",
        b"[]",
        orjson.dumps({"text": "", "words": []}),
        orjson.dumps({"words": {"text": ["a"], "box": [[0, 0, 1, 1]]}}),
        orjson.dumps(
            {
                "words": {
                    "text": ["a", "b"],
                    "box": [[0, 0, 1, 1]],
                    "confidence": [1, 2],
                    "block": [0, 0],
                    "paragraph": [0, 0],
                    "line": [0, 0],
                }
            }
        ),
        orjson.dumps(
            {
                "words": {
                    "text": ["a"],
                    "box": [[0, 0, 1]],
                    "confidence": [1],
                    "block": [0],
                    "paragraph": [0],
                    "line": [0],
                }
            }
        ),
    ],
    ids=["not-json", "a-list", "words-not-columns", "columns-missing", "lengths-differ", "box"],
)
def test_a_body_that_is_not_compact_is_refused(body: bytes) -> None:
    with pytest.raises(ValueError, match="compact"):
        from_compact(body)


def test_only_an_accept_header_naming_the_compact_type_gets_it() -> None:
    assert wants_compact("application/vnd.ocrner.ocr-columns+json, application/json;q=0.5")
    assert not wants_compact("application/json")
    assert not wants_compact(None)
