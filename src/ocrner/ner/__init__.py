"""The NER service: text in, named entities out.

The engine interface and result types are in :mod:`ocrner.ner.engine`; the spaCy
implementation in :mod:`ocrner.ner.spacy_engine`; the HTTP layer in
:mod:`ocrner.ner.service`.
"""
