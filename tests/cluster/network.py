"""The node's network: a bridge, one namespace per pod, DNS, and kube-proxy's iptables rules.

Everything one cluster creates carries its run id (``ocnr`` and six hex digits)
in its name, so that clusters running side by side never touch each other's
objects and a crashed run's leftovers can be found and removed:

=====================  ==================================================
bridge                 ``<id>br`` with the node IP ``10.244.N.1/24``
pod                    namespace ``<id>-<pod>``, veth ``<id>v<k>`` on the bridge,
                       ``eth0`` inside with ``10.244.N.k/24``
resolver               ``/etc/netns/<id>-<pod>/resolv.conf`` (``ip netns exec`` uses it)
DNS                    ``dnsmasq`` bound to the node IP only, records for the Services
ClusterIPs             ``10.96.N.0/24``, routed to the bridge, rewritten by iptables
iptables               chains ``<id>-...`` in the nat and filter tables, one jump
                       from each built-in chain used
state                  ``/run/ocrner-netns/<id>.json``: owner PID and subnet
containers             ``<id>-<pod>-<container>-<restarts>`` (podman), in the pod's namespace
=====================  ==================================================

``N`` is picked among the subnets no address or route of this machine uses.
Traffic never leaves the bridge: pods get a route to the ClusterIP range only,
and a filter rule drops anything they send elsewhere.
"""

from __future__ import annotations

import contextlib
import fcntl
import ipaddress
import json
import os
import random
import secrets
import shutil
import signal
import subprocess
import tempfile
import time
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from tests.utils import containers

PREFIX = "ocnr"
RUN_ID_LENGTH = len(PREFIX) + 6
STATE_DIR = Path("/run/ocrner-netns")
NETNS_ETC = Path("/etc/netns")
NETNS_RUN = Path("/run/netns")
REQUIRED_TOOLS = ("ip", "ss", "iptables", "iptables-save", "iptables-restore", "dnsmasq", "setpriv")
BRIDGE_NETFILTER = Path("/proc/sys/net/bridge")
"""Present once the br_netfilter module is loaded, as every Kubernetes node needs."""

MASQUERADE_MARK = "0x4000/0x4000"
"""The bit kube-proxy's KUBE-MARK-MASQ sets: hairpin traffic (a pod reaching itself) is NATed."""

CLUSTER_DOMAIN = "cluster.local"


class NetworkError(Exception):
    """A command that builds or removes the cluster's network failed."""


def missing_requirements() -> str | None:
    """Why a cluster cannot be built here (not root, a tool missing), or None."""
    if os.geteuid() != 0:
        return "building network namespaces, a bridge and iptables rules needs root"
    missing = [tool for tool in REQUIRED_TOOLS if _which(tool) is None]
    if missing:
        return f"missing {', '.join(missing)} (Debian: iproute2, iptables, dnsmasq-base)"
    if not BRIDGE_NETFILTER.exists() and _which("modprobe") is not None:
        sh("modprobe", "br_netfilter", check=False)
    if not BRIDGE_NETFILTER.exists():
        return "the br_netfilter kernel module (iptables for bridged traffic) is not available"
    return None


def _which(tool: str) -> str | None:
    return shutil.which(tool) or shutil.which(tool, path="/usr/sbin:/sbin")


def sh(*argv: str, check: bool = True, stdin: str | None = None) -> str:
    """Run a command; return its stdout, or raise NetworkError with its stderr."""
    executable = _which(argv[0]) or argv[0]
    completed = subprocess.run(
        [executable, *argv[1:]], input=stdin, capture_output=True, text=True, timeout=30
    )
    if check and completed.returncode != 0:
        raise NetworkError(f"{' '.join(argv)}: {completed.stderr.strip() or completed.returncode}")
    return completed.stdout


def new_run_id() -> str:
    return PREFIX + secrets.token_hex((RUN_ID_LENGTH - len(PREFIX)) // 2)


@dataclass(frozen=True)
class Subnets:
    """The pod network and the ClusterIP range of one cluster."""

    index: int

    @property
    def pods(self) -> ipaddress.IPv4Network:
        return ipaddress.IPv4Network(f"10.244.{self.index}.0/24")

    @property
    def services(self) -> ipaddress.IPv4Network:
        return ipaddress.IPv4Network(f"10.96.{self.index}.0/24")

    @property
    def node_ip(self) -> str:
        """The bridge's address: the node IP (``minikube ip``) and the DNS server."""
        return str(self.pods.network_address + 1)

    def pod_ip(self, number: int) -> str:
        return str(self.pods.network_address + number)

    def service_ip(self, number: int) -> str:
        return str(self.services.network_address + number)


@contextlib.contextmanager
def _state_lock() -> Iterator[None]:
    STATE_DIR.mkdir(parents=True, exist_ok=True)
    with (STATE_DIR / ".lock").open("w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        yield


def _used_networks() -> list[ipaddress.IPv4Network]:
    used = []
    for line in sh("ip", "-4", "-o", "addr", "show").splitlines():
        used.append(ipaddress.IPv4Interface(line.split()[3]).network)
    for line in sh("ip", "-4", "route", "show", "table", "all").splitlines():
        destination = line.split()[0]
        if destination[0].isdigit():
            with contextlib.suppress(ValueError):
                used.append(ipaddress.IPv4Network(destination, strict=False))
    return used


def claim_subnets(run_id: str) -> Subnets:
    """Pick a free /24 pair and record it, with this process as owner, in the state file."""
    with _state_lock():
        taken = {state.get("subnet") for state in _states().values()}
        used = _used_networks()
        free = [
            index
            for index in range(1, 255)
            if index not in taken
            and not any(
                net.prefixlen > 0 and (net.overlaps(s.pods) or net.overlaps(s.services))
                for s in [Subnets(index)]
                for net in used
            )
        ]
        if not free:
            raise NetworkError("no free 10.244.N.0/24 subnet on this machine")
        subnets = Subnets(random.choice(free))
        state = {"pid": os.getpid(), "subnet": subnets.index}
        (STATE_DIR / f"{run_id}.json").write_text(json.dumps(state))
        return subnets


def _states() -> dict[str, dict[str, int]]:
    states = {}
    for path in STATE_DIR.glob(f"{PREFIX}*.json"):
        with contextlib.suppress(OSError, ValueError):
            states[path.stem] = json.loads(path.read_text())
    return states


def _alive(pid: int) -> bool:
    if pid <= 0:
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


class Bridge:
    """The node: a bridge holding the node IP, with a route for the ClusterIP range."""

    def __init__(self, run_id: str, subnets: Subnets) -> None:
        self.name = f"{run_id}br"
        self.subnets = subnets

    def create(self) -> None:
        # Bridged traffic between pods goes through iptables (br_netfilter), so that a
        # reply from a Service's pod to a pod on the same bridge is un-DNATed, as
        # Kubernetes requires of every node; set per bridge, not system-wide.
        sh("ip", "link", "add", self.name, "type", "bridge", "nf_call_iptables", "1")
        sh("ip", "addr", "add", f"{self.subnets.node_ip}/24", "dev", self.name)
        sh("ip", "link", "set", self.name, "up")
        # Pods reach ClusterIPs through the node: forward what arrives on this bridge only.
        Path(f"/proc/sys/net/ipv4/conf/{self.name}/forwarding").write_text("1")
        sh("ip", "route", "add", str(self.subnets.services), "dev", self.name)


@dataclass
class PodNetwork:
    """One pod's network namespace, veth pair (``<id>v<k>`` on the bridge) and resolver file."""

    namespace: str
    run_id: str
    number: int
    ip: str

    @property
    def veth(self) -> str:
        return f"{self.run_id}v{self.number}"

    def create(self, bridge: Bridge, resolv_conf: str) -> None:
        peer = f"{self.run_id}p{self.number}"
        sh("ip", "netns", "add", self.namespace)
        sh("ip", "link", "add", self.veth, "type", "veth", "peer", "name", peer)
        sh("ip", "link", "set", self.veth, "master", bridge.name)
        # Hairpin: a pod reaching itself through its Service leaves and re-enters this port.
        sh("ip", "link", "set", self.veth, "type", "bridge_slave", "hairpin", "on")
        sh("ip", "link", "set", self.veth, "up")
        sh("ip", "link", "set", peer, "netns", self.namespace)
        inside = ("ip", "-n", self.namespace)
        sh(*inside, "link", "set", peer, "name", "eth0")
        sh(*inside, "addr", "add", f"{self.ip}/24", "dev", "eth0")
        sh(*inside, "link", "set", "eth0", "up")
        sh(*inside, "link", "set", "lo", "up")
        sh(*inside, "route", "add", str(bridge.subnets.services), "via", bridge.subnets.node_ip)
        resolver = NETNS_ETC / self.namespace / "resolv.conf"
        resolver.parent.mkdir(parents=True, exist_ok=True)
        resolver.write_text(resolv_conf)

    def delete(self) -> None:
        remove_namespace(self.namespace)


def resolv_conf(namespace: str, nameserver: str) -> str:
    """A pod's /etc/resolv.conf as the kubelet writes it (dnsPolicy ClusterFirst)."""
    search = f"{namespace}.svc.{CLUSTER_DOMAIN} svc.{CLUSTER_DOMAIN} {CLUSTER_DOMAIN}"
    return f"nameserver {nameserver}\nsearch {search}\noptions ndots:5\n"


def remove_namespace(namespace: str) -> None:
    """Kill what still runs in the namespace, delete it (and its veth), remove its resolver."""
    if (NETNS_RUN / namespace).exists():
        for pid in sh("ip", "netns", "pids", namespace, check=False).split():
            with contextlib.suppress(ProcessLookupError):
                os.kill(int(pid), signal.SIGKILL)
        sh("ip", "netns", "delete", namespace, check=False)
    shutil.rmtree(NETNS_ETC / namespace, ignore_errors=True)
    with contextlib.suppress(OSError):
        NETNS_ETC.rmdir()  # only when empty: other namespaces' files stay


def service_names(name: str, namespace: str) -> list[str]:
    """The names a Service answers to in DNS."""
    return [name, f"{name}.{namespace}", f"{name}.{namespace}.svc.{CLUSTER_DOMAIN}"]


class Dns:
    """dnsmasq on the node IP, answering for the Services and for nothing else."""

    def __init__(self, run_id: str, subnets: Subnets, log_path: Path) -> None:
        self.run_id = run_id
        self.subnets = subnets
        self.log_path = log_path
        self.process: subprocess.Popen[bytes] | None = None

    def start(self, records: Mapping[str, str]) -> None:
        """Serve ``records`` (DNS name -> IPv4 address) until :meth:`stop`."""
        by_ip: dict[str, list[str]] = {}
        for name, ip in records.items():
            by_ip.setdefault(ip, []).append(name)
        argv = [
            _which("dnsmasq") or "dnsmasq",
            "--keep-in-foreground",
            "--conf-file=/dev/null",
            "--no-resolv",
            "--no-hosts",
            "--no-poll",
            "--bind-interfaces",
            f"--listen-address={self.subnets.node_ip}",
            "--port=53",
            f"--pid-file={STATE_DIR / f'{self.run_id}.dnsmasq.pid'}",
            f"--local=/{CLUSTER_DOMAIN}/",
            "--log-facility=-",
            "--log-queries",
            *(f"--host-record={','.join(names)},{ip}" for ip, names in by_ip.items()),
        ]
        with self.log_path.open("wb") as log:
            self.process = subprocess.Popen(
                argv, stdout=log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL
            )
        self._wait_listening()

    def _wait_listening(self, timeout: float = 10.0) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            assert self.process is not None
            if self.process.poll() is not None:
                raise NetworkError(f"dnsmasq exited: {self.log_path.read_text(errors='replace')}")
            listening = sh("ss", "-Hlun", f"src {self.subnets.node_ip}:53", check=False)
            if listening.strip():
                return
            time.sleep(0.05)
        raise NetworkError("dnsmasq did not start listening")

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=5)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        (STATE_DIR / f"{self.run_id}.dnsmasq.pid").unlink(missing_ok=True)


@dataclass(frozen=True)
class Endpoint:
    ip: str
    port: int


@dataclass(frozen=True)
class ServiceRule:
    """One Service port as kube-proxy sees it: where it listens, where it forwards."""

    service: str
    cluster_ip: str
    port: int
    node_port: int | None
    endpoints: tuple[Endpoint, ...]


class Proxy:
    """kube-proxy in iptables mode, for one cluster, in chains of its own.

    nat: ``<id>-SERVICES`` (jumped to from PREROUTING, for pods, and OUTPUT, for
    this host) matches each ClusterIP and NodePort and jumps to the Service's
    chain, which picks an endpoint at random with ``statistic`` rules (1/n, then
    1/(n-1), ...) and DNATs to it. filter: ``<id>-FILTER`` (OUTPUT, FORWARD)
    rejects connections to a Service without endpoints, as kube-proxy does, and
    drops whatever a pod sends outside the cluster.
    """

    def __init__(self, run_id: str, bridge: Bridge) -> None:
        self.run_id = run_id
        self.bridge = bridge
        self.node_ip = bridge.subnets.node_ip
        self._endpoint_chains: set[str] = set()

    def chain(self, suffix: str) -> str:
        return f"{self.run_id}-{suffix}"

    def install(self) -> None:
        """Create the top chains and hook them into the built-in ones."""
        self.sync([])
        for table, builtin, target in self._hooks():
            sh("iptables", "-w", "-t", table, "-A", builtin, "-j", target)

    def _hooks(self) -> list[tuple[str, str, str]]:
        return [
            ("nat", "PREROUTING", self.chain("SERVICES")),
            ("nat", "OUTPUT", self.chain("SERVICES")),
            ("nat", "POSTROUTING", self.chain("POSTROUTING")),
            ("filter", "OUTPUT", self.chain("FILTER")),
            ("filter", "FORWARD", self.chain("FILTER")),
        ]

    def sync(self, rules: Sequence[ServiceRule]) -> None:
        """Rewrite every chain at once (one iptables-restore transaction), then drop stale ones."""
        nat = [
            f":{self.chain('SERVICES')} - [0:0]",
            f":{self.chain('POSTROUTING')} - [0:0]",
            f"-A {self.chain('POSTROUTING')} -m mark --mark {MASQUERADE_MARK} -j MASQUERADE",
        ]
        filter_ = [
            f":{self.chain('FILTER')} - [0:0]",
            f"-A {self.chain('FILTER')} -i {self.bridge.name} ! -o {self.bridge.name} -j DROP",
        ]
        endpoint_chains: set[str] = set()
        for number, rule in enumerate(rules):
            comment = f'-m comment --comment "{rule.service}:{rule.port}"'
            targets = [(rule.cluster_ip, rule.port)]
            if rule.node_port is not None:
                targets.append((self.node_ip, rule.node_port))
            # Declared (so flushed) even when empty: no stale jump to an endpoint chain is left.
            service_chain = self.chain(f"SVC{number}")
            nat.append(f":{service_chain} - [0:0]")
            if not rule.endpoints:
                filter_ += [
                    f"-A {self.chain('FILTER')} -d {ip}/32 -p tcp --dport {port} {comment} "
                    "-j REJECT --reject-with tcp-reset"
                    for ip, port in targets
                ]
                continue
            nat += [
                f"-A {self.chain('SERVICES')} -d {ip}/32 -p tcp --dport {port} {comment} "
                f"-j {service_chain}"
                for ip, port in targets
            ]
            count = len(rule.endpoints)
            for index, endpoint in enumerate(rule.endpoints):
                endpoint_chain = self.chain(f"SEP{number}-{endpoint.ip.rsplit('.', 1)[1]}")
                endpoint_chains.add(endpoint_chain)
                chance = (
                    f"-m statistic --mode random --probability {1 / (count - index):.5f} "
                    if index < count - 1
                    else ""
                )
                nat += [
                    f":{endpoint_chain} - [0:0]",
                    f"-A {service_chain} {comment} {chance}-j {endpoint_chain}",
                    f"-A {endpoint_chain} -s {endpoint.ip}/32 "
                    f"-j MARK --set-xmark {MASQUERADE_MARK}",
                    f"-A {endpoint_chain} -p tcp -j DNAT "
                    f"--to-destination {endpoint.ip}:{endpoint.port}",
                ]
        batch = ["*nat", *nat, "COMMIT", "*filter", *filter_, "COMMIT", ""]
        sh("iptables-restore", "-w", "--noflush", stdin="\n".join(batch))
        stale = sorted(self._endpoint_chains - endpoint_chains)
        self._endpoint_chains = endpoint_chains
        if stale:
            # Only now unreferenced: a chain is flushed and deleted in its own transaction.
            lines = [line for chain in stale for line in (f":{chain} - [0:0]", f"-X {chain}")]
            sh(
                "iptables-restore",
                "-w",
                "--noflush",
                stdin="\n".join(["*nat", *lines, "COMMIT", ""]),
            )


def _chains_and_hooks(run_id: str) -> dict[str, tuple[list[str], list[str]]]:
    """Per table: our chains, and the built-in rules that jump to them.

    ``run_id`` may also be :data:`PREFIX` alone, to find every cluster's.
    """
    found: dict[str, tuple[list[str], list[str]]] = {}
    table = ""
    for line in (
        sh("iptables-save", "-t", "nat").splitlines()
        + sh("iptables-save", "-t", "filter").splitlines()
    ):
        if line.startswith("*"):
            table = line[1:]
            found.setdefault(table, ([], []))
        elif line.startswith(f":{run_id}"):
            found[table][0].append(line[1:].split()[0])
        elif (
            line.startswith("-A ")
            and f"-j {run_id}" in line
            and not line.startswith(f"-A {run_id}")
        ):
            found[table][1].append(line)
    return found


def remove_iptables(run_id: str) -> None:
    """Delete the hooks into built-in chains, then flush and delete our chains."""
    for table, (chains, hooks) in _chains_and_hooks(run_id).items():
        if not chains and not hooks:
            continue
        lines = [f"*{table}"]
        lines += ["-D " + hook[3:] for hook in hooks]
        lines += [f":{chain} - [0:0]" for chain in chains]
        lines += [f"-X {chain}" for chain in chains]
        sh("iptables-restore", "-w", "--noflush", stdin="\n".join([*lines, "COMMIT", ""]))


def _namespaces(run_id: str) -> list[str]:
    if not NETNS_RUN.is_dir():
        return []
    return sorted(p.name for p in NETNS_RUN.iterdir() if p.name.startswith(run_id))


def _links(run_id: str) -> list[str]:
    names = []
    for line in sh("ip", "-o", "link", "show").splitlines():
        name = line.split(":")[1].strip().split("@")[0]
        if name.startswith(run_id):
            names.append(name)
    return names


def make_workdir(run_id: str) -> Path:
    """A directory for the cluster's logs and the pods' home directories."""
    path = Path(tempfile.mkdtemp(prefix=f"{run_id}-"))
    path.chmod(0o711)  # pods running as another user reach their own directory in it
    return path


def _workdirs(run_id: str) -> list[Path]:
    return sorted(Path(tempfile.gettempdir()).glob(f"{run_id}-*"))


def _processes(run_id: str) -> list[int]:
    """Processes of the cluster: dnsmasq and ``ip netns exec`` name it on their command line,
    and a pod's processes run in its directory."""
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit() or int(entry.name) == os.getpid():
            continue
        with contextlib.suppress(OSError):
            cmdline = (entry / "cmdline").read_bytes()
            cwd = os.readlink(entry / "cwd") if run_id.encode() not in cmdline else run_id
            if run_id in cwd:
                found.append(int(entry.name))
    return found


def leftovers(run_id: str) -> list[str]:
    """Whatever of cluster ``run_id`` still exists on this machine (empty once cleaned up)."""
    found = containers.owned(run_id)
    found += [f"process {pid}" for pid in _processes(run_id)]
    found += [f"namespace {name}" for name in _namespaces(run_id)]
    found += [f"link {name}" for name in _links(run_id)]
    for table, (chains, hooks) in _chains_and_hooks(run_id).items():
        found += [f"iptables {table} chain {chain}" for chain in chains]
        found += [f"iptables {table} rule {hook}" for hook in hooks]
    if NETNS_ETC.is_dir():
        found += [f"resolver {p}" for p in NETNS_ETC.iterdir() if p.name.startswith(run_id)]
    if STATE_DIR.is_dir():
        found += [f"state file {p}" for p in STATE_DIR.glob(f"{run_id}*")]
    found += [f"directory {path}" for path in _workdirs(run_id)]
    return found


def remove_all(run_id: str) -> None:
    """Remove everything cluster ``run_id`` created; safe to call more than once."""
    containers.remove(run_id)  # before their namespaces, and before podman's own processes
    for pid in _processes(run_id):
        with contextlib.suppress(ProcessLookupError):
            os.kill(pid, signal.SIGKILL)
    for namespace in _namespaces(run_id):
        remove_namespace(namespace)
    if NETNS_ETC.is_dir():
        for path in NETNS_ETC.iterdir():
            if path.name.startswith(f"{run_id}-"):
                remove_namespace(path.name)
    for link in _links(run_id):
        sh("ip", "link", "delete", link, check=False)
    remove_iptables(run_id)
    for path in STATE_DIR.glob(f"{run_id}*") if STATE_DIR.is_dir() else []:
        path.unlink(missing_ok=True)
    for path in _workdirs(run_id):
        shutil.rmtree(path, ignore_errors=True)


def remove_abandoned() -> list[str]:
    """Clean up after clusters whose owner process is gone; return their run ids.

    Runs under the lock :func:`claim_subnets` takes, so a cluster that is being
    built (its state file is written before anything else of it) is never taken
    for an abandoned one.
    """
    with _state_lock():
        owners = {run_id: state.get("pid", 0) for run_id, state in _states().items()}
        candidates = set(owners)
        candidates.update(name[:RUN_ID_LENGTH] for name in _namespaces(PREFIX))
        candidates.update(item.split()[1][:RUN_ID_LENGTH] for item in containers.owned(PREFIX))
        candidates.update(name[:RUN_ID_LENGTH] for name in _links(PREFIX))
        for chains, _ in _chains_and_hooks(PREFIX).values():
            candidates.update(chain[:RUN_ID_LENGTH] for chain in chains)
        if NETNS_ETC.is_dir():
            candidates.update(p.name[:RUN_ID_LENGTH] for p in NETNS_ETC.glob(f"{PREFIX}*"))
        abandoned = sorted(c for c in candidates if not _alive(owners.get(c, 0)))
        for run_id in abandoned:
            remove_all(run_id)
    return abandoned
