"""``ocrner serve NAME``: one service under uvicorn, as a container runs it."""

from __future__ import annotations

from typing import Any

import uvicorn
from fastapi import FastAPI

from ocrner.core.observability import configure_logging
from ocrner.core.settings import (
    NerSettings,
    OcrSettings,
    OrchestratorSettings,
    ServiceSettings,
)


def build(service: str, **overrides: Any) -> tuple[FastAPI, ServiceSettings]:
    """The app and settings of ``service`` (ocr, ner or orchestrator), from the environment."""
    if service == "ocr":
        from ocrner.ocr.service import create_app as create_ocr

        ocr_settings = OcrSettings(**overrides)
        return create_ocr(ocr_settings), ocr_settings
    if service == "ner":
        from ocrner.ner.service import create_app as create_ner

        ner_settings = NerSettings(**overrides)
        return create_ner(ner_settings), ner_settings
    if service == "orchestrator":
        from ocrner.orchestrator.service import create_app as create_orchestrator

        settings = OrchestratorSettings(**overrides)
        return create_orchestrator(settings), settings
    raise ValueError(f"unknown service {service!r}")


def serve(service: str, **overrides: Any) -> int:
    """Run ``service`` until SIGTERM or Ctrl-C; in-flight requests get the grace period."""
    app, settings = build(service, **overrides)
    configure_logging(settings.log_level, settings.log_format)
    uvicorn.run(
        app,
        host=settings.host,
        port=settings.port,
        log_config=None,
        access_log=False,
        timeout_graceful_shutdown=int(settings.shutdown_grace_seconds),
        timeout_keep_alive=30,
        server_header=False,
    )
    return 0
