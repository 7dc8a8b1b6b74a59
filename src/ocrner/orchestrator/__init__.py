"""The orchestrator: image in, entities with their boxes out.

:mod:`ocrner.orchestrator.layout` turns OCR words into the text NER reads and
maps entities back to boxes; :mod:`ocrner.orchestrator.pipeline` runs OCR then
NER through either in-process engines or the HTTP clients of
:mod:`ocrner.orchestrator.clients`; :mod:`ocrner.orchestrator.service` is the
public HTTP layer.
"""
