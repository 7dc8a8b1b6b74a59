"""Real containers for the tests: podman, the project's images, and cleaning up after both.

The images are the walk-through's, built by ``scripts/images.sh`` (``make
images``): once per test session, and in seconds when nothing changed since the
last build. podman runs with ``deploy/docker/podman.conf`` (runtime, cgroup
manager and limits that work on the development and CI machines). Every
container and network a test creates carries the label :data:`OWNER_LABEL`
with its creator's process id, so that :func:`remove_abandoned` can remove what
a killed run left, and nothing of a run that is still going.
"""

from __future__ import annotations

import contextlib
import functools
import json
import os
import shutil
import subprocess

from tests.utils.images import REPO_ROOT

PODMAN_CONF = REPO_ROOT / "deploy" / "docker" / "podman.conf"
IMAGES_SCRIPT = REPO_ROOT / "scripts" / "images.sh"
SERVICES = ("ocr", "ner", "orchestrator")
"""The images, by their tags: the Dockerfile's targets and the manifests' ``image:``."""

OWNER_LABEL = "io.ocrner.test-owner"
BUILD_TIMEOUT_SECONDS = 1500.0
"""A first build on a clean two-core machine: base image, wheelhouse, three images."""


class ContainerError(Exception):
    """A podman command failed."""


def unavailable() -> str | None:
    """Why no container can be run here, or None."""
    if shutil.which("podman") is None:
        return "podman is not installed (make system-deps installs it on Debian)"
    if os.geteuid() != 0:
        return "podman needs root on this machine (rootless podman has no user namespaces here)"
    return None


def podman_env() -> dict[str, str]:
    """The environment podman runs with: this one, with the project's containers.conf."""
    return {**os.environ, "CONTAINERS_CONF": str(PODMAN_CONF)}


def podman(*args: str, check: bool = True, timeout: float = 120.0) -> str:
    """Run ``podman ARGS``; its stdout, or :class:`ContainerError` with its stderr."""
    completed = subprocess.run(
        ["podman", *args],
        capture_output=True,
        text=True,
        env=podman_env(),
        timeout=timeout,
        check=False,
    )
    if check and completed.returncode != 0:
        raise ContainerError(f"podman {' '.join(args)}: {completed.stderr.strip()}")
    return completed.stdout


def succeeds(*args: str, timeout: float = 120.0) -> bool:
    """Whether ``podman ARGS`` exits 0."""
    completed = subprocess.run(
        ["podman", *args], capture_output=True, env=podman_env(), timeout=timeout, check=False
    )
    return completed.returncode == 0


@functools.cache
def build_images() -> str:
    """``scripts/images.sh``, once per process; its output (with the images' sizes)."""
    completed = subprocess.run(
        [str(IMAGES_SCRIPT)],
        capture_output=True,
        text=True,
        cwd=REPO_ROOT,
        timeout=BUILD_TIMEOUT_SECONDS,
        check=False,
    )
    if completed.returncode != 0:
        raise ContainerError(f"scripts/images.sh failed:\n{completed.stdout}{completed.stderr}")
    return completed.stdout


def inspect(kind: str, name: str) -> dict[str, object]:
    """``podman KIND inspect NAME`` (image, container, network), parsed."""
    [found] = json.loads(podman(kind, "inspect", name))
    return found


def owner_label() -> str:
    """``--label`` value naming this process as the owner."""
    return f"{OWNER_LABEL}={os.getpid()}"


def owned(prefix: str) -> list[str]:
    """Containers and networks whose name starts with ``prefix``, as ``container NAME`` and
    ``network NAME`` (empty once cleaned up)."""
    if unavailable() is not None:
        return []
    containers = podman("ps", "--all", "--format", "{{.Names}}", check=False).split()
    networks = podman("network", "ls", "--format", "{{.Name}}", check=False).split()
    return [f"container {name}" for name in containers if name.startswith(prefix)] + [
        f"network {name}" for name in networks if name.startswith(prefix)
    ]


def remove(prefix: str) -> None:
    """Remove (killing at once) every container, then network, whose name starts with
    ``prefix``; safe to call more than once."""
    for item in owned(prefix):
        kind, name = item.split(" ", 1)
        if kind == "container":
            podman("rm", "--force", "--time", "0", name, check=False)
    for item in owned(prefix):
        kind, name = item.split(" ", 1)
        if kind == "network":
            podman("network", "rm", "--force", name, check=False)


def remove_abandoned() -> list[str]:
    """Remove the containers and networks of test runs whose owner process is gone."""
    if unavailable() is not None:
        return []
    removed = []
    for kind, listing in (
        ("container", ["ps", "--all"]),
        ("network", ["network", "ls"]),
    ):
        output = podman(*listing, "--filter", f"label={OWNER_LABEL}", "--format", "json")
        for item in json.loads(output or "[]"):
            name = item["Names"][0] if kind == "container" else item["name"]
            labels = item.get("Labels" if kind == "container" else "labels") or {}
            if _alive(int(labels.get(OWNER_LABEL, "0"))):
                continue
            if kind == "container":
                podman("rm", "--force", "--time", "0", name, check=False)
            else:
                podman("network", "rm", "--force", name, check=False)
            removed.append(f"{kind} {name}")
    return removed


def _alive(pid: int) -> bool:
    if pid <= 0:
        return False
    with contextlib.suppress(PermissionError):
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return False
    return True


def image_size_mb(image: str) -> float:
    """An image's size in MB (10^6 bytes), as ``podman images`` shows it."""
    size = inspect("image", image)["Size"]
    assert isinstance(size, int)
    return size / 1e6
