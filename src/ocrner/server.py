"""``ocrner serve NAME``: one service under uvicorn, as a container runs it.

Shutdown on SIGTERM (or Ctrl-C) goes in three steps, so that no accepted
request is dropped:

1. **drain** (``SHUTDOWN_DRAIN_SECONDS``, default 0): ``/readyz`` answers 503
   so that load balancers stop sending requests, while the service still takes
   and answers them (with ``Connection: close``, so clients open new
   connections elsewhere);
2. **finish** (up to ``SHUTDOWN_GRACE_SECONDS``): the listener is closed and
   the requests in flight run to completion;
3. **exit** with status 0 once they are done; a second signal skips the drain,
   and a second Ctrl-C during step 2 stops at once.
"""

from __future__ import annotations

import logging
import math
import signal
import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from types import FrameType
from typing import Any

import uvicorn
from fastapi import FastAPI
from uvicorn.server import HANDLED_SIGNALS

from ocrner.core.app import ServiceState
from ocrner.core.memory import (
    LARGE_ALLOCATION_BYTES,
    OCR_ALLOCATION_BYTES,
    OCR_HEAP_TOP_BYTES,
    return_large_blocks_to_the_system,
)
from ocrner.core.observability import configure_logging
from ocrner.core.settings import (
    NerSettings,
    OcrSettings,
    OrchestratorSettings,
    ServiceSettings,
)
from ocrner.core.threads import limit_library_threads

logger = logging.getLogger("ocrner.server")

KEEP_ALIVE_SECONDS = 30
"""How long an idle client connection is kept open: longer than the 5 s after which the
orchestrator's pools close theirs, so that the client side always closes first."""


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


class GracefulServer(uvicorn.Server):
    """uvicorn's server with a readiness drain before it stops listening.

    On the first SIGTERM or SIGINT the service turns unready at once and keeps
    serving for ``drain_seconds``; then uvicorn's own shutdown closes the
    listener and waits for the requests in flight. Signals are handled without
    being re-raised afterwards, so a clean shutdown exits with status 0.
    """

    def __init__(self, config: uvicorn.Config, state: ServiceState, drain_seconds: float) -> None:
        super().__init__(config)
        self.service_state = state
        self.drain_seconds = drain_seconds
        self.drain_until: float | None = None
        self.drain_logged = False

    def handle_exit(self, sig: int, frame: FrameType | None) -> None:
        self.service_state.draining = True
        if self.drain_until is None and self.drain_seconds > 0:
            self.drain_until = time.monotonic() + self.drain_seconds
            return
        super().handle_exit(sig, frame)

    async def on_tick(self, counter: int) -> bool:
        if self.drain_until is not None and not self.drain_logged:
            self.drain_logged = True  # logged here, not in the signal handler
            logger.info("shutting down: not ready, still serving for %.1f s", self.drain_seconds)
        if self.drain_until is not None and time.monotonic() >= self.drain_until:
            self.should_exit = True
        return await super().on_tick(counter)

    @contextmanager
    def capture_signals(self) -> Iterator[None]:
        if threading.current_thread() is not threading.main_thread():
            yield
            return
        previous = {sig: signal.signal(sig, self.handle_exit) for sig in HANDLED_SIGNALS}
        try:
            yield
        finally:
            for sig, handler in previous.items():
                signal.signal(sig, handler)


def serve(service: str, fd: int | None = None, **overrides: Any) -> int:
    """Run ``service`` until SIGTERM or Ctrl-C, then drain and finish in-flight requests.

    With ``fd`` the service accepts on that inherited listening socket instead of
    binding HOST:PORT itself: ``ocrner up`` holds each port this way, so that it
    takes connections while the service is restarted.
    """
    if service == "ocr":
        return_large_blocks_to_the_system(OCR_ALLOCATION_BYTES, heap_top=OCR_HEAP_TOP_BYTES)
    else:
        return_large_blocks_to_the_system(LARGE_ALLOCATION_BYTES)
    if service in ("ocr", "ner"):
        limit_library_threads()  # before numpy, spaCy or onnxruntime load
    app, settings = build(service, **overrides)
    configure_logging(settings.log_level, settings.log_format)
    config = uvicorn.Config(
        app,
        host=settings.host,
        port=settings.port,
        log_config=None,
        access_log=False,
        timeout_graceful_shutdown=math.ceil(settings.shutdown_grace_seconds),
        timeout_keep_alive=KEEP_ALIVE_SECONDS,
        server_header=False,
    )
    server = GracefulServer(config, app.state.service, settings.shutdown_drain_seconds)
    server.run(sockets=None if fd is None else [socket.socket(fileno=fd)])
    return 0 if server.started else 1
