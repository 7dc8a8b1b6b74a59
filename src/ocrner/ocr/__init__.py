"""The OCR service: image in, words with their boxes out.

The engine interface and the result types are in :mod:`ocrner.ocr.engine`; the
Tesseract implementation in :mod:`ocrner.ocr.tesseract`; image decoding and its
limits in :mod:`ocrner.ocr.images`; the HTTP layer in :mod:`ocrner.ocr.service`.
"""
