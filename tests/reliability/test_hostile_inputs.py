"""Bad input, random and crafted: never a 5xx, always a documented problem, nothing leaked.

The property-based tests run the OCR and NER apps in this process with their
real engines (Tesseract, spaCy) and feed them random, truncated and mutated
files and arbitrary Unicode. The crafted cases go to the real stack.
"""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest
from fastapi.testclient import TestClient
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from ocrner.core.settings import NerSettings, OcrSettings
from ocrner.ner.service import create_app as create_ner
from ocrner.ocr.images import SUPPORTED_MEDIA_TYPES
from ocrner.ocr.service import create_app as create_ocr
from tests.utils.hostile import (
    EPS,
    PDF,
    SVG_WITH_ENTITY,
    png_bomb,
    small_picture,
    truncated,
)
from tests.utils.images import encode
from tests.utils.problems import assert_problem
from tests.utils.processes import Stack

FUZZ = settings(
    max_examples=300,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
"""Bounded: a few seconds per property on two cores; no per-example deadline (CI noise)."""

IMAGE_SEEDS = {
    image_format: encode(small_picture(), image_format)
    for image_format in ("PNG", "JPEG", "GIF", "BMP", "TIFF", "WEBP")
}


@st.composite
def damaged_images(draw: st.DrawFn) -> bytes:
    """A valid image of each supported format, then cut, overwritten or spliced into."""
    data = bytearray(IMAGE_SEEDS[draw(st.sampled_from(sorted(IMAGE_SEEDS)))])
    damage = draw(st.sampled_from(["truncate", "overwrite", "splice"]))
    if damage == "truncate":
        return bytes(data[: draw(st.integers(0, len(data) - 1))])
    if damage == "overwrite":
        for _ in range(draw(st.integers(1, 16))):
            data[draw(st.integers(0, len(data) - 1))] = draw(st.integers(0, 255))
        return bytes(data)
    at = draw(st.integers(0, len(data)))
    return bytes(data[:at]) + draw(st.binary(min_size=1, max_size=256)) + bytes(data[at:])


uploads = st.one_of(st.binary(max_size=4096), damaged_images())
media_types = st.sampled_from([*SUPPORTED_MEDIA_TYPES, "application/pdf", "text/plain", ""])


@pytest.fixture(scope="module")
def ocr() -> Iterator[TestClient]:
    with TestClient(create_ocr(OcrSettings(ocr_workers=1))) as client:
        yield client


@pytest.fixture(scope="module")
def ner(ner_engine) -> Iterator[TestClient]:
    with TestClient(create_ner(NerSettings(), engine_factory=lambda _: ner_engine)) as client:
        yield client


@FUZZ
@given(data=uploads, filename=st.text(max_size=40), media_type=media_types)
def test_any_upload_gets_an_answer_or_a_documented_4xx(
    ocr: TestClient, data: bytes, filename: str, media_type: str
) -> None:
    response = ocr.post("/api/OCR", files={"file": (filename, data, media_type)})
    event(f"HTTP {response.status_code}")
    if response.status_code == 200:
        assert {"text", "words", "width", "height"} <= set(response.json())
    else:
        assert_problem(response)
        assert response.status_code in (413, 415, 422)


@FUZZ
@given(text=st.text(max_size=3000))
def test_any_unicode_text_gets_entities_whose_offsets_index_it(ner: TestClient, text: str) -> None:
    response = ner.post("/api/NER", json={"text": text})
    assert response.status_code == 200, response.text
    event(f"{min(len(response.json()['entities']), 3)}+ entities")
    for entity in response.json()["entities"]:
        assert text[entity["start"] : entity["end"]] == entity["text"]


@FUZZ
@given(
    body=st.binary(max_size=3000),
    media_type=st.sampled_from(["text/plain", "application/json", "", "application/xml"]),
)
def test_any_ner_body_gets_an_answer_or_a_documented_4xx(
    ner: TestClient, body: bytes, media_type: str
) -> None:
    response = ner.post("/api/NER", content=body, headers={"Content-Type": media_type})
    event(f"HTTP {response.status_code}")
    if response.status_code != 200:
        assert_problem(response)
        assert response.status_code in (413, 415, 422)


OVER_THE_LIMIT = b"\0" * (OcrSettings().max_upload_bytes + 1)
PNG, JPEG = IMAGE_SEEDS["PNG"], IMAGE_SEEDS["JPEG"]

CRAFTED_UPLOADS = [
    # (case, field, filename, bytes, query, status, code)
    ("zero bytes", "file", "a.png", b"", "", 422, "unreadable_image"),
    ("truncated JPEG", "file", "a.jpg", truncated(JPEG), "", 422, "unreadable_image"),
    ("truncated PNG", "file", "a.png", truncated(PNG), "", 422, "unreadable_image"),
    ("PDF renamed .jpg", "file", "scan.jpg", PDF, "", 415, "not_an_image"),
    ("SVG with a file entity", "file", "a.svg", SVG_WITH_ENTITY, "", 415, "not_an_image"),
    ("PostScript", "file", "a.eps", EPS, "", 415, "not_an_image"),
    ("random bytes", "file", "a.png", bytes(range(256)) * 8, "", 415, "not_an_image"),
    ("bomb 30000x30000 in 100 KiB", "file", "a.png", png_bomb(), "", 413, "payload_too_large"),
    ("bomb 8000x8000", "file", "a.png", png_bomb(8000, 8000), "", 413, "payload_too_large"),
    ("over MAX_UPLOAD_BYTES", "file", "a.png", OVER_THE_LIMIT, "", 413, "payload_too_large"),
    ("wrong field name", "image", "a.png", PNG, "", 422, "invalid_request"),
    ("language not installed", "file", "a.png", PNG, "?lang=xyz", 422, None),
    ("language as a path", "file", "a.png", PNG, "?lang=../../etc/passwd", 422, None),
]  # fmt: skip


@pytest.mark.e2e
@pytest.mark.parametrize("through", ["orchestrator", "ocr"])
@pytest.mark.parametrize(
    ("field", "filename", "data", "query", "status", "code"),
    [case[1:] for case in CRAFTED_UPLOADS],
    ids=[case[0] for case in CRAFTED_UPLOADS],
)
def test_a_crafted_bad_upload_gets_its_documented_error_from_the_stack(
    stack: Stack,
    through: str,
    field: str,
    filename: str,
    data: bytes,
    query: str,
    status: int,
    code: str | None,
) -> None:
    url = f"{stack.url}/api/NER" if through == "orchestrator" else f"{stack.ocr.url}/api/OCR"
    if through == "orchestrator" and data is PDF:  # the orchestrator reads PDFs, whatever
        status, code = 422, "unreadable_document"  # their name: this one has no pages
    response = httpx.post(f"{url}{query}", files={field: (filename, data)}, timeout=60)
    problem = assert_problem(response, status, code or "language_not_installed")
    if through == "orchestrator" and status != 413 and field == "file" and data is not PDF:
        assert problem["upstream"] == "ocr"  # refused by OCR, passed on naming it


@pytest.mark.e2e
def test_a_gif_and_a_missing_file_are_handled_and_the_stack_keeps_answering(stack: Stack) -> None:
    assert_problem(
        httpx.post(f"{stack.url}/api/NER", data={"note": "no file"}, timeout=60),
        422,
        "invalid_request",
    )
    answer = httpx.post(
        f"{stack.url}/api/NER", files={"file": ("a.gif", IMAGE_SEEDS["GIF"])}, timeout=60
    )
    assert answer.status_code == 200
    assert {entity["text"] for entity in answer.json()["entities"]} >= {"Angela Merkel"}


@pytest.mark.e2e
@pytest.mark.parametrize(
    ("body", "media_type", "status", "code"),
    [
        (b'{"text": "' + b"a" * (NerSettings().ner_max_text_chars + 1) + b'"}', "", 413, None),
        (b"x" * (NerSettings().max_upload_bytes + 1), "text/plain", 413, None),
        (b"<text>Angela</text>", "application/xml", 415, "unsupported_media_type"),
        (b'{"txt": "Angela"}', "application/json", 422, "invalid_input"),
        (b"\xff\xfe not UTF-8", "text/plain", 422, "invalid_input"),
    ],
    ids=["text-too-long", "body-too-large", "xml", "wrong-key", "not-utf8"],
)
def test_a_bad_ner_request_gets_its_documented_error(
    stack: Stack, body: bytes, media_type: str, status: int, code: str | None
) -> None:
    response = httpx.post(
        f"{stack.ner.url}/api/NER",
        content=body,
        headers={"Content-Type": media_type or "application/json"},
        timeout=60,
    )
    assert_problem(response, status, code or "payload_too_large")


@pytest.mark.e2e
def test_an_upload_just_under_the_limit_is_read_whole_and_judged_on_its_content(
    stack: Stack,
) -> None:
    body = b"\0" * (OcrSettings().max_upload_bytes - 1024)  # the multipart framing fits in 1 KiB
    response = httpx.post(f"{stack.ocr.url}/api/OCR", files={"file": ("a.png", body)}, timeout=60)
    assert_problem(response, 415, "not_an_image")
