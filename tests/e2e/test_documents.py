"""PDFs and multi-page TIFFs through the real three services, with the seed's curl.

The documents are made by the tests (:mod:`tests.utils.documents`): six pages,
each a letter with five known entities. Each must come back with six ``pages``,
every entity on its own page and most of each page's entities found; hostile
documents get a 4xx problem and the stack answers the next request normally.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import httpx
import pytest

from tests.utils.documents import (
    TEST_PASSWORD,
    blank_pages_pdf,
    encrypted_pdf,
    huge_page_pdf,
    letters,
    mixed_pdf,
    multipage_tiff,
    scanned_pdf,
    text_pdf,
)
from tests.utils.images import SAMPLE_IMAGE
from tests.utils.processes import Stack
from tests.utils.seed import seed_curl

pytestmark = [
    pytest.mark.e2e,
    pytest.mark.skipif(shutil.which("curl") is None, reason="curl is not installed"),
]

SIX = letters(6)


def found_share_per_page(body: dict) -> list[float]:
    """For each page, the share of its letter's entities found on it (by text)."""
    shares = []
    for number, letter in enumerate(SIX, start=1):
        on_page = {entity["text"] for entity in body["entities"] if entity["page"] == number}
        found = [text for text, _ in letter.entities if any(text in e for e in on_page)]
        shares.append(len(found) / len(letter.entities))
    return shares


def assert_every_entity_is_on_its_page(body: dict) -> None:
    pages = body["pages"]
    for entity in body["entities"]:
        page = pages[entity["page"] - 1]
        assert page["start"] <= entity["start"] < entity["end"] <= page["end"]
        assert body["text"][entity["start"] : entity["end"]] == entity["text"]
        letter = SIX[entity["page"] - 1]
        assert entity["text"] in letter.text, (entity, letter.text)
        for x0, y0, x1, y1 in entity["boxes"]:
            assert 0 <= x0 < x1 <= page["width"] and 0 <= y0 < y1 <= page["height"]


@pytest.mark.parametrize(
    ("name", "make", "read", "share"),
    [
        ("scanned.pdf", lambda: scanned_pdf(SIX), "ocr", 0.75),
        ("scanned.tiff", lambda: multipage_tiff(SIX), "image", 0.75),
        ("typeset.pdf", lambda: text_pdf(SIX), "text_layer", 0.8),
    ],
    ids=["scanned-pdf", "multipage-tiff", "text-layer-pdf"],
)
def test_a_six_page_document_through_the_seed_curl(
    stack: Stack, tmp_path: Path, name: str, make, read: str, share: float
) -> None:
    path = tmp_path / name
    path.write_bytes(make())
    body = seed_curl(stack.url.removeprefix("http://"), path)
    assert [page["number"] for page in body["pages"]] == [1, 2, 3, 4, 5, 6]
    assert {page["read"] for page in body["pages"]} == {read}
    assert_every_entity_is_on_its_page(body)
    assert min(found_share_per_page(body)) >= share, found_share_per_page(body)
    if read == "text_layer":
        assert body["ocr"] is None
        assert all(page["ocr"] is None and page["dpi"] == 300 for page in body["pages"])
    else:
        assert body["ocr"]["words"] == sum(page["words"] for page in body["pages"])


def test_a_mixed_pdf_is_read_page_by_page(stack: Stack) -> None:
    kinds = ["text", "scan", "scan", "text", "scan", "text"]
    data = mixed_pdf(list(zip(SIX, kinds, strict=True)))
    response = httpx.post(f"{stack.url}/api/NER", files={"file": ("m.pdf", data)}, timeout=120)
    assert response.status_code == 200
    body = response.json()
    assert [page["read"] for page in body["pages"]] == [
        "text_layer" if kind == "text" else "ocr" for kind in kinds
    ]
    assert_every_entity_is_on_its_page(body)
    assert min(found_share_per_page(body)) >= 0.75


def test_an_encrypted_pdf_opens_with_its_password(stack: Stack) -> None:
    response = httpx.post(
        f"{stack.url}/api/NER",
        files={"file": ("locked.pdf", encrypted_pdf())},
        data={"password": TEST_PASSWORD},
        timeout=60,
    )
    assert response.status_code == 200
    assert response.json()["pages"][0]["read"] == "text_layer"


def _truncated() -> bytes:
    data = text_pdf(SIX)
    return data[: len(data) // 2]


@pytest.mark.parametrize(
    ("name", "make", "status", "code", "says"),
    [
        ("cut.pdf", _truncated, 422, "unreadable_document", "truncated"),
        ("notes.pdf", lambda: b"Meeting notes, not a PDF at all.\n", 415, "not_an_image", "image"),
        ("locked.pdf", encrypted_pdf, 422, "encrypted_document", "password"),
        ("poster.pdf", huge_page_pdf, 413, "page_too_large", "MAX_PAGE_PIXELS"),
        ("long.pdf", lambda: blank_pages_pdf(2000), 413, "too_many_pages", "MAX_PAGES"),
    ],
    ids=["truncated", "text-named-pdf", "encrypted", "page-of-14400-points", "2000-pages"],
)
def test_a_hostile_document_is_a_4xx_problem_and_the_stack_keeps_serving(
    stack: Stack, name: str, make, status: int, code: str, says: str
) -> None:
    response = httpx.post(f"{stack.url}/api/NER", files={"file": (name, make())}, timeout=60)
    assert response.status_code == status
    assert response.headers["content-type"].startswith("application/problem+json")
    problem = response.json()
    assert (problem["status"], problem["code"]) == (status, code)
    assert says in problem["detail"]
    after = httpx.post(
        f"{stack.url}/api/NER", files={"file": ("t.jpg", SAMPLE_IMAGE.read_bytes())}, timeout=60
    )
    assert after.status_code == 200
    assert after.json()["pages"][0]["read"] == "image"


def test_the_cli_in_process_and_through_the_stack_read_a_document_alike(
    stack: Stack, tmp_path: Path
) -> None:
    path = tmp_path / "mixed.pdf"
    path.write_bytes(mixed_pdf(list(zip(SIX[:3], ["scan", "text", "scan"], strict=True))))

    def run_cli(*extra: str) -> dict:
        completed = subprocess.run(
            [sys.executable, "-m", "ocrner", "extract", str(path), *extra],
            capture_output=True,
            check=True,
            timeout=300,
        )
        (entry,) = json.loads(completed.stdout)
        assert entry["error"] is None
        return entry["result"]

    local, remote = run_cli(), run_cli("--url", stack.url)
    assert local["pages"] == remote["pages"]
    assert local["text"] == remote["text"]
    assert local["entities"] == remote["entities"]


def test_the_cli_opens_an_encrypted_pdf_with_the_password_everywhere(
    stack: Stack, tmp_path: Path
) -> None:
    """In process, through the stack, as a job and when redacting: refused without the
    password, read with it (given by the environment variable, as the help advises)."""
    locked = tmp_path / "locked.pdf"
    locked.write_bytes(encrypted_pdf())

    def run_cli(*args: str, password: str | None) -> subprocess.CompletedProcess[bytes]:
        env = {key: value for key, value in os.environ.items() if key != "OCRNER_PDF_PASSWORD"}
        if password:
            env["OCRNER_PDF_PASSWORD"] = password
        return subprocess.run(
            [sys.executable, "-m", "ocrner", *args], capture_output=True, env=env, timeout=300
        )

    for extra in ((), ("--url", stack.url), ("--url", stack.url, "--async")):
        refused = run_cli("extract", str(locked), *extra, password=None)
        opened = run_cli("extract", str(locked), *extra, password=TEST_PASSWORD)
        assert refused.returncode == 1, extra
        assert b"encrypted_document" in refused.stdout, extra
        assert opened.returncode == 0, (extra, opened.stdout[-500:], opened.stderr[-500:])
        result = json.loads(opened.stdout.splitlines()[0] if "--async" in extra else opened.stdout)
        entry = result if "--async" in extra else result[0]
        assert entry["result"]["pages"][0]["read"] == "text_layer", extra
        assert entry["result"]["entities"], extra

    redacted = run_cli("redact", str(locked), "--url", stack.url, password=TEST_PASSWORD)
    assert redacted.returncode == 0, redacted.stdout[-500:]
    assert (tmp_path / "locked.redacted.pdf").is_file()
