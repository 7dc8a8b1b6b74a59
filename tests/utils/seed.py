"""The seed call, exactly as the product brief gives it, run with the real curl."""

from __future__ import annotations

import asyncio
import json
import subprocess
from pathlib import Path
from typing import Any

from ocrner.extraction import extract_files
from tests.utils.images import SAMPLE_IMAGE

Entity = tuple[str, str, str]


def seed_curl(host_port: str, path: Path = SAMPLE_IMAGE) -> dict[str, Any]:
    """``curl --request POST ... --form "file=@test-image.jpg" HOST:PORT/api/NER``, parsed.

    ``path`` names another file to send the same way (a PDF, a TIFF).
    """
    completed = subprocess.run(
        [
            "curl", "--silent", "--show-error", "--max-time", "60", "--noproxy", "*",
            "--request", "POST",
            "--header", "Content-Type:multipart/form-data",
            "--form", f"file=@{path.name}",
            f"{host_port}/api/NER",
        ],
        cwd=path.parent,
        capture_output=True,
        check=True,
        timeout=90,
    )  # fmt: skip
    return json.loads(completed.stdout)


def entities(body: dict[str, Any]) -> set[Entity]:
    """The entities of an answer, comparable across answers: text, label and boxes."""
    return {(e["text"], e["label"], json.dumps(e["boxes"])) for e in body["entities"]}


def sample_entities() -> set[Entity]:
    """The sample's entities from ``ocrner extract`` in this process: what a deployment of
    the same code must answer."""
    [result] = asyncio.run(extract_files([SAMPLE_IMAGE]))
    assert result["error"] is None, result["error"]
    return entities(result["result"])
