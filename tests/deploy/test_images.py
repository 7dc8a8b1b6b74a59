"""The images, built for real (``make images``) and run as containers, as the pods run them.

The build happens once per session (seconds when nothing changed since the
last); ``make test`` runs it before pytest. The containers are the
walk-through's (:mod:`tests.deploy.walkthrough`): the three images on one
podman network, with the manifests' command, env and securityContext, removed
at the end of the module.
"""

from __future__ import annotations

import dataclasses
import re
import subprocess
import sys
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

import pytest

from tests.cluster.manifests import Topology, load, render
from tests.deploy.manifests import SERVICES, Rendering, pod_spec
from tests.deploy.walkthrough import Walkthrough, WalkthroughError
from tests.utils import containers
from tests.utils.images import REPO_ROOT
from tests.utils.seed import Entity, entities, sample_entities, seed_curl

# The first test to need the images may build them from nothing.
pytestmark = pytest.mark.timeout(containers.BUILD_TIMEOUT_SECONDS)

ENGINES = {"ocr": "tesserocr", "ner": "spacy"}
"""The heavy engine module each image brings, and that no other image may contain."""
COMPILERS = ("cc", "gcc", "g++", "c++", "clang", "make", "ld", "as")


@pytest.fixture(scope="session")
def built() -> str:
    """The images, built by ``scripts/images.sh``; its output."""
    reason = containers.unavailable()
    if reason is not None:
        pytest.skip(reason=reason)
    return containers.build_images()


@pytest.fixture(scope="module")
def topology(built: str) -> Topology:
    return load(render())


@pytest.fixture(scope="module")
def walkthrough(topology: Topology) -> Iterator[Walkthrough]:
    with Walkthrough(topology) as running:
        yield running
    assert running.leftovers() == [], "the walk-through left containers or its network"


def run_as_non_root_refusal(image_user: str, security: Mapping[str, Any]) -> str | None:
    """Why the kubelet would refuse to start a container of an image whose ``USER`` is
    ``image_user`` under ``runAsNonRoot`` (its verifyRunAsNonRoot), or None."""
    if not security.get("runAsNonRoot"):
        return None
    if "runAsUser" in security:
        return "runAsUser breaks non-root policy" if security["runAsUser"] == 0 else None
    uid = image_user.partition(":")[0]
    if not uid.isdigit():
        return f"image has non-numeric user ({image_user}), cannot verify user is non-root"
    return "image will run as root" if int(uid) == 0 else None


def in_container(walkthrough: Walkthrough, service: str, code: str) -> str:
    """Run Python ``code`` in the service's running container, as its user."""
    result = walkthrough.exec(service, "python", "-c", code)
    assert result.returncode == 0, result.stderr
    return result.stdout.strip()


def test_make_images_tags_the_three_images_and_prints_their_sizes(built: str) -> None:
    for service in SERVICES:
        assert re.search(rf"^images: {service} +\d+(\.\d+)?MB", built, re.MULTILINE), built
        assert containers.succeeds("image", "exists", service)


def test_a_second_build_with_nothing_changed_builds_nothing(built: str) -> None:
    before = {s: containers.inspect("image", s)["Id"] for s in SERVICES}
    again = subprocess.run(
        [str(containers.IMAGES_SCRIPT)], capture_output=True, text=True, check=True, timeout=300
    )
    assert "building" not in again.stdout, again.stdout
    assert {s: containers.inspect("image", s)["Id"] for s in SERVICES} == before


def test_the_kubelet_would_run_each_image_only_as_its_non_root_user(
    built: str, minikube: Rendering
) -> None:
    for service in SERVICES:
        config = containers.inspect("image", service)["Config"]
        assert isinstance(config, dict)
        user = str(config["User"])
        assert user == "10001:10001"
        pod_security = pod_spec(minikube.deployment(service))["securityContext"]
        assert run_as_non_root_refusal(user, pod_security) is None
        # The image alone satisfies runAsNonRoot; root, asked for or built in, never does.
        assert run_as_non_root_refusal(user, {"runAsNonRoot": True}) is None
        assert run_as_non_root_refusal(user, {"runAsNonRoot": True, "runAsUser": 0})
        assert run_as_non_root_refusal("0", {"runAsNonRoot": True})
        assert run_as_non_root_refusal("ocrner", {"runAsNonRoot": True})


def test_the_dockerfile_health_check_passes_in_each_running_container(
    walkthrough: Walkthrough,
) -> None:
    for running in walkthrough.running:
        healthcheck = containers.inspect("image", running.deployment)["Healthcheck"]
        assert isinstance(healthcheck, dict) and "/readyz" in " ".join(healthcheck["Test"])
        assert containers.succeeds("healthcheck", "run", running.name), running.name


def test_each_container_runs_as_10001_without_capabilities_on_a_read_only_root(
    walkthrough: Walkthrough,
) -> None:
    for running in walkthrough.running:
        pid = walkthrough.inspect(running.deployment)["State"]["Pid"]
        status = dict(
            line.split(":\t", 1) for line in Path(f"/proc/{pid}/status").read_text().splitlines()
        )
        assert status["Uid"].split() == ["10001"] * 4
        assert status["Gid"].split() == ["10001"] * 4
        assert int(status["CapEff"], 16) == 0 and int(status["CapBnd"], 16) == 0
        assert status["NoNewPrivs"].strip() == "1"
        assert walkthrough.exec(running.deployment, "touch", "/opt/venv/x").returncode != 0
        assert walkthrough.exec(running.deployment, "touch", "/tmp/x").returncode == 0


def test_no_image_holds_a_compiler(walkthrough: Walkthrough) -> None:
    code = f"import shutil; print([c for c in {COMPILERS!r} if shutil.which(c)])"
    for service in SERVICES:
        assert in_container(walkthrough, service, code) == "[]", service


def test_each_image_holds_only_its_own_engine(walkthrough: Walkthrough) -> None:
    for service in SERVICES:
        for engine_service, module in ENGINES.items():
            code = f"import importlib.util; print(bool(importlib.util.find_spec({module!r})))"
            found = in_container(walkthrough, service, code)
            assert found == str(engine_service == service), f"{module} in the {service} image"


def test_the_seed_curl_on_the_node_port_returns_the_samples_entities(
    walkthrough: Walkthrough,
) -> None:
    expected: set[Entity] = sample_entities()
    body = seed_curl(walkthrough.url)
    assert "entities" in body, body
    assert entities(body) == expected
    assert {"PERSON", "ORG", "GPE", "DATE"} <= {label for _, label, _ in expected}


def test_a_walkthrough_whose_container_fails_is_reported_and_leaves_nothing(
    topology: Topology,
) -> None:
    ner = topology.deployment("ner")
    broken = dataclasses.replace(
        ner, containers=(dataclasses.replace(ner.containers[0], argv=("false",)),)
    )
    deployments = tuple(broken if d is ner else d for d in topology.deployments)
    # Without the NodePort, which the module's walk-through holds.
    services = tuple(s for s in topology.services if s.type != "NodePort")
    failing = Walkthrough(Topology(deployments, services))
    with pytest.raises(WalkthroughError, match="ner exited"), failing:
        pass
    assert failing.leftovers() == []


def test_make_walkthrough_runs_the_curl_and_removes_everything(walkthrough: Walkthrough) -> None:
    # The module's own containers hold the NodePort: stop them first.
    walkthrough.close()
    result = subprocess.run(
        [sys.executable, "-m", "tests.deploy.walkthrough"],
        cwd=REPO_ROOT,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "PERSON   'Mateo Ferreira'" in result.stdout
    assert "walkthrough: removed everything\n" in result.stdout
