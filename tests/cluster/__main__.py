"""``python -m tests.cluster``: build the one-machine cluster and watch it (scripts/netns-cluster).

Builds the cluster from the rendered minikube manifests (its pods containers of
the images, built first if need be, or processes where podman cannot run), waits
until every pod is ready, prints the pods, Services, the NodePort URL and a curl to paste, then
prints the cluster's events as they happen. Ctrl-C or SIGTERM removes
everything it created. Needs root; run it from the repository root.
"""

from __future__ import annotations

import argparse
import signal
import sys
import time
from pathlib import Path
from types import FrameType

from tests.cluster import network
from tests.cluster.harness import Cluster
from tests.cluster.manifests import MINIKUBE_OVERLAY, load, render
from tests.cluster.runtime import choose
from tests.utils.images import SAMPLE_IMAGE


def _stop(signum: int, _: FrameType | None) -> None:
    raise KeyboardInterrupt(signal.Signals(signum).name)


def _follow(cluster: Cluster) -> None:
    """Print the cluster's events as they happen, until interrupted."""
    shown = len(cluster.events)
    started = cluster.events[0].at
    while True:
        time.sleep(1)
        for event in cluster.events[shown:]:
            print(f"{event.at - started:8.2f}s {event.message}", flush=True)
        shown = len(cluster.events)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="scripts/netns-cluster", description=__doc__)
    parser.add_argument(
        "--overlay",
        type=Path,
        default=MINIKUBE_OVERLAY,
        help=f"kustomization to build the cluster from (default: {MINIKUBE_OVERLAY})",
    )
    args = parser.parse_args(argv)
    reason = network.missing_requirements()
    if reason is not None:
        print(f"cannot build the cluster: {reason}", file=sys.stderr)
        return 2
    signal.signal(signal.SIGTERM, _stop)
    topology = load(render(args.overlay))
    runtime, fallback_reason = choose()
    if fallback_reason is not None:
        print(fallback_reason, file=sys.stderr, flush=True)
    with Cluster(topology, runtime) as cluster:
        try:
            print(f"cluster {cluster.run_id}: node IP {cluster.node_ip}, starting pods", flush=True)
            cluster.wait_settled()
            node = cluster.node_port_url().removeprefix("http://")
            print(cluster.report())
            print(
                f"\nReady. From this machine:\n\n"
                f"  cd {SAMPLE_IMAGE.parent}\n"
                f'  curl --request POST --header "Content-Type:multipart/form-data" '
                f'--form "file=@{SAMPLE_IMAGE.name}" {node}/api/NER\n\n'
                "Ctrl-C stops the pods and removes the namespaces, links, iptables rules, "
                "resolver files and DNS server.\n",
                flush=True,
            )
            _follow(cluster)
        except KeyboardInterrupt:
            # A second Ctrl-C must not cut the clean-up short.
            signal.signal(signal.SIGINT, signal.SIG_IGN)
            signal.signal(signal.SIGTERM, signal.SIG_IGN)
            print("\nstopping the cluster", flush=True)
    print("everything removed", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
