"""compose.yaml, read statically (no Docker engine here): the cluster's names and settings."""

from __future__ import annotations

from urllib.parse import urlsplit

from tests.deploy.manifests import (
    CONTAINER_PORT,
    DOCKERFILE,
    SERVICE_PORT,
    SERVICES,
    SETTINGS,
    Manifest,
    Rendering,
    cpu_cores,
    literal_env,
    load_compose,
    memory_bytes,
)
from tests.utils.images import REPO_ROOT

_COMPOSE_UNITS = {"k": 1 << 10, "m": 1 << 20, "g": 1 << 30}


def compose_bytes(value: str) -> int:
    """A compose byte value (``768M``, ``2g``): Docker's units are powers of 1024."""
    text = value.lower().removesuffix("b")
    return (
        int(float(text[:-1]) * _COMPOSE_UNITS[text[-1]])
        if text[-1] in _COMPOSE_UNITS
        else int(text)
    )


def compose_service(service: str) -> Manifest:
    return load_compose()["services"][f"{service}-service"]


JOB_STORE = "base+job-store-redis"
"""The rendering compose mirrors: the base with the shared job store (compose's redis)."""


def test_compose_has_the_three_services_under_the_kubernetes_service_names() -> None:
    assert set(load_compose()["services"]) == {f"{service}-service" for service in SERVICES} | {
        "redis"
    }
    for service in SERVICES:
        entry = compose_service(service)
        assert entry["image"] == service
        assert entry["build"]["target"] == service
        assert (REPO_ROOT / entry["build"]["context"] / entry["build"]["dockerfile"]) == DOCKERFILE


def test_compose_uses_the_manifests_settings(renderings: dict[str, Rendering]) -> None:
    for service in SERVICES:
        env = {name: str(value) for name, value in compose_service(service)["environment"].items()}
        known = {name.upper() for name in SETTINGS[service].model_fields}
        assert set(env) <= known, f"{service}: not settings: {set(env) - known}"
        expected = literal_env(renderings[JOB_STORE].container(service))
        if service != "orchestrator":
            # Reached at a Service's port, so the orchestrator's URLs are the cluster's.
            expected["PORT"] = str(SERVICE_PORT)
        assert env == expected, service


def test_the_orchestrators_urls_name_compose_services_at_their_ports() -> None:
    services = load_compose()["services"]
    env = compose_service("orchestrator")["environment"]
    for variable in ("OCR_SERVICE_URL", "NER_SERVICE_URL"):
        url = urlsplit(env[variable])
        assert url.hostname in services
        assert str(url.port) == services[url.hostname]["environment"]["PORT"]
        assert url.hostname in compose_service("orchestrator")["depends_on"]
    assert compose_service("orchestrator")["ports"] == [f"{CONTAINER_PORT}:{CONTAINER_PORT}"]
    for service in ("ocr", "ner"):
        assert "ports" not in compose_service(service), "only the orchestrator is published"


def test_compose_limits_are_the_manifests(minikube: Rendering) -> None:
    for service in SERVICES:
        limits = compose_service(service)["deploy"]["resources"]["limits"]
        expected = minikube.container(service)["resources"]["limits"]
        assert float(limits["cpus"]) == cpu_cores(expected["cpu"]), service
        assert compose_bytes(limits["memory"]) == memory_bytes(expected["memory"]), service


def test_compose_containers_are_hardened_like_the_pods() -> None:
    for service in SERVICES:
        entry = compose_service(service)
        assert entry["read_only"] is True
        assert entry["cap_drop"] == ["ALL"]
        assert "no-new-privileges:true" in entry["security_opt"]
        assert "/tmp" in entry["tmpfs"]
        grace = float(entry["stop_grace_period"].removesuffix("s"))
        settings = SETTINGS[service](**{k.lower(): v for k, v in entry["environment"].items()})
        assert grace > settings.shutdown_drain_seconds + settings.shutdown_grace_seconds


def test_compose_runs_the_job_store_redis_of_the_manifests(
    renderings: dict[str, Rendering],
) -> None:
    redis = load_compose()["services"]["redis"]
    (statefulset,) = renderings[JOB_STORE].of_kind("StatefulSet")
    (container,) = statefulset["spec"]["template"]["spec"]["containers"]
    assert redis["image"] == container["image"]
    assert redis["command"] == container["command"] + container["args"]
    assert redis["read_only"] is True
    assert redis["cap_drop"] == ["ALL"]
    assert "redis" in compose_service("orchestrator")["depends_on"]
