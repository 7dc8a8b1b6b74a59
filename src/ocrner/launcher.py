"""``ocrner up``: the three services as local processes, supervised as a kubelet would.

Each service runs as ``python -m ocrner serve NAME --fd N``: the launcher binds
every service's port itself and hands the listening socket down, so the port
keeps taking connections while a service is restarted at once (they wait in
the socket's backlog until the new process accepts them, instead of being
refused). While a service waits out a backoff its port is closed, so that
callers are refused at once instead of waiting on a service that is not there.
The orchestrator gets the other two's URLs in ``OCR_SERVICE_URL`` and
``NER_SERVICE_URL``, exactly as in a cluster. Each service's log lines are
passed on, prefixed with its name, and its last lines are kept for reports.

The launcher waits until every ``/readyz`` answers 200 (a service that exits
before then stops the start: most likely a bad setting, shown in its log),
prints the URL and a curl to paste, and then supervises:

- a service that exits without being asked to is started again, at once the
  first time, then after 1, 2, 4 ... seconds, at most
  :attr:`RestartPolicy.max_backoff_seconds`; the count starts afresh once a
  service has stayed ready for :attr:`RestartPolicy.reset_after_ready_seconds`;
- a service that keeps exiting before it has stayed ready that long is
  reported as crash-looping, with the last lines of its log, and is still
  tried at the capped backoff while the other services keep running;
- on Ctrl-C or SIGTERM all three are stopped (SIGTERM, then SIGKILL after the
  grace period). Each service also gets SIGTERM from the kernel should the
  launcher itself die, so none is left behind.
"""

from __future__ import annotations

import ctypes
import errno
import os
import signal
import socket
import subprocess
import sys
import threading
import time
from collections import deque
from dataclasses import dataclass, field
from typing import TextIO

import httpx

READY_TIMEOUT_SECONDS = 180.0
STOP_TIMEOUT_SECONDS = 25.0
LISTEN_BACKLOG = 2048
"""Connections the kernel holds for a port while its service (re)starts; uvicorn's default."""
LOG_TAIL_LINES = 20
PROBE_TIMEOUT_SECONDS = 1.0
TICK_SECONDS = 0.2

PR_SET_PDEATHSIG = 1
"""prctl's option number (linux/prctl.h): the signal a process gets when its parent dies."""


@dataclass(frozen=True)
class RestartPolicy:
    """When a service that exited is started again (a kubelet's CrashLoopBackOff, shorter)."""

    initial_backoff_seconds: float = 1.0
    """Wait before the second restart in a row; the first is at once, later ones double."""
    max_backoff_seconds: float = 30.0
    reset_after_ready_seconds: float = 60.0
    """Ready this long, a service's restarts are forgotten."""
    crash_loop_restarts: int = 3
    """Restarts in a row, each before it stayed ready long enough, that make a crash loop."""

    def delay(self, restart: int) -> float:
        """Seconds to wait before restart number ``restart`` in a row (1 for the first)."""
        if restart <= 1:
            return 0.0
        return min(self.max_backoff_seconds, self.initial_backoff_seconds * 2 ** (restart - 2))


@dataclass(frozen=True)
class ServiceProcessSpec:
    """One service to start: its name, port, extra environment and program."""

    name: str
    port: int
    env: dict[str, str]
    command: tuple[str, ...] = ()
    """The program, given ``--fd N`` at the end; by default ``python -m ocrner serve NAME``."""

    def argv(self, fd: int) -> list[str]:
        program = self.command or (sys.executable, "-m", "ocrner", "serve", self.name)
        return [*program, "--fd", str(fd)]


class LaunchError(Exception):
    """The stack could not be started; the message says why, for a person."""


def stack_specs(
    host: str, orchestrator_port: int, ocr_port: int, ner_port: int
) -> list[ServiceProcessSpec]:
    """The three services, wired to each other through their URLs."""
    return [
        ServiceProcessSpec("ocr", ocr_port, {}),
        ServiceProcessSpec("ner", ner_port, {}),
        ServiceProcessSpec(
            "orchestrator",
            orchestrator_port,
            {
                "OCR_SERVICE_URL": f"http://{host}:{ocr_port}",
                "NER_SERVICE_URL": f"http://{host}:{ner_port}",
            },
        ),
    ]


def listen(host: str, port: int, name: str) -> socket.socket:
    """A listening socket on ``host:port`` for a child to inherit; LaunchError when taken."""
    listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        listener.bind((host, port))
        listener.listen(LISTEN_BACKLOG)
    except OSError as error:
        listener.close()
        if error.errno == errno.EADDRINUSE:
            raise LaunchError(
                f"port {port} on {host} (for the {name} service) is already in use; "
                f"stop what uses it or choose another port (ocrner up --help)"
            ) from None
        raise LaunchError(f"cannot listen on {host}:{port}: {error.strerror}") from None
    listener.set_inheritable(True)
    return listener


def describe_exit(code: int) -> str:
    """How a process ended, for a person: its exit code or the signal that killed it."""
    if code >= 0:
        return f"exited with code {code}"
    try:
        name = signal.Signals(-code).name
    except ValueError:
        name = f"signal {-code}"
    if -code == signal.SIGKILL:
        return f"was killed by {name} (as the kernel's out-of-memory killer does)"
    return f"was killed by {name}"


_PRCTL = getattr(ctypes.CDLL(None), "prctl", None)  # Linux only; looked up before any fork


def _die_with_parent() -> None:
    """In the child before exec: get SIGTERM when the launcher dies, however it dies."""
    if _PRCTL is not None:
        _PRCTL(PR_SET_PDEATHSIG, signal.SIGTERM)


@dataclass
class SupervisedService:
    """One service under supervision: its socket, its current process, its restarts."""

    spec: ServiceProcessSpec
    listener: socket.socket | None
    """The port, held while the service runs or is restarted at once; closed in a backoff."""
    process: subprocess.Popen[str] | None = None
    log_tail: deque[str] = field(default_factory=lambda: deque(maxlen=LOG_TAIL_LINES))
    forwarder: threading.Thread | None = None
    restarts: int = 0
    """Restarts in a row since it last stayed ready long enough."""
    restarts_total: int = 0
    ready_since: float | None = None
    down_since: float | None = None
    restart_at: float | None = None

    @property
    def name(self) -> str:
        return self.spec.name


class Supervisor:
    """The running services of ``ocrner up``, restarted when they exit unasked."""

    def __init__(
        self,
        host: str,
        specs: list[ServiceProcessSpec],
        policy: RestartPolicy = RestartPolicy(),
        out: TextIO = sys.stderr,
    ) -> None:
        self.host = host
        self.specs = specs
        self.policy = policy
        self.out = out
        self.services: list[SupervisedService] = []
        self._out_lock = threading.Lock()
        self._probe = httpx.Client(timeout=PROBE_TIMEOUT_SECONDS, trust_env=False)

    def say(self, message: str) -> None:
        """One message of the launcher's own, on its error stream."""
        self._write(f"ocrner up: {message}\n")

    def _write(self, text: str) -> None:
        with self._out_lock:
            self.out.write(text)
            self.out.flush()

    def start(self) -> None:
        """Bind every port (all or none), then start every service."""
        try:
            for spec in self.specs:
                self.services.append(
                    SupervisedService(spec, listen(self.host, spec.port, spec.name))
                )
        except LaunchError:
            self.close()
            raise
        for service in self.services:
            self._spawn(service)

    def _spawn(self, service: SupervisedService) -> None:
        if service.listener is None:
            try:
                service.listener = listen(self.host, service.spec.port, service.name)
            except LaunchError as error:
                delay = self.policy.max_backoff_seconds
                self.say(f"{error}; trying again in {delay:g} s")
                service.restart_at = time.monotonic() + delay
                return
        fd = service.listener.fileno()
        env = {
            **os.environ,
            **service.spec.env,
            "HOST": self.host,
            "PORT": str(service.spec.port),
            "PYTHONUNBUFFERED": "1",
        }
        process = subprocess.Popen(
            service.spec.argv(fd),
            env=env,
            pass_fds=(fd,),
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
            errors="replace",
            process_group=0,  # Ctrl-C reaches the launcher only; it stops the services
            preexec_fn=_die_with_parent,
        )
        service.process = process
        service.ready_since = None
        service.restart_at = None
        service.forwarder = threading.Thread(
            target=self._forward, args=(service, process), daemon=True
        )
        service.forwarder.start()

    def _forward(self, service: SupervisedService, process: subprocess.Popen[str]) -> None:
        """Pass a process's log lines on, prefixed with its service's name; keep the last."""
        assert process.stdout is not None
        prefix = f"{service.name:<12} | "
        for line in process.stdout:
            service.log_tail.append(line.rstrip("\n"))
            self._write(prefix + line if line.endswith("\n") else f"{prefix}{line}\n")
        process.stdout.close()

    def last_lines(self, service: SupervisedService) -> str:
        if service.forwarder is not None:
            service.forwarder.join(timeout=1.0)  # the exited process's last words
        return "\n".join(f"    {line}" for line in service.log_tail) or "    (nothing)"

    def _is_ready(self, service: SupervisedService) -> bool:
        try:
            url = f"http://{self.host}:{service.spec.port}/readyz"
            return self._probe.get(url).status_code == 200
        except httpx.HTTPError:
            return False

    def wait_until_ready(
        self, stop: threading.Event, timeout: float = READY_TIMEOUT_SECONDS
    ) -> None:
        """Wait for the first start of every service; one exiting before it is ready is fatal."""
        deadline = time.monotonic() + timeout
        waiting = list(self.services)
        while waiting:
            for service in self.services:
                assert service.process is not None
                code = service.process.poll()
                if code is not None:
                    raise LaunchError(
                        f"the {service.name} service {describe_exit(code)} before it was "
                        f"ready; its last log lines:\n{self.last_lines(service)}"
                    )
            if stop.is_set():
                raise LaunchError("interrupted while starting")
            if time.monotonic() > deadline:
                names = ", ".join(service.name for service in waiting)
                raise LaunchError(f"not ready after {timeout:.0f} s: {names}")
            for service in list(waiting):
                if self._is_ready(service):
                    service.ready_since = time.monotonic()
                    waiting.remove(service)
            stop.wait(TICK_SECONDS)

    def tick(self) -> None:
        """One round of supervision: notice exits, restart when due, notice readiness."""
        now = time.monotonic()
        for service in self.services:
            assert service.process is not None
            if service.restart_at is None:
                code = service.process.poll()
                if code is None:
                    if service.ready_since is None and self._is_ready(service):
                        self._back(service)
                    continue
                self._exited(service, code, now)
            if service.restart_at is not None and now >= service.restart_at:
                self._spawn(service)

    def _exited(self, service: SupervisedService, code: int, now: float) -> None:
        stayed = service.ready_since is not None and (
            now - service.ready_since >= self.policy.reset_after_ready_seconds
        )
        if stayed:
            service.restarts = 0
        service.restarts += 1
        service.restarts_total += 1
        if service.down_since is None:
            service.down_since = now
        delay = self.policy.delay(service.restarts)
        service.restart_at = now + delay
        if delay > 0 and service.listener is not None:
            # Down for a while: callers are refused at once (the orchestrator's retries
            # and breaker then answer 503) rather than left waiting in the backlog.
            service.listener.close()
            service.listener = None
        when = "now" if delay == 0 else f"in {delay:g} s"
        what = f"the {service.name} service {describe_exit(code)}"
        if service.restarts == self.policy.crash_loop_restarts:
            self.say(
                f"{what} again: it is crash-looping ({service.restarts} restarts in a row, "
                f"none ready for {self.policy.reset_after_ready_seconds:g} s); starting it "
                f"{when}, then at most every {self.policy.max_backoff_seconds:g} s; the "
                f"other services keep running. Its last log lines:\n{self.last_lines(service)}"
            )
        else:
            self.say(
                f"{what}; starting it again {when} "
                f"(restart {service.restarts} in a row, {service.restarts_total} in all)"
            )

    def _back(self, service: SupervisedService) -> None:
        now = time.monotonic()
        service.ready_since = now
        if service.down_since is not None:
            self.say(
                f"the {service.name} service is ready again, "
                f"{now - service.down_since:.1f} s after it went down"
            )
            service.down_since = None

    def stop(self) -> None:
        """SIGTERM every service, SIGKILL those still running after the grace period."""
        running = [s.process for s in self.services if s.process and s.process.poll() is None]
        for process in running:
            process.send_signal(signal.SIGTERM)
        self.close()  # the services stop listening; the ports must then refuse, not queue
        deadline = time.monotonic() + STOP_TIMEOUT_SECONDS
        for process in running:
            try:
                process.wait(timeout=max(0.1, deadline - time.monotonic()))
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
        for service in self.services:
            if service.forwarder is not None:
                service.forwarder.join(timeout=1.0)

    def close(self) -> None:
        """Close the launcher's copies of the listening sockets."""
        for service in self.services:
            if service.listener is not None:
                service.listener.close()
        self._probe.close()


def run_stack(host: str, orchestrator_port: int, ocr_port: int, ner_port: int) -> int:
    """Start the stack, supervise it until Ctrl-C or SIGTERM, stop it. Exit code."""
    stop = threading.Event()
    previous = {
        signum: signal.signal(signum, lambda *_: stop.set())
        for signum in (signal.SIGINT, signal.SIGTERM)
    }
    supervisor = Supervisor(host, stack_specs(host, orchestrator_port, ocr_port, ner_port))
    try:
        supervisor.start()
        supervisor.wait_until_ready(stop)
        url = f"http://{host}:{orchestrator_port}"
        print(
            f"\nocrner is ready: {url}  (API docs: {url}/docs)\n"
            "Try it:\n"
            '  curl --request POST --header "Content-Type:multipart/form-data" '
            f'--form "file=@test-image.jpg" {url}/api/NER\n'
            "Press Ctrl-C to stop.\n",
            flush=True,
        )
        while not stop.wait(TICK_SECONDS):
            supervisor.tick()
        supervisor.say("stopping ...")
        return 0
    except LaunchError as error:
        supervisor.say(str(error))
        return 1
    finally:
        supervisor.stop()
        for signum, handler in previous.items():
            signal.signal(signum, handler)
