"""The NER step as one call: text in, :class:`NerResult` out.

The service, the in-process pipeline (``ocrner extract``), the tests and the
benchmarks all find entities through these functions.
"""

from __future__ import annotations

import functools
import time

from ocrner.core.errors import LanguageNotInstalled, PayloadTooLarge
from ocrner.core.observability import ENGINE_LATENCY, record_stage
from ocrner.core.settings import NerSettings
from ocrner.ner.engine import NerEngine, NerResult


def default_engine(settings: NerSettings) -> NerEngine:
    """spaCy with the model named by NER_MODEL, merged with the pattern recognisers (numeric
    dates read in DATE_ORDER).

    Refuses a model whose language is not OCRNER_LANG, so that OCR and NER stay in step.
    """
    from ocrner.ner.merge import combine
    from ocrner.ner.spacy_engine import SpacyEngine

    engine = SpacyEngine(
        settings.ner_model, combine=functools.partial(combine, date_order=settings.date_order)
    )
    if engine.language != settings.ocrner_lang:
        raise LanguageNotInstalled(
            f"NER_MODEL={settings.ner_model} is a {engine.language!r} model but "
            f"OCRNER_LANG={settings.ocrner_lang}: install and name a model for that language."
        )
    return engine


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
