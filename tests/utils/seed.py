"""The seed call, exactly as the product brief gives it, run with the real curl."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path
from typing import Any

from tests.utils.images import SAMPLE_IMAGE


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
