"""Redaction through the real stack: POST /api/redact, and ``ocrner redact`` local or remote."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import httpx
import pytest

from tests.utils.images import SAMPLE_IMAGE
from tests.utils.problems import assert_problem
from tests.utils.processes import ServiceProcess, Stack

pytestmark = pytest.mark.e2e

NAME_PARTS = ("Mateo", "Ferreira", "Sinéad", "Gallagher")
PLACES = ("Belfast",)


def read_back(stack: Stack, name: str, data: bytes) -> str:
    """What the OCR service reads on a file."""
    response = httpx.post(f"{stack.ocr.url}/api/OCR", files={"file": (name, data)}, timeout=60)
    assert response.status_code == 200, response.text
    return response.json()["text"]


def ocrner(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "ocrner", *args], capture_output=True, text=True, timeout=180
    )


def test_redacting_people_leaves_no_part_of_their_names_and_keeps_the_places(
    stack: Stack,
) -> None:
    response = httpx.post(
        f"{stack.url}/api/redact",
        files={"file": ("test-image.jpg", SAMPLE_IMAGE.read_bytes())},
        data={"labels": "PERSON"},
        timeout=120,
    )
    assert response.status_code == 200, response.text
    assert response.headers["content-type"] == "image/jpeg"
    report = json.loads(response.headers["x-redaction-report"])
    assert [removed["label"] for removed in report["removed"]] == ["PERSON", "PERSON"]
    assert report["verification"]["verified"] is True
    assert report["verification"]["engine"].startswith("tesseract")
    read = read_back(stack, "redacted.jpg", response.content)
    for part in NAME_PARTS:
        assert part not in read
    for place in (*PLACES, "Blackthorn Insurance Brokers", "41,500"):
        assert place in read


def test_a_redaction_request_for_something_that_is_no_image_is_a_415(stack: Stack) -> None:
    response = httpx.post(
        f"{stack.url}/api/redact", files={"file": ("notes.txt", b"plain words")}, timeout=60
    )
    assert_problem(response, 415, "not_an_image")


def test_ocrner_redact_through_the_stack_writes_the_redacted_copy_next_to_the_file(
    stack: Stack, tmp_path: Path
) -> None:
    source = tmp_path / "letter.jpg"
    shutil.copy(SAMPLE_IMAGE, source)
    env = {"OCR_SERVICE_URL": stack.ocr.url, "NER_SERVICE_URL": stack.ner.url, "API_KEY": "k3y"}
    with ServiceProcess("orchestrator", env=env) as guarded:
        refused = ocrner("redact", str(source), "--url", guarded.url)
        assert refused.returncode == 1
        assert json.loads(refused.stderr)["code"] == "unauthorized"
        assert not (tmp_path / "letter.redacted.jpg").exists()
        result = ocrner(
            "redact",
            str(source),
            "--labels",
            "PERSON,GPE",
            "--url",
            guarded.url,
            "--api-key",
            "k3y",
        )
    assert result.returncode == 0, result.stderr
    written = tmp_path / "letter.redacted.jpg"
    assert json.loads(result.stdout)["file"] == str(written)
    read = read_back(stack, written.name, written.read_bytes())
    assert "Belfast" not in read and "Ferreira" not in read and "Blackthorn" in read


def test_ocrner_redact_in_process_gives_the_same_boxes_as_the_stack(
    stack: Stack, tmp_path: Path
) -> None:
    source = tmp_path / "letter.jpg"
    shutil.copy(SAMPLE_IMAGE, source)
    result = ocrner("redact", str(source))
    assert result.returncode == 0, result.stderr
    local = json.loads(result.stdout)["report"]
    remote = httpx.post(
        f"{stack.url}/api/redact",
        files={"file": ("letter.jpg", source.read_bytes())},
        headers={"Accept": "application/json"},
        timeout=120,
    ).json()["report"]
    assert local["removed"] == remote["removed"]
    assert local["labels"] == ["PERSON", "EMAIL", "PHONE", "IBAN", "ADDRESS"]
