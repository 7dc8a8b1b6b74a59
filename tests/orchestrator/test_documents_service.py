"""The orchestrator's HTTP layer with documents; its upstreams are an httpx MockTransport."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import httpx
import pytest
from fastapi.testclient import TestClient

from ocrner.core.settings import OrchestratorSettings
from ocrner.orchestrator.service import create_app
from tests.orchestrator.test_service import NER_OK, OCR_OK, Handler, upstreams
from tests.utils.documents import (
    TEST_PASSWORD,
    encrypted_pdf,
    huge_page_pdf,
    letters,
    scanned_pdf,
    text_pdf,
)


@pytest.fixture
def make_client() -> Iterator[Callable[..., TestClient]]:
    """An orchestrator with these settings; its ``seen`` lists the upstream calls."""
    clients: list[TestClient] = []

    def make(ocr: Handler = OCR_OK, **settings) -> TestClient:
        seen: list[httpx.Request] = []
        app = create_app(OrchestratorSettings(**settings), transport=upstreams(ocr, NER_OK, seen))
        client = TestClient(app).__enter__()
        client.seen = seen  # type: ignore[attr-defined]
        clients.append(client)
        return client

    yield make
    for client in clients:
        client.__exit__(None, None, None)


def post(client: TestClient, name: str, data: bytes, **form: str) -> httpx.Response:
    return client.post("/api/NER", files={"file": (name, data)}, data=form or None)


def test_the_time_budget_grows_with_the_pages_up_to_its_maximum() -> None:
    settings = OrchestratorSettings(
        request_deadline_seconds=45, page_deadline_seconds=10, max_request_deadline_seconds=600
    )
    assert settings.deadline_seconds(1) == 45
    assert settings.deadline_seconds(3) == 65
    assert settings.deadline_seconds(2000) == 600
    assert OrchestratorSettings(max_request_deadline_seconds=5).deadline_seconds(9) == 45


def test_each_scanned_page_is_its_own_ocr_request_within_the_documents_budget(
    make_client,
) -> None:
    client = make_client(request_deadline_seconds=45, page_deadline_seconds=10)
    response = post(client, "scan.pdf", scanned_pdf(letters(3), dpi=50))
    assert response.status_code == 200
    body = response.json()
    assert [page["read"] for page in body["pages"]] == ["ocr"] * 3
    ocr_calls = [call for call in client.seen if call.url.path == "/api/OCR"]
    assert len(ocr_calls) == 3
    assert all(call.headers["content-type"] == "image/jpeg" for call in ocr_calls)
    assert all(45_000 < int(call.headers["x-deadline-ms"]) <= 65_000 for call in ocr_calls)
    assert [entity["page"] for entity in body["entities"]] == [1, 2, 3]


def test_a_text_layer_pdf_needs_no_ocr(make_client) -> None:
    client = make_client()
    body = post(client, "typeset.pdf", text_pdf(letters(2))).json()
    assert [call.url.path for call in client.seen] == ["/api/NER", "/api/NER"]
    assert body["ocr"] is None
    assert [page["read"] for page in body["pages"]] == ["text_layer", "text_layer"]


def test_an_encrypted_pdf_opens_with_the_password_form_field(make_client) -> None:
    client = make_client()
    refused = post(client, "locked.pdf", encrypted_pdf())
    assert (refused.status_code, refused.json()["code"]) == (422, "encrypted_document")
    assert "upstream" not in refused.json()
    opened = post(client, "locked.pdf", encrypted_pdf(), password=TEST_PASSWORD)
    assert opened.status_code == 200


@pytest.mark.parametrize(
    ("settings", "data", "status", "code"),
    [
        ({"max_pages": 2}, text_pdf(letters(3)), 413, "too_many_pages"),
        ({}, huge_page_pdf(), 413, "page_too_large"),
        ({"pdf_dpi": 72, "max_page_pixels": 10_000}, text_pdf(letters(1)), 413, "page_too_large"),
    ],
    ids=["max-pages", "a-200-inch-page", "max-page-pixels"],
)
def test_document_limits_are_refused_before_any_upstream_call(
    make_client,
    settings: dict,
    data: bytes,
    status: int,
    code: str,
) -> None:
    client = make_client(**settings)
    response = post(client, "doc.pdf", data)
    assert (response.status_code, response.json()["code"]) == (status, code)
    assert client.seen == []


def test_a_page_the_ocr_service_refuses_is_named_in_the_error(make_client) -> None:
    problem = {"status": 413, "code": "payload_too_large", "title": "Too large", "detail": "big"}
    client = make_client(ocr=lambda _: httpx.Response(413, json=problem))
    response = post(client, "scan.pdf", scanned_pdf(letters(2), dpi=50))
    assert response.status_code == 413
    body = response.json()
    assert body["upstream"] == "ocr" and body["code"] == "payload_too_large"
    assert body["detail"] in ("Page 1: big", "Page 2: big")
