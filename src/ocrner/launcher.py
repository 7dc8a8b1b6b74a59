"""``ocrner up``: the three services as separate local processes, started and stopped together.

Each service runs as ``python -m ocrner serve NAME`` with its port in ``PORT``;
the orchestrator gets the other two's URLs in ``OCR_SERVICE_URL`` and
``NER_SERVICE_URL``, exactly as in a cluster. The launcher waits until every
``/readyz`` answers 200, prints the URL and a curl to paste, and on Ctrl-C or
SIGTERM stops all three (SIGTERM, then SIGKILL after the grace period).
"""

from __future__ import annotations

import errno
import os
import signal
import socket
import subprocess
import sys
import threading
import time
from dataclasses import dataclass

import httpx

READY_TIMEOUT_SECONDS = 180.0
STOP_TIMEOUT_SECONDS = 25.0


@dataclass(frozen=True)
class ServiceProcessSpec:
    """One service to start: its name, port and extra environment."""

    name: str
    port: int
    env: dict[str, str]


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


def check_port_free(host: str, port: int, name: str) -> None:
    """Raise :class:`LaunchError` naming the service when ``port`` is taken."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            probe.bind((host, port))
        except OSError as error:
            if error.errno == errno.EADDRINUSE:
                raise LaunchError(
                    f"port {port} on {host} (for the {name} service) is already in use; "
                    f"stop what uses it or choose another port (ocrner up --help)"
                ) from None
            raise LaunchError(f"cannot listen on {host}:{port}: {error.strerror}") from None


class Stack:
    """The running processes of ``ocrner up``."""

    def __init__(self, host: str, specs: list[ServiceProcessSpec]) -> None:
        self.host = host
        self.specs = specs
        self.processes: dict[str, subprocess.Popen[bytes]] = {}

    def start(self) -> None:
        for spec in self.specs:
            check_port_free(self.host, spec.port, spec.name)
        for spec in self.specs:
            env = {**os.environ, **spec.env, "HOST": self.host, "PORT": str(spec.port)}
            self.processes[spec.name] = subprocess.Popen(
                [sys.executable, "-m", "ocrner", "serve", spec.name], env=env
            )

    def wait_until_ready(
        self, stop: threading.Event, timeout: float = READY_TIMEOUT_SECONDS
    ) -> None:
        deadline = time.monotonic() + timeout
        waiting = {spec.name: spec.port for spec in self.specs}
        with httpx.Client(timeout=2.0) as client:
            while waiting:
                self.check_alive()
                if stop.is_set():
                    raise LaunchError("interrupted while starting")
                if time.monotonic() > deadline:
                    raise LaunchError(f"not ready after {timeout:.0f} s: {', '.join(waiting)}")
                for name, port in list(waiting.items()):
                    try:
                        if client.get(f"http://{self.host}:{port}/readyz").status_code == 200:
                            del waiting[name]
                    except httpx.HTTPError:
                        pass
                stop.wait(0.2)

    def check_alive(self) -> None:
        for name, process in self.processes.items():
            code = process.poll()
            if code is not None:
                raise LaunchError(f"the {name} service exited with code {code}; see its log above")

    def stop(self) -> None:
        for process in self.processes.values():
            if process.poll() is None:
                process.send_signal(signal.SIGTERM)
        deadline = time.monotonic() + STOP_TIMEOUT_SECONDS
        for process in self.processes.values():
            try:
                process.wait(timeout=max(0.1, deadline - time.monotonic()))
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()


def run_stack(host: str, orchestrator_port: int, ocr_port: int, ner_port: int) -> int:
    """Start the stack, wait for Ctrl-C or SIGTERM (or a service dying), stop it. Exit code."""
    stop = threading.Event()
    previous = {
        signum: signal.signal(signum, lambda *_: stop.set())
        for signum in (signal.SIGINT, signal.SIGTERM)
    }
    stack = Stack(host, stack_specs(host, orchestrator_port, ocr_port, ner_port))
    try:
        stack.start()
        stack.wait_until_ready(stop)
        url = f"http://{host}:{orchestrator_port}"
        print(
            f"\nocrner is ready: {url}  (API docs: {url}/docs)\n"
            "Try it:\n"
            '  curl --request POST --header "Content-Type:multipart/form-data" '
            f'--form "file=@test-image.jpg" {url}/api/NER\n'
            "Press Ctrl-C to stop.\n",
            flush=True,
        )
        while not stop.wait(0.5):
            stack.check_alive()
        print("stopping ocrner ...", file=sys.stderr, flush=True)
        return 0
    except LaunchError as error:
        print(f"ocrner up: {error}", file=sys.stderr, flush=True)
        return 1
    finally:
        stack.stop()
        for signum, handler in previous.items():
            signal.signal(signum, handler)
