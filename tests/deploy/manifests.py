"""The deployment files as the tests see them: rendered manifests, compose, settings.

Every kustomization under ``deploy/k8s`` is rendered with ``kubectl kustomize``
(the same renderer ``kubectl apply -k`` uses). A component cannot be rendered
alone, so each one is rendered on top of the base through a throw-away
kustomization.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from ocrner.core.settings import NerSettings, OcrSettings, OrchestratorSettings, ServiceSettings
from tests.utils.images import REPO_ROOT

DEPLOY = REPO_ROOT / "deploy"
K8S = DEPLOY / "k8s"
BASE = K8S / "base"
OVERLAYS = K8S / "overlays"
COMPONENTS = K8S / "components"
DOCKERFILE = DEPLOY / "docker" / "Dockerfile"
DOCKERIGNORE = REPO_ROOT / ".dockerignore"
COMPOSE = REPO_ROOT / "compose.yaml"
YAMLLINT_CONFIG = DEPLOY / "yamllint.yaml"
API_KEY_SECRET_EXAMPLE = OVERLAYS / "production" / "api-key-secret.example.yaml"

SERVICES = ("ocr", "ner", "orchestrator")
"""The three services: image, Deployment, container and ``app`` label names alike."""

SETTINGS: dict[str, type[ServiceSettings]] = {
    "ocr": OcrSettings,
    "ner": NerSettings,
    "orchestrator": OrchestratorSettings,
}
"""Each service's settings class: the only names its environment may use."""

CONTAINER_PORT = 8080
SERVICE_PORT = 80
WALKTHROUGH_NODE_PORT = 30001

Manifest = dict[str, Any]


def kubectl() -> str | None:
    return shutil.which("kubectl")


def component_names() -> list[str]:
    return sorted(path.name for path in COMPONENTS.iterdir() if path.is_dir())


def render(directory: Path) -> list[Manifest]:
    """``kubectl kustomize DIRECTORY``, parsed."""
    command = kubectl()
    if command is None:
        raise RuntimeError("kubectl is not installed")
    result = subprocess.run(
        [command, "kustomize", str(directory)], capture_output=True, text=True, check=False
    )
    if result.returncode != 0:
        raise AssertionError(f"kubectl kustomize {directory} failed:\n{result.stderr}")
    return [document for document in yaml.safe_load_all(result.stdout) if document]


def component_on_base(component: str, workdir: Path) -> Path:
    """A kustomization in ``workdir``: the base plus one component (relative paths only).

    In a namespace of its own, as the overlays that combine components deploy them.
    """

    def relative(target: Path) -> str:
        return os.path.relpath(target, workdir)

    kustomization = {
        "apiVersion": "kustomize.config.k8s.io/v1beta1",
        "kind": "Kustomization",
        "namespace": "ocrner",
        "resources": [relative(BASE)],
        "components": [relative(COMPONENTS / component)],
    }
    (workdir / "kustomization.yaml").write_text(yaml.safe_dump(kustomization))
    return workdir


@dataclass
class Rendering:
    """One rendered kustomization: its name (``base``, ``minikube``, ...) and objects."""

    name: str
    objects: list[Manifest]

    def of_kind(self, kind: str) -> list[Manifest]:
        return [item for item in self.objects if item["kind"] == kind]

    def named(self, kind: str, name: str) -> Manifest:
        matches = [item for item in self.of_kind(kind) if item["metadata"]["name"] == name]
        assert len(matches) == 1, f"{self.name}: expected one {kind} {name}, found {len(matches)}"
        return matches[0]

    def deployment(self, service: str) -> Manifest:
        return self.named("Deployment", service)

    def container(self, service: str) -> Manifest:
        containers = pod_spec(self.deployment(service))["containers"]
        assert len(containers) == 1, f"{self.name}: {service} should run one container"
        return containers[0]


def pod_spec(workload: Manifest) -> Manifest:
    return workload["spec"]["template"]["spec"]


def containers(rendering: Rendering) -> Iterator[tuple[Manifest, Manifest]]:
    """Every (Deployment, container) pair of a rendering, init containers included."""
    for deployment in rendering.of_kind("Deployment"):
        spec = pod_spec(deployment)
        for container in [*spec.get("initContainers", []), *spec["containers"]]:
            yield deployment, container


def literal_env(container: Manifest) -> dict[str, str]:
    """The container's env entries that have a literal value."""
    return {item["name"]: item["value"] for item in container.get("env", []) if "value" in item}


def env_names(container: Manifest) -> list[str]:
    return [item["name"] for item in container.get("env", [])]


def labels_match(selector: dict[str, str], labels: dict[str, str]) -> bool:
    return all(labels.get(key) == value for key, value in selector.items())


def load_compose() -> Manifest:
    return yaml.safe_load(COMPOSE.read_text())


_BINARY_UNITS = {"Ki": 1 << 10, "Mi": 1 << 20, "Gi": 1 << 30, "Ti": 1 << 40}
_DECIMAL_UNITS = {"k": 10**3, "M": 10**6, "G": 10**9, "T": 10**12}


def cpu_cores(quantity: str | int | float) -> float:
    """A Kubernetes CPU quantity (``500m``, ``2``) in cores."""
    text = str(quantity)
    return int(text[:-1]) / 1000 if text.endswith("m") else float(text)


def memory_bytes(quantity: str | int) -> int:
    """A Kubernetes memory quantity (``512Mi``, ``1G``, ``1048576``) in bytes."""
    text = str(quantity)
    for units in (_BINARY_UNITS, _DECIMAL_UNITS):
        for suffix, factor in units.items():
            if text.endswith(suffix):
                return int(float(text[: -len(suffix)]) * factor)
    return int(text)
