"""The OCR service's HTTP layer, with a stand-in engine."""

from __future__ import annotations

import json
from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient
from PIL import Image

from ocrner.core.settings import OcrSettings
from ocrner.ocr.engine import OcrResult
from ocrner.ocr.service import create_app
from tests.utils.fakes import FakeOcrEngine
from tests.utils.images import encode, render_lines


@pytest.fixture
def client() -> Iterator[TestClient]:
    app = create_app(OcrSettings(ocr_workers=2), engine_factory=lambda _: FakeOcrEngine())
    with TestClient(app) as test_client:
        yield test_client


def test_an_image_gets_words_with_boxes(client: TestClient) -> None:
    image = render_lines(["Angela", "Merkel"])
    response = client.post("/api/OCR", files={"file": ("a.png", encode(image), "image/png")})
    assert response.status_code == 200
    body = response.json()
    assert body["text"] == "Angela\nMerkel"
    assert body["words"][0] == {
        "text": "Angela",
        "box": [10, 10, 80, 30],
        "confidence": 95.0,
        "block": 0,
        "paragraph": 0,
        "line": 0,
    }
    assert (body["width"], body["height"]) == image.size
    assert body["language"] == "eng"
    assert "engine;dur=" in response.headers["server-timing"]


def test_the_lang_parameter_reaches_the_engine(client: TestClient) -> None:
    data = encode(render_lines(["x"]))
    response = client.post("/api/OCR?lang=deu", files={"file": ("a.png", data, "image/png")})
    assert response.json()["language"] == "deu"


@pytest.mark.parametrize(
    ("files", "status", "code"),
    [
        ({"file": ("a.png", b"", "image/png")}, 422, "unreadable_image"),
        ({"file": ("a.jpg", b"%PDF-1.4 not an image", "image/jpeg")}, 415, "not_an_image"),
        ({"image": ("a.png", b"\x89PNG", "image/png")}, 422, "invalid_request"),
    ],
    ids=["zero-bytes", "pdf-as-jpg", "wrong-field-name"],
)
def test_bad_uploads_get_a_problem_and_the_service_keeps_serving(
    client: TestClient, files: dict, status: int, code: str
) -> None:
    response = client.post("/api/OCR", files=files)
    assert response.status_code == status
    assert response.headers["content-type"] == "application/problem+json"
    problem = response.json()
    assert problem["status"] == status
    assert problem["code"] == code
    assert problem["detail"]
    assert problem["request_id"] == response.headers["x-request-id"]
    good = client.post(
        "/api/OCR", files={"file": ("a.png", encode(render_lines(["ok"])), "image/png")}
    )
    assert good.status_code == 200


def test_a_request_without_a_body_is_refused_with_422(client: TestClient) -> None:
    response = client.post("/api/OCR")
    assert response.status_code == 422
    assert "file" in response.json()["detail"]


def test_the_callers_request_id_is_kept(client: TestClient) -> None:
    response = client.get("/healthz", headers={"X-Request-ID": "abc-123"})
    assert response.headers["x-request-id"] == "abc-123"


def test_probes_and_openapi(client: TestClient) -> None:
    assert client.get("/healthz").json() == {"status": "ok", "service": "ocr"}
    assert client.get("/readyz").status_code == 200
    assert "/api/OCR" in client.get("/openapi.json").json()["paths"]
    assert "ocrner_http_requests_total" in client.get("/metrics").text


def test_not_ready_until_the_engine_is_loaded() -> None:
    app = create_app(OcrSettings(), engine_factory=lambda _: FakeOcrEngine())
    client = TestClient(app)  # lifespan not entered: the engine is not loaded
    assert client.get("/readyz").status_code == 503
    response = client.post("/api/OCR", files={"file": ("a.png", b"x", "image/png")})
    assert response.status_code == 503
    assert response.json()["code"] == "not_ready"


def test_the_answer_names_the_engine_that_read_the_page() -> None:
    settings = OcrSettings(ocr_workers=1, ocr_threads=1, ocr_engine="rapidocr")
    with TestClient(create_app(settings)) as client:
        data = encode(render_lines(["Angela Merkel"]))
        response = client.post("/api/OCR", files={"file": ("a.png", data, "image/png")})
    assert response.status_code == 200
    body = response.json()
    assert body["engine"].startswith("rapidocr 3.")
    assert body["text"] == "Angela Merkel"


def test_a_raw_image_body_is_read_as_a_multipart_upload_is(client: TestClient) -> None:
    data = encode(render_lines(["Angela", "Merkel"]))
    multipart = client.post("/api/OCR", files={"file": ("a.png", data, "image/png")})
    raw = client.post("/api/OCR", content=data, headers={"Content-Type": "image/png"})
    untyped = client.post(
        "/api/OCR", content=data, headers={"Content-Type": "application/octet-stream"}
    )
    assert multipart.status_code == raw.status_code == untyped.status_code == 200
    assert raw.json() == multipart.json() == untyped.json()


def test_a_raw_body_that_is_no_image_gets_the_documented_problem(client: TestClient) -> None:
    response = client.post(
        "/api/OCR", content=b"%PDF-1.4 not an image", headers={"Content-Type": "image/png"}
    )
    assert response.status_code == 415
    assert response.json()["code"] == "not_an_image"


def test_the_default_answer_is_the_documented_json_of_the_result(client: TestClient) -> None:
    data = encode(render_lines(["Angela", "Merkel"]))
    response = client.post("/api/OCR", files={"file": ("a.png", data, "image/png")})
    assert response.headers["content-type"] == "application/json"
    result = OcrResult.model_validate_json(response.content)
    assert response.content == result.model_dump_json().encode()
    assert response.json() == json.loads(result.model_dump_json())


def test_the_heaps_are_given_back_after_a_large_page_only(
    client: TestClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    import ocrner.ocr.service as service

    given_back: list[bool] = []
    monkeypatch.setattr(service, "give_back_free_memory", lambda: given_back.append(True))
    small = encode(render_lines(["Angela", "Merkel"]))
    assert client.post("/api/OCR", content=small, headers={"content-type": "image/png"}).is_success
    assert given_back == []
    large = encode(Image.new("L", (1200, 1000), 255))
    assert client.post("/api/OCR", content=large, headers={"content-type": "image/png"}).is_success
    assert given_back == [True]
