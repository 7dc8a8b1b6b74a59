"""The NER step as one call: text in, :class:`NerResult` out.

The service, the in-process pipeline (``ocrner extract``), the tests and the
benchmarks all find entities through these functions.
"""

from __future__ import annotations

import time

from ocrner.core.errors import PayloadTooLarge
from ocrner.core.observability import ENGINE_LATENCY, record_stage
from ocrner.core.settings import NerSettings
from ocrner.ner.engine import NerEngine, NerResult


def default_engine(settings: NerSettings) -> NerEngine:
    """spaCy with the model named by NER_MODEL."""
    from ocrner.ner.spacy_engine import SpacyEngine

    return SpacyEngine(settings.ner_model)


def check_text(text: str, max_chars: int) -> str:
    """Refuse a text over the length limit (413)."""
    if len(text) > max_chars:
        raise PayloadTooLarge(
            f"The text has {len(text)} characters, over the limit of {max_chars}."
        )
    return text


def find_entities(engine: NerEngine, text: str) -> NerResult:
    """Run the engine on one text."""
    started = time.perf_counter()
    (entities,) = engine.find_entities([text])
    elapsed = time.perf_counter() - started
    ENGINE_LATENCY.labels("ner").observe(elapsed)
    record_stage("engine", elapsed)
    return NerResult(entities=entities, model=engine.model_name)
