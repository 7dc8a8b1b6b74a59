"""The NER service: text in, named entities out.

The engine interface and result types are in :mod:`ocrner.ner.engine`; the spaCy
implementation in :mod:`ocrner.ner.spacy_engine`, which reads lines in capitals in title
case (:mod:`ocrner.ner.casing`) and merges the model's entities with the rules
(:mod:`ocrner.ner.merge`: shapes in :mod:`ocrner.ner.patterns`, business documents' lines in
:mod:`ocrner.ner.documents`, one label per name in :mod:`ocrner.ner.consistency`); the HTTP
layer in :mod:`ocrner.ner.service`. docs/entities.md describes the rules.
"""
