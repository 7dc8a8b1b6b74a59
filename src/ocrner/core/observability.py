"""Logs, request IDs, Prometheus metrics and Server-Timing stage times.

A request's ID lives in a context variable, so every log line written while the
request is handled carries it, and the orchestrator passes it on to the
upstreams. Stage times recorded with :func:`record_stage` end up in the response's
``Server-Timing`` header.
"""

from __future__ import annotations

import json
import logging
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar

from prometheus_client import Counter, Gauge, Histogram

REQUEST_ID_HEADER = "X-Request-ID"

request_id_var: ContextVar[str] = ContextVar("request_id", default="-")
_stage_times_var: ContextVar[list[tuple[str, float]] | None] = ContextVar(
    "stage_times", default=None
)

LATENCY_BUCKETS = (0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0)

HTTP_REQUESTS = Counter(
    "ocrner_http_requests_total",
    "HTTP requests answered, by service, route, method and status.",
    ["service", "route", "method", "status"],
)
HTTP_LATENCY = Histogram(
    "ocrner_http_request_duration_seconds",
    "Time to answer an HTTP request, by service and route.",
    ["service", "route"],
    buckets=LATENCY_BUCKETS,
)
HTTP_IN_FLIGHT = Gauge("ocrner_http_requests_in_flight", "Requests being handled now.", ["service"])
ENGINE_LATENCY = Histogram(
    "ocrner_engine_duration_seconds",
    "Time spent inside an engine (OCR or NER) per call.",
    ["engine"],
    buckets=LATENCY_BUCKETS,
)
UPSTREAM_LATENCY = Histogram(
    "ocrner_upstream_request_duration_seconds",
    "Time of the orchestrator's calls to an upstream, by upstream and outcome.",
    ["upstream", "outcome"],
    buckets=LATENCY_BUCKETS,
)


def new_request_id() -> str:
    """A fresh request ID: 32 hex characters."""
    return uuid.uuid4().hex


def clean_request_id(value: str | None) -> str:
    """The caller's request ID when it is sane (printable, short), else a new one."""
    if value and len(value) <= 128 and value.isprintable() and value.isascii():
        return value
    return new_request_id()


@contextmanager
def collect_stage_times() -> Iterator[list[tuple[str, float]]]:
    """Collect the stage times that code below records with :func:`record_stage`."""
    times: list[tuple[str, float]] = []
    token = _stage_times_var.set(times)
    try:
        yield times
    finally:
        _stage_times_var.reset(token)


def record_stage(name: str, seconds: float) -> None:
    """Record one stage's duration for the current request's Server-Timing header."""
    times = _stage_times_var.get()
    if times is not None:
        times.append((name, seconds))


def server_timing_header(times: list[tuple[str, float]]) -> str:
    """Format stage times as a ``Server-Timing`` header value (milliseconds)."""
    return ", ".join(f"{name};dur={seconds * 1000:.1f}" for name, seconds in times)


class _RequestIdFilter(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        record.request_id = request_id_var.get()
        return True


class _JsonFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        entry = {
            "time": self.formatTime(record, "%Y-%m-%dT%H:%M:%S%z"),
            "level": record.levelname.lower(),
            "logger": record.name,
            "request_id": getattr(record, "request_id", "-"),
            "message": record.getMessage(),
        }
        if record.exc_info:
            entry["exception"] = self.formatException(record.exc_info)
        return json.dumps(entry, ensure_ascii=False)


def configure_logging(level: str = "info", fmt: str = "text") -> None:
    """Send ocrner's and uvicorn's logs to stderr, each line with its request ID."""
    handler = logging.StreamHandler()
    handler.addFilter(_RequestIdFilter())
    if fmt == "json":
        handler.setFormatter(_JsonFormatter())
    else:
        handler.setFormatter(
            logging.Formatter("%(asctime)s %(levelname)s %(name)s [%(request_id)s] %(message)s")
        )
    for name in ("ocrner", "uvicorn", "uvicorn.error"):
        logger = logging.getLogger(name)
        logger.handlers = [handler]
        logger.setLevel(level.upper())
        logger.propagate = False
