"""The cluster's topology, read from rendered Kubernetes manifests.

``kubectl kustomize OVERLAY`` renders the objects; this module turns the
Deployments and Services among them into plain data the harness builds from:
names, labels, replicas, container commands and environment, ports, startup
and readiness probes, preStop hooks, security contexts and grace periods. Nothing about
the project's services is written here: change a manifest and the cluster
follows. A manifest feature the harness cannot emulate faithfully (an env
source it does not know, a probe that is not an HTTP GET) is an error, not
something silently skipped.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

REPO_ROOT = Path(__file__).resolve().parents[2]
MINIKUBE_OVERLAY = REPO_ROOT / "deploy" / "k8s" / "overlays" / "minikube"

Manifest = dict[str, Any]


class ManifestError(Exception):
    """The manifests ask for something this harness does not emulate, or are inconsistent."""


def render(overlay: Path = MINIKUBE_OVERLAY) -> list[Manifest]:
    """The objects ``kubectl kustomize OVERLAY`` renders."""
    kubectl = shutil.which("kubectl")
    if kubectl is None:
        raise ManifestError("kubectl is not installed: it renders the manifests")
    if not overlay.is_dir():
        raise ManifestError(f"no kustomization at {overlay}")
    completed = subprocess.run(
        [kubectl, "kustomize", str(overlay)], capture_output=True, text=True, timeout=60
    )
    if completed.returncode != 0:
        raise ManifestError(f"kubectl kustomize {overlay} failed: {completed.stderr.strip()}")
    return [item for item in yaml.safe_load_all(completed.stdout) if item]


@dataclass(frozen=True)
class HttpProbe:
    """An HTTP GET probe, with the kubelet's thresholds."""

    path: str
    port: int | str
    period_seconds: float = 10.0
    timeout_seconds: float = 1.0
    failure_threshold: int = 3

    @classmethod
    def parse(cls, spec: Mapping[str, Any], owner: str) -> HttpProbe:
        http_get = spec.get("httpGet")
        if http_get is None:
            raise ManifestError(f"{owner}: only httpGet probes are emulated, got {sorted(spec)}")
        return cls(
            path=str(http_get.get("path", "/")),
            port=http_get["port"],
            period_seconds=float(spec.get("periodSeconds", 10)),
            timeout_seconds=float(spec.get("timeoutSeconds", 1)),
            failure_threshold=int(spec.get("failureThreshold", 3)),
        )


@dataclass(frozen=True)
class SecurityContext:
    """The parts of a securityContext the harness honours: user, group, capabilities, and
    (in containers) the read-only root filesystem."""

    run_as_user: int | None = None
    run_as_group: int | None = None
    drop_all_capabilities: bool = False
    no_new_privileges: bool = False
    read_only_root: bool = False

    @property
    def group(self) -> int | None:
        """The process's group: runAsGroup, else the user's own (as the kubelet picks it)."""
        return self.run_as_user if self.run_as_group is None else self.run_as_group

    @classmethod
    def merge(cls, pod: Mapping[str, Any], container: Mapping[str, Any]) -> SecurityContext:
        """The container's settings, falling back to the pod's, as the kubelet does."""
        merged = {**pod, **container}
        drop = container.get("capabilities", {}).get("drop", [])
        return cls(
            run_as_user=merged.get("runAsUser"),
            run_as_group=merged.get("runAsGroup"),
            drop_all_capabilities="ALL" in drop,
            no_new_privileges=merged.get("allowPrivilegeEscalation") is False,
            read_only_root=container.get("readOnlyRootFilesystem") is True,
        )


@dataclass(frozen=True)
class PreStop:
    """A preStop hook: a command run in the container, or a plain sleep."""

    argv: tuple[str, ...] = ()
    sleep_seconds: float = 0.0

    @classmethod
    def parse(cls, spec: Mapping[str, Any], owner: str) -> PreStop:
        if "exec" in spec:
            return cls(argv=tuple(str(arg) for arg in spec["exec"]["command"]))
        if "sleep" in spec:
            return cls(sleep_seconds=float(spec["sleep"]["seconds"]))
        raise ManifestError(f"{owner}: only exec and sleep preStop hooks are emulated")


@dataclass(frozen=True)
class Container:
    """One container of a pod template, as the harness runs it: one process."""

    name: str
    image: str
    pull_policy: str
    argv: tuple[str, ...]
    env: tuple[Manifest, ...]
    env_from: tuple[Manifest, ...]
    ports: Mapping[str, int]
    startup: HttpProbe | None
    readiness: HttpProbe | None
    pre_stop: PreStop | None
    security: SecurityContext
    scratch: tuple[str, ...]
    """Where the container mounts an ``emptyDir`` (a tmpfs in a container runtime)."""

    @classmethod
    def parse(
        cls, spec: Mapping[str, Any], pod_security: Mapping[str, Any], empty_dirs: set[str]
    ) -> Container:
        name = spec["name"]
        argv = (*spec.get("command", ()), *spec.get("args", ()))
        if not argv:
            raise ManifestError(
                f"container {name}: no command; the image's entrypoint is not known here"
            )
        ports = {
            str(port.get("name", port["containerPort"])): int(port["containerPort"])
            for port in spec.get("ports", ())
        }
        owner = f"container {name}"
        startup, readiness = spec.get("startupProbe"), spec.get("readinessProbe")
        pre_stop = spec.get("lifecycle", {}).get("preStop")
        return cls(
            name=name,
            image=str(spec.get("image", "")),
            pull_policy=str(spec.get("imagePullPolicy", "IfNotPresent")),
            argv=tuple(str(arg) for arg in argv),
            env=tuple(spec.get("env", ())),
            env_from=tuple(spec.get("envFrom", ())),
            ports=ports,
            startup=HttpProbe.parse(startup, owner) if startup else None,
            readiness=HttpProbe.parse(readiness, owner) if readiness else None,
            pre_stop=PreStop.parse(pre_stop, owner) if pre_stop else None,
            security=SecurityContext.merge(pod_security, spec.get("securityContext", {})),
            scratch=tuple(
                str(mount["mountPath"])
                for mount in spec.get("volumeMounts", ())
                if mount["name"] in empty_dirs
            ),
        )

    def port_number(self, port: int | str) -> int:
        """A port given as a number or by name, as a number."""
        if isinstance(port, int) or str(port).isdigit():
            return int(port)
        if port not in self.ports:
            raise ManifestError(f"container {self.name} has no port named {port!r}")
        return self.ports[port]


@dataclass(frozen=True)
class Deployment:
    """A Deployment: how many pods, and the template each pod is made from."""

    name: str
    namespace: str
    replicas: int
    labels: Mapping[str, str]
    containers: tuple[Container, ...]
    termination_grace_seconds: float
    enable_service_links: bool


@dataclass(frozen=True)
class ServicePort:
    name: str
    port: int
    target_port: int | str
    node_port: int | None


@dataclass(frozen=True)
class Service:
    """A Service: a stable name and virtual IP in front of the pods its selector picks."""

    name: str
    namespace: str
    type: str
    selector: Mapping[str, str]
    ports: tuple[ServicePort, ...]

    def selects(self, labels: Mapping[str, str]) -> bool:
        return bool(self.selector) and all(labels.get(k) == v for k, v in self.selector.items())


@dataclass(frozen=True)
class Topology:
    """Everything the harness builds from: the Deployments and the Services."""

    deployments: tuple[Deployment, ...]
    services: tuple[Service, ...]

    def deployment(self, name: str) -> Deployment:
        for deployment in self.deployments:
            if deployment.name == name:
                return deployment
        raise KeyError(f"no Deployment named {name!r}; have {[d.name for d in self.deployments]}")

    def services_of(self, deployment: Deployment) -> list[Service]:
        """The Services whose selector picks this Deployment's pods."""
        return [service for service in self.services if service.selects(deployment.labels)]

    def node_ports(self) -> list[tuple[Service, ServicePort]]:
        return [
            (service, port)
            for service in self.services
            for port in service.ports
            if service.type == "NodePort" and port.node_port is not None
        ]


def load(objects: Iterable[Manifest]) -> Topology:
    """The topology of rendered objects.

    Other kinds are not emulated: NetworkPolicies, for one, are not enforced
    (neither are they by minikube's default network plugin).
    """
    deployments: list[Deployment] = []
    services: list[Service] = []
    for item in objects:
        if item.get("kind") == "Deployment":
            deployments.append(_deployment(item))
        elif item.get("kind") == "Service":
            services.append(_service(item))
    if not deployments:
        raise ManifestError("the manifests hold no Deployment")
    return Topology(tuple(deployments), tuple(services))


def _deployment(item: Manifest) -> Deployment:
    meta, spec = item["metadata"], item["spec"]
    template = spec["template"]
    pod = template["spec"]
    pod_security = pod.get("securityContext", {})
    empty_dirs = {v["name"] for v in pod.get("volumes", ()) if "emptyDir" in v}
    return Deployment(
        name=meta["name"],
        namespace=meta.get("namespace", "default"),
        replicas=int(spec.get("replicas", 1)),
        labels=template["metadata"].get("labels", {}),
        containers=tuple(Container.parse(c, pod_security, empty_dirs) for c in pod["containers"]),
        termination_grace_seconds=float(pod.get("terminationGracePeriodSeconds", 30)),
        enable_service_links=bool(pod.get("enableServiceLinks", True)),
    )


def _service(item: Manifest) -> Service:
    meta, spec = item["metadata"], item["spec"]
    ports = tuple(
        ServicePort(
            name=str(port.get("name", "")),
            port=int(port["port"]),
            target_port=port.get("targetPort", port["port"]),
            node_port=port.get("nodePort"),
        )
        for port in spec.get("ports", ())
    )
    return Service(
        name=meta["name"],
        namespace=meta.get("namespace", "default"),
        type=spec.get("type", "ClusterIP"),
        selector=spec.get("selector", {}),
        ports=ports,
    )


_REFERENCE = re.compile(r"\$\(([A-Za-z_][A-Za-z0-9_]*)\)|\$\$")


def expand(value: str, env: Mapping[str, str]) -> str:
    """Kubernetes' ``$(VAR)`` expansion: known names are replaced, ``$$`` escapes."""

    def replace(match: re.Match[str]) -> str:
        if match.group(0) == "$$":
            return "$"
        return env.get(match.group(1), match.group(0))

    return _REFERENCE.sub(replace, value)


def container_env(container: Container) -> dict[str, str]:
    """The variables the kubelet sets from the container's ``env`` list.

    Only literal values are emulated; ``valueFrom`` and ``envFrom`` (ConfigMaps,
    Secrets, the downward API) are refused rather than guessed.
    """
    if container.env_from:
        raise ManifestError(f"container {container.name}: envFrom is not emulated")
    env: dict[str, str] = {}
    for variable in container.env:
        if "valueFrom" in variable:
            raise ManifestError(
                f"container {container.name}: valueFrom of {variable['name']} is not emulated"
            )
        env[variable["name"]] = expand(str(variable.get("value", "")), env)
    return env


def service_link_env(services: Iterable[Service], service_ips: Mapping[str, str]) -> dict[str, str]:
    """The docker-link style variables Kubernetes puts in every container (enableServiceLinks)."""
    env: dict[str, str] = {}
    for service in services:
        if service.name not in service_ips or not service.ports:
            continue
        prefix = service.name.upper().replace("-", "_")
        ip = service_ips[service.name]
        first = service.ports[0]
        env[f"{prefix}_SERVICE_HOST"] = ip
        env[f"{prefix}_SERVICE_PORT"] = str(first.port)
        env[f"{prefix}_PORT"] = f"tcp://{ip}:{first.port}"
        for port in service.ports:
            if port.name:
                env[f"{prefix}_SERVICE_PORT_{port.name.upper().replace('-', '_')}"] = str(port.port)
            base = f"{prefix}_PORT_{port.port}_TCP"
            env.update(
                {
                    base: f"tcp://{ip}:{port.port}",
                    f"{base}_PROTO": "tcp",
                    f"{base}_PORT": str(port.port),
                    f"{base}_ADDR": ip,
                }
            )
    return env
