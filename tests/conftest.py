"""Shared fixtures: engines loaded once per session, and the real three-process stack."""

from __future__ import annotations

import atexit
import os
import shutil
import tempfile
from collections.abc import Iterator

import pytest

from ocrner.core.settings import NerSettings, OcrSettings
from tests.utils.interrupt import unwind_on_sigterm
from tests.utils.processes import Stack, running_stack

# Apps built in this process keep their jobs in a folder of this session's, not the user's.
if "JOB_DATA_DIR" not in os.environ:
    os.environ["JOB_DATA_DIR"] = tempfile.mkdtemp(prefix="ocrner-test-jobs-")
    atexit.register(shutil.rmtree, os.environ["JOB_DATA_DIR"], ignore_errors=True)


def pytest_configure(config: pytest.Config) -> None:
    unwind_on_sigterm()  # a run stopped by SIGTERM still stops what its tests started


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
    # The fuzzer (tests/reliability) submits jobs faster than the worker fails them:
    # room for all of them, so that a full queue (a right 503) does not end its run.
    with running_stack(
        orchestrator_env={"JOB_MAX_QUEUED": "1000", "JOB_MAX_QUEUED_PER_KEY": "1000"}
    ) as running:
        yield running
