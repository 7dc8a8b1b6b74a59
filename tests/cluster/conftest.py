"""Fixtures of the cluster scenarios: one cluster per module, from the minikube overlay.

The pods are containers of the images ``make images`` builds (or, where podman cannot
run, ``ocrner serve`` processes of this virtualenv) that take seconds to load their
engines on a shared two-core machine, so a module builds its cluster once; each
test starts from the manifests' replicas, all ready, and puts them back after.
"""

from __future__ import annotations

import shutil
import warnings
from collections.abc import Iterator

import pytest

from tests.cluster import network
from tests.cluster.harness import Cluster
from tests.cluster.manifests import Topology, load, render
from tests.cluster.runtime import Runtime, choose


@pytest.fixture(scope="session")
def topology() -> Topology:
    """The rendered minikube overlay; skips where no cluster can be built."""
    if shutil.which("kubectl") is None:
        pytest.skip(reason="kubectl is not installed: it renders the manifests")
    reason = network.missing_requirements()
    if reason is not None:
        pytest.skip(reason=reason)
    return load(render())


@pytest.fixture(scope="session")
def runtime() -> Runtime:
    """Containers of the images (built once per session) where podman can run, else
    processes of this virtualenv, with the reason in the warnings summary."""
    chosen, fallback_reason = choose()
    if fallback_reason is not None:
        warnings.warn(fallback_reason, stacklevel=1)
    return chosen


@pytest.fixture(scope="module")
def cluster(topology: Topology, runtime: Runtime) -> Iterator[Cluster]:
    with Cluster(topology, runtime) as running:
        running.wait_settled()
        yield running
    assert network.leftovers(running.run_id) == [], "the cluster left things behind"


@pytest.fixture
def settled(cluster: Cluster) -> Iterator[Cluster]:
    """The cluster as the manifests describe it; restored after the test."""
    cluster.reset_replicas()
    cluster.wait_settled()
    yield cluster
    cluster.reset_replicas()
    cluster.wait_settled()
