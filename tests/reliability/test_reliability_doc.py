"""docs/reliability.md names real settings, with the defaults the code has."""

from __future__ import annotations

import re

from ocrner.core.settings import NerSettings, OcrSettings, OrchestratorSettings
from tests.utils.images import REPO_ROOT

DOC = (REPO_ROOT / "docs" / "reliability.md").read_text()
SETTINGS = [OrchestratorSettings, OcrSettings, NerSettings]
NOT_SERVICE_SETTINGS = {
    "CAP_DAC_READ_SEARCH",  # a Linux capability
    "MALLOC_MMAP_THRESHOLD_",  # glibc's own variables, read before Python starts
    "MALLOC_TRIM_THRESHOLD_",
    "OCRNER_API_KEY",  # the ocrner extract command's, not a service's
}


def env_names() -> set[str]:
    return {name.upper() for cls in SETTINGS for name in cls.model_fields}


def test_every_setting_the_doc_names_exists() -> None:
    named = set(re.findall(r"`([A-Z][A-Z0-9]*_[A-Z0-9_]+)`", DOC)) - NOT_SERVICE_SETTINGS
    assert named
    assert named <= env_names(), named - env_names()


def test_the_defaults_in_the_doc_tables_are_the_code_s() -> None:
    rows = re.findall(r"^\| `([A-Z_]+)` \| `([^`]+)`", DOC, re.M)
    assert len(rows) >= 9
    defaults = OrchestratorSettings()
    for name, default in rows:
        assert str(getattr(defaults, name.lower())) == default, name
