"""The manifests agree with the code: ports, probe paths, command, settings, drain time."""

from __future__ import annotations

import tomllib

import pytest

from ocrner.cli import SERVICES as CLI_SERVICES
from ocrner.core.settings import ServiceSettings
from ocrner.server import build
from tests.deploy.manifests import (
    CONTAINER_PORT,
    SERVICE_PORT,
    SERVICES,
    SETTINGS,
    Manifest,
    Rendering,
    cpu_cores,
    env_names,
    literal_env,
    memory_bytes,
    pod_spec,
)
from tests.utils.images import REPO_ROOT

MULTIPART_SERVICES = ("ocr", "orchestrator")
"""The services that take image uploads, which python-multipart spools to /tmp."""


def settings_of(rendering: Rendering, service: str) -> ServiceSettings:
    """The service's settings as its container's literal env makes them."""
    env = literal_env(rendering.container(service))
    return SETTINGS[service](**{name.lower(): value for name, value in env.items()})


def app_paths(service: str) -> set[str]:
    """The paths the service's app documents in its OpenAPI schema."""
    app, _ = build(service)
    return set(app.openapi()["paths"])


def test_the_walkthrough_names_are_the_clis(renderings: dict[str, Rendering]) -> None:
    assert set(SERVICES) == set(CLI_SERVICES)


def test_containers_run_the_same_ocrner_serve_as_the_end_to_end_tests(
    renderings: dict[str, Rendering],
) -> None:
    # tests/utils/processes.py runs `python -m ocrner serve NAME`; ocrner/__main__.py and
    # the `ocrner` script both call ocrner.cli:main.
    scripts = tomllib.loads((REPO_ROOT / "pyproject.toml").read_text())["project"]["scripts"]
    assert scripts["ocrner"] == "ocrner.cli:main"
    for rendering in renderings.values():
        for service in SERVICES:
            assert rendering.container(service)["command"] == ["ocrner", "serve", service]


def test_each_service_port_leads_to_the_port_the_app_listens_on(
    renderings: dict[str, Rendering],
) -> None:
    for rendering in renderings.values():
        for service in SERVICES:
            container = rendering.container(service)
            ports = {port["name"]: port["containerPort"] for port in container["ports"]}
            settings = settings_of(rendering, service)
            assert settings.port == ports["http"] == CONTAINER_PORT
            assert settings.host == "0.0.0.0"
            for cluster_service in rendering.of_kind("Service"):
                if cluster_service["spec"]["selector"] == {"app": service}:
                    for port in cluster_service["spec"]["ports"]:
                        assert port["targetPort"] in (ports["http"], "http")
            assert rendering.named("Service", f"{service}-service")["spec"]["ports"][0]["port"] == (
                SERVICE_PORT
            )


def test_probe_paths_exist_in_the_apps(renderings: dict[str, Rendering]) -> None:
    paths = {service: app_paths(service) for service in SERVICES}
    for rendering in renderings.values():
        for service in SERVICES:
            container = rendering.container(service)
            for probe in ("startupProbe", "readinessProbe", "livenessProbe"):
                assert container[probe]["httpGet"]["path"] in paths[service]
                assert container[probe]["httpGet"]["port"] == "http"
        for ingress in rendering.of_kind("Ingress"):
            for rule in ingress["spec"]["rules"]:
                for path in rule["http"]["paths"]:
                    assert path["path"] in paths["orchestrator"]


def test_every_env_name_is_a_setting_of_that_service(renderings: dict[str, Rendering]) -> None:
    """Config names live in ocrner.core.settings only; a typo here would be ignored."""
    for rendering in renderings.values():
        for service in SERVICES:
            known = {name.upper() for name in SETTINGS[service].model_fields}
            unknown = set(env_names(rendering.container(service))) - known
            assert not unknown, f"{rendering.name}: {service}: {unknown} are not settings"
            settings_of(rendering, service)  # and the values are valid


def test_ocr_workers_match_the_cpu_limit(renderings: dict[str, Rendering]) -> None:
    """The default, os.cpu_count(), would be the node's CPUs, not the container's."""
    for rendering in renderings.values():
        assert "OCR_WORKERS" in literal_env(rendering.container("ocr"))
        workers = settings_of(rendering, "ocr").engine_workers
        limit = cpu_cores(rendering.container("ocr")["resources"]["limits"]["cpu"])
        assert workers == limit, rendering.name


@pytest.mark.parametrize("service", MULTIPART_SERVICES)
def test_tmp_holds_every_upload_the_service_takes_at_once(
    renderings: dict[str, Rendering], service: str
) -> None:
    for rendering in renderings.values():
        settings = settings_of(rendering, service)
        deployment = rendering.deployment(service)
        (tmp,) = [volume for volume in pod_spec(deployment)["volumes"] if volume["name"] == "tmp"]
        needed = settings.in_flight_limit * settings.max_upload_bytes
        assert memory_bytes(tmp["emptyDir"]["sizeLimit"]) >= needed, rendering.name


def _pre_stop_seconds(container: Manifest) -> float:
    command = container["lifecycle"]["preStop"]["exec"]["command"]
    assert command[:-1] == ["/bin/sleep"], "a binary the slim Debian base has"
    return float(command[-1])


def test_termination_grace_covers_the_pre_stop_and_the_drain(
    renderings: dict[str, Rendering],
) -> None:
    for rendering in renderings.values():
        for service in SERVICES:
            container = rendering.container(service)
            settings = settings_of(rendering, service)
            needed = (
                _pre_stop_seconds(container)
                + settings.shutdown_drain_seconds
                + settings.shutdown_grace_seconds
            )
            grace = pod_spec(rendering.deployment(service))["terminationGracePeriodSeconds"]
            assert needed < grace <= needed + 15, f"{rendering.name}: {service}"
