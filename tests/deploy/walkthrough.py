"""The walk-through on real containers (``make walkthrough``): the images, run as the pods are.

What a reader of docs/kubernetes.md does with minikube, done with podman on this
machine, from the rendered minikube manifests:

- one podman network, where each Deployment's container answers to the name of
  the Service in front of it (``ocr-service``, ``ner-service``,
  ``orchestrator-service``), as a Service name resolves in the cluster;
- each container with its manifest's image, command, env and securityContext:
  its user and group, a read-only root with a tmpfs for each ``emptyDir``
  (``/tmp``), all capabilities dropped, no new privileges;
- the NodePort Service's port (30001) published on 127.0.0.1, and the seed's
  curl on ``test-image.jpg`` sent to it;
- everything removed afterwards, also when a step fails (and by the next run
  when this process was killed: every container and network carries its
  owner's process id).

A podman network has no Services to map a Service's port (80) to the
container's (8080), so each container listens on its Service's port instead
(``PORT``, as compose.yaml does, with the namespaced sysctl that lets a
non-root process bind it); every other setting is the manifest's own. A
container is ready when the image's ``HEALTHCHECK`` passes (``podman
healthcheck run``); the time from its ``podman run`` to then is printed.
"""

from __future__ import annotations

import atexit
import json
import secrets
import subprocess
import sys
import time
from dataclasses import dataclass, field
from typing import Any

from tests.cluster.manifests import Deployment, Service, Topology, container_env, load, render
from tests.cluster.runtime import podman_run_flags, podman_run_image
from tests.utils import containers
from tests.utils.seed import seed_curl

PREFIX = "ocrner-walkthrough"
PUBLISH_HOST = "127.0.0.1"
READY_TIMEOUT_SECONDS = 180.0
"""How long a container may take to pass its health check (the startup probe allows 120 s)."""


class WalkthroughError(Exception):
    """A container did not start or become healthy."""


@dataclass
class Running:
    """One Deployment's container, and how long it took to become healthy."""

    deployment: str
    name: str
    service: str
    port: int
    seconds_to_ready: float = 0.0


@dataclass
class Walkthrough:
    """The three containers on one network; a context manager that removes them all."""

    topology: Topology
    name: str = field(default_factory=lambda: f"{PREFIX}-{secrets.token_hex(3)}")
    running: list[Running] = field(default_factory=list)

    def __enter__(self) -> Walkthrough:
        try:
            return self.start()
        except BaseException:
            self.close()
            raise

    def __exit__(self, *_: object) -> None:
        self.close()

    @property
    def node_port(self) -> int:
        [(_, port)] = self.topology.node_ports()
        assert port.node_port is not None
        return port.node_port

    @property
    def url(self) -> str:
        return f"{PUBLISH_HOST}:{self.node_port}"

    def start(self) -> Walkthrough:
        """``kubectl apply``: every container started at once, then each waited for."""
        containers.remove_abandoned()
        atexit.register(self.close)
        containers.podman("network", "create", "--label", containers.owner_label(), self.name)
        started: dict[str, float] = {}
        for deployment in self.topology.deployments:
            at = time.monotonic()
            running = self._run(deployment)
            started[running.name] = at
            self.running.append(running)
        pending = list(self.running)
        deadline = time.monotonic() + READY_TIMEOUT_SECONDS
        while pending:
            for running in [r for r in pending if self._healthy(r)]:
                running.seconds_to_ready = time.monotonic() - started[running.name]
                pending.remove(running)
            if pending and time.monotonic() > deadline:
                raise WalkthroughError(
                    f"{pending[0].name} not healthy after {READY_TIMEOUT_SECONDS:.0f} s:\n"
                    + self._log(pending[0])
                )
            time.sleep(0.2)
        return self

    def close(self) -> None:
        """Remove every container and the network of this walk-through."""
        containers.remove(self.name)
        atexit.unregister(self.close)

    def leftovers(self) -> list[str]:
        return containers.owned(self.name)

    def exec(self, deployment: str, *argv: str) -> subprocess.CompletedProcess[str]:
        """Run ``argv`` in a Deployment's container, as its user."""
        [running] = [r for r in self.running if r.deployment == deployment]
        return subprocess.run(
            ["podman", "exec", running.name, *argv],
            capture_output=True,
            text=True,
            env=containers.podman_env(),
            timeout=60,
            check=False,
        )

    def inspect(self, deployment: str) -> dict[str, Any]:
        [running] = [r for r in self.running if r.deployment == deployment]
        return containers.inspect("container", running.name)

    def _service(self, deployment: Deployment) -> Service:
        [service] = [s for s in self.topology.services_of(deployment) if s.type == "ClusterIP"]
        return service

    def _run(self, deployment: Deployment) -> Running:
        [spec] = deployment.containers
        service = self._service(deployment)
        port = service.ports[0].port
        running = Running(deployment.name, f"{self.name}-{deployment.name}", service.name, port)
        argv = [
            "run", "--detach", "--name", running.name, "--label", containers.owner_label(),
            "--network", self.name, "--network-alias", service.name,
            *podman_run_flags(spec, {**container_env(spec), "PORT": str(port)}),
        ]  # fmt: skip
        if port < 1024:
            argv += ["--sysctl", f"net.ipv4.ip_unprivileged_port_start={port}"]
        if any(s.selects(deployment.labels) for s, _ in self.topology.node_ports()):
            argv += ["--publish", f"{PUBLISH_HOST}:{self.node_port}:{port}"]
        containers.podman(*argv, *podman_run_image(spec))
        return running

    def _healthy(self, running: Running) -> bool:
        """Whether the image's health check passes now; raises if the container exited."""
        state = containers.inspect("container", running.name)["State"]
        assert isinstance(state, dict)
        if not state.get("Running"):
            raise WalkthroughError(
                f"{running.name} exited ({state.get('ExitCode')}):\n{self._log(running)}"
            )
        return containers.succeeds("healthcheck", "run", running.name)

    def _log(self, running: Running) -> str:
        return containers.podman("logs", "--tail", "30", running.name, check=False)


def summary(body: dict[str, Any]) -> str:
    """The entities of an answer, one a line."""
    return "\n".join(
        f"  {e['label']:<8} {e['text']!r} at {e['boxes']}" for e in body.get("entities", [])
    )


def main() -> int:
    reason = containers.unavailable()
    if reason is not None:
        print(f"walkthrough: {reason}", file=sys.stderr)
        return 2
    containers.build_images()  # make walkthrough has built them: seconds
    topology = load(render())
    with Walkthrough(topology) as walkthrough:
        for running in walkthrough.running:
            print(
                f"walkthrough: {running.name} as {running.service}:{running.port}, healthy "
                f"{running.seconds_to_ready:.1f} s after podman run",
                flush=True,
            )
        print(
            '$ curl --request POST --header "Content-Type:multipart/form-data" '
            f'--form "file=@test-image.jpg" {walkthrough.url}/api/NER',
            flush=True,
        )
        body = seed_curl(walkthrough.url)
        print(summary(body) or json.dumps(body), flush=True)
    left = walkthrough.leftovers()
    print(f"walkthrough: removed everything{'' if not left else f', except {left}'}")
    return 0 if body.get("entities") and not left else 1


if __name__ == "__main__":
    sys.exit(main())
