"""Nothing of a cluster outlives it: not when a test fails, not when its process is killed."""

from __future__ import annotations

import dataclasses
import subprocess
import sys
import time

import pytest

from tests.cluster import network
from tests.cluster.harness import Cluster, ClusterError
from tests.cluster.manifests import REPO_ROOT, Topology
from tests.cluster.runtime import Runtime

pytestmark = pytest.mark.netns


def kinds(leftovers: list[str]) -> list[str]:
    """``process``, ``namespace``, ``link``, ...: the first word of each leftover."""
    return [item.split()[0] for item in leftovers]


def test_a_failing_test_body_leaves_nothing_behind(topology: Topology, runtime: Runtime) -> None:
    with (
        pytest.raises(RuntimeError, match="the test failed"),
        Cluster(topology, runtime) as cluster,
    ):
        cluster.wait_until(lambda: all(cluster.pods(d.name) for d in topology.deployments), "pods")
        assert network.leftovers(cluster.run_id)
        raise RuntimeError("the test failed")
    assert network.leftovers(cluster.run_id) == []


def test_the_next_run_removes_what_a_killed_run_left(topology: Topology) -> None:
    watcher = subprocess.Popen(
        [sys.executable, "-m", "tests.cluster"],
        cwd=REPO_ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        start_new_session=True,
    )
    try:
        assert watcher.stdout is not None
        run_id = watcher.stdout.readline().split()[1].rstrip(":")
        pods = len(topology.deployments)
        deadline = time.monotonic() + 60
        while kinds(network.leftovers(run_id)).count("process") <= pods:  # pods and dnsmasq
            assert time.monotonic() < deadline, "the cluster's pods never started"
            time.sleep(0.1)
    finally:
        watcher.kill()  # SIGKILL: no clean-up of its own
        watcher.wait()
    left = kinds(network.leftovers(run_id))
    assert {"process", "namespace", "link", "iptables", "resolver", "directory"} <= set(left)
    network.remove_abandoned()  # what the next cluster does first
    assert network.leftovers(run_id) == []


def test_a_container_that_cannot_start_is_reported_not_waited_for(
    topology: Topology, runtime: Runtime
) -> None:
    ner = topology.deployment("ner")
    broken = dataclasses.replace(
        ner, containers=(dataclasses.replace(ner.containers[0], argv=("false",)),)
    )
    deployments = tuple(broken if d is ner else d for d in topology.deployments)
    with (
        pytest.raises(ClusterError, match=r"crashed .* ner cannot reach 1 ready pod"),
        Cluster(dataclasses.replace(topology, deployments=deployments), runtime) as cluster,
    ):
        cluster.wait_ready("ner")  # raises on the crash, not after a time-out
    assert network.leftovers(cluster.run_id) == []
