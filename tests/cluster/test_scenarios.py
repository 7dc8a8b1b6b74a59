"""Service discovery through pod churn, in a cluster built from the minikube manifests.

Each test drives the cluster the way an operator would (``kubectl delete pod``,
``kubectl scale``) while a client talks to the NodePort, and checks what the
client sees. Figures (recovery times, retries) are printed, not asserted: see
docs/cluster.md for what was observed.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import time
from pathlib import Path

import httpx
import pytest

from ocrner.core.settings import OrchestratorSettings
from tests.cluster.harness import Cluster, Pod
from tests.cluster.manifests import container_env
from tests.cluster.network import NETNS_RUN, service_names
from tests.cluster.traffic import (
    Load,
    in_flight,
    post_sample,
    problem,
    served,
    upstream_failures,
)
from tests.utils.seed import Entity, entities, sample_entities, seed_curl

pytestmark = pytest.mark.netns

OCR, NER, ORCHESTRATOR = "ocr", "ner", "orchestrator"
"""The Deployments, by their manifest names."""


@pytest.fixture(scope="module")
def expected_entities() -> set[Entity]:
    """What the cluster must answer: the sample's entities from ``ocrner extract`` here."""
    return sample_entities()


def service_of(cluster: Cluster, deployment: str) -> str:
    """The name of the (ClusterIP) Service in front of a Deployment."""
    services = cluster.topology.services_of(cluster.topology.deployment(deployment))
    [service] = [s for s in services if s.type == "ClusterIP"]
    return service.name


def orchestrator_settings(orchestrator: Pod) -> OrchestratorSettings:
    """The orchestrator's settings, as they read its container's env."""
    env = orchestrator.containers[0].env
    fields = OrchestratorSettings.model_fields
    return OrchestratorSettings(
        **{key.lower(): value for key, value in env.items() if key.lower() in fields}
    )


def orchestrator_deadline(orchestrator: Pod) -> float:
    """The orchestrator's request deadline."""
    return orchestrator_settings(orchestrator).request_deadline_seconds


def test_every_pod_runs_its_manifest_in_a_namespace_of_its_own(settled: Cluster) -> None:
    pods = [pod for d in settled.topology.deployments for pod in settled.pods(d.name)]
    assert len({pod.ip for pod in pods}) == len(pods) == len(settled.topology.deployments)
    for pod in pods:
        [container] = pod.containers
        spec = container.spec
        proc = Path(f"/proc/{pod.pid()}")
        status = dict(line.split(":\t", 1) for line in (proc / "status").read_text().splitlines())
        environ = (proc / "environ").read_bytes().split(b"\0")
        if spec.security.run_as_user is not None:
            assert status["Uid"].split()[0] == str(spec.security.run_as_user)
        if spec.security.drop_all_capabilities:
            assert int(status["CapEff"], 16) == 0 and int(status["CapBnd"], 16) == 0
        if spec.security.no_new_privileges:
            assert status["NoNewPrivs"].strip() == "1"
        for name, value in container_env(spec).items():
            assert f"{name}={value}".encode() in environ
        in_namespace = os.readlink(proc / "ns" / "net")
        assert in_namespace == f"net:[{(NETNS_RUN / pod.network.namespace).stat().st_ino}]"


def test_pods_resolve_every_service_name_and_nothing_else(settled: Cluster) -> None:
    [orchestrator] = settled.pods(ORCHESTRATOR)

    def resolve(name: str) -> subprocess.CompletedProcess[str]:
        return settled.exec(orchestrator, "getent", "ahostsv4", name)

    for service in settled.topology.services:
        for name in service_names(service.name, service.namespace):
            answer = resolve(name)
            assert answer.returncode == 0, (name, answer.stderr)
            assert answer.stdout.split()[0] == settled.service_ips[service.name], name
    assert resolve("example.com").returncode != 0  # no upstream: nothing leaves the cluster


@pytest.mark.skipif(shutil.which("curl") is None, reason="curl is not installed")
def test_walk_through_curl_to_the_node_port_returns_the_entities(
    settled: Cluster, expected_entities: set[Entity]
) -> None:
    host_port = settled.node_port_url().removeprefix("http://")
    body = seed_curl(host_port)
    assert "entities" in body, body
    assert entities(body) == expected_entities
    assert {"PERSON", "ORG", "GPE", "DATE"} <= {label for _, label, _ in expected_entities}


def test_a_deleted_ocr_pod_comes_back_at_a_new_ip_and_is_found_by_name(settled: Cluster) -> None:
    url = settled.node_port_url()
    [orchestrator] = settled.pods(ORCHESTRATOR)
    orchestrator_pid = orchestrator.pid()
    [old] = settled.pods(OCR)
    warm = post_sample(url)  # the orchestrator now holds a connection to the OCR pod
    assert warm.status_code == 200, warm.text

    deleted_at = time.monotonic()
    settled.delete_pod(old, wait=False)
    outcomes: list[tuple[float, httpx.Response]] = []

    def recovered() -> bool:
        response = post_sample(url)
        outcomes.append((time.monotonic(), response))
        after_gone = [r for at, r in outcomes if old.gone and at > deleted_at]
        return old.gone and len(after_gone) >= 3 and all(r.status_code == 200 for r in after_gone)

    settled.wait_until(recovered, "requests to succeed after the OCR pod was replaced")
    [new] = settled.pods(OCR)
    assert new.ip != old.ip and new.name != old.name
    assert settled.endpoints(service_of(settled, OCR)) == [new.ip]
    assert settled.pods(ORCHESTRATOR) == [orchestrator]
    assert orchestrator.pid() == orchestrator_pid and orchestrator.restarts == 0
    assert served(new) > 0
    failed = [r for _, r in outcomes if r.status_code != 200]
    for response in failed:
        body = problem(response)
        assert body is not None and body["upstream"] == OCR and response.status_code == 503
    first_ok = next(at for at, r in outcomes if r.status_code == 200)
    print(
        f"\nOCR pod {old.ip} -> {new.ip}: replacement ready after "
        f"{(new.ready_since or 0) - deleted_at:.2f} s, {len(outcomes)} requests, "
        f"{len(failed)} failed, first success after {first_ok - deleted_at:.2f} s, "
        f"orchestrator retries to OCR so far: {upstream_failures(orchestrator, OCR):.0f}"
    )


def test_killing_one_of_two_ocr_replicas_under_load_fails_no_request(settled: Cluster) -> None:
    url = settled.node_port_url()
    service = service_of(settled, OCR)
    settled.scale(OCR, 2)
    pods = settled.wait_ready(OCR, 2)
    [orchestrator] = settled.pods(ORCHESTRATOR)
    retries_before = upstream_failures(orchestrator, OCR)
    with Load(url, workers=2) as load:
        settled.wait_until(lambda: load.sent >= 10, "10 requests under load")
        # The busiest replica, killed while it is working, so that requests are cut.
        victim = max(pods, key=served)
        [survivor] = [pod for pod in pods if pod is not victim]
        served_before = served(survivor)
        settled.wait_until(lambda: in_flight(victim) > 0, "a request in flight on the victim")
        killed_at, sent_at_kill = time.monotonic(), load.sent
        settled.delete_pod(victim, grace_seconds=0)
        settled.wait_until(lambda: load.sent >= sent_at_kill + 10, "10 requests after the kill")
    assert load.failures() == []
    assert victim.ip not in settled.endpoints(service)
    left = [at for at, name, ips in settled.endpoint_history if name == service and at >= killed_at]
    assert left, "the killed pod's removal from the endpoints was not recorded"
    assert served(survivor) > served_before
    print(
        f"\n{load.sent} requests, none failed; the killed pod left {service} "
        f"{left[0] - killed_at:.3f} s after the kill; orchestrator retries to OCR during the "
        f"load: {upstream_failures(orchestrator, OCR) - retries_before:.0f}"
    )


def test_a_crashed_container_restarts_in_its_pod_and_rejoins_the_service(
    settled: Cluster,
) -> None:
    service = service_of(settled, OCR)
    [pod] = settled.pods(OCR)
    crashed_pid, killed_at = pod.pid(), time.monotonic()
    settled.kill_container(pod)

    def changes() -> list[tuple[str, ...]]:
        return [
            ips for at, name, ips in settled.endpoint_history if name == service and at >= killed_at
        ]

    # The kubelet notices, the pod leaves the Service, its container starts again, and the
    # pod, with the same IP, rejoins once its readiness probe passes.
    settled.wait_until(lambda: changes() == [()], f"the crashed pod to leave {service}")
    [again] = settled.wait_ready(OCR, 1)
    assert again is pod and again.restarts == 1 and again.pid() != crashed_pid
    assert changes() == [(), (pod.ip,)]
    response = post_sample(settled.node_port_url())
    assert response.status_code == 200, response.text


def test_with_ner_down_the_orchestrator_answers_503_naming_it_then_recovers(
    settled: Cluster,
) -> None:
    url = settled.node_port_url()
    [orchestrator] = settled.pods(ORCHESTRATOR)
    orchestrator_pid = orchestrator.pid()
    deadline = orchestrator_deadline(orchestrator)
    settled.scale(NER, 0)
    settled.wait_ready(NER, 0)
    # The client waits no longer than the orchestrator's own deadline: an answer must come.
    sent = time.monotonic()
    response = post_sample(url, timeout=deadline)
    answered = time.monotonic()
    body = problem(response)
    assert response.status_code == 503
    assert body is not None and body["upstream"] == NER and body["code"] == "upstream_unavailable"

    settled.scale(NER, 1)
    [new] = settled.wait_ready(NER, 1)
    recovered = post_sample(url)
    assert recovered.status_code == 200, recovered.text
    assert recovered.json()["entities"]
    assert orchestrator.pid() == orchestrator_pid and orchestrator.restarts == 0
    print(
        f"\nNER down: 503 upstream {body['upstream']} after {answered - sent:.2f} s "
        f"(deadline {deadline:g} s); the first request after the new NER pod was ready "
        f"({time.monotonic() - (new.ready_since or 0):.2f} s ago) succeeded"
    )


@pytest.mark.timeout(420)  # up to seven pool renewals of 30 s, on top of the scale-up
def test_scaling_ner_from_one_to_two_sends_traffic_to_the_new_pod(settled: Cluster) -> None:
    url = settled.node_port_url()
    [old] = settled.pods(NER)
    [orchestrator] = settled.pods(ORCHESTRATOR)
    max_age = orchestrator_settings(orchestrator).upstream_connection_max_age_seconds
    # kube-proxy balances connections, not requests, and the orchestrator keeps its
    # connections to ner-service open: under a steady load they would all stay on the old
    # pod. The load runs from before the scale-up and never pauses, so no connection
    # idles out of the pool; the pool renewal (UPSTREAM_CONNECTION_MAX_AGE_SECONDS) opens
    # new ones, each DNATed to a random pod. With one connection to NER in use, each renewal
    # misses the new pod with odds 1/2: seven renewals all miss it once in 128 runs.
    renewals = 7
    with Load(url, workers=4, max_requests=10_000, max_seconds=renewals * max_age + 120) as load:
        settled.wait_until(lambda: load.sent >= 8, "the load's connections, all to the old pod")
        settled.scale(NER, 2)
        [new] = [pod for pod in settled.wait_ready(NER, 2) if pod is not old]
        assert sorted(settled.endpoints(service_of(settled, NER))) == sorted([old.ip, new.ip])
        joined_at, sent_at_join = time.monotonic(), load.sent
        settled.wait_until(
            lambda: served(new) > 0,
            "the pool renewal to reach the new NER pod",
            timeout=renewals * max_age + 30,
        )
        reached_after = time.monotonic() - joined_at
        sent = load.sent - sent_at_join
    assert load.failures() == []
    print(
        f"\nnew NER pod {new.ip} got its first call {reached_after:.1f} s after it joined "
        f"({sent} requests of steady load; pools renewed every {max_age:g} s)"
    )
