"""/api/jobs in process, upstreams replaced by an httpx MockTransport: limits, expiry, callbacks,
and a job taken up again by the next process on the same data folder."""

from __future__ import annotations

import asyncio
import io
import json
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler, HTTPServer
from pathlib import Path

import httpx
import pytest
from fastapi.testclient import TestClient
from PIL import Image
from pydantic import ValidationError

from ocrner.core.settings import OrchestratorSettings, default_job_data_dir
from ocrner.orchestrator.service import create_app
from tests.orchestrator.test_service import NER_ANSWER, OCR_ANSWER
from tests.utils.documents import letters, scanned_pdf
from tests.utils.processes import free_port


def jpeg(size: int = 0) -> bytes:
    """A real (blank) JPEG, padded after its end marker to ``size`` bytes."""
    buffer = io.BytesIO()
    Image.new("L", (8, 8), 255).save(buffer, "JPEG")
    return buffer.getvalue().ljust(size, b"\0")


IMAGE = ("x.jpg", jpeg(), "image/jpeg")


async def never(_: httpx.Request) -> httpx.Response:
    await asyncio.sleep(3600)
    raise AssertionError("unreachable")


def answer(request: httpx.Request) -> httpx.Response:
    return httpx.Response(200, json=OCR_ANSWER if request.url.path == "/api/OCR" else NER_ANSWER)


@pytest.fixture
def make_client(tmp_path: Path) -> Iterator[Callable[..., TestClient]]:
    clients: list[TestClient] = []

    def make(upstream: Callable = answer, **settings: object) -> TestClient:
        settings.setdefault("job_data_dir", tmp_path)
        app = create_app(OrchestratorSettings(**settings), transport=httpx.MockTransport(upstream))
        client = TestClient(app).__enter__()
        clients.append(client)
        return client

    yield make
    for client in clients:
        client.__exit__(None, None, None)


def submit(client: TestClient, file: tuple = IMAGE, **kwargs: object) -> httpx.Response:
    return client.post("/api/jobs", files={"file": file}, **kwargs)  # type: ignore[arg-type]


def wait_for(client: TestClient, location: str, until: Callable[[dict], bool]) -> dict:
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        view = client.get(location).json()
        if until(view):
            return view
        time.sleep(0.02)
    raise AssertionError(f"not reached: {view}")


def done(view: dict) -> bool:
    return view["status"] == "done"


def test_a_full_queue_is_a_503_with_retry_after_until_a_job_leaves_it(make_client) -> None:
    client = make_client(never, job_max_queued=1)
    first = submit(client)
    assert first.status_code == 202
    refused = submit(client)
    assert refused.status_code == 503
    assert refused.json()["code"] == "job_queue_full"
    assert int(refused.headers["Retry-After"]) > 0
    assert client.delete(first.headers["Location"]).json()["status"] == "cancelled"
    assert submit(client).status_code == 202


def test_the_per_key_limit_counts_each_api_key_apart(make_client) -> None:
    client = make_client(never, job_max_queued_per_key=1)
    assert submit(client, headers={"X-API-Key": "alice"}).status_code == 202
    assert submit(client, headers={"X-API-Key": "alice"}).status_code == 503
    assert submit(client, headers={"X-API-Key": "bob"}).status_code == 202


def test_a_finished_job_expires_after_its_ttl(make_client) -> None:
    client = make_client(job_ttl_seconds=1)
    location = submit(client).headers["Location"]
    view = wait_for(client, location, done)
    assert client.get(view["result"]).json()["entities"][0]["text"] == "Angela Merkel"
    wait_for(client, location, lambda _: client.get(location).status_code == 404)
    assert client.get(location).json()["code"] == "job_not_found"
    assert client.get(view["result"]).status_code == 404


def test_jobs_take_uploads_larger_than_the_sync_call_up_to_their_own_limit(make_client) -> None:
    client = make_client(max_upload_bytes=1000, job_max_upload_bytes=5000)
    body = ("big.jpg", jpeg(2000), "image/jpeg")
    assert client.post("/api/NER", files={"file": body}).status_code == 413
    assert submit(client, body).status_code == 202
    too_big = submit(client, ("huge.jpg", jpeg(6000), "image/jpeg"))
    assert too_big.status_code == 413
    assert too_big.json()["code"] == "payload_too_large"


@pytest.mark.parametrize(
    ("content", "status", "code"),
    [
        (b"null", 415, "not_an_image"),
        (b"", 422, "unreadable_image"),
        (b"%PDF-1.7 truncated", 422, "unreadable_document"),
    ],
)
def test_an_unreadable_upload_is_refused_at_once_and_nothing_is_queued(
    make_client, content: bytes, status: int, code: str
) -> None:
    client = make_client(never, job_max_queued=1)
    refused = submit(client, ("x.bin", content, "application/octet-stream"))
    assert refused.status_code == status
    assert refused.json()["code"] == code
    assert submit(client).status_code == 202


def test_a_callback_goes_only_to_an_allowed_host(make_client) -> None:
    received: list[dict] = []

    class Hook(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            length = int(self.headers["Content-Length"])
            received.append(json.loads(self.rfile.read(length)))
            self.send_response(204)
            self.end_headers()

        def log_message(self, *_: object) -> None:
            pass

    server = HTTPServer(("127.0.0.1", 0), Hook)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        hook = f"http://127.0.0.1:{server.server_port}/done"
        refused = submit(make_client(), data={"callback_url": hook})
        assert refused.status_code == 422
        assert refused.json()["code"] == "callback_not_allowed"

        client = make_client(job_callback_hosts="127.0.0.1")
        elsewhere = submit(client, data={"callback_url": "http://169.254.169.254/latest"})
        assert elsewhere.status_code == 422
        location = submit(client, data={"callback_url": hook}).headers["Location"]
        wait_for(client, location, done)
        wait_for(client, location, lambda _: bool(received))
        assert received[0]["status"] == "done"
        assert f"/api/jobs/{received[0]['id']}" == location
    finally:
        server.shutdown()
        server.server_close()


def test_a_job_left_by_a_stopped_process_is_finished_by_the_next_without_rereading(
    make_client, tmp_path: Path
) -> None:
    asked: list[str] = []

    async def one_page_then_stuck(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/api/OCR":
            asked.append("first")
            if len(asked) > 1:
                await asyncio.sleep(3600)
        return answer(request)

    first = make_client(one_page_then_stuck, pages_in_flight=1)
    location = submit(first, ("letters.pdf", scanned_pdf(letters(3)), "application/pdf")).headers[
        "Location"
    ]
    wait_for(first, location, lambda view: view["pages_done"] == 1)
    first.__exit__(None, None, None)  # stopped with a page in flight: the job is left

    def counted(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/api/OCR":
            asked.append("second")
        return answer(request)

    second = make_client(counted, pages_in_flight=1)
    view = wait_for(second, location, done)
    assert view["pages_done"] == 3
    assert asked.count("second") == 2, "the page read before is not read again"
    assert [page["number"] for page in second.get(view["result"]).json()["pages"]] == [1, 2, 3]


def test_the_redis_store_needs_a_url_and_jobs_no_smaller_a_limit(tmp_path: Path) -> None:
    with pytest.raises(ValidationError, match="REDIS_URL"):
        OrchestratorSettings(job_store="redis")
    with pytest.raises(ValidationError, match="JOB_MAX_UPLOAD_BYTES"):
        OrchestratorSettings(max_upload_bytes=2000, job_max_upload_bytes=1000)


def test_the_data_folder_is_the_users_or_tmp_without_a_home(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("XDG_DATA_HOME", raising=False)
    monkeypatch.setenv("HOME", str(tmp_path))
    assert default_job_data_dir() == tmp_path / ".local" / "share" / "ocrner"
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    assert default_job_data_dir() == tmp_path / "data" / "ocrner"
    monkeypatch.delenv("XDG_DATA_HOME")
    monkeypatch.setenv("HOME", str(tmp_path / "nowhere"))
    assert default_job_data_dir() == Path(tempfile.gettempdir()) / "ocrner"


def test_an_unreachable_redis_is_a_503_and_the_service_keeps_serving(make_client) -> None:
    client = make_client(job_store="redis", redis_url=f"redis://127.0.0.1:{free_port()}/0")
    refused = submit(client)
    assert refused.status_code == 503
    assert refused.json()["code"] == "job_store_unavailable"
    assert "Retry-After" in refused.headers
    assert client.get("/api/jobs/some-job").json()["code"] == "job_store_unavailable"
    assert client.get("/healthz").status_code == 200
