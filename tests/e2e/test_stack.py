"""The three real services as separate processes, driven through the orchestrator's API."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time

import httpx
import pytest

from tests.utils.images import LETTER, SAMPLE_IMAGE, encode, render_lines, render_paragraph
from tests.utils.processes import ServiceProcess, Stack, running_stack
from tests.utils.seed import seed_curl

pytestmark = pytest.mark.e2e


def post(url: str, data: bytes, filename: str = "image.png", field: str = "file") -> httpx.Response:
    return httpx.post(f"{url}/api/NER", files={field: (filename, data)}, timeout=60)


def covers(outer: list[int], inner: list[int], slack: int = 3) -> bool:
    return (
        outer[0] <= inner[0] + slack
        and outer[1] <= inner[1] + slack
        and outer[2] >= inner[2] - slack
        and outer[3] >= inner[3] - slack
    )


@pytest.mark.skipif(shutil.which("curl") is None, reason="curl is not installed")
def test_the_seed_curl_command_returns_the_entities_of_the_sample(stack: Stack) -> None:
    host_port = stack.url.removeprefix("http://")
    body = seed_curl(host_port)
    found = {(entity["text"], entity["label"]) for entity in body["entities"]}
    assert {
        ("Mateo Ferreira", "PERSON"),
        ("Blackthorn Insurance Brokers", "ORG"),
        ("Belfast", "GPE"),
        ("Monday, 6 January 2025", "DATE"),
        ("Sinéad Gallagher", "PERSON"),
    } <= found
    assert any(label == "MONEY" and "41,500" in text for text, label in found)


def test_entities_of_a_rendered_paragraph_have_boxes_that_cover_their_words(stack: Stack) -> None:
    image = render_paragraph(LETTER)
    response = post(stack.url, encode(image), "letter.png")
    assert response.status_code == 200
    body = response.json()
    by_text = {entity["text"]: entity for entity in body["entities"]}
    assert by_text["Angela Merkel"]["label"] == "PERSON"
    assert by_text["Siemens"]["label"] == "ORG"
    assert by_text["Munich"]["label"] == "GPE"
    assert by_text["14 March 2024"]["label"] == "DATE"
    assert any(entity["label"] == "MONEY" for entity in body["entities"])
    ocr = httpx.post(
        f"{stack.ocr.url}/api/OCR", files={"file": ("letter.png", encode(image))}, timeout=60
    ).json()
    for entity in body["entities"]:
        assert body["text"][entity["start"] : entity["end"]] == entity["text"]
        words = [w for w in ocr["words"] if w["text"].strip(".,") in entity["text"].split()]
        assert entity["boxes"], entity
        for word_box in (w["box"] for w in words):
            if any(covers(box, word_box) for box in entity["boxes"]):
                break
        else:
            pytest.fail(f"no box of {entity} covers its words")


def test_an_entity_broken_across_two_lines_is_found_with_a_box_per_line(stack: Stack) -> None:
    image = render_lines(["The letter was signed by Angela", "Merkel in Berlin yesterday."])
    body = post(stack.url, encode(image)).json()
    (merkel,) = [entity for entity in body["entities"] if entity["label"] == "PERSON"]
    assert merkel["text"] == "Angela Merkel"
    first, second = merkel["boxes"]
    assert first[3] <= second[1]  # the first line's box is above the second's


def test_the_cli_in_process_and_the_stack_find_the_same_entities(stack: Stack) -> None:
    def run_cli(*extra: str) -> list[dict]:
        completed = subprocess.run(
            [sys.executable, "-m", "ocrner", "extract", str(SAMPLE_IMAGE), *extra],
            capture_output=True,
            check=True,
            timeout=120,
        )
        return json.loads(completed.stdout)

    local, remote = run_cli(), run_cli("--url", stack.url)
    assert local[0]["error"] is None and remote[0]["error"] is None

    def entities(result: list[dict]) -> list[tuple]:
        return [
            (e["text"], e["label"], e["start"], e["end"], e["boxes"])
            for e in result[0]["result"]["entities"]
        ]

    assert entities(local) == entities(remote)
    assert len(entities(local)) >= 5


@pytest.mark.parametrize(
    ("data", "field", "status", "code"),
    [
        (b"this is not an image", "file", 415, "not_an_image"),
        (b"", "file", 422, "unreadable_image"),
        (encode(render_lines(["Truncated"]), "JPEG")[:300], "file", 422, "unreadable_image"),
        (encode(render_lines(["Wrong field"])), "image", 422, "invalid_request"),
    ],
    ids=["not-an-image", "zero-bytes", "truncated-jpeg", "wrong-field-name"],
)
def test_bad_input_gets_a_clear_4xx_and_the_stack_keeps_serving(
    stack: Stack, data: bytes, field: str, status: int, code: str
) -> None:
    response = post(stack.url, data, field=field)
    assert response.status_code == status
    problem = response.json()
    assert (problem["status"], problem["code"]) == (status, code)
    assert problem["detail"]
    assert "Traceback" not in response.text
    assert post(stack.url, SAMPLE_IMAGE.read_bytes(), "test-image.jpg").status_code == 200


def test_a_missing_file_field_is_a_422(stack: Stack) -> None:
    response = httpx.post(f"{stack.url}/api/NER", data={"other": "x"}, timeout=30)
    assert response.status_code == 422
    assert "file" in response.json()["detail"]


def test_the_request_id_reaches_the_upstreams(stack: Stack) -> None:
    response = httpx.post(
        f"{stack.url}/api/NER",
        files={"file": ("t.jpg", SAMPLE_IMAGE.read_bytes())},
        headers={"X-Request-ID": "trace-me-42"},
        timeout=60,
    )
    assert response.headers["x-request-id"] == "trace-me-42"
    deadline = time.monotonic() + 5
    while "trace-me-42" not in stack.ocr.log() and time.monotonic() < deadline:
        time.sleep(0.1)
    assert "trace-me-42" in stack.ocr.log()
    assert "trace-me-42" in stack.ner.log()


def test_a_stopped_ocr_service_is_a_5xx_naming_it_then_work_resumes() -> None:
    with running_stack(orchestrator_env={"UPSTREAM_CONNECT_TIMEOUT": "1"}) as own:
        image = SAMPLE_IMAGE.read_bytes()
        assert post(own.url, image).status_code == 200
        own.ocr.stop()
        started = time.monotonic()
        response = post(own.url, image)
        assert time.monotonic() - started < 30  # well within the orchestrator's deadline
        assert response.status_code in (502, 503, 504)
        problem = response.json()
        assert problem["upstream"] == "ocr"
        assert "OCR service" in problem["detail"]
        restarted = ServiceProcess("ocr", port=own.ocr.port)
        with restarted:
            response = post(own.url, image)
            if response.status_code == 503:
                # Down longer than UPSTREAM_RETRY_SECONDS, the breaker fails fast until its
                # next probe, and says when that is (docs/reliability.md).
                assert response.json()["code"] == "upstream_unavailable"
                wait = int(response.headers["Retry-After"])
                assert 1 <= wait <= 2  # the 1 s default cool-down, rounded up
                time.sleep(wait)
                response = post(own.url, image)
            assert response.status_code == 200


DOCUMENTED_ERRORS = {
    "ocr": {"400", "413", "415", "422", "500", "503", "504"},
    "ner": {"413", "415", "422", "500", "503", "504"},  # no multipart, no 400
    "orchestrator": {"400", "401", "413", "415", "422", "500", "502", "503", "504"},
}
"""The error statuses each API route can answer, and only those: 401 only where API_KEY is."""


def test_every_service_documents_its_api_and_only_errors_it_can_answer(stack: Stack) -> None:
    routes = ((stack.ocr, "/api/OCR"), (stack.ner, "/api/NER"), (stack.orchestrator, "/api/NER"))
    for service, path in routes:
        spec = httpx.get(f"{service.url}/openapi.json", timeout=10).json()
        statuses = set(spec["paths"][path]["post"]["responses"])
        assert {s for s in statuses if s >= "4"} == DOCUMENTED_ERRORS[service.name], service.name
        assert httpx.get(f"{service.url}/healthz", timeout=10).status_code == 200


def test_the_cli_reaches_a_guarded_orchestrator_with_its_api_key(stack: Stack) -> None:
    key = "cli-key-for-tests-only"
    env = {"OCR_SERVICE_URL": stack.ocr.url, "NER_SERVICE_URL": stack.ner.url, "API_KEY": key}
    with ServiceProcess("orchestrator", env=env) as guarded:

        def run_cli(*extra: str, environment: dict[str, str]) -> tuple[int, dict]:
            completed = subprocess.run(
                [sys.executable, "-m", "ocrner", "extract", "--url", guarded.url, *extra,
                 str(SAMPLE_IMAGE)],
                capture_output=True, timeout=120, env=environment,
            )  # fmt: skip
            return completed.returncode, json.loads(completed.stdout)[0]

        bare = {k: v for k, v in os.environ.items() if k != "OCRNER_API_KEY"}
        code, without = run_cli(environment=bare)
        assert code == 1 and without["error"]["status"] == 401
        code, flag = run_cli("--api-key", key, environment=bare)
        assert code == 0 and flag["error"] is None and flag["result"]["entities"]
        code, variable = run_cli(environment={**bare, "OCRNER_API_KEY": key})
        assert code == 0 and variable["result"]["entities"] == flag["result"]["entities"]
