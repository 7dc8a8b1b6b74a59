"""Request parameters that several orchestrator routes take, declared once."""

from __future__ import annotations

from typing import Annotated

from fastapi import Form, Query

OcrLanguage = Annotated[
    str | None,
    Query(description="OCR language, e.g. eng; default: the OCR service's.", max_length=64),
]
"""Query ``lang``: the OCR language for this request."""

PdfPassword = Annotated[
    str | None,
    Form(description="The password of an encrypted PDF.", max_length=1024),
]
"""Form field ``password``: opens an encrypted PDF."""
