"""Client traffic for the cluster scenarios: the sample upload, a bounded load, pod metrics.

All of it goes to addresses inside the cluster the test built (the node IP,
pod IPs); proxies from the environment are ignored.
"""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass, field

import httpx
from prometheus_client.parser import text_string_to_metric_families

from ocrner.core.problems import PROBLEM_MEDIA_TYPE
from tests.cluster.harness import Pod
from tests.utils.images import SAMPLE_IMAGE

REQUEST_TIMEOUT_SECONDS = 60.0


def post_sample(
    base_url: str,
    *,
    client: httpx.Client | None = None,
    timeout: float = REQUEST_TIMEOUT_SECONDS,
) -> httpx.Response:
    """POST the repository's sample image to the orchestrator's /api/NER, as the seed curl does."""
    files = {"file": (SAMPLE_IMAGE.name, SAMPLE_IMAGE.read_bytes(), "image/jpeg")}
    if client is not None:
        return client.post(f"{base_url}/api/NER", files=files, timeout=timeout)
    with httpx.Client(trust_env=False) as fresh:
        return fresh.post(f"{base_url}/api/NER", files=files, timeout=timeout)


def problem(response: httpx.Response) -> dict[str, object] | None:
    """The problem-details body of an error answer in the documented shape, else None."""
    if not response.headers.get("content-type", "").startswith(PROBLEM_MEDIA_TYPE):
        return None
    body = response.json()
    return body if isinstance(body, dict) and body.get("status") == response.status_code else None


def metric(pod: Pod, sample_name: str, **labels: str) -> float:
    """The sum of a Prometheus sample's values on the pod's /metrics, over matching labels."""
    with httpx.Client(trust_env=False) as client:
        response = client.get(f"{pod.url}/metrics", timeout=5.0)
    response.raise_for_status()
    return sum(
        sample.value
        for family in text_string_to_metric_families(response.text)
        for sample in family.samples
        if sample.name == sample_name
        and all(sample.labels.get(key) == value for key, value in labels.items())
    )


def served(pod: Pod) -> float:
    """How many POSTs (the API calls: a service has one) the pod answered with 200."""
    return metric(pod, "ocrner_http_requests_total", method="POST", status="200")


def in_flight(pod: Pod) -> float:
    """How many requests the pod is working on right now."""
    return metric(pod, "ocrner_http_requests_in_flight")


def upstream_failures(orchestrator: Pod, upstream: str) -> float:
    """The orchestrator's calls to ``upstream`` that could not get through (then retried)."""
    return metric(
        orchestrator,
        "ocrner_upstream_request_duration_seconds_count",
        upstream=upstream,
        outcome="unreachable",
    )


@dataclass(frozen=True)
class Outcome:
    """One request of a load: when it started and ended, and what came back."""

    started: float
    ended: float
    status: int | None
    error: str | None = None
    upstream: str | None = None
    body: str = ""

    @property
    def ok(self) -> bool:
        return self.status == 200


@dataclass
class Load:
    """A steady, bounded load: ``workers`` clients, each sending one request after another.

    Each client keeps its connection (as a browser or SDK would); the load stops
    after ``max_requests`` in all, after ``max_seconds``, or at :meth:`stop`.
    """

    base_url: str
    workers: int = 2
    max_requests: int = 300
    max_seconds: float = 90.0
    outcomes: list[Outcome] = field(default_factory=list)
    _stop: threading.Event = field(default_factory=threading.Event)
    _threads: list[threading.Thread] = field(default_factory=list)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def __enter__(self) -> Load:
        deadline = time.monotonic() + self.max_seconds
        for number in range(self.workers):
            thread = threading.Thread(
                target=self._client, args=(deadline,), name=f"load-{number}", daemon=True
            )
            self._threads.append(thread)
            thread.start()
        return self

    def __exit__(self, *_: object) -> None:
        self.stop()

    def stop(self) -> list[Outcome]:
        self._stop.set()
        for thread in self._threads:
            thread.join(timeout=REQUEST_TIMEOUT_SECONDS + 5)
        return self.outcomes

    @property
    def sent(self) -> int:
        with self._lock:
            return len(self.outcomes)

    def failures(self) -> list[Outcome]:
        with self._lock:
            return [outcome for outcome in self.outcomes if not outcome.ok]

    def _client(self, deadline: float) -> None:
        with httpx.Client(trust_env=False) as client:
            while not self._stop.is_set() and time.monotonic() < deadline:
                with self._lock:
                    if len(self.outcomes) >= self.max_requests:
                        return
                started = time.monotonic()
                try:
                    response = post_sample(self.base_url, client=client)
                except httpx.HTTPError as error:
                    outcome = Outcome(started, time.monotonic(), None, error=repr(error))
                else:
                    body = problem(response)
                    outcome = Outcome(
                        started,
                        time.monotonic(),
                        response.status_code,
                        upstream=str(body.get("upstream")) if body else None,
                        body=response.text if response.status_code != 200 else "",
                    )
                with self._lock:
                    self.outcomes.append(outcome)
