"""The NER service's HTTP layer, with a stand-in engine."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient

from ocrner.core.settings import NerSettings
from ocrner.ner.service import create_app
from tests.utils.fakes import FakeNerEngine


@pytest.fixture
def client() -> Iterator[TestClient]:
    app = create_app(NerSettings(ner_max_text_chars=50), engine_factory=lambda _: FakeNerEngine())
    with TestClient(app) as test_client:
        yield test_client


def test_json_text_gets_entities_with_offsets(client: TestClient) -> None:
    response = client.post("/api/NER", json={"text": "ask Angela Merkel now"})
    assert response.status_code == 200
    assert response.json() == {
        "entities": [
            {
                "text": "Angela Merkel",
                "label": "PERSON",
                "start": 4,
                "end": 17,
                "score": None,
                "source": "model",
                "value": None,
            }
        ],
        "model": "fake-ner",
    }


def test_plain_text_is_accepted_too(client: TestClient) -> None:
    response = client.post(
        "/api/NER",
        content=b"ask Tim",
        headers={"Content-Type": "text/plain; charset=utf-8"},
    )
    assert response.status_code == 200
    assert response.json()["entities"][0]["text"] == "Tim"


@pytest.mark.parametrize(
    ("content", "content_type", "status", "code"),
    [
        (b'{"txt": "x"}', "application/json", 422, "invalid_input"),
        (b"{not json", "application/json", 422, "invalid_input"),
        (b"\xff\xfe", "text/plain", 422, "invalid_input"),
        (b"<x/>", "application/xml", 415, "unsupported_media_type"),
        (b'{"text": "' + b"a" * 51 + b'"}', "application/json", 413, "payload_too_large"),
    ],
    ids=["wrong-key", "broken-json", "not-utf8", "xml", "too-long"],
)
def test_bad_bodies_get_a_problem(
    client: TestClient, content: bytes, content_type: str, status: int, code: str
) -> None:
    response = client.post("/api/NER", content=content, headers={"Content-Type": content_type})
    assert response.status_code == status
    assert response.json()["code"] == code
    assert client.post("/api/NER", json={"text": "Bob"}).status_code == 200
