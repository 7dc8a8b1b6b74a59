"""``ocrner up``: three processes that start together, are restarted alone, stop together."""

from __future__ import annotations

import io
import os
import signal
import socket
import subprocess
import sys
import threading
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest

from ocrner.launcher import RestartPolicy, ServiceProcessSpec, Supervisor, describe_exit
from tests.utils.hostile import small_picture
from tests.utils.images import encode
from tests.utils.problems import extraction_or_problem
from tests.utils.processes import LOOPBACK, free_port

pytestmark = pytest.mark.e2e


def children_of(pid: int) -> set[int]:
    found = set()
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat") as stat:
                    fields = stat.read().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields[1]) == pid:
                found.add(int(entry))
    return found


def alive(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat") as stat:
            return stat.read().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return False


def test_up_starts_three_services_prints_the_curl_and_stops_them_all_on_sigterm() -> None:
    ports = [free_port() for _ in range(3)]
    process = subprocess.Popen(
        [sys.executable, "-m", "ocrner", "up", "--port", str(ports[0]),
         "--ocr-port", str(ports[1]), "--ner-port", str(ports[2])],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        stdin=subprocess.DEVNULL,
        text=True,
    )  # fmt: skip
    try:
        assert process.stdout is not None
        banner = ""
        deadline = time.monotonic() + 120
        while "Press Ctrl-C" not in banner and time.monotonic() < deadline:
            line = process.stdout.readline()
            if not line:
                break
            banner += line
        assert f"http://{LOOPBACK}:{ports[0]}" in banner
        assert '--form "file=@test-image.jpg"' in banner
        services = children_of(process.pid)
        assert len(services) == 3
        for port in ports:
            assert httpx.get(f"http://{LOOPBACK}:{port}/readyz", timeout=5).status_code == 200
        process.send_signal(signal.SIGTERM)
        assert process.wait(timeout=60) == 0
        assert not any(alive(pid) for pid in services)
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()


def test_up_says_which_port_is_taken() -> None:
    with socket.socket() as taken:
        taken.bind((LOOPBACK, 0))
        taken.listen()
        port = taken.getsockname()[1]
        result = subprocess.run(
            [sys.executable, "-m", "ocrner", "up", "--port", str(free_port()),
             "--ocr-port", str(port), "--ner-port", str(free_port())],
            capture_output=True, text=True, timeout=60, stdin=subprocess.DEVNULL,
        )  # fmt: skip
    assert result.returncode == 1
    assert f"port {port}" in result.stderr
    assert "ocr service" in result.stderr
    assert "already in use" in result.stderr


def service_pids(launcher: int) -> dict[str, int]:
    """The launcher's children by service name, from their command lines."""
    found = {}
    for pid in children_of(launcher):
        try:
            with open(f"/proc/{pid}/cmdline", "rb") as cmdline:
                argv = cmdline.read().decode().split("\0")
        except OSError:
            continue
        if "serve" in argv:
            found[argv[argv.index("serve") + 1]] = pid
    return found


@dataclass
class Answer:
    """One request of the load: when it ran, and its status or its transport failure."""

    started: float
    finished: float
    status: int = 0
    malformed: str | None = None
    failure: type[Exception] | None = None


class FourClients:
    """Four clients, each sending the next image as soon as its last one is answered."""

    def __init__(self, url: str) -> None:
        self.url = url
        self.answers: list[Answer] = []
        self.running = threading.Event()
        self.threads = [threading.Thread(target=self._client, daemon=True) for _ in range(4)]

    def __enter__(self) -> FourClients:
        self.running.set()
        for thread in self.threads:
            thread.start()
        return self

    def __exit__(self, *_: object) -> None:
        self.running.clear()
        for thread in self.threads:
            thread.join(timeout=120)

    def _client(self) -> None:
        image = encode(small_picture())
        with httpx.Client(base_url=self.url, timeout=90, trust_env=False) as http:
            while self.running.is_set():
                started = time.monotonic()
                try:
                    response = http.post("/api/NER", files={"file": ("line.png", image)})
                except httpx.HTTPError as error:
                    answer = Answer(started, time.monotonic(), failure=type(error))
                else:
                    answer = Answer(
                        started,
                        time.monotonic(),
                        response.status_code,
                        extraction_or_problem(response),
                    )
                self.answers.append(answer)

    def served_since(self, moment: float) -> bool:
        return any(a.status == 200 and a.started > moment for a in list(self.answers))


def failures_of(answers: list[Answer]) -> list[type[Exception]]:
    return [answer.failure for answer in answers if answer.failure]


def test_up_restarts_each_killed_service_and_the_stack_keeps_answering(tmp_path: Path) -> None:
    ports = [free_port() for _ in range(3)]
    log_path = tmp_path / "up.log"
    with log_path.open("w") as log:
        process = subprocess.Popen(
            [sys.executable, "-m", "ocrner", "up", "--port", str(ports[0]),
             "--ocr-port", str(ports[1]), "--ner-port", str(ports[2])],
            stdout=log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
        )  # fmt: skip
    seen: set[int] = set()
    try:
        url = f"http://{LOOPBACK}:{ports[0]}"
        deadline = time.monotonic() + 180
        while "Press Ctrl-C" not in log_path.read_text():
            assert process.poll() is None and time.monotonic() < deadline, log_path.read_text()
            time.sleep(0.2)
        phases: dict[str, list[Answer]] = {}
        with FourClients(url) as clients:
            for victim in ("ocr", "ner", "orchestrator"):
                begun = time.monotonic()
                while not clients.served_since(begun):  # the load is on, the stack serving
                    assert time.monotonic() < begun + 60, log_path.read_text()
                    time.sleep(0.1)
                pids = service_pids(process.pid)
                seen.update(pids.values())
                os.kill(pids[victim], signal.SIGKILL)
                killed_at = time.monotonic()
                while not clients.served_since(killed_at + 0.5):  # served again, by itself
                    assert time.monotonic() < killed_at + 60, log_path.read_text()
                    time.sleep(0.1)
                phases[victim] = [a for a in clients.answers if a.finished > killed_at]
                print(
                    f"\n{victim} SIGKILLed: served again {time.monotonic() - killed_at:.1f} s "
                    f"later; answers since: {Counter(a.status for a in phases[victim])}, "
                    f"transport failures: {[f.__name__ for f in failures_of(phases[victim])]}"
                )
                restarted = service_pids(process.pid)
                assert restarted[victim] != pids[victim]
                seen.update(restarted.values())
        log_text = log_path.read_text()
        for victim, answers in phases.items():
            assert f"the {victim} service was killed by SIGKILL" in log_text
            assert f"the {victim} service is ready again" in log_text
            assert [a.malformed for a in answers if a.malformed] == [], victim
            failures = failures_of(answers)
            assert httpx.ConnectError not in failures, victim  # the port never refused
            if victim != "orchestrator":
                assert failures == [], victim
            else:  # only the connections open when it died were lost: one per client at most
                assert len(failures) <= 4
                lost = (httpx.RemoteProtocolError, httpx.ReadError, httpx.WriteError)
                assert all(issubclass(f, lost) for f in failures), failures
        process.send_signal(signal.SIGTERM)
        assert process.wait(timeout=60) == 0
        assert not any(alive(pid) for pid in seen)
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
        for pid in seen:
            if alive(pid):
                os.kill(pid, signal.SIGKILL)


FAKE_SERVICE = """
import http.server, os, socket, sys
marker = os.environ.get("CRASH_MARKER")
if marker and os.path.exists(marker):
    print("cannot start: the model file is corrupt", flush=True)
    sys.exit(3)
if marker:
    open(marker, "w").close()

class Ready(http.server.BaseHTTPRequestHandler):
    def do_GET(self):
        self.send_response(200)
        self.end_headers()

    def log_message(self, *args):
        pass

server = http.server.HTTPServer(("", 0), Ready, bind_and_activate=False)
server.socket.close()
server.socket = socket.socket(fileno=int(sys.argv[-1]))
print("serving", flush=True)
server.serve_forever()
"""
"""A stand-in service on its inherited socket; with CRASH_MARKER, all starts but the first fail."""


def fake(name: str, **env: str) -> ServiceProcessSpec:
    return ServiceProcessSpec(name, free_port(), env, command=(sys.executable, "-c", FAKE_SERVICE))


def test_restarts_back_off_from_at_once_to_the_cap() -> None:
    policy = RestartPolicy(initial_backoff_seconds=1.0, max_backoff_seconds=30.0)
    assert [policy.delay(n) for n in range(1, 9)] == [0, 1, 2, 4, 8, 16, 30, 30]


def test_an_exit_is_described_by_its_code_or_its_signal() -> None:
    assert describe_exit(3) == "exited with code 3"
    assert describe_exit(-signal.SIGKILL).startswith("was killed by SIGKILL")
    assert describe_exit(-signal.SIGSEGV) == "was killed by SIGSEGV"


def test_a_crash_loop_is_reported_with_its_log_and_the_other_service_keeps_running(
    tmp_path: Path,
) -> None:
    out = io.StringIO()
    policy = RestartPolicy(initial_backoff_seconds=0.05, max_backoff_seconds=0.2)
    specs = [fake("steady"), fake("flaky", CRASH_MARKER=str(tmp_path / "started"))]
    supervisor = Supervisor(LOOPBACK, specs, policy, out)
    try:
        supervisor.start()
        supervisor.wait_until_ready(threading.Event(), timeout=30)
        steady, flaky = supervisor.services
        assert steady.process is not None and flaky.process is not None
        steady_pid = steady.process.pid
        flaky.process.kill()
        deadline = time.monotonic() + 30
        while flaky.restarts < policy.crash_loop_restarts + 1 and time.monotonic() < deadline:
            supervisor.tick()
            time.sleep(0.02)
        assert flaky.restart_at is not None  # waiting out a backoff: its port refuses
        with pytest.raises(ConnectionRefusedError), socket.socket() as probe:
            probe.connect((LOOPBACK, flaky.spec.port))
        report = out.getvalue()
        assert "the flaky service was killed by SIGKILL" in report
        assert "the flaky service exited with code 3" in report
        loop_report = report.split("crash-looping", 1)[1]
        assert "cannot start: the model file is corrupt" in loop_report
        assert "the steady service" not in report
        assert steady.process.pid == steady_pid and steady.process.poll() is None
        port = steady.spec.port
        assert httpx.get(f"http://{LOOPBACK}:{port}/readyz", timeout=5).status_code == 200
    finally:
        supervisor.stop()
    assert all(s.process is not None and s.process.poll() is not None for s in supervisor.services)


def test_the_services_die_with_a_killed_launcher() -> None:
    launcher = subprocess.Popen(
        [sys.executable, "-c", (
            "import sys, threading; from ocrner.launcher import Supervisor; "
            "from tests.test_launcher import fake; "
            "s = Supervisor('127.0.0.1', [fake('a'), fake('b')]); s.start(); "
            "s.wait_until_ready(threading.Event(), timeout=30); print('ready', flush=True); "
            "threading.Event().wait()"
        )],
        stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, stdin=subprocess.DEVNULL, text=True,
    )  # fmt: skip
    try:
        assert launcher.stdout is not None
        assert "ready" in launcher.stdout.readline()
        services = children_of(launcher.pid)
        assert len(services) == 2
        launcher.kill()
        launcher.wait()
        deadline = time.monotonic() + 10
        while any(alive(pid) for pid in services) and time.monotonic() < deadline:
            time.sleep(0.1)
        assert not any(alive(pid) for pid in services)
    finally:
        if launcher.poll() is None:
            launcher.kill()
            launcher.wait()
