"""Comparing recognised text with the text an image was rendered from."""

from __future__ import annotations

import difflib


def normalised(text: str) -> str:
    """Whitespace collapsed to single spaces."""
    return " ".join(text.split())


def similarity(recognised: str, expected: str) -> float:
    """0..1, 1 when the texts are equal after whitespace normalisation."""
    return difflib.SequenceMatcher(None, normalised(recognised), normalised(expected)).ratio()
