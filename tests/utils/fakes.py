"""Stand-in engines for unit tests of the HTTP layers (never used in end-to-end tests)."""

from __future__ import annotations

from PIL.Image import Image

from ocrner.ner.engine import Entity
from ocrner.ocr.engine import OcrResult, Word


class FakeOcrEngine:
    """Reads every image as the same two lines of words."""

    def __init__(self, words: list[Word] | None = None) -> None:
        self.words = words or [
            Word(text="Angela", box=(10, 10, 80, 30), confidence=95, block=0, paragraph=0, line=0),
            Word(text="Merkel", box=(10, 40, 80, 60), confidence=94, block=0, paragraph=0, line=1),
        ]
        self.calls = 0

    def recognize(self, image: Image, language: str) -> OcrResult:
        self.calls += 1
        return OcrResult(
            text="\n".join(word.text for word in self.words),
            words=self.words,
            width=image.width,
            height=image.height,
            engine="fake",
            language=language,
            model="none",
            mean_confidence=94.5,
        )


class FakeNerEngine:
    """Finds every capitalised run of words as a PERSON."""

    model_name = "fake-ner"

    def find_entities(self, texts: list[str]) -> list[list[Entity]]:
        import re

        return [
            [
                Entity(text=match.group(), label="PERSON", start=match.start(), end=match.end())
                for match in re.finditer(r"[A-Z][a-z]+(?:\s+[A-Z][a-z]+)*", text)
            ]
            for text in texts
        ]
