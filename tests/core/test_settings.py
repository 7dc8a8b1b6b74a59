"""Settings: documented defaults, environment overrides, malformed values refused."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from ocrner.core.settings import (
    DEFAULT_NER_PORT,
    DEFAULT_OCR_PORT,
    NerSettings,
    OcrSettings,
    OrchestratorSettings,
)


def test_defaults_are_the_local_mode_ports(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("PORT", "OCR_SERVICE_URL", "NER_SERVICE_URL"):
        monkeypatch.delenv(name, raising=False)
    assert OrchestratorSettings().port == 8080
    assert OcrSettings().port == DEFAULT_OCR_PORT == 8081
    assert NerSettings().port == DEFAULT_NER_PORT == 8082
    settings = OrchestratorSettings()
    assert str(settings.ocr_service_url) == "http://127.0.0.1:8081/"
    assert str(settings.ner_service_url) == "http://127.0.0.1:8082/"


def test_upstream_urls_come_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OCR_SERVICE_URL", "http://ocr-service:80")
    monkeypatch.setenv("NER_SERVICE_URL", "http://ner-service.ocrner.svc.cluster.local:80")
    settings = OrchestratorSettings()
    assert settings.ocr_service_url.host == "ocr-service"
    assert settings.ner_service_url.host == "ner-service.ocrner.svc.cluster.local"


@pytest.mark.parametrize("url", ["not a url", "ftp://ocr-service", "http://ocr-service/api/OCR"])
def test_a_malformed_upstream_url_is_refused_at_start(
    monkeypatch: pytest.MonkeyPatch, url: str
) -> None:
    monkeypatch.setenv("OCR_SERVICE_URL", url)
    with pytest.raises(ValidationError):
        OrchestratorSettings()


def test_a_malformed_number_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MAX_UPLOAD_BYTES", "lots")
    with pytest.raises(ValidationError):
        OcrSettings()


def test_ocr_threads_default_to_the_cpus_this_process_may_use() -> None:
    import os

    from ocrner.core.settings import available_cpus

    cpus = available_cpus()
    assert 1 <= cpus <= len(os.sched_getaffinity(0))
    assert OcrSettings().ocr_threads == cpus


def test_an_unknown_ocr_engine_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OCR_ENGINE", "easyocr")
    with pytest.raises(ValidationError, match="tesseract"):
        OcrSettings()
