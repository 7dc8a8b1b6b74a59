"""The ``ocrner`` command: help that helps, extract, and errors per file."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.utils.images import SAMPLE_IMAGE


def ocrner(*args: str, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "ocrner", *args], capture_output=True, text=True, timeout=timeout
    )


def test_help_lists_every_command() -> None:
    result = ocrner("--help")
    assert result.returncode == 0
    for command in ("extract", "redact", "up", "serve"):
        assert command in result.stdout


@pytest.mark.parametrize(
    ("command", "expected"),
    [
        ("extract", "--url"),
        ("extract", "--format"),
        ("extract", "--api-key"),
        ("redact", "--labels"),
        ("redact", "--api-key"),
        ("extract", "OCRNER_PDF_PASSWORD"),
        ("redact", "--password"),
        ("up", "--ocr-port"),
        ("serve", "{ocr,ner,orchestrator}"),
    ],
)
def test_each_command_explains_its_options(command: str, expected: str) -> None:
    result = ocrner(command, "--help")
    assert result.returncode == 0
    assert expected in result.stdout


def test_extract_table_format_and_a_bad_file_among_good_ones(tmp_path: Path) -> None:
    bad = tmp_path / "notes.jpg"
    bad.write_text("not an image")
    result = ocrner("extract", "--format", "table", str(SAMPLE_IMAGE), str(bad))
    assert result.returncode == 1
    assert "PERSON" in result.stdout
    assert "Mateo Ferreira" in result.stdout
    assert "error 415 not_an_image" in result.stdout


def test_extract_json_reports_a_missing_file_without_a_traceback(tmp_path: Path) -> None:
    result = ocrner("extract", str(tmp_path / "missing.png"))
    assert result.returncode == 1
    (entry,) = json.loads(result.stdout)
    assert entry["error"]["code"] == "unreadable_file"
    assert "Traceback" not in result.stderr


def test_serve_refuses_an_unknown_service() -> None:
    result = ocrner("serve", "spellcheck")
    assert result.returncode == 2
    assert "invalid choice" in result.stderr


def test_redact_reports_a_missing_file_as_a_problem_and_writes_nothing(tmp_path: Path) -> None:
    result = ocrner("redact", str(tmp_path / "missing.png"))
    assert result.returncode == 1
    assert json.loads(result.stderr)["code"] == "unreadable_file"
    assert list(tmp_path.iterdir()) == []
