"""The three services, started as in production, under closed-loop load.

Each service runs as its own ``python -m ocrner serve NAME`` process on a free
loopback port (:func:`tests.utils.processes.running_stack`), and the load comes
from one client (:mod:`benchmarks.loadgen`) sending the seed's multipart request to
the orchestrator, each image's encoded once, as ``httpx`` encodes it: ``concurrency``
requests are in flight at any time, each next one sent as soon as one is answered, with
keep-alive connections, taking the set's images in turn. Each level starts with one
request that is not measured (it opens the connections); its answer's entities are kept,
to compare with the in-process pipeline.

Where the time goes is read from the services themselves: the orchestrator's
``Server-Timing`` header (``ocr``, ``ner``, ``total``) and the OCR and NER
services' Prometheus histograms (time in the engine, time per request). At
concurrency 1 both services' ``/metrics`` are read after every request, which
gives each request's own split by hop; at higher concurrency they are read
around the whole level, which gives means. All along, the services' resident
memory is sampled from ``/proc/PID/status`` and the TCP connections open to the
OCR and NER services from ``/proc/net/tcp``: the distinct ones seen over a run
show whether the orchestrator's keep-alive pools reuse their connections.
"""

from __future__ import annotations

import asyncio
import json
import os
import re
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from pathlib import Path

import httpx
from prometheus_client.parser import text_string_to_metric_families
from tests.utils.load import memory_mib
from tests.utils.processes import Stack

from benchmarks.cpu import MachineWindow, process_cpu
from benchmarks.images import BenchImage, BenchSet
from benchmarks.loadgen import LoadClient, PreparedRequest, load_client

SERVICES = ("orchestrator", "ocr", "ner")
UPSTREAMS = {"ocr": "/api/OCR", "ner": "/api/NER"}
"""The services behind the orchestrator and the route each serves."""

REQUEST_TIMEOUT_SECONDS = 120.0
SAMPLE_SECONDS = 0.1
REST_SECONDS = 1.0
"""How long memory is sampled at rest, before and after the load."""

_SERVER_TIMING = re.compile(r"([\w-]+);dur=([0-9.]+)")
ENGINE_METRIC = "ocrner_engine_duration_seconds"
HTTP_METRIC = "ocrner_http_request_duration_seconds"


def server_timing(header: str | None) -> dict[str, float]:
    """A ``Server-Timing`` header as ``{stage: milliseconds}``."""
    return {name: float(value) for name, value in _SERVER_TIMING.findall(header or "")}


@dataclass(frozen=True)
class ServiceTimes:
    """Seconds a service spent, summed over the requests it answered: in all and in its engine."""

    requests: float = 0.0
    request_seconds: float = 0.0
    engine_calls: float = 0.0
    engine_seconds: float = 0.0

    def __sub__(self, other: ServiceTimes) -> ServiceTimes:
        return ServiceTimes(
            self.requests - other.requests,
            self.request_seconds - other.request_seconds,
            self.engine_calls - other.engine_calls,
            self.engine_seconds - other.engine_seconds,
        )


def parse_metrics(text: str, service: str, route: str) -> ServiceTimes:
    """The request and engine time sums of ``service`` from its Prometheus text."""
    values: dict[str, float] = {}
    for family in text_string_to_metric_families(text):
        for sample in family.samples:
            labels = sample.labels
            if sample.name.startswith(ENGINE_METRIC) and labels.get("engine") == service:
                values[sample.name.removeprefix(ENGINE_METRIC)] = sample.value
            elif (
                sample.name.startswith(HTTP_METRIC)
                and labels.get("service") == service
                and labels.get("route") == route
            ):
                values["http" + sample.name.removeprefix(HTTP_METRIC)] = sample.value
    return ServiceTimes(
        requests=values.get("http_count", 0.0),
        request_seconds=values.get("http_sum", 0.0),
        engine_calls=values.get("_count", 0.0),
        engine_seconds=values.get("_sum", 0.0),
    )


@dataclass
class Sample:
    """One answered request: its latency, the orchestrator's stage times and, at
    concurrency 1, what the OCR and NER services spent on it."""

    latency_ms: float
    status: int
    stages_ms: dict[str, float]
    upstream: dict[str, ServiceTimes] = field(default_factory=dict)
    entities: list[tuple[str, str]] | None = None
    """(text, label) of each entity in the answer, where asked for."""


@dataclass
class LevelResult:
    """One set of images sent at one concurrency."""

    image: str
    concurrency: int
    seconds: float
    samples: list[Sample]
    upstream: dict[str, ServiceTimes]
    """What the OCR and NER services spent over the whole level."""
    rss_peak_mib: dict[str, float]
    cpu_seconds: dict[str, tuple[float, float]]
    """User and system CPU seconds each service and the load generator used over the level
    (at concurrency 1 this includes the reads of the upstreams' metrics after each request)."""
    others_cores: float
    """Cores other processes on the machine kept busy during the level, on average."""
    entities: list[tuple[str, str]]
    """The entities of the unmeasured first answer (the set's first image)."""


def socket_inodes(pid: int) -> set[int]:
    """The inodes of the sockets process ``pid`` has open."""
    inodes = set()
    for fd in Path(f"/proc/{pid}/fd").iterdir():
        try:
            target = os.readlink(fd)
        except OSError:
            continue
        if target.startswith("socket:["):
            inodes.add(int(target[8:-1]))
    return inodes


def tcp_remote_ports() -> dict[int, int]:
    """Socket inode -> remote port of every IPv4 TCP socket (from /proc/net/tcp, a few ms)."""
    ports = {}
    for line in Path("/proc/net/tcp").read_text().splitlines()[1:]:
        fields = line.split()
        ports[int(fields[9])] = int(fields[2].split(":")[1], 16)
    return ports


def server_libraries(pid: int) -> dict[str, bool]:
    """Whether uvicorn's fast event loop and HTTP parser are loaded in the process."""
    maps = Path(f"/proc/{pid}/maps").read_text()
    return {library: f"/{library}/" in maps for library in ("uvloop", "httptools")}


class Sampler:
    """Samples each service's VmRSS, by phase, and the orchestrator's upstream connections.

    Every socket the orchestrator opens is looked up once in the TCP table (which
    costs a few ms, so only when new sockets appear); those to an upstream's port
    are its pooled connections.
    """

    def __init__(self, pids: dict[str, int], upstream_ports: dict[str, int]) -> None:
        self.pids = pids
        self.upstreams = {port: name for name, port in upstream_ports.items()}
        self.phase = "rest"
        self.peaks: dict[str, dict[str, float]] = {}
        self.connections: dict[str, set[int]] = {name: set() for name in upstream_ports}
        self._known_sockets: set[int] = set()
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="sampler", daemon=True)

    def _run(self) -> None:
        while not self._stop.is_set():
            phase = self.peaks.setdefault(self.phase, {})
            for name, pid in self.pids.items():
                try:
                    rss = memory_mib(pid)["VmRSS"]
                except (OSError, KeyError):
                    continue
                phase[name] = max(phase.get(name, 0.0), rss)
            with suppress(OSError):  # the orchestrator is gone, and its sockets with it
                self._sample_connections()
            self._stop.wait(SAMPLE_SECONDS)

    def _sample_connections(self) -> None:
        new = socket_inodes(self.pids["orchestrator"]) - self._known_sockets
        if not new:
            return
        self._known_sockets |= new  # looked up once, TCP or not (uvloop has Unix sockets)
        remote_ports = tcp_remote_ports()
        for inode in new & remote_ports.keys():
            upstream = self.upstreams.get(remote_ports[inode])
            if upstream is not None:
                self.connections[upstream].add(inode)

    @contextmanager
    def running(self) -> Iterator[Sampler]:
        self._thread.start()
        try:
            yield self
        finally:
            self._stop.set()
            self._thread.join()

    def rest(self, phase: str) -> None:
        """Sample for a moment with no load, as ``phase``."""
        self.phase = phase
        time.sleep(REST_SECONDS)


def cpu_snapshot(pids: dict[str, int]) -> dict[str, tuple[float, float]]:
    """User and system CPU seconds used so far by each service and by this process (the
    load generator). On loopback, the system time of a sender includes the kernel's delivery
    of its bytes to the receiver."""
    own = os.times()
    return {
        **{name: process_cpu(pid) for name, pid in pids.items()},
        "client": (own.user, own.system),
    }


class StackDriver:
    """Sends the benchmark's requests to a running stack and reads the services' own times."""

    def __init__(self, stack: Stack, pids: dict[str, int]) -> None:
        self.stack = stack
        self.pids = pids
        self.upstream_urls = {"ocr": stack.ocr.url, "ner": stack.ner.url}
        self._prepared: dict[str, PreparedRequest] = {}

    async def upstream_times(self, client: httpx.AsyncClient) -> dict[str, ServiceTimes]:
        times = {}
        for name, url in self.upstream_urls.items():
            response = await client.get(f"{url}/metrics")
            response.raise_for_status()
            times[name] = parse_metrics(response.text, name, UPSTREAMS[name])
        return times

    def prepared(self, image: BenchImage) -> PreparedRequest:
        """The seed's multipart request for ``image``, encoded once."""
        request = self._prepared.get(image.name)
        if request is None:
            request = PreparedRequest.post_file(
                f"{self.stack.url}/api/NER", "file", image.filename, image.data, image.content_type
            )
            self._prepared[image.name] = request
        return request

    async def send(
        self, client: LoadClient, image: BenchImage, keep_entities: bool = False
    ) -> Sample:
        request = self.prepared(image)
        started = time.perf_counter()
        response = await client.send(request)
        latency = time.perf_counter() - started
        stages = server_timing(response.headers.get("server-timing"))
        if response.status != 200:
            return Sample(latency * 1000, response.status, stages)
        sample = Sample(latency * 1000, response.status, stages)
        if not stages or keep_entities:
            answer = json.loads(response.body)
            if not stages:  # no header: the answer's own timings say as much
                timings = answer["timings"]
                stages.update(ocr=timings["ocr_ms"], ner=timings["ner_ms"])
                stages["total"] = timings["total_ms"]
            if keep_entities:
                sample.entities = [(item["text"], item["label"]) for item in answer["entities"]]
        return sample

    async def level(
        self, bench: BenchSet, concurrency: int, requests: int, sampler: Sampler
    ) -> LevelResult:
        """Send ``requests`` images of ``bench`` in turn, ``concurrency`` at a time."""
        for image in bench.images:
            self.prepared(image)  # encoded before the clock starts
        async with (
            load_client(self.stack.url, concurrency, REQUEST_TIMEOUT_SECONDS) as client,
            httpx.AsyncClient(timeout=REQUEST_TIMEOUT_SECONDS) as scraper,
        ):
            first = await self.send(client, bench.member(0), keep_entities=True)  # not measured
            sampler.phase = f"{bench.name}@{concurrency}"
            before = await self.upstream_times(scraper)
            cpu_before, window = cpu_snapshot(self.pids), MachineWindow.start()
            if concurrency == 1:
                samples, seconds = await self._one_by_one(client, scraper, bench, requests)
            else:
                samples, seconds = await self._closed_loop(client, bench, concurrency, requests)
            window.stop()
            cpu = {
                name: (user - cpu_before[name][0], system - cpu_before[name][1])
                for name, (user, system) in cpu_snapshot(self.pids).items()
            }
            after = await self.upstream_times(scraper)
        return LevelResult(
            image=bench.name,
            concurrency=concurrency,
            seconds=seconds,
            samples=samples,
            upstream={name: after[name] - before[name] for name in after},
            cpu_seconds=cpu,
            others_cores=window.others_cores(sum(sum(times) for times in cpu.values())),
            rss_peak_mib=dict(sampler.peaks.get(sampler.phase, {})),
            entities=first.entities or [],
        )

    async def _one_by_one(
        self,
        client: LoadClient,
        scraper: httpx.AsyncClient,
        bench: BenchSet,
        requests: int,
    ) -> tuple[list[Sample], float]:
        """Requests one after the other, each followed by a read of the upstreams' metrics.

        The metric reads happen between requests, outside their latency, and
        the level's time is the sum of the latencies.
        """
        samples = []
        previous = await self.upstream_times(scraper)
        for number in range(requests):
            sample = await self.send(client, bench.member(number))
            current = await self.upstream_times(scraper)
            sample.upstream = {name: current[name] - previous[name] for name in current}
            previous = current
            samples.append(sample)
        return samples, sum(sample.latency_ms for sample in samples) / 1000

    async def _closed_loop(
        self, client: LoadClient, bench: BenchSet, concurrency: int, requests: int
    ) -> tuple[list[Sample], float]:
        samples: list[Sample] = []
        sent = 0

        async def user() -> None:
            nonlocal sent
            while sent < requests:
                sent += 1
                samples.append(await self.send(client, bench.member(sent - 1)))

        started = time.perf_counter()
        await asyncio.gather(*(user() for _ in range(concurrency)))
        return samples, time.perf_counter() - started
