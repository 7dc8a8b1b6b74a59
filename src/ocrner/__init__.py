"""ocrner: named entities, with their boxes on the image, from a picture of text.

The package is one shared core (:mod:`ocrner.core`) and three services, each a
thin HTTP layer over plain Python:

* :mod:`ocrner.ocr` -- image in, words with boxes out (Tesseract),
* :mod:`ocrner.ner` -- text in, entities out (spaCy),
* :mod:`ocrner.orchestrator` -- image in, entities with boxes out, by calling the two.
"""

__all__ = ["__version__"]

__version__ = "0.1.0"
