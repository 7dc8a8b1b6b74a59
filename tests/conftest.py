"""Shared fixtures: engines loaded once per session, and the real three-process stack."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from ocrner.core.settings import NerSettings, OcrSettings
from tests.utils.processes import Stack, running_stack


@pytest.fixture(scope="session")
def ocr_settings() -> OcrSettings:
    return OcrSettings(ocr_workers=1)


@pytest.fixture(scope="session")
def ner_settings() -> NerSettings:
    return NerSettings()


@pytest.fixture(scope="session")
def ocr_engine(ocr_settings: OcrSettings):
    from ocrner.ocr.recognize import default_engine

    engine = default_engine(ocr_settings)
    yield engine
    engine.close()


@pytest.fixture(scope="session")
def ner_engine(ner_settings: NerSettings):
    from ocrner.ner.extract import default_engine

    return default_engine(ner_settings)


@pytest.fixture(scope="session")
def stack() -> Iterator[Stack]:
    """The three real services as separate processes on free loopback ports.

    Shared by the tests that only send requests; tests that stop or restart a
    service start their own with :func:`tests.utils.processes.running_stack`.
    """
    with running_stack() as running:
        yield running
