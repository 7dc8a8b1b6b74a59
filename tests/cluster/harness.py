"""A small Kubernetes cluster on this machine, built from the rendered manifests.

:class:`Cluster` plays the parts of a one-node cluster that service discovery
depends on, with real processes and real packets:

- **kubelet**: each pod is a network namespace with its own IP on the node's
  bridge and its own ``resolv.conf``; each container is a container of the
  manifest's image that joins it (podman), with the container's command, its
  env as the kubelet builds it, and its securityContext; where podman cannot
  run, a process of this checkout's virtualenv instead (see
  :mod:`tests.cluster.runtime`). The
  readiness probe from the manifest is polled; a container that exits is
  restarted in the same pod (``restartPolicy: Always``), a bounded number of
  times. Deleting a pod takes it out of its Services first, then sends SIGTERM
  and, after ``terminationGracePeriodSeconds``, SIGKILL.
- **ReplicaSet controller**: each Deployment keeps its number of replicas;
  a deleted pod is replaced by a new one, with a new name and a new IP.
- **endpoints controller and kube-proxy**: a Service's endpoints are its
  selected pods that are ready; every change is written to iptables at once
  (see :class:`tests.cluster.network.Proxy`).
- **CoreDNS**: dnsmasq answers for every Service name (see :class:`tests.cluster.network.Dns`).

Use it as a context manager; everything is removed on the way out, even when
the body fails, and again at exit or by the next run if this process dies.
"""

from __future__ import annotations

import atexit
import contextlib
import os
import secrets
import signal
import string
import subprocess
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TypeVar

import httpx

from tests.cluster import network
from tests.cluster.manifests import (
    Container,
    Deployment,
    ManifestError,
    Service,
    Topology,
    container_env,
    expand,
    service_link_env,
)
from tests.cluster.network import Endpoint, ServiceRule, Subnets
from tests.cluster.runtime import Placement, Runtime

TICK_SECONDS = 0.1
"""How often the control loop looks at processes, probes starting pods and syncs endpoints."""

READY_TIMEOUT_SECONDS = 120.0
"""How long a pod may take to become ready (engines load in seconds; two cores are shared)."""

MAX_RESTARTS = 3
"""Container restarts per pod before it is left crashed (the kubelet's CrashLoopBackOff)."""

T = TypeVar("T")


class ClusterError(Exception):
    """The cluster could not be built, or did not reach the state a caller waited for."""


@dataclass
class ContainerProcess:
    """A container of a pod: its process (restarted in place when it exits) and its state."""

    spec: Container
    log_path: Path
    runtime: Runtime
    where: Placement | None = None
    """Where the current run of the container goes (a new handle at each restart)."""
    process: subprocess.Popen[bytes] | None = None
    env: dict[str, str] = field(default_factory=dict)
    restarts: int = 0
    started: bool = False
    ready: bool = False
    probe_failures: int = 0
    next_probe: float = 0.0
    crashed: bool = False

    @property
    def running(self) -> bool:
        return self.process is not None and self.process.poll() is None

    def log(self) -> str:
        return self.log_path.read_text(errors="replace") if self.log_path.exists() else ""

    def signal(self, signum: signal.Signals) -> None:
        if self.running:
            assert self.process is not None and self.where is not None
            self.runtime.signal(self.where, self.process, signum)

    def inner_pid(self) -> int | None:
        """The container's own process on this machine (in ``/proc``)."""
        if self.process is None or self.where is None:
            return None
        return self.runtime.inner_pid(self.where, self.process)


@dataclass
class Pod:
    """One pod: a namespace with an IP, and one process per container."""

    name: str
    deployment: Deployment
    network: network.PodNetwork
    containers: list[ContainerProcess]
    created: float = field(default_factory=time.monotonic)
    terminating: bool = False
    gone: bool = False
    ready_since: float | None = None

    @property
    def ip(self) -> str:
        return self.network.ip

    @property
    def url(self) -> str:
        """``http://POD_IP:PORT`` of the first port the first container declares."""
        ports = self.containers[0].spec.ports
        if not ports:
            raise ClusterError(f"pod {self.name} declares no port")
        return f"http://{self.ip}:{next(iter(ports.values()))}"

    @property
    def ready(self) -> bool:
        return not self.terminating and all(c.ready for c in self.containers)

    @property
    def restarts(self) -> int:
        return sum(c.restarts for c in self.containers)

    def pid(self) -> int | None:
        """The first container's own process id (changes when it is restarted)."""
        return self.containers[0].inner_pid()

    def log(self) -> str:
        return "".join(c.log() for c in self.containers)


@dataclass(frozen=True)
class Event:
    """Something the cluster did, with when (``time.monotonic()``), like ``kubectl get events``."""

    at: float
    message: str


class Cluster:
    """One node, its pods, Services, DNS and kube-proxy rules, from a :class:`Topology`."""

    def __init__(self, topology: Topology, runtime: Runtime) -> None:
        self.topology = topology
        self.runtime = runtime
        self.run_id = network.new_run_id()
        self.workdir = network.make_workdir(self.run_id)
        self.subnets: Subnets | None = None
        self.bridge: network.Bridge | None = None
        self.service_ips: dict[str, str] = {}
        self.events: list[Event] = []
        self.endpoint_history: list[tuple[float, str, tuple[str, ...]]] = []
        self._pods: list[Pod] = []
        self._replicas = {d.name: d.replicas for d in topology.deployments}
        self._next_pod_number = 2
        self._lock = threading.RLock()
        self._stop = threading.Event()
        self._loop: threading.Thread | None = None
        self._terminations: list[threading.Thread] = []
        self._failure: BaseException | None = None
        self._rules: list[ServiceRule] = []
        self._proxy: network.Proxy | None = None
        self._dns: network.Dns | None = None
        self._http = httpx.Client(trust_env=False)

    # -- life cycle -----------------------------------------------------------------------

    def __enter__(self) -> Cluster:
        try:
            return self.start()
        except BaseException:
            self.close()
            raise

    def __exit__(self, *_: object) -> None:
        self.close()

    def start(self) -> Cluster:
        """Build the node, DNS and Services, and start every Deployment's pods."""
        reason = network.missing_requirements()
        if reason is not None:
            raise ClusterError(reason)
        abandoned = network.remove_abandoned()
        atexit.register(self.close)
        self.subnets = network.claim_subnets(self.run_id)
        self.bridge = network.Bridge(self.run_id, self.subnets)
        self.bridge.create()
        for number, service in enumerate(self.topology.services, start=1):
            self.service_ips[service.name] = self.subnets.service_ip(number)
        records = {
            name: self.service_ips[service.name]
            for service in self.topology.services
            for name in network.service_names(service.name, service.namespace)
        }
        self._dns = network.Dns(self.run_id, self.subnets, self.workdir / "dnsmasq.log")
        self._dns.start(records)
        self._proxy = network.Proxy(self.run_id, self.bridge)
        self._proxy.install()
        self._sync_endpoints()
        if abandoned:
            self._event(f"removed what killed runs left: {', '.join(abandoned)}")
        self._event(f"node {self.node_ip} up; Services {self.service_ips}")
        self._event(f"pods run as {self.runtime.description}")
        self._loop = threading.Thread(target=self._control_loop, name=self.run_id, daemon=True)
        self._loop.start()
        return self

    def close(self) -> None:
        """Stop every pod, DNS and the control loop; remove everything this cluster created."""
        self._stop.set()
        if self._loop is not None and self._loop is not threading.current_thread():
            self._loop.join(timeout=10)
        with self._lock:
            pods = list(self._pods)
            for pod in pods:
                pod.terminating = True
        for pod in pods:
            self._stop_containers(pod, grace_seconds=2.0, pre_stop=False)
        for thread in self._terminations:
            thread.join(timeout=5)
        if self._dns is not None:
            self._dns.stop()
        network.remove_all(self.run_id)
        self._http.close()
        atexit.unregister(self.close)

    # -- what a test sees -----------------------------------------------------------------

    @property
    def node_ip(self) -> str:
        """The node's address, as ``minikube ip`` prints it."""
        if self.subnets is None:
            raise ClusterError("the cluster is not started")
        return self.subnets.node_ip

    def node_port_url(self) -> str:
        """``http://NODE_IP:NODE_PORT`` of the (one) NodePort Service."""
        ports = self.topology.node_ports()
        if len(ports) != 1:
            raise ClusterError(f"expected one NodePort in the manifests, found {len(ports)}")
        return f"http://{self.node_ip}:{ports[0][1].node_port}"

    def pods(self, deployment: str) -> list[Pod]:
        """The Deployment's pods that are not being deleted, oldest first."""
        with self._lock:
            return [p for p in self._pods if p.deployment.name == deployment and not p.terminating]

    def endpoints(self, service: str) -> list[str]:
        """The pod IPs the Service forwards to right now."""
        with self._lock:
            return sorted(
                {e.ip for rule in self._rules if rule.service == service for e in rule.endpoints}
            )

    def scale(self, deployment: str, replicas: int) -> None:
        """``kubectl scale deployment NAME --replicas=N``."""
        self.topology.deployment(deployment)
        with self._lock:
            self._replicas[deployment] = replicas
            self._event(f"scaled {deployment} to {replicas}")

    def reset_replicas(self) -> None:
        """Every Deployment back to the replicas its manifest asks for."""
        for deployment in self.topology.deployments:
            if self._replicas[deployment.name] != deployment.replicas:
                self.scale(deployment.name, deployment.replicas)

    def delete_pod(
        self, pod: Pod, *, grace_seconds: float | None = None, wait: bool = True
    ) -> None:
        """``kubectl delete pod``: out of the Services, then preStop, SIGTERM, and SIGKILL when
        the grace period (default: the manifest's) is over. ``grace_seconds=0`` is
        ``--grace-period=0 --force``: out of the Services and SIGKILLed at once."""
        with self._lock:
            thread = self._terminate(pod, reason="deleted", grace_seconds=grace_seconds)
        if wait:
            thread.join()

    def kill_container(self, pod: Pod) -> None:
        """SIGKILL the pod's (first) container, as a crash or the OOM killer would."""
        with self._lock:
            container = pod.containers[0]
            if container.running:
                container.signal(signal.SIGKILL)
                self._event(f"killed container {container.spec.name} of {pod.name}")

    def exec(self, pod: Pod, *argv: str) -> subprocess.CompletedProcess[str]:
        """``kubectl exec POD -- ARGV`` in the pod's (first) container."""
        container = pod.containers[0]
        if container.where is None:
            raise ClusterError(f"pod {pod.name} has not started")
        command, env = self.runtime.exec(container.where, container.spec, list(argv), container.env)
        return subprocess.run(command, env=env, capture_output=True, text=True, timeout=30)

    def wait_until(
        self, condition: Callable[[], T | None], what: str, timeout: float = READY_TIMEOUT_SECONDS
    ) -> T:
        """Poll ``condition`` until it returns something other than None or False."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            self._check_loop()
            result = condition()
            if result is not None and result is not False:
                return result
            time.sleep(TICK_SECONDS / 2)
        raise ClusterError(
            f"timed out after {timeout:.0f} s waiting for {what}\n{self.report(logs=True)}"
        )

    def wait_ready(self, deployment: str, count: int | None = None) -> list[Pod]:
        """Wait until exactly ``count`` pods (default: the replicas asked for) are ready and
        serving, none is being deleted, and each is in every Service that selects it."""
        target = self._replicas[deployment] if count is None else count
        services = self.topology.services_of(self.topology.deployment(deployment))

        def settled() -> list[Pod] | None:
            with self._lock:
                pods = [p for p in self._pods if p.deployment.name == deployment]
                crashed = [p.name for p in pods if any(c.crashed for c in p.containers)]
                if crashed and len(pods) - len(crashed) < target:
                    # Left crashed, they never become ready: say so now rather than time out.
                    raise ClusterError(
                        f"{', '.join(crashed)} crashed {MAX_RESTARTS + 1} times and was left "
                        f"so; {deployment} cannot reach {target} ready pod(s)\n"
                        + self.report(logs=True)
                    )
                ready = [p for p in pods if p.ready]
                if len(pods) != target or len(ready) != target:
                    return None
                for service in services:
                    if set(self.endpoints(service.name)) != {p.ip for p in ready}:
                        return None
                return ready

        return self.wait_until(settled, f"{target} ready pod(s) of {deployment}")

    def wait_settled(self) -> None:
        """Wait until every Deployment has its replicas ready and in its Services."""
        for deployment in self.topology.deployments:
            self.wait_ready(deployment.name)

    def report(self, *, logs: bool = False) -> str:
        """Pods, endpoints and recent events (and the ends of the pods' logs), for failure
        messages and the watch command."""
        with self._lock:
            lines = ["POD                            IP             READY  RESTARTS"]
            for pod in self._pods:
                state = "Terminating" if pod.terminating else ("1/1" if pod.ready else "0/1")
                lines.append(f"{pod.name:<30} {pod.ip:<14} {state:<6} {pod.restarts}")
            for service in self.topology.services:
                ips = ", ".join(self.endpoints(service.name)) or "<none>"
                lines.append(f"service {service.name} {self.service_ips.get(service.name)}: {ips}")
            started = self.events[0].at if self.events else 0.0
            lines += [f"{e.at - started:8.2f}s {e.message}" for e in self.events[-15:]]
            if logs:
                lines += [f"--- {pod.name}\n{pod.log()[-1500:]}" for pod in self._pods]
        return "\n".join(lines)

    # -- the control loop: kubelet, ReplicaSet, endpoints ----------------------------------

    def _event(self, message: str) -> None:
        self.events.append(Event(time.monotonic(), message))

    def _check_loop(self) -> None:
        if self._failure is not None:
            raise ClusterError(f"the cluster's control loop failed: {self._failure!r}")

    def _control_loop(self) -> None:
        try:
            while not self._stop.is_set():
                with self._lock:
                    self._reconcile_replicas()
                    self._watch_processes()
                    due = self._probes_due()
                results = [(container, pod, self._probe(pod, container)) for pod, container in due]
                with self._lock:
                    for container, pod, ok in results:
                        self._record_probe(pod, container, ok)
                    self._sync_endpoints()
                self._stop.wait(TICK_SECONDS)
        except BaseException as failure:  # reported to the test through _check_loop
            self._failure = failure
            raise

    def _reconcile_replicas(self) -> None:
        for deployment in self.topology.deployments:
            live = [p for p in self._pods if p.deployment is deployment and not p.terminating]
            for _ in range(self._replicas[deployment.name] - len(live)):
                self._create_pod(deployment)
            surplus = len(live) - self._replicas[deployment.name]
            if surplus > 0:
                # As a ReplicaSet does: the not-ready ones first, then the newest.
                ranked = sorted(live, key=lambda p: (p.ready, -p.created))
                for pod in ranked[:surplus]:
                    self._terminate(pod, reason="scaled down")

    def _create_pod(self, deployment: Deployment) -> Pod:
        assert self.subnets is not None and self.bridge is not None
        suffix = "".join(secrets.choice(string.ascii_lowercase + string.digits) for _ in range(5))
        name = f"{deployment.name}-{suffix}"
        number = self._allocate_pod_number()
        pod_network = network.PodNetwork(
            namespace=f"{self.run_id}-{name}",
            run_id=self.run_id,
            number=number,
            ip=self.subnets.pod_ip(number),
        )
        pod_network.create(
            self.bridge, network.resolv_conf(deployment.namespace, self.subnets.node_ip)
        )
        pod_dir = self.workdir / name
        pod_dir.mkdir()
        # The pod's home and working directory, writable by the container's user.
        for container in deployment.containers:
            if container.security.run_as_user is not None:
                os.chown(pod_dir, container.security.run_as_user, -1)
        containers = [
            ContainerProcess(spec, pod_dir / f"{spec.name}.log", self.runtime)
            for spec in deployment.containers
        ]
        pod = Pod(name, deployment, pod_network, containers)
        self._pods.append(pod)
        for container in containers:
            self._start_container(pod, container)
        self._event(f"created pod {name} with IP {pod.ip}")
        return pod

    def _allocate_pod_number(self) -> int:
        """The next free host number: a new pod gets a new IP, as with the host-local IPAM."""
        in_use = {p.network.number for p in self._pods}
        for _ in range(253):
            number = self._next_pod_number
            self._next_pod_number = 2 if number >= 254 else number + 1
            if number not in in_use:
                return number
        raise ClusterError("no free pod IP left in the node's /24")

    def _start_container(self, pod: Pod, container: ContainerProcess) -> None:
        container.env = self._container_env(pod, container.spec)
        container.where = Placement(
            handle=f"{pod.network.namespace}-{container.spec.name}-{container.restarts}",
            pod=pod.name,
            namespace=pod.network.namespace,
            staging=self.workdir / "checkout",
        )
        spec = replace(
            container.spec, argv=tuple(expand(arg, container.env) for arg in container.spec.argv)
        )
        argv, env = self.runtime.start(container.where, spec, container.env)
        with container.log_path.open("ab") as log:
            container.process = subprocess.Popen(
                argv,
                env=env,
                stdout=log,
                stderr=subprocess.STDOUT,
                stdin=subprocess.DEVNULL,
                cwd=self.workdir / pod.name,
                start_new_session=True,
            )
        container.started = container.spec.startup is None
        container.ready = False
        container.probe_failures = 0
        container.next_probe = 0.0

    def _container_env(self, pod: Pod, spec: Container) -> dict[str, str]:
        """What the container's process sees: the runtime's base, the Service link
        variables, then the manifest's envFrom and env."""
        base = self.runtime.base_env(pod.name, self.workdir / pod.name)
        if pod.deployment.enable_service_links:
            same_namespace = [
                s for s in self.topology.services if s.namespace == pod.deployment.namespace
            ]
            base.update(service_link_env(same_namespace, self.service_ips))
        return {**base, **container_env(spec)}

    def _terminate(
        self, pod: Pod, *, reason: str, grace_seconds: float | None = None
    ) -> threading.Thread:
        """Mark the pod Terminating (so it leaves its Services now) and stop it in a thread."""
        pod.terminating = True
        self._sync_endpoints()
        grace = pod.deployment.termination_grace_seconds if grace_seconds is None else grace_seconds
        self._event(f"{reason} pod {pod.name} ({pod.ip}), grace {grace:g} s")

        def stop() -> None:
            self._stop_containers(pod, grace_seconds=grace, pre_stop=True)
            pod.network.delete()
            with self._lock:
                if pod in self._pods:
                    self._pods.remove(pod)
                pod.gone = True
                self._event(f"pod {pod.name} gone")

        thread = threading.Thread(target=stop, name=f"terminate-{pod.name}", daemon=True)
        self._terminations.append(thread)
        thread.start()
        return thread

    def _stop_containers(self, pod: Pod, *, grace_seconds: float, pre_stop: bool) -> None:
        """The kubelet's termination: preStop hooks, SIGTERM, SIGKILL when the grace is over.

        With ``grace_seconds`` 0 the containers are killed at once, hooks skipped.
        """
        deadline = time.monotonic() + grace_seconds
        for container in pod.containers:
            hook = container.spec.pre_stop
            if not (pre_stop and hook and container.running and grace_seconds > 0):
                continue
            if hook.argv:
                assert container.where is not None
                argv, env = self.runtime.exec(
                    container.where,
                    container.spec,
                    [expand(arg, container.env) for arg in hook.argv],
                    container.env,
                )
                with (
                    container.log_path.open("ab") as log,
                    contextlib.suppress(subprocess.TimeoutExpired),
                ):
                    subprocess.run(
                        argv,
                        env=env,
                        stdout=log,
                        stderr=subprocess.STDOUT,
                        timeout=grace_seconds,
                    )
            else:
                time.sleep(min(hook.sleep_seconds, grace_seconds))
        # As the kubelet does, a hook that used up the grace period leaves 2 s for SIGTERM.
        deadline = max(deadline, time.monotonic() + 2) if grace_seconds > 0 else deadline
        for container in pod.containers:
            container.signal(signal.SIGTERM if grace_seconds > 0 else signal.SIGKILL)
        for container in pod.containers:
            if container.process is None:
                continue
            try:
                container.process.wait(timeout=max(0.0, deadline - time.monotonic()))
            except subprocess.TimeoutExpired:
                container.signal(signal.SIGKILL)
                try:
                    container.process.wait(timeout=10)
                except subprocess.TimeoutExpired:
                    container.process.kill()  # the runtime's own process, as a last resort
                    container.process.wait()

    def _watch_processes(self) -> None:
        for pod in self._pods:
            if pod.terminating:
                continue
            for container in pod.containers:
                if container.running or container.crashed:
                    continue
                assert container.process is not None
                code = container.process.returncode
                container.ready = False
                if container.restarts >= MAX_RESTARTS:
                    container.crashed = True
                    self._event(f"{pod.name}: {container.spec.name} crashed (exit {code}), gave up")
                    continue
                container.restarts += 1
                self._event(f"{pod.name}: {container.spec.name} exited ({code}), restarting")
                self._sync_endpoints()
                self._start_container(pod, container)

    def _probes_due(self) -> list[tuple[Pod, ContainerProcess]]:
        now = time.monotonic()
        return [
            (pod, container)
            for pod in self._pods
            if not pod.terminating
            for container in pod.containers
            if container.running and container.next_probe <= now
        ]

    def _probe(self, pod: Pod, container: ContainerProcess) -> bool:
        """The startup probe until it passes, then the readiness probe (none: passes)."""
        spec = container.spec
        probe = spec.readiness if container.started else spec.startup
        if probe is None:
            return True
        url = f"http://{pod.ip}:{spec.port_number(probe.port)}{probe.path}"
        try:
            return self._http.get(url, timeout=probe.timeout_seconds).status_code < 400
        except httpx.HTTPError:
            return False

    def _record_probe(self, pod: Pod, container: ContainerProcess, ok: bool) -> None:
        probe = container.spec.readiness
        # A starting container is probed every tick rather than every periodSeconds, so that a
        # test does not wait up to a period for readiness; a ready one at the manifest's period.
        period = probe.period_seconds if probe is not None and container.ready else TICK_SECONDS
        container.next_probe = time.monotonic() + period
        if not container.started:
            container.started = ok
            return
        if ok:
            container.probe_failures = 0
            if not container.ready:
                container.ready = True
                if pod.ready:
                    pod.ready_since = time.monotonic()
                    self._event(f"pod {pod.name} ({pod.ip}) ready")
            return
        container.probe_failures += 1
        threshold = probe.failure_threshold if probe is not None else 1
        if container.ready and container.probe_failures >= threshold:
            container.ready = False
            self._event(f"pod {pod.name} ({pod.ip}) not ready: readiness probe failed")

    def _sync_endpoints(self) -> None:
        """Recompute every Service's endpoints; rewrite iptables when they changed."""
        rules = [
            self._rule(service, index)
            for service in self.topology.services
            for index in range(len(service.ports))
        ]
        if rules == self._rules or self._proxy is None:
            return
        self._proxy.sync(rules)
        now = time.monotonic()
        before = {r.service: r.endpoints for r in self._rules}
        self._rules = rules
        for rule in rules:
            if rule.service in before and before[rule.service] != rule.endpoints:
                ips = tuple(e.ip for e in rule.endpoints)
                self.endpoint_history.append((now, rule.service, ips))
                self._event(f"endpoints {rule.service}: {', '.join(ips) or '<none>'}")

    def _rule(self, service: Service, index: int) -> ServiceRule:
        port = service.ports[index]
        endpoints = tuple(
            Endpoint(pod.ip, _target_port(pod, port.target_port))
            for pod in self._pods
            if pod.ready
            and service.namespace == pod.deployment.namespace
            and service.selects(pod.deployment.labels)
        )
        return ServiceRule(
            service=service.name,
            cluster_ip=self.service_ips[service.name],
            port=port.port,
            node_port=port.node_port if service.type == "NodePort" else None,
            endpoints=endpoints,
        )


def _target_port(pod: Pod, target: int | str) -> int:
    """A Service's targetPort (a number, or a container port's name) for this pod."""
    for container in pod.containers:
        with contextlib.suppress(ManifestError):
            return container.spec.port_number(target)
    raise ClusterError(f"pod {pod.name} has no port {target!r}")
