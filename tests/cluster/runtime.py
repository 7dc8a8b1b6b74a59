"""How the cluster's kubelet runs a container: as a container of its image, or as a process.

:class:`ContainerRuntime` is what a node does: ``podman run`` of the image the
manifest names, joined to the pod's network namespace, with the manifest's
command, environment and securityContext (user and group, no capabilities, no
new privileges, a read-only root with a tmpfs for each ``emptyDir``), and the
pod's ``resolv.conf``. :class:`ProcessRuntime` is the fallback where podman
cannot run: the same command from this checkout's virtualenv, started with
``ip netns exec`` and ``setpriv``. :func:`choose` picks one and says why.

A runtime starts a container's main process (the one the harness waits on),
signals it, runs a preStop command in it, and names the process inside (its
``/proc`` entry), whichever way it runs.
"""

from __future__ import annotations

import contextlib
import json
import shutil
import signal
import subprocess
import sys
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from tests.cluster.manifests import Container, ManifestError
from tests.cluster.network import NETNS_ETC, NETNS_RUN
from tests.utils import containers, filesystem


@dataclass(frozen=True)
class Placement:
    """Where one run of a container goes: its unique name, its pod and the pod's namespace."""

    handle: str
    """A name for this run of the container, unique on the machine; starts with the pod's
    namespace, so that what is left of a cluster is found by its run id."""
    pod: str
    namespace: str
    staging: Path
    """A directory of the cluster's own, for the process runtime's bind mounts."""


class Runtime(Protocol):
    """What the harness needs of a container runtime."""

    description: str
    """How the pods run, for reports."""

    def base_env(self, pod: str, home: Path) -> dict[str, str]:
        """The variables a container gets before the Service links and the manifest's env."""
        ...

    def start(
        self, where: Placement, spec: Container, env: Mapping[str, str]
    ) -> tuple[list[str], dict[str, str]]:
        """The command line and environment of the process that runs the container, with
        ``env`` inside; it ends when the container does."""
        ...

    def exec(
        self, where: Placement, spec: Container, argv: list[str], env: Mapping[str, str]
    ) -> tuple[list[str], dict[str, str]]:
        """The command line and environment that run ``argv`` inside the running container,
        whose own environment is ``env``."""
        ...

    def signal(
        self, where: Placement, process: subprocess.Popen[bytes], signum: signal.Signals
    ) -> None:
        """Send ``signum`` to the container's own process."""
        ...

    def inner_pid(self, where: Placement, process: subprocess.Popen[bytes]) -> int | None:
        """The id, on this machine, of the container's own process (None if it is not running)."""
        ...


class ContainerRuntime:
    """Pods as containers of the manifests' images, run by podman."""

    description = "containers of the images, run by podman"

    def base_env(self, pod: str, home: Path) -> dict[str, str]:
        # PATH and HOME come from the image; podman sets HOSTNAME from --hostname.
        return {}

    def start(
        self, where: Placement, spec: Container, env: Mapping[str, str]
    ) -> tuple[list[str], dict[str, str]]:
        argv = [
            "podman", "run", "--rm", "--name", where.handle, "--label", containers.owner_label(),
            "--network", f"ns:{NETNS_RUN / where.namespace}", "--hostname", where.pod,
            "--volume", f"{NETNS_ETC / where.namespace / 'resolv.conf'}:/etc/resolv.conf:ro",
        ]  # fmt: skip
        return [
            *argv,
            *podman_run_flags(spec, env),
            *podman_run_image(spec),
        ], containers.podman_env()

    def exec(
        self, where: Placement, spec: Container, argv: list[str], env: Mapping[str, str]
    ) -> tuple[list[str], dict[str, str]]:
        # podman exec runs with the container's own environment.
        return ["podman", "exec", where.handle, *argv], containers.podman_env()

    def signal(
        self, where: Placement, process: subprocess.Popen[bytes], signum: signal.Signals
    ) -> None:
        # Not to the podman process: a SIGKILL would end it and leave the container running.
        containers.podman("kill", "--signal", signum.name, where.handle, check=False)

    def inner_pid(self, where: Placement, process: subprocess.Popen[bytes]) -> int | None:
        found = containers.podman(
            "container", "inspect", "--format", "{{.State.Pid}}", where.handle, check=False
        ).strip()
        return int(found) if found.isdigit() and int(found) > 0 else None


class ProcessRuntime:
    """Pods as processes of this checkout's virtualenv, where podman cannot run."""

    description = "processes of this checkout's virtualenv (ip netns exec, setpriv)"

    def base_env(self, pod: str, home: Path) -> dict[str, str]:
        return {
            "PATH": f"{Path(sys.executable).parent}:/usr/local/bin:/usr/bin:/bin",
            "HOSTNAME": pod,
            "HOME": str(home),
        }

    def start(
        self, where: Placement, spec: Container, env: Mapping[str, str]
    ) -> tuple[list[str], dict[str, str]]:
        return self._in_pod(where, spec, list(spec.argv)), dict(env)

    def exec(
        self, where: Placement, spec: Container, argv: list[str], env: Mapping[str, str]
    ) -> tuple[list[str], dict[str, str]]:
        return self._in_pod(where, spec, argv), dict(env)

    def signal(
        self, where: Placement, process: subprocess.Popen[bytes], signum: signal.Signals
    ) -> None:
        with contextlib.suppress(ProcessLookupError):
            process.send_signal(signum)

    def inner_pid(self, where: Placement, process: subprocess.Popen[bytes]) -> int | None:
        return process.pid if process.poll() is None else None

    def _in_pod(self, where: Placement, spec: Container, argv: list[str]) -> list[str]:
        """``argv`` as the container runs it: in the pod's namespace, as its user, with this
        project's files in its reach (:mod:`tests.utils.filesystem`)."""
        argv = [_executable(argv[0]), *argv[1:]]
        security = spec.security
        opening: list[str] = []
        if security.run_as_user is not None and security.group is not None:
            opening = filesystem.opening_prefix(security.run_as_user, security.group, where.staging)
        return ["ip", "netns", "exec", where.namespace, *opening, *_privileges(spec), *argv]


def podman_run_flags(spec: Container, env: Mapping[str, str]) -> list[str]:
    """``podman run`` flags for a container's securityContext, volumes and env."""
    security = spec.security
    # Always pulls nothing either: the images are this machine's own.
    flags = ["--pull", "never" if spec.pull_policy == "Never" else "missing"]
    if security.run_as_user is not None:
        flags += ["--user", f"{security.run_as_user}:{security.group}"]
    if security.drop_all_capabilities:
        flags += ["--cap-drop", "ALL"]
    if security.no_new_privileges:
        flags += ["--security-opt", "no-new-privileges"]
    if security.read_only_root:
        # Only the emptyDirs are writable, as in the pod; no tmpfs of podman's own.
        flags += ["--read-only", "--read-only-tmpfs=false"]
    for path in spec.scratch:
        flags += ["--tmpfs", path]
    for name, value in env.items():
        flags += ["--env", f"{name}={value}"]
    return flags


def podman_run_image(spec: Container) -> list[str]:
    """The end of ``podman run``: the image, and the manifest's command, which replaces the
    image's entrypoint and command."""
    return ["--entrypoint", json.dumps(list(spec.argv)), spec.image]


def choose() -> tuple[Runtime, str | None]:
    """Containers of the images (built now, or found built) where podman can run; else
    processes, with the reason."""
    reason = containers.unavailable()
    if reason is not None:
        return ProcessRuntime(), f"pods run from the virtualenv, not as containers: {reason}"
    containers.build_images()
    return ContainerRuntime(), None


def _executable(command: str) -> str:
    """The container's command, found in this project's virtualenv first."""
    if "/" in command:
        return command
    local = Path(sys.executable).parent / command
    if local.exists():
        return str(local)
    found = shutil.which(command)
    if found is None:
        raise ManifestError(f"the container command {command!r} is not installed here")
    return found


def _privileges(spec: Container) -> list[str]:
    """``setpriv`` arguments for the container's securityContext (user, group, capabilities)."""
    security = spec.security
    argv: list[str] = []
    if security.run_as_user is not None:
        argv += [f"--reuid={security.run_as_user}", f"--regid={security.group}", "--clear-groups"]
    if security.drop_all_capabilities:
        argv += ["--inh-caps=-all", "--bounding-set=-all"]
    if security.no_new_privileges:
        argv.append("--no-new-privs")
    return ["setpriv", *argv] if argv else []
