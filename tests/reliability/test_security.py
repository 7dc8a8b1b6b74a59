"""Security basics: the optional API key, no file or URL access on a caller's behalf, no root."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from pathlib import Path

import httpx
import pytest

from tests.utils import filesystem
from tests.utils.hostile import small_picture
from tests.utils.images import encode
from tests.utils.problems import assert_problem
from tests.utils.processes import LOOPBACK, ServiceProcess, Stack

pytestmark = pytest.mark.e2e

API_KEY = "k3y-for-tests-only"
NOBODY = 65534

EXPECTED_OPERATIONS = {
    "ocr": {("get", "/healthz"), ("get", "/readyz"), ("get", "/metrics"), ("post", "/api/OCR")},
    "ner": {("get", "/healthz"), ("get", "/readyz"), ("get", "/metrics"), ("post", "/api/NER")},
    "orchestrator": {
        ("get", "/healthz"),
        ("get", "/readyz"),
        ("get", "/metrics"),
        ("post", "/api/NER"),
        ("post", "/api/redact"),
        ("post", "/api/page"),
        ("post", "/api/jobs"),
        ("get", "/api/jobs/{job_id}"),
        ("get", "/api/jobs/{job_id}/result"),
        ("delete", "/api/jobs/{job_id}"),
    },
}


def post_image(url: str, **options: object) -> httpx.Response:
    files = {"file": ("line.png", encode(small_picture()), "image/png")}
    return httpx.post(f"{url}/api/NER", files=files, timeout=60, **options)  # type: ignore[arg-type]


def test_with_an_api_key_set_the_orchestrator_refuses_callers_without_it(stack: Stack) -> None:
    env = {"OCR_SERVICE_URL": stack.ocr.url, "NER_SERVICE_URL": stack.ner.url, "API_KEY": API_KEY}
    with ServiceProcess("orchestrator", env=env) as guarded:
        missing = post_image(guarded.url)
        wrong = post_image(guarded.url, headers={"X-API-Key": "guess"})
        right = post_image(guarded.url, headers={"X-API-Key": API_KEY})
        probes = [httpx.get(f"{guarded.url}{path}", timeout=10) for path in ("/healthz", "/readyz")]
        log = guarded.log()
    for refused in (missing, wrong):
        assert_problem(refused, 401, "unauthorized")
        assert API_KEY not in refused.text
    assert right.status_code == 200
    assert [probe.status_code for probe in probes] == [200, 200]  # probes need no key
    assert API_KEY not in log


@pytest.mark.parametrize("name", ["ocr", "ner", "orchestrator"])
def test_no_endpoint_takes_a_path_or_a_url(stack: Stack, name: str) -> None:
    service = {"ocr": stack.ocr, "ner": stack.ner, "orchestrator": stack.orchestrator}[name]
    spec = httpx.get(f"{service.url}/openapi.json", timeout=10).json()
    operations = {
        (method, path)
        for path, methods in spec["paths"].items()
        for method in methods
        if method in ("get", "post", "put", "patch", "delete")
    }
    assert operations == EXPECTED_OPERATIONS[name]
    parameters = {
        parameter["name"].lower()
        for methods in spec["paths"].values()
        for operation in methods.values()
        for parameter in operation.get("parameters", [])
    }
    # job_id is an opaque token, never a path, and page (/api/page) a page number; the one
    # URL taken, a job's callback_url (a form field), goes only to hosts on
    # JOB_CALLBACK_HOSTS (tests/jobs/test_api.py).
    assert parameters <= {"lang", "x-api-key", "job_id", "page"}


def test_a_path_or_a_url_sent_as_input_is_only_data(stack: Stack) -> None:
    for text in (b"/etc/passwd", b"file:///etc/passwd", b"http://127.0.0.1:1/x"):
        response = httpx.post(f"{stack.url}/api/NER", files={"file": ("a.png", text)}, timeout=60)
        assert_problem(response, 415, "not_an_image")
    text = "Send file:///etc/passwd to Angela Merkel at http://127.0.0.1:1/x today."
    answer = httpx.post(f"{stack.ner.url}/api/NER", json={"text": text}, timeout=60)
    assert answer.status_code == 200
    body = answer.json()
    assert set(body) == {"entities", "model"}  # nothing but the entities of the text sent
    assert body["entities"], body  # the text was read as text: Angela Merkel, the URL ...
    for entity in body["entities"]:
        assert entity["text"] == text[entity["start"] : entity["end"]], entity


@contextmanager
def as_nobody(service: ServiceProcess, staging: Path) -> Iterator[ServiceProcess]:
    """Run ``service`` as user and group nobody, with no other group and no capability, in
    a mount namespace of its own that keeps this project in its reach
    (:mod:`tests.utils.filesystem`)."""
    handle, path = tempfile.mkstemp(prefix=f"ocrner-{service.name}-", suffix=".log")
    service.log_path = Path(path)
    try:
        service.process = subprocess.Popen(
            [
                "unshare", "--mount", "--propagation", "slave",
                *filesystem.opening_prefix(NOBODY, NOBODY, staging),
                "setpriv", f"--reuid={NOBODY}", f"--regid={NOBODY}", "--clear-groups",
                "--inh-caps=-all", "--bounding-set=-all",
                "--", sys.executable, "-m", "ocrner", "serve", service.name,
            ],
            env={**os.environ, "HOST": LOOPBACK, "PORT": str(service.port), **service.env},
            stdout=handle,
            stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL,
        )  # fmt: skip
        yield service.wait_ready()
    finally:
        os.close(handle)
        service.__exit__()


def identity(pid: int) -> tuple[int, int]:
    """(effective uid, effective capability bits) of a running process."""
    status = dict(
        line.split(":", 1) for line in Path(f"/proc/{pid}/status").read_text().splitlines()
    )
    return int(status["Uid"].split()[1]), int(status["CapEff"].strip(), 16)


@pytest.mark.skipif(
    os.geteuid() != 0 or shutil.which("setpriv") is None or shutil.which("unshare") is None,
    reason="switching to user nobody needs root, setpriv and unshare (util-linux)",
)
def test_the_whole_stack_runs_as_an_unprivileged_user() -> None:
    with ExitStack() as services:
        staging = Path(services.enter_context(tempfile.TemporaryDirectory(prefix="ocrner-")))

        def start(name: str, **env: str) -> ServiceProcess:
            return services.enter_context(as_nobody(ServiceProcess(name, env=env), staging))

        ocr, ner = start("ocr"), start("ner")
        # The orchestrator's job store, nobody's own.
        jobs = Path(services.enter_context(tempfile.TemporaryDirectory(prefix="ocrner-jobs-")))
        os.chown(jobs, NOBODY, NOBODY)
        orchestrator = start(
            "orchestrator",
            OCR_SERVICE_URL=ocr.url,
            NER_SERVICE_URL=ner.url,
            JOB_DATA_DIR=str(jobs),
        )
        identities = {
            identity(service.process.pid)
            for service in (ocr, ner, orchestrator)
            if service.process is not None
        }
        answer = post_image(orchestrator.url)
    assert {uid for uid, _ in identities} == {NOBODY}
    assert all(capabilities == 0 for _, capabilities in identities)
    assert answer.status_code == 200
    assert {entity["text"] for entity in answer.json()["entities"]} >= {"Angela Merkel"}
